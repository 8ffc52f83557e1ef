"""A repeated author left out or dashed before the year (fix65b).

SIAM's author-year lists (and others') print a repeated author's later works with the
name left out or replaced by a dash, the year in parentheses first: ``P. Okafor (1980),
Title, …`` / ``(1982a), Other title, …`` / ``—— (1982b), A third, …``.  Each such line starts
an entry of its own, by the authors of the entry before.  Fixtures are made up.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes

_BODY = """Tidal models

Okafor [1980, 1982a, 1982b] built the model and extended it to tides; Lindqvist
[1991] and Marsh and Sato [1993] tested it, and Ruiz et al. [1995] dated the cores.

1
\f"""


def _document(repeat: str, language_heading: str) -> str:
    return (
        _BODY
        + f"""{language_heading}

L. Lindqvist (1991), Tidal range and sediment burial in a restored marsh over two
decades of monitoring, J. Coastal Res., 12, pp. 40–51.
T. Marsh and K. Sato (1993), Restored wetlands compared with natural ones over many
years of sampling and dating, Wetland Sci., 9, pp. 11–19.
P. Okafor (1980), Salt marsh carbon stores measured along transects of the lower
estuary in three seasons, Estuaries, 4, pp. 1–9.
{repeat}(1982a), A tidal model of carbon burial in salt marshes of the temperate zone,
Estuaries, 6, pp. 22–31.
{repeat}(1982b), Sediment supply and marsh growth, Estuaries, 6, pp. 40–48.
A. Ruiz, B. Tanaka, and C. Varga (1995), Cores and isotopes in restored marshes,
Sediments, 3, pp. 4–6.

2
"""
    )


@pytest.mark.parametrize(
    ("repeat", "heading"),
    [
        ("", "REFERENCES"),
        ("—— ", "REFERENCES"),
        ("", "LITERATUR"),
        ("——— ", "BIBLIOGRAPHIE"),
    ],
)
def test_each_year_first_line_is_an_entry_by_the_authors_before(repeat: str, heading: str) -> None:
    doc = parse_bytes(_document(repeat, heading).encode(), "tides.txt", "pdf-text")
    got = [
        (e.reference.authors[0].split()[-1] if e.reference.authors else "", e.reference.year)
        for e in doc.literature
    ]
    assert got == [
        ("Lindqvist", 1991),
        ("Marsh", 1993),
        ("Okafor", 1980),
        ("Okafor", 1982),
        ("Okafor", 1982),
        ("Ruiz", 1995),
    ]
    cited = {fn.literature.number for fn in doc.footnotes if fn.literature and fn.markers}
    assert cited == {1, 2, 3, 4, 5, 6}  # (1982a and 1982b by Okafor's name too)
    # (a citation's note reads the entry as the list does: no "(1982a)" in its title)
    assert not [
        fn.reference.title
        for fn in doc.footnotes
        if fn.reference.title and fn.reference.title.startswith("(")
    ]
    titles = [e.reference.title or "" for e in doc.literature]
    assert titles[3].startswith("A tidal model") and titles[4].startswith("Sediment supply")
