"""A Romance note with a volume word ``t. 2`` (Spanish "tomo", French "tome") and a comma
imprint (``…, Madrid, Tecnos, 1983, t. 2, p. 9``) is not read as a Polish plain reference:
the West Slavic tradition writes ``Kraków 2005`` or ``Praha: Academia, 2005``, never a known
place and a publisher each before their own comma (round 76: fix76e's Polish sign ``t. N``
only in Slavic documents left such notes to the style detection, where ``polish_plain``
took the publisher for the place)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import polish_plain

ROMANCE = [
    "C. Ruiz, Obras completas, Madrid, Tecnos, 1983, t. 2, p. 9.",
    "A. Dupont, Histoire de la ville, Paris, Armand Colin, 1990, t. 3, p. 45.",
    "M. Silva, Memórias, Lisboa, Cosmos, 1999, t. 1, p. 12.",
    "G. Bianchi, Opere, Milano, Feltrinelli, 1975, t. 4, p. 210.",
]

SLAVIC = [
    ("J. Nowak, Historia miasta, t. 2, Kraków 2005, s. 9.", "Historia miasta", "Kraków", 2005),
    ("J. Novák, Dějiny Prahy, t. 2, Praha: Academia, 2001, s. 9.", "Dějiny Prahy", "Praha", 2001),
    ("A. Kowalski, Dzieje Gdańska, Gdańsk, Marpress, 1998, t. 1, s. 4.", None, None, 1998),
]


@pytest.mark.parametrize("text", ROMANCE)
def test_romance_comma_imprint_is_not_polish(text: str) -> None:
    assert polish_plain.parse(text) is None


@pytest.mark.parametrize(("text", "title", "place", "year"), SLAVIC)
def test_slavic_notes_still_polish(
    text: str, title: str | None, place: str | None, year: int
) -> None:
    found = polish_plain.parse(text)
    assert found is not None
    assert found.year is not None and found.year.year == year
    if title is not None:
        assert found.title == title
        assert found.place == place
