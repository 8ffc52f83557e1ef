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


def test_titled_data_set_is_no_lowercase_body() -> None:
    """``Flows data. 2023. URL: <…>`` (a title in sentence case, a year, an address) keeps its
    title: round 76's lower-case body rule (fix76j) must not take the only title for a body's
    name (the final CI of round 76 found it through test_analyse_duplicates)."""
    from bibcheck.parse.references import parse_reference

    for text in (
        "Flows data. 2023. URL: https://stats.example.gov/data/",
        "Wages data. 2023. Available at: https://stats.example.gov/wages",
    ):
        ref = parse_reference(text, [0])
        assert ref.title is not None and ref.title.startswith(text.split(".")[0]), ref
        assert ref.year == 2023
    ref = parse_reference("Statistisk sentralbyrå. 1980. Boligtelling 1975. Oslo: SSB.", [0])
    assert ref.authors == ("Statistisk sentralbyrå",) and ref.year == 1980
