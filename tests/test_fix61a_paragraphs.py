"""fix61a: one paragraph grouper (readers/paragraphs.paragraph_spans) and its three users."""

from __future__ import annotations

import pytest

from bibcheck.readers import listgaps, mdlinks
from bibcheck.readers.paragraphs import blank_line, paragraph_spans
from bibcheck.readers.parentext import paragraphs


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([], []),
        ([""], []),
        (["  ", "\t"], []),
        (["a"], [(0, 0)]),
        (["a", "b"], [(0, 1)]),
        (["a", "", "b"], [(0, 0), (2, 2)]),
        (["", "a", "b", "", "", "c", ""], [(1, 2), (5, 5)]),
        (["a", "   ", "b", "c"], [(0, 0), (2, 3)]),
        (["Intro text.", "More.", "", "## Head", "Body (Smith 2020)."], [(0, 1), (3, 4)]),
    ],
)
def test_paragraph_spans(lines: list[str], expected: list[tuple[int, int]]) -> None:
    assert list(paragraph_spans(lines)) == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([None, "a", None], [(1, 1)]),
        (["a", "  ", None, "b"], [(0, 1), (3, 3)]),  # white space is no gap here
        ([None, None], []),
    ],
)
def test_paragraph_spans_own_blank(rows: list[str | None], expected: list[tuple[int, int]]) -> None:
    assert list(paragraph_spans(rows, lambda row: row is None)) == expected


@pytest.mark.parametrize(("line", "blank"), [("", True), (" \t ", True), (" x ", False)])
def test_blank_line(line: str, blank: bool) -> None:
    assert blank_line(line) is blank


def test_parentext_indexes() -> None:
    assert paragraphs(["a", "b", "", "c", " ", ""]) == [[0, 1], [3]]


@pytest.mark.parametrize(
    ("lines", "start", "stop", "expected"),
    [
        (["x", "a", "b", "", "c", "y"], 1, 5, [(1, 2), (4, 4)]),
        (["a", "", "b", "c"], 0, 3, [(0, 0), (2, 2)]),  # the last cut at stop
        (["a", "", ""], 1, 3, []),
    ],
)
def test_listgaps_range(
    lines: list[str], start: int, stop: int, expected: list[tuple[int, int]]
) -> None:
    assert list(listgaps._paragraphs(lines, start, stop)) == expected


@pytest.mark.parametrize(
    ("numbered", "expected"),
    [
        ([], []),
        ([(3, "a")], [(3, "a")]),
        ([(3, "a"), (4, "b"), (6, "c")], [(3, "a\nb"), (6, "c")]),
        ([(1, "a"), (2, "   "), (3, "b")], [(1, "a\n   \nb")]),  # a blanked link joins
        ([(2, "a"), (5, "b"), (6, "c"), (7, "d")], [(2, "a"), (5, "b\nc\nd")]),
    ],
)
def test_mdlinks_numbered(numbered: list[tuple[int, str]], expected: list[tuple[int, str]]) -> None:
    assert mdlinks._paragraphs(numbered) == expected
