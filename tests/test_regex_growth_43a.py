"""Fix 43a: the patterns added for remarks (a contract's number, a year ending prose, the
authors' own estimate) and for the possessive author stay linear (as in
tests/test_regex_growth.py, whose ``assert_linear`` this uses).  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references.commentary import bibliographic, list_note
from bibcheck.parse.references.prose_named import possessive_author
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "договору № 1-" * (n // 13), id="agreement-numbers"),
        pytest.param(lambda n: "grant No. " * (n // 10), id="grant-marks"),
        pytest.param(lambda n: "de " * (n // 3) + "2018.", id="words-then-year"),
        pytest.param(lambda n: "estimate based on " * (n // 18), id="estimates"),
    ],
)
def test_remark_patterns_are_linear(line: Line) -> None:
    assert_linear(bibliographic, line)
    assert_linear(list_note, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Anna Moss's " * (n // 12), id="possessives"),
        pytest.param(lambda n: "Moss's view in " + "“x" * (n // 2), id="open-quotes"),
        pytest.param(lambda n: "A" + "a" * n + "'s reading in *T*", id="long-name"),
    ],
)
def test_possessive_author_is_linear(line: Line) -> None:
    assert_linear(possessive_author, line)
