"""fix71b: a set of volumes' span of years, :mod:`bibcheck.parse.references.volume_range`
(table-driven).

A set's span after its place ("Wien 1921–1930") gives the first year; the count of volumes
leaves the reading too, so that it never ends the title.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference, volume_range

# (text, rewritten or None): the span after its place, the count of volumes a clause
SPANS = [
    (
        "Otto Brandt, Geschichte der Reformation, 3 Bde., Wien 1921–1930.",
        "Otto Brandt, Geschichte der Reformation, Wien 1921.",
    ),
    (
        "Lucia Sala, Storia dei giubilei, 4 voll., Roma 1997-2000, vol. 2, 12.",
        "Lucia Sala, Storia dei giubilei, Roma 1997, vol. 2, 12.",
    ),
    # the span after a comma: read well as it is
    ("Sala L., Storia dei giubilei, 4 voll., Roma, Gangemi, 1997-2000.", None),
    # no count of volumes
    ("Otto Brandt, Geschichte der Reformation, Wien 1921–1930.", None),
    # the count inside the title's words, no clause of its own
    ("Otto Brandt, Die 3 Bde. des Kanzlers, Wien 1921–1930.", None),
    # no span: the years run backwards
    ("Otto Brandt, Geschichte der Reformation, 3 Bde., Wien 1930–1921.", None),
]


@pytest.mark.parametrize(("text", "rewritten"), SPANS)
def test_first_year_only(text: str, rewritten: str | None) -> None:
    assert volume_range.first_year_only(text) == rewritten


# (text, title, year): a set's first year; its count of volumes no part of the title
SETS = [
    (
        "Otto Brandt, Geschichte der Reformation, 3 Bde., Wien 1921–1930.",
        "Geschichte der Reformation",
        1921,
    ),
    (
        "Lucia Sala, Storia dei giubilei, 4 voll., Roma 1997-2000, vol. 2, 12.",
        "Storia dei giubilei",
        1997,
    ),
    (
        "Sala L., Storia dei giubilei (1300-1900), 4 voll., Roma, Gangemi, 1997-2000.",
        "Storia dei giubilei (1300-1900)",
        1997,
    ),
]


@pytest.mark.parametrize(("text", "title", "year"), SETS)
def test_set_of_volumes(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [0], note=True)
    assert (ref.title, ref.year) == (title, year)
