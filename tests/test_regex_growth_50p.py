"""Fix 50p: a lone narrative citation's reading (:mod:`bibcheck.readers.loneyear`) and an
APA entry's start led by a body's name with its small words
(:func:`bibcheck.readers.pdftext.entry_start`) stay linear on long lines (as in
tests/test_regex_growth.py, whose ``assert_linear`` this uses).  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers.loneyear import lone_citations, lone_unlisted, used_apart
from bibcheck.readers.pdftext import entry_start
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]

LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "Aa " * (n // 3), id="capitalised-words"),
    pytest.param(lambda n: "Aa of " * (n // 6), id="body-name-words"),
    pytest.param(lambda n: "Aa (2019" * (n // 8), id="years-unclosed"),
    pytest.param(lambda n: "Aa (2019, " * (n // 10), id="locators-unclosed"),
    pytest.param(lambda n: "Aa (2019) " * (n // 10), id="lone-citations"),
    pytest.param(lambda n: "(" * n, id="open-parentheses"),
    pytest.param(lambda n: "Aa, " * (n // 4), id="commas"),
    pytest.param(lambda n: "A" + "a" * (n - 1) + " (2019)", id="long-name"),
]


@pytest.mark.parametrize("line", LINES)
def test_lone_citations_is_linear(line: Line) -> None:
    assert_linear(lambda text: list(lone_citations(text)), line)


@pytest.mark.parametrize("line", LINES)
def test_lone_unlisted_is_linear(line: Line) -> None:
    listed = frozenset({"Santoso", "Wibowo", "Etxeberria"})
    assert_linear(lambda text: list(lone_unlisted(text, listed, used_apart(text))), line)


@pytest.mark.parametrize("line", LINES)
def test_entry_start_is_linear(line: Line) -> None:
    assert_linear(lambda text: entry_start(f"{text}. (2019). Title."), line)
