"""Fix 46c: the patterns added for remarks (a year after a place's name in prose, a title named
in prose, a name and a year in prose) stay linear (as in tests/test_regex_growth.py, whose
``assert_linear`` this uses).  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references.commentary import citation_start, dated_name_remark
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "ci Dakar " * (n // 9) + "ba 1990.", id="words-place-year"),
        pytest.param(lambda n: "word " * (n // 5) + "«Title of it» " + "word " * 4, id="titled"),
        pytest.param(lambda n: "Fizeau (1849) " * (n // 14), id="names-years"),
        pytest.param(lambda n: "the " + "A" * n + " (1849) was", id="long-name"),
    ],
)
def test_remark_patterns_are_linear(line: Line) -> None:
    assert_linear(dated_name_remark, line)
    assert_linear(lambda text: citation_start(text)[1], line)
