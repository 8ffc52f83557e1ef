"""A short note with a quoted title and the page cited: the number is the page, no journal."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "author", "title", "pages"),
    [
        ("Holm, “Toll Books of the Sound,” 41–47.", "Holm", "Toll Books of the Sound", "41–47"),
        ("Varga, “Salt and Silver?,” 203.", "Varga", "Salt and Silver?", "203"),
    ],
    ids=["range", "single-page"],
)
def test_short_quoted_note(text: str, author: str, title: str, pages: str) -> None:
    ref = parse_reference(text, [1], note=True)
    assert (ref.authors, ref.title, ref.pages, ref.host) == ((author,), title, pages, None)
