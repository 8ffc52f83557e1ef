"""Plain text that cites its numbered reference list by numbers in parentheses.

A paper typed (or "converted to plain text" by a reference manager) in Vancouver style
cites ``… during sleep (1).``, ``(2, 3)``, ``(4–6)`` and lists the works ``1. …`` or
``(1) …`` under its References heading.  :mod:`bibcheck.readers.parennum` tells which
numbers in parentheses stand where a citation stands (not a count, a year, an equation's
number, an enumeration's place) and whether the document cites its list so at all.  Read
paragraph by paragraph (an enumeration's ``and (2)`` may end a line, its words begin the
next), and never at a line's start, where ``(1)`` labels a list's item.

:func:`paren_marked` writes each citation it takes as the bracketed citation of the same
numbers, ``(2, 3)`` as ``[2, 3]`` (same length, so columns hold), for the plain-text reader
to read as it reads ``[n]``.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.readers.paragraphs import paragraph_spans
from bibcheck.readers.parennum import paren_citations, vancouver_numbers

__all__ = ["paragraphs", "paren_marked"]


def paragraphs(lines: Sequence[str]) -> list[list[int]]:
    """The indexes of ``lines`` grouped in paragraphs (runs of lines that are not blank)."""
    return [list(range(first, last + 1)) for first, last in paragraph_spans(lines)]


def _spans(
    lines: Sequence[str], para: list[int], size: int
) -> list[tuple[int, int, int, list[str]]]:
    """The citations of one paragraph as ``(line index, start, end, numbers)`` within their line;
    one that a line's start opens (a list's item label) or that runs over a line's end
    is left out."""
    text = "\n".join(lines[i] for i in para)
    starts = [0]
    for i in para[:-1]:
        starts.append(starts[-1] + len(lines[i]) + 1)
    found: list[tuple[int, int, int, list[str]]] = []
    for start, end, labels in paren_citations(text, size):
        k = max(j for j, s in enumerate(starts) if s <= start)
        line = lines[para[k]]
        begin, stop = start - starts[k], end - starts[k]
        if stop > len(line) or not line[:begin].strip():
            continue
        found.append((para[k], begin, stop, labels))
    return found


def paren_marked(lines: Sequence[str], size: int) -> list[str] | None:
    """``lines`` (the body above a list of ``size`` numbered entries) with each citation
    in parentheses written in brackets, ``(2, 3)`` as ``[2, 3]``; None when the body does
    not cite the list in parentheses as a numeric style does
    (:func:`~bibcheck.readers.parennum.vancouver_numbers`)."""
    if size < 1:
        return None
    paras = paragraphs(lines)
    found = [span for para in paras for span in _spans(lines, para, size)]
    if not vancouver_numbers((labels for *_, labels in found), size):
        return None
    out = list(lines)
    for i, a, b, _ in found:
        line = out[i]
        out[i] = f"{line[:a]}[{line[a + 1 : b - 1]}]{line[b:]}"
    return out
