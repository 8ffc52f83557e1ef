"""Fix 82u: a one-word title is no part of the name before it
(:mod:`bibcheck.parse.references.generic`).

- a body's name, then a one-word title and the link alone (``Met Office. Observations.
  https://…``, ``Ilmatieteen laitos. Havaintoaineisto. https://…``): the body the author,
  the word the title -- not the body's name the title;
- a Vancouver book of one author and a one-word title (``Virtanen A. Liikuntalääketiede.
  Helsinki: Duodecim 2019.``): the imprint or the edition after the word follows a title,
  never a name, so the word is no surname of "Virtanen A. Liikuntalääketiede".

Near-misses keep their reading: a body and its unit (``Department of Health. Public Health
England.``, ``Ministry of Health. Directorate.``), a longer title, a natural-order name
before a title.  Own invented examples.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.generic import authors_and_title
from tests.growth import growth

# entry -> (authors, title)
READINGS: dict[str, tuple[tuple[str, ...], str]] = {
    "Met Office. Rainfall. https://weather.example.org/rain": (("Met Office",), "Rainfall"),
    "Met Office. Rainfall. 2021. https://weather.example.org/rain": (
        ("Met Office",),
        "Rainfall",
    ),
    "Suomen ympäristökeskus. Järvitiedot. https://syke.example.fi/jarvet": (
        ("Suomen ympäristökeskus",),
        "Järvitiedot",
    ),
    "Ilmatieteen laitos. Säähavainnot. <https://ilmatieteen.example.fi/saa>": (
        ("Ilmatieteen laitos",),
        "Säähavainnot",
    ),
    "Welsh Government. Ystadegau. https://gov.example.org/ystadegau": (
        ("Welsh Government",),
        "Ystadegau",
    ),
    "Korhonen M. Kardiologia. Helsinki: Duodecim 2018.": (("Korhonen M",), "Kardiologia"),
    "Lindqvist K. Barnmedicin. 3. uppl. Lund: Studentlitteratur 2017.": (
        ("Lindqvist K",),
        "Barnmedicin",
    ),
    "Brown T. Dermatology. 2nd ed. Oxford: Blackwell; 2015.": (("Brown T",), "Dermatology"),
    # near-misses: a body and its unit; a longer title; a natural-order name and a title
    "Department of Health. Public Health England. https://health.example.org/phe": (
        ("Department of Health",),
        "Public Health England",
    ),
    "Met Office. Rainfall in the south. https://weather.example.org/rain": (
        ("Met Office",),
        "Rainfall in the south",
    ),
    "Korhonen M. Kardiologia ja sydän. Helsinki: Duodecim 2018.": (
        ("Korhonen M",),
        "Kardiologia ja sydän",
    ),
    "John R. Tolkien. The hobbit. London: Allen; 1937.": (("John R. Tolkien",), "The hobbit"),
}


@pytest.mark.parametrize("text", list(READINGS))
def test_one_word_title(text: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.authors, ref.title) == READINGS[text]


@pytest.mark.parametrize(
    "text",
    [
        # a body's unit after it: no title of one word
        "Ministry of Health. Directorate. https://health.example.org/d",
        # an archive's fund: an abbreviation, no title
        "Государственный архив края. Ф. 18. Оп. 1.",
    ],
)
def test_no_one_word_title(text: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert not ref.authors


def test_unlinked_body_sentence_kept() -> None:
    """(no link: "Met Office. Rainfall." may be one name of two sentences, as before)"""
    assert authors_and_title("Met Office. Rainfall.") == ((), "Met Office.")
    assert authors_and_title("Met Office. Rainfall.", linked=True) == (("Met Office",), "Rainfall.")


@pytest.mark.parametrize("unit", ["Ab ", "Ab. ", "Ab: ", "1. ed "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: authors_and_title("Smith J. Word. " + unit * n), 200, 800) < 6
    assert growth(lambda n: authors_and_title("Met Office. " + unit * n, True), 200, 800) < 6
