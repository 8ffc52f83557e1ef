"""Titles in single curly quotes after the names, as OSCOLA and AGLC write them (issue 11,
heldout11 22): ``Name, ‘Title’ (2019) 43(2) Journal 512, 520`` is an article of 2019, not
Harvard's ``Names (2019) Title``; the bibliography inverts the first name only
(``Surname, Given and Given Surname, ‘Title’, Blog (Blog Post, 2 February 2024)``)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "container"),
    [
        (
            "Helen Ward, ‘Consent and the Standard Form’ (2018) 40(3) Sydney Law Review 301, 305.",
            ("Helen Ward",),
            "Consent and the Standard Form",
            2018,
            "Sydney Law Review",
        ),
        (
            "Ward, Helen, ‘Consent and the Standard Form’ (2018) 40(3) Sydney Law Review 301",
            ("Ward, Helen",),
            "Consent and the Standard Form",
            2018,
            "Sydney Law Review",
        ),
        (
            "Tom Reilly, ‘Proportionality in Planning’ [2020] Public Law 77, 80.",
            ("Tom Reilly",),
            "Proportionality in Planning",
            2020,
            "Public Law",
        ),
        (
            "Ward, Helen and Tom Reilly, ‘Unfair Terms after Reform’, Contract Matters (Blog "
            "Post, 3 March 2023)",
            ("Ward, Helen", "Tom Reilly"),
            "Unfair Terms after Reform",
            2023,
            None,
        ),
    ],
    ids=["aglc-note", "aglc-bibliography", "oscola-square-year", "two-authors-blog"],
)
def test_single_quoted_title_after_names(
    text: str, authors: tuple[str, ...], title: str, year: int, container: str | None
) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year
    if container is not None:
        assert ref.kind.value == "article"


def test_harvard_with_a_quoted_title_after_the_year_stays_harvard() -> None:
    ref = parse_reference(
        "Ward, H. (2018) ‘Consent and the Standard Form’, Sydney Law Review, 40(3), pp. 301–330.",
        [1],
        detect_styles=True,
    )
    assert ref.style == "harvard"
    assert ref.authors == ("Ward, H.",)
    assert ref.title == "Consent and the Standard Form"
