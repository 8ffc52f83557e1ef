"""Fix 37h: a grouped note's label (``[n 1]``) stays linear on long link texts (as in
tests/test_regex_growth.py, whose ``assert_linear`` this uses).  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers import html
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "[" + " " * n + "n 1", id="spaces-unclosed"),
        pytest.param(lambda n: "[n 1" + " " * n + "x]", id="spaces-then-text"),
        pytest.param(lambda n: "[" * n, id="brackets"),
        pytest.param(lambda n: "[note " * (n // 6), id="groups-no-number"),
    ],
)
def test_group_label_is_linear(line: Line) -> None:
    assert_linear(lambda text: html._GROUP_LABEL.fullmatch(text), line)
