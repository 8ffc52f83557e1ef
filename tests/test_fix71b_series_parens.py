"""fix71b: a numbered series in parentheses after the title,
:mod:`bibcheck.parse.references.series_parens` (table-driven).

The series is cut; a cross-reference to a note ("(Anm. 7)") or the work's own part is not.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference, series_parens

# (title, text, title kept): a series cut, a cross-reference or the work's own part kept
SERIES = [
    (
        "Die Zünfte der Hansestädte (QDHG 14)",
        "Eva Kron, Die Zünfte der Hansestädte (QDHG 14), Lübeck 1988, 5.",
        "Die Zünfte der Hansestädte",
    ),
    (
        "Il clero rurale (Studi di storia religiosa 7)",
        "P. Serra, Il clero rurale (Studi di storia religiosa 7), Roma 1975.",
        "Il clero rurale",
    ),
    (
        "Zollwesen (Anm. 7)",
        "Brandt, Otto: Zollwesen (Anm. 7), Wien 1930, S. 2.",
        "Zollwesen (Anm. 7)",
    ),
    (
        "Zollwesen (Fn. 3)",
        "Brandt, Otto: Zollwesen (Fn. 3), Wien 1930, S. 2.",
        "Zollwesen (Fn. 3)",
    ),
    (
        "Zollwesen (Anm 7)",
        "Brandt, Otto: Zollwesen (Anm 7), Wien 1930, S. 2.",
        "Zollwesen (Anm 7)",
    ),
    (
        "Zollwesen (Teil 2)",
        "Brandt, Otto: Zollwesen (Teil 2), Wien 1930, S. 2.",
        "Zollwesen (Teil 2)",
    ),
]


@pytest.mark.parametrize(("title", "text", "kept"), SERIES)
def test_without_series_number(title: str, text: str, kept: str) -> None:
    assert series_parens.without_series_number(title, text) == kept


# (text, title): through the whole reading
SERIES_ENTRIES = [
    (
        "Eva Kron, Die Zünfte der Hansestädte (QDHG 14), Lübeck 1988, 5.",
        "Die Zünfte der Hansestädte",
    ),
    ("Brandt, Otto: Zollwesen (Anm. 7), Wien 1930, S. 2.", "Zollwesen (Anm. 7)"),
]


@pytest.mark.parametrize(("text", "title"), SERIES_ENTRIES)
def test_series_entry(text: str, title: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).title == title
