"""A table of contents' entry for the reference list, in PDF-to-text without ``-layout``.

``pdftotext`` without ``-layout`` writes a contents page a cell at a time: the entry's
title on a line, its page number on a line of its own below it::

    Contents
    Introduction

    2

    References

    11

The ``References`` there is no heading: the list stands further on, under the same
words.  :func:`contents_entry` tells it by both signs at once: the first line after it
with text is a bare page number (Arabic or Roman), and a line further on has the same
words (case and spacing aside).  A chapter's own list under a heading its next chapter
repeats has entries under it, never a bare number.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

__all__ = ["contents_entry"]

_PAGE = re.compile(r"^\s*(?:\d{1,4}|[ivxlc]{1,7})\s*$", re.I)


def _key(line: str) -> str:
    return " ".join(line.split()).casefold()


def contents_entry(lines: Sequence[str], at: int, skip: Collection[int] = ()) -> bool:
    """Is the heading at ``at`` a table of contents' entry (see the module doc)?  Lines
    at ``skip`` (page artifacts) are passed over."""
    key = _key(lines[at])
    if not key:
        return False
    below = (j for j in range(at + 1, len(lines)) if j not in skip and lines[j].strip())
    nxt = next(below, None)
    if nxt is None or not _PAGE.match(lines[nxt]):
        return False
    return any(_key(lines[j]) == key for j in range(nxt + 1, len(lines)))
