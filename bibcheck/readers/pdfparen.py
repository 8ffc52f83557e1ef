"""A numbered list cited by numbers in parentheses, in text converted from a PDF.

Journals of the American Society for Microbiology (mBio, mSphere) and many review copies
print their numbered list ``1. Vale RD. 2015. …`` and cite it ``… by 1967 (6, 7).``,
``(1–5)``, ``(1, 21–23)``.  :mod:`bibcheck.readers.parennum` tells which numbers in
parentheses stand where a citation stands (no count ``187 (31)``, year ``(2019)``,
equation number, enumeration's place ``: (1) age``) and within the list's reach; here a
row of the converted text is read on its own, and a number in parentheses that opens a
row is no citation (an item's label: ``(1) The strain was grown …``).  The document cites
its list so only if those numbers cover much of the list, first cited mostly in order
(:func:`~bibcheck.readers.parennum.vancouver_numbers`).
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.lettered import base
from bibcheck.readers.parennum import paren_citations, vancouver_numbers

__all__ = ["cites_in_parentheses", "row_citations"]

_COVERED = 0.6  # share of the numbers cited that a list read whole holds
_FAR = 999  # a list size no citation reaches past

# a row that ends a sentence, a clause before an item, or a heading's number
_FINISHED = lazy_compile(r"[.:;!?][\"'”»’)\]]*\s*$")


def row_citations(
    text: str, size: int, before: str = "", after: str = ""
) -> list[tuple[int, int, list[str]]]:
    """The citations in parentheses of one row of text, for a list of ``size`` entries,
    as ``(start, end, list numbers)``.  ``before`` is the row of text above: one that opens
    the row is a citation only where the sentence goes on from there (``… the role of
    specific taxa`` / ``(3–7) and the overall community``), never after a finished
    sentence or a colon, where it labels an item (``(1) The strain was grown …``).
    ``after`` is the row of text below: a citation the row's end leaves open (``… of
    recurrence (9, 12,`` / ``30).``) takes its numbers there, and is this row's (its
    span ends with the row)."""
    prefix = "" if _FINISHED.search(before) or not before.strip() else before.strip() + " "
    tail = _open_tail(text, after)
    found = [
        (start - len(prefix), min(end - len(prefix), len(text)), labels)
        for start, end, labels in paren_citations(prefix + text + tail, size)
        if start >= len(prefix) and (prefix or text[: start - len(prefix)].strip())
    ]
    return [c for c in found if c[0] < len(text)]


# a group of list numbers the row's end leaves open, "(9, 12," / "(4–"; and the rest of it
# at the start of the next row, "30)", "15, 16)"
_OPEN_END = lazy_compile(r"\((?:\d{1,3}\s*[,;–—-]\s*)+$")
_CLOSE_START = lazy_compile(r"^(?:\d{1,3}\s*[,;–—-]\s*)*\d{1,3}\)")


def _open_tail(text: str, after: str) -> str:
    """The start of ``after`` that closes a group of numbers ``text`` leaves open at its
    end (joined as one line would be), or ``""``."""
    if not after or _OPEN_END.search(text.rstrip()) is None:
        return ""
    m = _CLOSE_START.match(after.strip())
    if m is None:
        return ""
    return ("" if text.endswith(" ") else " ") + m.group(0)


def cites_in_parentheses(rows: Sequence[str], size: int) -> bool:
    """Do the body's ``rows`` (in reading order) cite a numbered list of ``size`` entries
    by numbers in parentheses, as a numeric style does (covering much of it, first cited
    mostly in order)?"""
    if size < 1:
        return False
    found = [
        labels
        for before, text, after in zip(["", *rows], rows, [*rows[1:], ""], strict=False)
        for _, _, labels in row_citations(text, size, before, after)
    ]
    return vancouver_numbers(found, size) and _list_covers(rows, size)


def _list_covers(rows: Sequence[str], size: int) -> bool:
    """Does the list hold most of the numbers the body cites in parentheses, however far
    they go (:data:`_COVERED`)?  A list read only in part (its labels printed apart from
    its entries, its end lost) is no list to read the citations against."""
    cited = {
        base(n)
        for before, text, after in zip(["", *rows], rows, [*rows[1:], ""], strict=False)
        for _, _, labels in row_citations(text, _FAR, before, after)
        for n in labels
    }
    return not cited or sum(1 for n in cited if n <= size) >= _COVERED * len(cited)
