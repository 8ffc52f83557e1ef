"""Vancouver names whose last two are joined by the list's word for "and" (round 80).

NLM's lists join names with commas only, but lists written in other languages (and some
English ones) put their word for "and" before the last name: Turkish ``Yılmaz A ve Demir B``,
Norwegian ``Berg J og Dahl K``, German ``und``, Italian ``e``, Czech ``a``, Hungarian ``és``,
Finnish ``ja``.  Each name is an author of its own, not one body named "Yılmaz A ve Demir B".
The examples are invented.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import ieee, parse_reference
from tests.worksteps import counted

_JOURNAL = " Title of the paper. Acta Vet Nord. 2019;12(3):45-52."


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        ("Aydın K ve Şahin M.", ["Aydın K", "Şahin M"]),
        ("Hart P and Cole R.", ["Hart P", "Cole R"]),
        ("Lund T og Moe S.", ["Lund T", "Moe S"]),
        ("Krause H und Vogel P.", ["Krause H", "Vogel P"]),
        ("Conti L e Ferri G.", ["Conti L", "Ferri G"]),
        ("Svoboda K a Horák M.", ["Svoboda K", "Horák M"]),
        ("Szabó E és Tóth G.", ["Szabó E", "Tóth G"]),
        ("Laine M ja Heikkinen T.", ["Laine M", "Heikkinen T"]),
        ("Hart PJ, Cole R and Moss T.", ["Hart PJ", "Cole R", "Moss T"]),
        ("Hart PJ, Cole R, and Moss T.", ["Hart PJ", "Cole R", "Moss T"]),
        ("Brun Olsen K og Moe S.", ["Brun Olsen K", "Moe S"]),
    ],
)
def test_names_joined_by_and_are_two_authors(head: str, authors: list[str]) -> None:
    ref = parse_reference(head + _JOURNAL, [0], detect_styles=True)
    assert list(ref.authors) == authors
    assert ref.title == "Title of the paper"
    assert ref.year == 2019


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # commas only, as before
        ("Hart PJ, Cole R." + _JOURNAL, ["Hart PJ", "Cole R"]),
        # a body whose name has "and" in it stays one author
        (
            "Food and Agriculture Organization. Title of the report. Rome: FAO; 2020.",
            ["Food and Agriculture Organization"],
        ),
        # a group author's own "and" after the people
        (
            "Hart PJ, Cole R; Study Group on Care and Welfare." + _JOURNAL,
            ["Hart PJ", "Cole R", "Study Group on Care and Welfare"],
        ),
    ],
)
def test_near_misses_keep_their_reading(text: str, authors: list[str]) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert list(ref.authors) == authors


@pytest.mark.parametrize(
    "unit", ["Hart J and ", "Brun Olsen K og ", "Hart J, Cole K ve ", "Aa Bb C e "]
)
def test_joined_names_grow_linearly(unit: str) -> None:
    def read(text: str) -> object:
        return ieee._VANCOUVER.match(text), ieee._V_FIRM.match(text), ieee.parse(text)

    small, large = (counted(read, unit * n + "Lee K") for n in (50, 200))
    assert large <= 6 * small
