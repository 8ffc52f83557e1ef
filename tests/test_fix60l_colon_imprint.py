"""Comma-form books with a ``Place: Publisher, Year`` imprint and no italics (fix60l)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references import colon_imprint, styles

BOOKS = [
    # (reference, authors, title, place, publisher, year, pages)
    (
        "Miriam Okafor, Salt and Silver: Coinage in the Sahel, 1200–1600, "
        "Ithaca: Cornell University Press, 2009, pp. 48–52.",
        "Miriam Okafor",
        "Salt and Silver: Coinage in the Sahel, 1200–1600",
        "Ithaca",
        "Cornell University Press",
        2009,
        "48–52",
    ),
    (
        "Tobias Lind, Harbour Towns of the Baltic, c. 1500–1800, Oxford: Clarendon Press, 2003.",
        "Tobias Lind",
        "Harbour Towns of the Baltic, c. 1500–1800",
        "Oxford",
        "Clarendon Press",
        2003,
        None,
    ),
    (
        "Greta Hollis, Letters from the Front, 1914-1918, London: Faber and Faber, 1991, p. 7.",
        "Greta Hollis",
        "Letters from the Front, 1914-1918",
        "London",
        "Faber and Faber",
        1991,
        "7",
    ),
    (
        "Konrad Weiß, Geschichte der Mühlen, 1600–1850, Berlin: Akademie Verlag, 1985, S. 12.",
        "Konrad Weiß",
        "Geschichte der Mühlen, 1600–1850",
        "Berlin",
        "Akademie Verlag",
        1985,
        "12",
    ),
    (
        "Hélène Marchal, Les foires de Champagne, Paris : Gallimard, 1975, p. 12.",
        "Hélène Marchal",
        "Les foires de Champagne",
        "Paris",
        "Gallimard",
        1975,
        "12",
    ),
    (
        "Samuel Oduya, Rivers and Kingdoms, Cambridge, MA: Harvard University Press, 2015.",
        "Samuel Oduya",
        "Rivers and Kingdoms",
        "Cambridge, MA",
        "Harvard University Press",
        2015,
        None,
    ),
    (
        "Ann Lee, River Towns, St. Louis, MO: Gateway Press, 2001.",
        "Ann Lee",
        "River Towns",
        "St. Louis, MO",
        "Gateway Press",
        2001,
        None,
    ),
    (
        "Lena Varga, Floods of the Danube, 1800–1900, Vienna, Austria: Lake Press, 2009, p. 7.",
        "Lena Varga",
        "Floods of the Danube, 1800–1900",
        "Vienna, Austria",
        "Lake Press",
        2009,
        "7",
    ),
]


@pytest.mark.parametrize(("text", "author", "title", "place", "publisher", "year", "pages"), BOOKS)
def test_colon_imprint_book(
    text: str,
    author: str,
    title: str,
    place: str,
    publisher: str,
    year: int,
    pages: str | None,
) -> None:
    for found in (colon_imprint.parse(text), styles.detect_fields(text)):
        assert found is not None
        assert found.authors == (author,)
        assert found.title == title
        assert found.place == place
        assert found.publisher == publisher
        assert found.year.year == year
        assert found.pages == pages
        assert found.book


@pytest.mark.parametrize(
    "text",
    [
        # a journal's article: no imprint at the end
        "Miriam Okafor, Salt and Silver, Journal of African History, vol. 12, no. 3 (1999), 5–9.",
        # a chapter in an edited book
        "Miriam Okafor, Salt Roads, in Tobias Lind (ed.), Trade Routes, Oxford: Clarendon "
        "Press, 2003, pp. 5–9.",
        # the German form with no comma before the year is German's, not this one's
        "Konrad Weiß, Geschichte der Mühlen, Berlin: Akademie Verlag 1985.",
        # an italic title is another style's
        "Miriam Okafor, *Salt and Silver*, Ithaca: Cornell University Press, 2009.",
        # the names only, then the imprint: no title
        "Miriam Okafor, Ithaca: Cornell University Press, 2009.",
        # inverted co-authors and a title in sentences: the "place" would hold sentences
        "Popa, Ion, și Dinu, Elena. *Casa de piatră*. București: Polirom, 2015.",
        "Popa, Ion, și Dinu, Elena. Casa de piatră. București: Polirom, 2015.",
    ],
)
def test_not_a_colon_imprint_book(text: str) -> None:
    assert colon_imprint.parse(text) is None


def test_note_fields_keep_the_title_span() -> None:
    text = (
        "Tobias Lind, Harbour Towns of the Baltic, 1500–1800, Oxford: Clarendon Press, "
        "2003, pp. 4–9."
    )
    found = styles.detect_note_fields(text)
    assert found is not None
    assert found.title == "Harbour Towns of the Baltic, 1500–1800"
    assert found.pages == "4–9"
    assert found.book


DOC = """Harbours and Mills

The coinage spread along the coast.[1] Later the mills grew.[2] Prices rose.[3]

Notes

1. Tobias Lind, Harbour Towns of the Baltic, c. 1500–1800, Oxford: Clarendon Press, 2003, pp. 4–9.
2. Konrad Weiß, Geschichte der Mühlen, 1600–1850, Berlin: Akademie Verlag, 1985, S. 12.
3. Hélène Marchal, Les foires de Champagne, Paris : Gallimard, 1975, p. 12.
"""


def test_plain_text_notes_are_books(tmp_path: Path) -> None:
    path = tmp_path / "paper.txt"
    path.write_text(DOC, encoding="utf-8")
    doc = parse_file(path)
    got = [(n.reference.kind, n.reference.title, n.reference.pages) for n in doc.footnotes]
    assert got == [
        (RefKind.BOOK, "Harbour Towns of the Baltic, c. 1500–1800", "4–9"),
        (RefKind.BOOK, "Geschichte der Mühlen, 1600–1850", "12"),
        (RefKind.BOOK, "Les foires de Champagne", "12"),
    ]
