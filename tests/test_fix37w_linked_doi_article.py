"""Inverted names joined by "&"/"and" with spaced initials ("Roe, A. B. & Lee, C. D.") are
two people, not four; a title linked to its DOI and followed by a name and a year is an
article of that periodical (or a book of that publisher).  Texts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.chicago import _bib_authors


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Roe, A. B. & Lee, C. D", ("Roe, A. B", "Lee, C. D")),
        ("Roe, A. B. and Lee, C", ("Roe, A. B", "Lee, C")),
        ("Roe, A. B., Lee, C. D. & Park, E. F", ("Roe, A. B", "Lee, C. D", "Park, E. F")),
        ("Rossi, M. e Bianchi, L", ("Rossi, M", "Bianchi, L")),
        ("Smith, John, and Jane Roe", ("Smith, John", "Jane Roe")),
    ],
)
def test_inverted_names_keep_their_initials(text: str, want: tuple[str, ...]) -> None:
    assert _bib_authors(text) == want


_CASES = [
    pytest.param(
        "Okafor, N. C. & Vance, R. T. [Scoring rates in shortened innings]"
        "(https://doi.org/10.5555/sri.2011.7). Journal of Sports Statistics, 2011.",
        {"kind": RefKind.ARTICLE, "authors": ("Okafor, N. C", "Vance, R. T"),
         "title": "Scoring rates in shortened innings", "host": "Journal of Sports Statistics",
         "year": 2011, "doi": "10.5555/sri.2011.7"},
        id="doi-link-journal",
    ),
    pytest.param(
        "Vance, R. T. [Cricket by numbers](https://doi.org/10.5555/cbn). "
        "Northfield University Press, 2016.",
        {"kind": RefKind.BOOK, "publisher": "Northfield University Press", "year": 2016},
        id="doi-link-publisher",
    ),
    pytest.param(
        "Vance, R. T. [Powerplay notes](https://example.org/powerplay). Cricket Diary, 2016.",
        {"kind": RefKind.WEB, "host": None},
        id="web-link-stays-web",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), _CASES)
def test_linked_title_then_periodical(text: str, want: dict[str, Any]) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    for name, value in want.items():
        assert getattr(ref, name) == value, name
