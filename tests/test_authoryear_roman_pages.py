"""Author-date mentions with a page of the front matter in roman numerals (table-driven)."""

from __future__ import annotations

import pytest

from bibcheck.readers.authoryear import author_years, mentions

ENTRIES = [
    ("1", "Marsh, R. (1971) London: aspects of change. London: Centre Press."),
    ("2", "Okafor, N. and Lind, E. (2003) The new middle class. Oxford: Blackwell."),
]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("as defined (Marsh, 1971, p. xviii).", ["1"]),
        ("a preface (Okafor and Lind, 2003, pp. ix-xi) says", ["2"]),
        ("Marsh (1971, p. iv) argued", ["1"]),
        ("and an arabic page (Marsh, 1971, p. 12)", ["1"]),
        # a roman numeral is no page without its "p."
        ("(Marsh, 1971, vi)", []),
    ],
    ids=["p-roman", "pp-roman-range", "narrative-roman", "arabic", "bare-roman"],
)
def test_roman_page_locators(text: str, labels: list[str]) -> None:
    assert [label for _, label in mentions(text, author_years(ENTRIES))] == labels
