"""A note with the author inverted ("Family, Given, Title (Place: Publisher, Year), page.") and
the title unmarked (a Word file's italics lost): the given name is not part of the title."""

from __future__ import annotations

import pytest

from bibcheck.parse.names import family_names
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "family", "title", "year"),
    [
        pytest.param(
            "Halloran, Margit, River Towns of the Chao Phraya (Bangkok: White Lotus, 1994), 22.",
            "halloran",
            "River Towns of the Chao Phraya",
            1994,
            id="given",
        ),
        pytest.param(
            "Osborne, Peter J., Rice and Rivers, 1880–1930 (Ithaca: Cornell University Press, "
            "1979), 101–3.",
            "osborne",
            "Rice and Rivers, 1880–1930",
            1979,
            id="given-initial",
        ),
        pytest.param(
            "Lindqvist, Britta, Kanalernas tid (Stockholm: Atlantis, 2003), 7.",
            "lindqvist",
            "Kanalernas tid",
            2003,
            id="swedish",
        ),
    ],
)
def test_inverted_name_unmarked_title(text: str, family: str, title: str, year: int) -> None:
    for detect in (False, True):
        ref = parse_reference(text, [1], note=True, detect_styles=detect)
        assert family_names(ref.authors) == [family]
        assert (ref.title, ref.year) == (title, year)
