"""Fix 40h: the evidence for a hyphen pdftotext dropped (a word printed with its hyphen,
a slug spelling the text, an ISSN in a DOI) is found in linear time (as in
tests/test_regex_growth.py, whose ``assert_linear`` this uses).  Own fixtures."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from bibcheck.readers.linewrap import (
    joined_hyphen_at,
    printed_hyphens,
    restore_issn_hyphen,
    restore_joined_hyphens,
    restore_slug_hyphens,
)
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "a" * n, id="letters"),
        pytest.param(lambda n: "a-" * (n // 2), id="hyphen-run"),
        pytest.param(lambda n: "ab- " * (n // 4), id="suspended-run"),
        pytest.param(lambda n: "ab-cd " * (n // 6), id="compounds"),
    ],
)
def test_printed_hyphens_is_linear(line: Line) -> None:
    assert_linear(lambda text: printed_hyphens([text]), line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "abin-ab " * (n // 8), id="linked-words"),
        pytest.param(lambda n: "ab-in-" * (n // 6), id="linked-run"),
        pytest.param(lambda n: "abcde " * (n // 6), id="printed-words"),
    ],
)
def test_joined_hyphen_at_with_printed_forms_is_linear(line: Line) -> None:
    printed = {("abcde", 2): "-"}
    seen: Counter[str] = Counter()
    assert_linear(lambda text: joined_hyphen_at(text, [40, 40, 40], seen, printed), line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "10.1016/" * (n // 8), id="doi-prefixes"),
        pytest.param(lambda n: "10.1016/" + "1" * n, id="digits"),
        pytest.param(lambda n: "10.1016/00221694(91)" * (n // 20), id="serial-dois"),
    ],
)
def test_restore_issn_hyphen_is_linear(line: Line) -> None:
    assert_linear(restore_issn_hyphen, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "https://a.org/" + "ab-" * (n // 3), id="slug"),
        pytest.param(lambda n: "https://" * (n // 8), id="schemes"),
        pytest.param(
            lambda n: "ab cd " * (n // 12) + "https://a.org/" + "ab-cd-" * (n // 12),
            id="text-and-slug",
        ),
    ],
)
def test_restore_slug_hyphens_is_linear(line: Line) -> None:
    assert_linear(lambda text: restore_slug_hyphens([text]), line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "abcd efgh " * (n // 10), id="words"),
        pytest.param(lambda n: "ab-cd " * (n // 6), id="compounds"),
    ],
)
def test_restore_joined_hyphens_is_linear(line: Line) -> None:
    assert_linear(lambda text: restore_joined_hyphens(["a" * 30, text, "b" * 30]), line)
