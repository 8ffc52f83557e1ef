"""Fix 39h: the line-end hyphen rule and the search for a hyphen pdftotext dropped stay
linear (as in tests/test_regex_growth.py, whose ``assert_linear`` this uses).  Own
fixtures."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from bibcheck.readers.linewrap import joined_hyphen_at, line_end_hyphen
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "a " * (n // 2) + "-", id="words-dash"),
        pytest.param(lambda n: "ab" * (n // 2) + "-", id="one-word-hyphen"),
        pytest.param(lambda n: "a-" * (n // 2) + " ", id="hyphens-space"),
        pytest.param(lambda n: "Ab-c " * (n // 5) + "x", id="hyphenated-words"),
    ],
)
def test_line_end_hyphen_is_linear(line: Line) -> None:
    assert_linear(lambda text: line_end_hyphen(text, "word"), line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "aB" * (n // 2), id="camel-run"),
        pytest.param(lambda n: "ABCdef " * (n // 7), id="acronym-words"),
        pytest.param(lambda n: "abCde" * (n // 5), id="camel-long-token"),
        pytest.param(lambda n: "a   b " * (n // 6), id="gutters"),
    ],
)
def test_joined_hyphen_at_is_linear(line: Line) -> None:
    seen: Counter[str] = Counter({"ABC": 2})
    assert_linear(lambda text: joined_hyphen_at(text, [40, 40, 40], seen), line)
