"""A list entry whose number stands alone on its row (fix65b).

``pdftotext`` without ``-layout`` prints a number the typesetter set apart from its text
as a block of its own: ``7.`` on one row, the entry's names and title on the rows after
it, sometimes with a title line the converter moved after the year.  Such a number starts
the entry the list expects next; the rows after it are its text.  Fixtures are made up.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.columns import Row
from bibcheck.readers.pdfnumeric import Style, numeric_list


def _rows(texts: list[str]) -> list[Row]:
    out: list[Row] = []
    for text in texts:
        out += [Row(len(out), text), Row(len(out) + 1, "")]
    return out


def _heading(text: str) -> bool:
    return text.strip() in {"References", "Literatur", "Bibliografía"}


_CASES = [
    (  # a dotted number alone, a short title line moved after the year
        Style.DOTTED,
        [
            "References",
            "1. Okafor N. 2011. Salt marsh carbon. Estuaries 4:1–9. doi:10.1/x1.",
            "2. Lindqvist P. 2012. Tidal range and burial. Coasts 5:2–8.",
            "3.",
            "and sediment supply:",
            "Marsh T, Tanaka Y. 2014.",
            "Restored wetlands compared",
            "Wetland Science 9:11–19.",
            "4. Ruiz A. 2015. Cores and isotopes. Sediments 3:4–6.",
        ],
        ["1", "2", "3", "4"],
    ),
    (  # a bracketed number alone before a German entry
        Style.BRACKETED,
        [
            "Literatur",
            "[1] Becker H. Messungen im Watt. Kiel 2009.",
            "[2]",
            "Vogel K., Lang M.: Sedimenthaushalt",
            "der Küste. Berlin 2013.",
            "[3] Roth S. Pegelstände. Hamburg 2016.",
        ],
        ["1", "2", "3"],
    ),
    (  # a Spanish list: the number alone, the last entry's
        Style.DOTTED,
        [
            "Bibliografía",
            "1. Pérez L. 2010. Humedales costeros. Madrid.",
            "2. Gómez R. 2012. Mareas y sedimentos. Sevilla.",
            "3.",
            "Ortega M. 2018. Carbono azul. Valencia.",
        ],
        ["1", "2", "3"],
    ),
]


@pytest.mark.parametrize(("style", "texts", "labels"), _CASES)
def test_a_number_alone_starts_the_next_entry(
    style: Style, texts: list[str], labels: list[str]
) -> None:
    found = numeric_list(_rows(texts), _heading, style)
    assert found is not None
    assert [e.label for e in found.entries] == labels
    assert all(e.rows and e.rows[0].text.strip() for e in found.entries)
