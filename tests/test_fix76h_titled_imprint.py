"""A work with no author cited by its title, then its place and year, is a ``book``
(:mod:`.titled_imprint`)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

BOOKS = [
    (
        "*Verzeichnis der Ortschaften des Kreises Lippe*, Detmold 1872, S. 40.",
        "Verzeichnis der Ortschaften des Kreises Lippe",
        1872,
    ),
    (
        "Verzeichnis der Ortschaften des Kreises Lippe, Detmold 1872, S. 40.",
        "Verzeichnis der Ortschaften des Kreises Lippe",
        1872,
    ),
    ("*Handbuch der Provinz Sachsen*, Magdeburg 1889.", "Handbuch der Provinz Sachsen", 1889),
    (
        "Adressbuch der Stadt Frankfurt, Frankfurt a. M. 1901.",
        "Adressbuch der Stadt Frankfurt",
        1901,
    ),
    ("*Plan der Stadt Kassel*, Kassel 1910.", "Plan der Stadt Kassel", 1910),
    (
        "*Spis miejscowości województwa krakowskiego*, Kraków 1925, s. 12.",
        "Spis miejscowości województwa krakowskiego",
        1925,
    ),
]


@pytest.mark.parametrize("note", [False, True])
@pytest.mark.parametrize(("text", "title", "year"), BOOKS)
def test_authorless_book(text: str, title: str, year: int, note: bool) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=note)
    assert ref.authors == ()
    assert ref.title == title
    assert ref.year == year
    assert ref.kind is RefKind.BOOK


# a date, a journal's volume: no place and year of a book
NOT_BOOKS = [
    "Bericht über die Sitzung des Ausschusses, Oktober 2014.",
    "Mitteilungen des Vereins für Heimatkunde, Jg. 12, Detmold 1901.",
]


@pytest.mark.parametrize("text", NOT_BOOKS)
def test_not_an_authorless_book(text: str) -> None:
    assert parse_reference(text, [0], detect_styles=True).kind is not RefKind.BOOK
