"""Paragraphs: the runs of lines between blank ones, as (first, last) index spans.

One grouper for every reader that works on lines: the numbered parenthetical citations of
plain text (:mod:`bibcheck.readers.parentext`), the unread paragraphs of a reference list
(:mod:`bibcheck.readers.listgaps`) and the prose of a Markdown body
(:mod:`bibcheck.readers.mdlinks`) each adapt the spans to their own shape.  (DOCX and ODT
walk their XML's paragraphs, not lines.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar, overload

__all__ = ["blank_line", "paragraph_spans"]

T = TypeVar("T")
Spans = Iterator[tuple[int, int]]


def blank_line(line: str) -> bool:
    """Is ``line`` empty or white space only?"""
    return not line.strip()


@overload
def paragraph_spans(lines: Sequence[str]) -> Spans: ...


@overload
def paragraph_spans(lines: Sequence[T], blank: Callable[[T], bool]) -> Spans: ...


def paragraph_spans(lines: Sequence[Any], blank: Callable[[Any], bool] = blank_line) -> Spans:
    """(first, last) indices, both inside, of each run of ``lines`` none of which is
    ``blank`` (by default: empty or white space only), in order."""
    first: int | None = None
    for i, line in enumerate(lines):
        if not blank(line):
            if first is None:
                first = i
        elif first is not None:
            yield first, i - 1
            first = None
    if first is not None:
        yield first, len(lines) - 1
