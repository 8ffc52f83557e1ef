"""Fix 37s: pybtex's natural-order names with initials without periods, the issue number
kept from a Chicago note's year, ``<nav>`` blanking and cross-page citation link text stay
linear (as in tests/test_regex_growth.py, whose ``assert_linear`` this uses).  Own
fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import chicago, generic
from bibcheck.readers import htmlcrosspage
from bibcheck.readers.common import without_navigation
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Ann B " * (n // 6), id="given-initial-no-surname-end"),
        pytest.param(lambda n: "A B C " * (n // 6) + "Lind", id="bare-initials"),
        pytest.param(lambda n: "Tove E Lind, " * (n // 13), id="names-no-title"),
    ],
)
def test_bare_initial_names_are_linear(line: Line) -> None:
    assert_linear(lambda text: generic._NAMES_FIRST.match(text), line)
    assert_linear(generic.authors_and_title, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "12(4512):" * (n // 9), id="issues"),
        pytest.param(lambda n: "1(" * (n // 2), id="unclosed"),
        pytest.param(lambda n: "(2019" * (n // 5), id="years-unclosed"),
    ],
)
def test_facts_are_linear(line: Line) -> None:
    assert_linear(lambda text: chicago._FACTS.search(text), line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "<nav " * (n // 5), id="unclosed-open-tags"),
        pytest.param(lambda n: "<nav>" * (n // 5), id="nested-opens"),
        pytest.param(lambda n: "</nav>" * (n // 6), id="stray-closes"),
    ],
)
def test_navigation_blanking_is_linear(line: Line) -> None:
    assert_linear(without_navigation, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "2" * n, id="digits"),
        pytest.param(lambda n: "n. " * (n // 3), id="n-no-d"),
    ],
)
def test_citing_text_is_linear(line: Line) -> None:
    assert_linear(lambda text: htmlcrosspage._CITING_TEXT.search(text), line)
