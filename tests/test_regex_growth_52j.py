"""Fix 52j: browser print furniture (:mod:`bibcheck.readers.browserprint`) and the
flattening of numeric Org text (:mod:`bibcheck.readers.orgnumeric`) stay linear on long
lines (``assert_linear`` of tests/test_regex_growth.py).  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers.browserprint import is_print_furniture
from bibcheck.readers.orgnumeric import flatten
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]

LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "1/" * (n // 2), id="slashes"),
    pytest.param(lambda n: "12/3/26, " * (n // 9), id="dates-no-time"),
    pytest.param(lambda n: "1 of " * (n // 5), id="counts"),
    pytest.param(lambda n: "https://" + "a" * (n - 8), id="long-address"),
    pytest.param(lambda n: "a    " * (n // 5), id="wide-gaps"),
    pytest.param(lambda n: "[[" * (n // 2), id="open-links"),
    pytest.param(lambda n: "[[a][" * (n // 5), id="link-halves"),
    pytest.param(lambda n: ":" * n, id="colons"),
    pytest.param(lambda n: "*" * n, id="stars"),
]


@pytest.mark.parametrize("line", LINES)
@pytest.mark.parametrize("call", [is_print_furniture, flatten], ids=["furniture", "flatten"])
def test_linear(call: Callable[[str], object], line: Line) -> None:
    assert_linear(call, line)
