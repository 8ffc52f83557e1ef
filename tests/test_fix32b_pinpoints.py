"""A note's pinpoint against the entry's ``pages`` (fix round 32, P3): a single page
(often the start page alone), an e-locator and a letter-prefixed range are no
contradiction where the pinpoint fits them; real mismatches stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.matching import pages_conflict
from tests.test_regex_growth import assert_linear

# (pinpoint the note cites, the entry's pages, conflict)
CASES = [
    # the entry gives the first page only: a pinpoint at or after it fits
    ("98", "97", False),
    ("97", "97", False),
    ("120–124", "97", False),
    ("p. 99", "97", False),
    # below a single number: an article number (BMC), as before
    ("4", "388", False),
    # a pinpoint that starts before the single page and reaches it does not fit
    ("90–99", "97", True),
    # e-locators: an article number, no page
    ("2", "e8", False),
    ("14", "e1003", False),
    ("3", "E12", False),
    # a supplement's prefixed range: the same pages, bare or prefixed
    ("80–99", "i80–i99", False),
    ("85", "i80–i99", False),
    ("S14", "S10–S22", False),
    ("12–15", "S10--S22", False),
    # real mismatches stay
    ("8", "18–28", True),
    ("613–629", "613–626", True),
    ("100", "i80–i99", True),
    ("54", "178–216", True),
]


@pytest.mark.parametrize(("cited", "span", "conflict"), CASES)
def test_pinpoint_against_pages(cited: str, span: str, conflict: bool) -> None:
    assert pages_conflict(cited, span) is conflict


@pytest.mark.parametrize(
    "pages",
    [
        lambda n: "i" + "9" * n,
        lambda n: "ab" + "1" * (n // 2) + "-" * 3 + "ab" + "x" * (n // 2),
        lambda n: "S1 " * (n // 3),
    ],
)
def test_long_pages_are_linear(pages: Callable[[int], str]) -> None:
    assert_linear(lambda text: (pages_conflict("5", text), pages_conflict(text, "1–9")), pages)
