"""Fix 48a: finding a reference list by its shape at a text's end (Markdown:
:mod:`bibcheck.readers.mdtail`; plain text: :mod:`bibcheck.readers.authortail`) stays
linear on long lines (as in tests/test_regex_growth.py, whose ``assert_linear`` this
uses).  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers.authortail import author_year_tail
from bibcheck.readers.mdtail import shaped_tail
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]

LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "ab " * (n // 3), id="short-words"),
    pytest.param(lambda n: "[" * n, id="open-brackets"),
    pytest.param(lambda n: "](" * (n // 2), id="link-halves"),
    pytest.param(lambda n: "[1, " * (n // 4), id="numbers-unclosed"),
    pytest.param(lambda n: "http://" + "a" * (n - 7), id="long-address"),
    pytest.param(lambda n: "Smith, " * (n // 7), id="commas"),
    pytest.param(lambda n: "10.1234/" * (n // 8), id="doi-like"),
]


@pytest.mark.parametrize("line", LINES)
def test_markdown_shaped_tail_is_linear(line: Line) -> None:
    assert_linear(
        lambda text: shaped_tail(["Body (2019).", "", "## X", "", f"- {text} (2019).", "- b"]),
        line,
    )


@pytest.mark.parametrize("line", LINES)
def test_author_year_tail_is_linear(line: Line) -> None:
    assert_linear(
        lambda text: author_year_tail(["Body (2019).", "", "X", "", text, "", "Aa, B. (2001)."]),
        line,
    )
