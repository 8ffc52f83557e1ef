"""A Chicago author-date entry whose title closes with a single year in parentheses
("Smith, John. 1990. Remembering the Flood (1953). London: Faber.") is no APA reference: the
year already stood alone after the names, so the parenthesised year is the title's. (The APA
shape took it, with the names, the year and the title as its "authors" and the imprint as
its title.) APA entries read as before."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "publisher"),
    [
        (
            "Smith, John. 1990. Remembering the Flood (1953). London: Faber and Faber.",
            ("Smith, John",),
            "Remembering the Flood (1953)",
            1990,
            "Faber and Faber",
        ),
        (
            "Smith, J. 1990. The Great Flood (1953). London: Faber.",
            ("Smith, J.",),
            "The Great Flood (1953)",
            1990,
            "Faber",
        ),
        (
            "Müller, Hans. 2005. Die Sturmflut (1962). Hamburg: Christians.",
            ("Müller, Hans",),
            "Die Sturmflut (1962)",
            2005,
            "Christians",
        ),
        # (APA as before)
        (
            "Smith, J. (1990). Remembering the flood. Faber.",
            ("Smith, J.",),
            "Remembering the flood",
            1990,
            "Faber",
        ),
        (
            "Doe, J. A., & Roe, B. (2019). Floods and memory (2nd ed.). Routledge.",
            ("Doe, J. A.", "Roe, B."),
            "Floods and memory",
            2019,
            "Routledge",
        ),
    ],
)
def test_year_closing_a_title(
    text: str, authors: tuple[str, ...], title: str, year: int, publisher: str
) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.kind, ref.authors, ref.title, ref.year, ref.publisher) == (
        RefKind.BOOK,
        authors,
        title,
        year,
        publisher,
    )
