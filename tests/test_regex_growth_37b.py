"""Fix 37b: finding the abbreviations a text defines for the bodies its list names ("(hereafter
IPCC)", "[BFS]", "(ci-après « OCDE »)") stays linear (as in tests/test_regex_growth.py,
whose ``assert_linear`` this uses).  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers import authoryear
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]

_BODIES = ["Amt für Umwelt und Energie", "Norwegian Institute of Public Health"]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "(" * n, id="open-parentheses"),
        pytest.param(lambda n: "(hereafter " * (n // 11), id="hereafter-no-abbreviation"),
        pytest.param(lambda n: "Umwelt und Energie (AUE) " * (n // 25), id="defined-repeated"),
        pytest.param(lambda n: "[AUE" * (n // 4), id="brackets-unclosed"),
        pytest.param(lambda n: "(im Folgenden: " + "A" * n, id="long-capitals"),
        pytest.param(lambda n: "Energie " * (n // 8) + "(AUE)", id="long-name-run"),
    ],
)
def test_defined_abbreviations_are_linear(line: Line) -> None:
    assert_linear(lambda text: authoryear.defined_abbreviations(text, _BODIES), line)
