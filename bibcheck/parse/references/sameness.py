"""Two entries of one title and year that are different works (pure).

A paper in a proceedings volume and talks of the same title at different venues, or a
book and its review, share a title and a year; a duplicate of one work does not differ
in what each entry says it is or where and when it appeared.  Two such entries are
different works when both say, and say differently, any of:

* the kind of work (book, article, chapter, report, patent, thesis; not a web page or an
  unknown kind, which a second record of a work may well be);
* the BibTeX entry type (``@inproceedings`` and ``@unpublished``; ``@conference`` is
  ``@inproceedings``, ``@online``/``@www``/``@electronic`` are ``@misc``);
* the month of a full date (``2016-04`` and ``2016-09``);
* page ranges that do not meet (``61–63`` and ``65–70``: two chapters or passages of one
  book, each listed for itself).

A part of a book and the book under the book's own title (an ``@inbook`` naming only its
chapter's number) are one work said twice: kind and type do not part them.
What one entry leaves out says nothing: a bare second record of a work is still a
duplicate of the full one.  Hosts and places are not compared: one work's records name
them differently (``Proceedings of the 17th Conference on Mining Software Repositories``
and ``Proceedings of MSR 2020``; a publisher's city and a conference's).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["other_works", "pages_apart"]

_TOLD_KINDS = frozenset(
    {RefKind.BOOK, RefKind.ARTICLE, RefKind.CHAPTER, RefKind.REPORT, RefKind.PATENT, RefKind.THESIS}
)
_ENTRY_TYPE = lazy_compile(r"\s*@\s*([A-Za-z]+)\s*[{(]")
_SAME_TYPES = {"conference": "inproceedings", "online": "misc", "www": "misc", "electronic": "misc"}
_PAGE_RANGE = lazy_compile(r"\s*+(\d{1,6})\s*+(?:-{1,3}|–|—)\s*+(\d{1,6})\s*+")
_FULL_DATE = lazy_compile(r"\d{4}-(\d{1,2})(?:-(\d{1,2}))?")


def _entry_type(ref: Reference) -> str | None:
    m = _ENTRY_TYPE.match(ref.raw)
    if m is None:
        return None
    kind = m.group(1).lower()
    return _SAME_TYPES.get(kind, kind)


def _month_day(ref: Reference) -> tuple[int, int] | None:
    m = _FULL_DATE.fullmatch((ref.year_raw or "").strip())
    if m is None:
        return None
    return int(m.group(1)), int(m.group(2) or 0)


_BOOK_AND_PART = (
    frozenset({RefKind.BOOK, RefKind.CHAPTER}),
    frozenset({"book", "inbook"}),
    frozenset({"book", "incollection"}),
)


def _both_differ(a: object, b: object) -> bool:
    return a is not None and b is not None and a != b and frozenset({a, b}) not in _BOOK_AND_PART


def other_works(a: Reference, b: Reference) -> bool:
    """Do ``a`` and ``b`` (of one title and year) say they are different works?"""
    if a.kind in _TOLD_KINDS and b.kind in _TOLD_KINDS and _both_differ(a.kind, b.kind):
        return True
    if _both_differ(_entry_type(a), _entry_type(b)):
        return True
    days = _month_day(a), _month_day(b)
    if days[0] and days[1] and days[0][0] != days[1][0]:
        return True
    return pages_apart(a.pages, b.pages)


def pages_apart(a: str | None, b: str | None) -> bool:
    """Are ``a`` and ``b`` page ranges that do not meet (``61–63`` and ``65–70``)?  A single
    page, an article number or no pages says nothing."""
    one, other = _range(a), _range(b)
    return one is not None and other is not None and (one[1] < other[0] or other[1] < one[0])


def _range(pages: str | None) -> tuple[int, int] | None:
    m = _PAGE_RANGE.fullmatch(pages) if pages else None
    if m is None:
        return None
    low, high = int(m.group(1)), int(m.group(2))
    return (low, high) if low <= high else None
