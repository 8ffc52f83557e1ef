"""Reference lists of their own per report on one page: open peer review.

Journals publish a paper's peer review as one page (eLife's assessment and public reviews,
F1000Research, PeerJ and Copernicus review histories, BMJ's open peer review): several
reports (Reviewer #1, Reviewer #2, the authors' response), each with its own reference list
restarting at 1, and citations ``[1]``, ``(2)``, ``[1, 3]`` or ``(Author, 2019)`` inside
each report that cite its own list.

:func:`report_parts` tells such a page from an article with one list (or with a list and
a "Further reading" list, or a list split over two headings that numbers on): two or more
lists, all numbered (each starting at 1) or all unnumbered, each in a report of its own
that holds prose besides its list.  A report is the outermost ``article``/``section``/``div`` (or
``li``) around a list's heading that holds that list and no other; where the page wraps no
report in its own element, a report is what stands after the previous list up to the end
of its own.  Parts are numbered in page order, and their entries and citations are
labelled ``<part>.<n>``, as the pdf-text reader labels notes where numbering restarts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from bs4.element import Tag

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.htmltree import Index, text_of

__all__ = ["ReportParts", "part_label", "report_parts"]

_REPORT_ELEMENTS = frozenset({"article", "section", "div", "li", "aside"})
_NOT_REPORTS = frozenset({"body", "html", "main", "[document]"})
_PROSE_BLOCKS = frozenset({"p", "li", "dd", "blockquote", "div", "td"})
_PROSE_WORDS = 12  # a report says something beside its list
_NUMBER = lazy_compile(r"^\s*(?:\[(\d{1,4})\]|(\d{1,4})[.)])\s+\S")


@dataclass(frozen=True, slots=True)
class ReportParts:
    """The reports of a page: each one's list items, and the part each element is in."""

    lists: tuple[tuple[Tag, ...], ...]
    part_of: dict[int, int]  # id(element) -> its report (1-based); absent: in none


def part_label(part: int, label: str) -> str:
    """The label of entry ``label`` of the ``part``-th list (``2.3``)."""
    return f"{part}.{label}"


def report_parts(groups: Sequence[tuple[Tag, Sequence[Tag]]], index: Index) -> ReportParts | None:
    """The reports of a page whose reference lists (``groups``: each heading with its list
    items, in page order) restart per report, or None for a page with one list."""
    groups = [(heading, list(items)) for heading, items in groups if items]
    if len(groups) < 2 or not all(_starts_at_one(items) for _, items in groups):
        return None
    if len({_numbered(items[0]) for _, items in groups}) > 1:
        return None  # (a numbered list and an unnumbered "Further reading": one article's)
    if len({id(items[0]) for _, items in groups}) < len(groups):
        return None  # (two headings over one list)
    spans = _containers(groups, index) or _flat(groups, index)
    if spans is None:
        return None
    listed = {id(item) for _, items in groups for item in items}
    if not all(_prose(index, start, end, listed) for start, end in spans):
        return None
    part_of: dict[int, int] = {}
    for k, (start, end) in enumerate(spans, start=1):  # (disjoint: each holds one list)
        for tag in index.tags[start : end + 1]:
            part_of[id(tag)] = k
    return ReportParts(tuple(tuple(items) for _, items in groups), part_of)


def _numbered(item: Tag) -> bool:
    """Is ``item`` an entry of a numbered list (an ``ol``'s, or written ``1.``/``[1]``)?"""
    parent = item.parent
    in_ol = item.name == "li" and isinstance(parent, Tag) and parent.name == "ol"
    return in_ol or _NUMBER.match(text_of(item)) is not None


def _starts_at_one(items: Sequence[Tag]) -> bool:
    """Does the list start at 1 (an ``ol`` without another ``start``, items written ``1.``
    or ``[1]``), or is it unnumbered (its entries counted from 1 whatever)?"""
    first = items[0]
    parent = first.parent
    if first.name == "li" and isinstance(parent, Tag) and parent.name == "ol":
        start = parent.get("start")
        value = first.get("value")
        return all(v is None or str(v).strip() == "1" for v in (start, value))
    m = _NUMBER.match(text_of(first))
    return m is None or (m.group(1) or m.group(2)) == "1"


def _containers(
    groups: Sequence[tuple[Tag, Sequence[Tag]]], index: Index
) -> list[tuple[int, int]] | None:
    """Each report's element (from its first to its last position), where every list has
    one of its own."""
    spans: list[tuple[int, int]] = []
    firsts = sorted(index.pos[id(items[0])] for _, items in groups)
    for heading, items in groups:
        best: Tag | None = None
        parent = heading.parent
        while isinstance(parent, Tag) and parent.name not in _NOT_REPORTS:
            if parent.name in _REPORT_ELEMENTS:
                if not (index.inside(items[0], parent) and index.inside(items[-1], parent)):
                    parent = parent.parent
                    continue
                start, end = index.pos[id(parent)], index.end.get(id(parent), 0)
                if bisect_right(firsts, end) - bisect_left(firsts, start) > 1:
                    break  # (it holds another report's list too)
                best = parent
            parent = parent.parent
        if best is None:
            return None
        spans.append((index.pos[id(best)], index.end.get(id(best), index.pos[id(best)])))
    return spans


def _flat(
    groups: Sequence[tuple[Tag, Sequence[Tag]]], index: Index
) -> list[tuple[int, int]] | None:
    """Reports not wrapped in elements of their own: each from after the previous list to
    the end of its own."""
    spans: list[tuple[int, int]] = []
    start = 0
    for _, items in groups:
        end = index.end.get(id(items[-1]), index.pos[id(items[-1])])
        if end < start:
            return None
        spans.append((start, end))
        start = end + 1
    return spans


def _prose(index: Index, start: int, end: int, listed: set[int]) -> bool:
    """Is there a paragraph of text between positions ``start`` and ``end`` outside the
    lists (a block with no block inside it)?"""
    for tag in index.tags[start : end + 1]:
        if tag.name not in _PROSE_BLOCKS or id(tag) in listed:
            continue
        if tag.find(_INNER_BLOCKS, recursive=False) is not None:
            continue
        if len(text_of(tag).split()) >= _PROSE_WORDS and not _in_listed(tag, listed):
            return True
    return False


_INNER_BLOCKS = ["p", "li", "div", "ol", "ul", "section", "article", "table"]


def _in_listed(tag: Tag, listed: set[int]) -> bool:
    parent = tag.parent
    depth = 0
    while isinstance(parent, Tag) and depth < 30:
        if id(parent) in listed:
            return True
        parent = parent.parent
        depth += 1
    return False
