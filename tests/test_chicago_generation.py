"""A generation written after a natural-order name in a note belongs to the name."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param(
            "Walter P. Dunne, Jr., Grain Markets of the Volga, 1880–1900 "
            "(Chicago: Lakeside Press, 1971), 14.",
            ("Walter P. Dunne Jr",),
            "Grain Markets of the Volga, 1880–1900",
            id="jr",
        ),
        pytest.param(
            "Edith Marsh and Carl Lund, Sr., Harbours of the North Sea (Boston: Beacon, 1990), 4.",
            ("Edith Marsh", "Carl Lund Sr"),
            "Harbours of the North Sea",
            id="second-author-sr",
        ),
        pytest.param(
            "Thomas Hale III, The Mill Towns (Albany: State Press, 1966), 80.",
            ("Thomas Hale III",),
            "The Mill Towns",
            id="roman-numeral",
        ),
    ],
)
def test_generation_after_name(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.authors, ref.title) == (authors, title)
