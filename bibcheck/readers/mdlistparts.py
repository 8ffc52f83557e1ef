"""A Markdown reference list in parts: sub-headings under it, and lists back to back.

A long report's bibliography is often split into parts under headings of a deeper level
(``# Bibliography`` over ``## Primary sources``, ``## Secondary literature``, ``## Online
resources``, ``## Further reading``), or closes with several lists under headings of one
level (``## Works Cited`` then ``## Works Consulted``).  Every part is the literature, in
printed order: a heading deeper than the list's own is a part of it, and a heading of the
same level that names a list (:func:`bibcheck.readers.wordlists.list_heading`) right after
a list goes on with it, and so does one that names a part of it (``## 참고문헌`` over
``## 1. 원전``, ``## 2. 단행본``: :func:`bibcheck.readers.wordlists.same_level_part`).
Another heading (``## Appendix``, ``# Notes``) ends the list, and so does a numbered list
restarting at 1 after a numbered one (one chapter's list after another's, not one list's
parts).
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.common import heading_text
from bibcheck.readers.wordlists import list_heading, same_level_part

__all__ = ["goes_on", "heading_level", "run_start"]

_ATX = lazy_compile(r"^ {0,3}(#{1,6})(?:[ \t]|$)")
_NUMBERED = lazy_compile(r"^\s{0,3}(?:\[\d{1,5}\]|\d{1,5}[.)])\s")


def heading_level(line: str) -> int | None:
    """The level of an ATX heading line (``## x`` is 2), or None."""
    m = _ATX.match(line)
    return len(m.group(1)) if m else None


def goes_on(lines: Sequence[str], heading: int, at: int) -> bool:
    """Does the heading at ``at`` (met after the list headed at ``heading``) go on with the
    list: a part of it (a deeper heading), or a further list of the same level?"""
    level, next_level = heading_level(lines[heading]), heading_level(lines[at])
    if level is None or next_level is None:
        return False
    if next_level > level:
        return True
    text = heading_text(lines[at]) or ""
    # (a part's heading set at the list's own level: "## 참고문헌" over "## 1. 원전")
    if next_level < level or not (list_heading(text) or same_level_part(text)):
        return False
    return not (_numbered(lines, _previous_heading(lines, at), at) and _numbered_after(lines, at))


def run_start(lines: Sequence[str], last: int) -> int:
    """The heading of the first list of the lists of one level that run back to back up
    to the list headed at ``last`` (``Works Cited`` before ``Works Consulted``)."""
    start = last
    while True:
        before = _previous_heading(lines, start)
        if before < 0 or heading_level(lines[before]) != heading_level(lines[start]):
            return start
        if not list_heading(heading_text(lines[before]) or ""):
            return start
        if not any(line.strip() for line in lines[before + 1 : start]):
            return start  # (a heading over nothing)
        if not goes_on(lines, before, start):
            return start
        start = before


def _previous_heading(lines: Sequence[str], at: int) -> int:
    return next((k for k in range(at - 1, -1, -1) if heading_level(lines[k]) is not None), -1)


def _numbered(lines: Sequence[str], start: int, end: int) -> bool:
    """Is the first line with text after ``start`` (before ``end``) a numbered item?"""
    first = next((line for line in lines[start + 1 : end] if line.strip()), "")
    return _NUMBERED.match(first) is not None


def _numbered_after(lines: Sequence[str], at: int) -> bool:
    end = next((k for k in range(at + 1, len(lines)) if heading_level(lines[k])), len(lines))
    return _numbered(lines, at, end)
