"""Reference lists that follow each other at the end of a word-processor document.

A long work often closes with more than one list, each under a heading of the same level:
``Works Cited`` then ``Works Consulted``, ``Sources`` then ``Further Reading``,
``Archival Sources`` then ``Printed Sources`` then ``Secondary Literature``,
``Irodalom`` then ``Ajánlott irodalom``.  Every such list is the document's literature, in
printed order (the entries of a "consulted" or "further reading" list are entries, and
their being uncited is no defect).  The lists run back to back: only headings that name a
list (:func:`bibcheck.readers.common.is_literature_heading`,
:func:`bibcheck.readers.listheads.is_qualified_list_heading`) stand between them, each over
paragraphs of its own.  A heading of another kind (``Notes``, ``Appendix``, ``3. Results``)
ends the run, and so does a numbered list restarting at 1 after another numbered one
(two numbered lists are two chapters' lists, not one list's parts).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Protocol

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.cjklistparts import is_cjk_list_part, without_enumerator
from bibcheck.readers.common import is_literature_heading
from bibcheck.readers.listclose import closes_list, entry_as_heading, in_table
from bibcheck.readers.listheads import is_list_part_heading, is_qualified_list_heading

__all__ = [
    "chapter_lists",
    "ends_list",
    "list_heading",
    "in_chapter_lists",
    "part_of",
    "run_sections",
    "run_start",
    "same_level_part",
]

_HEADING_CHARS = 80  # a list's heading is short
# a typed entry number: "[12] ", "12. ", "12) ", "(12) "
_TYPED_NUMBER = lazy_compile(r"^\s*[\[(]?(\d{1,5})[\].)]\s+")


class ListParagraph(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def heading(self) -> bool: ...

    @property
    def level(self) -> int | None: ...

    @property
    def list_number(self) -> int | None: ...


def ends_list(para: ListParagraph, heading: ListParagraph) -> bool:
    """Does a heading after the literature heading end the list?  A heading of a deeper
    level is a part of it ("Primary sources", "ภาษาไทย" / "ภาษาอังกฤษ" under "บรรณานุกรม",
    "Архивные источники"); one of the same or a higher level, or of unknown level, ends it."""
    if not para.heading:
        return False
    return para.level is None or heading.level is None or para.level <= heading.level


def list_heading(text: str) -> bool:
    """Is ``text`` (a heading's) the name of a reference list or of a part of one?"""
    text = text.strip().rstrip(":").strip()
    if not text or len(text) >= _HEADING_CHARS:
        return False
    return is_literature_heading(f"# {text}") or is_qualified_list_heading(text)


def run_start(paras: Sequence[ListParagraph], last: int) -> int:
    """The heading of the first list of the run of lists that ends with the list headed
    at ``last`` (``last`` itself when no list stands right before it)."""
    start = last
    while True:
        before = _previous_heading(paras, start)
        if before is None or not _joins(paras, before, start):
            return start
        start = before


def run_sections(paras: Sequence[ListParagraph], first: int) -> list[tuple[int, int]]:
    """The lists of the run that starts with the list headed at ``first``: each as its
    heading's index and the index where it ends."""
    out: list[tuple[int, int]] = []
    at = first
    while True:
        end = _section_end(paras, at)
        out.append((at, end))
        if end >= len(paras) or not _joins(paras, at, end, parts=True):
            return out
        at = end


def _joins(
    paras: Sequence[ListParagraph], before: int, heading: int, *, parts: bool = False
) -> bool:
    """Does the heading at ``heading`` start a list that goes on from the list headed at
    ``before`` (whose section it ends)?  With ``parts`` (reading on from a list's heading,
    never back to it), it may be a part's heading set at the list heading's own level
    (``참고문헌`` over ``1. 원전``, ``2. 단행본``: :func:`same_level_part`), right under
    it."""
    if not (paras[before].heading and paras[heading].heading):
        return False
    if not _same_level(paras[before], paras[heading]):
        return False
    part = parts and same_level_part(paras[heading].text)
    if not (list_heading(paras[heading].text) or part):
        return False
    if not (list_heading(paras[before].text) or (parts and same_level_part(paras[before].text))):
        return False
    if _section_end(paras, before) != heading:
        return False
    if not part and not any(p.text.strip() for p in paras[before + 1 : heading]):
        return False  # (a heading over nothing: a title page's or a contents line)
    end = _section_end(paras, heading)
    if not any(p.text.strip() for p in paras[heading + 1 : end]):
        return False
    return not (_numbered(paras, before, heading) and _numbered(paras, heading, end))


def same_level_part(text: str) -> bool:
    """Is ``text`` (a heading's) the name of a list's part, perhaps numbered, which a
    writer may set in the list heading's own style: ``1. Primary sources``, ``Books``,
    ``2. 단행본``, ``一次史料`` (:func:`is_list_part_heading`,
    :func:`~bibcheck.readers.cjklistparts.is_cjk_list_part`)?"""
    words = without_enumerator(text)
    return len(words) < _HEADING_CHARS and (is_cjk_list_part(words) or is_list_part_heading(words))


def _previous_heading(paras: Sequence[ListParagraph], at: int) -> int | None:
    return next((k for k in range(at - 1, -1, -1) if paras[k].heading), None)


def _same_level(a: ListParagraph, b: ListParagraph) -> bool:
    return a.level is None or b.level is None or a.level == b.level


def _section_end(paras: Sequence[ListParagraph], at: int) -> int:
    """Where the list headed at ``at`` ends: its next heading of the same or a higher level
    that is no entry, or what follows lists (:mod:`bibcheck.readers.listclose`)."""
    outside = False  # entries outside tables seen (a list rendered as a table has none)
    for k in range(at + 1, len(paras)):
        para = paras[k]
        if ends_list(para, paras[at]):
            if not entry_as_heading(paras, k):  # (an entry set in a heading style by a slip)
                return k
        elif closes_list(paras, k, outside):  # an appendix, a list of figures, a data table
            return k
        outside = outside or (bool(para.text.strip()) and not in_table(para))
    return len(paras)


def _numbered(paras: Sequence[ListParagraph], start: int, end: int) -> bool:
    """Is the first paragraph with text under ``start`` (up to ``end``) numbered?"""
    first = next((p for p in paras[start + 1 : end] if p.text.strip() and not p.heading), None)
    if first is None:
        return False
    return first.list_number is not None or _TYPED_NUMBER.match(first.text) is not None


def chapter_lists(paras: Sequence[ListParagraph], last: int) -> list[int]:
    """The headings of the lists of a work that closes each chapter with a numbered list of
    its own, numbering restarting at 1 (``Irodalom`` after chapter 1, again after chapter
    2 …), the last one (at ``last``) included; [] when the work has one list.  Each list
    stands under a heading naming a list, over entries numbered from 1, and chapter text
    stands between two lists (a contents line or a title page's heading over nothing is no
    list; a numbered list of steps under another heading is none either)."""
    if not _starts_at_one(paras, last, _section_end(paras, last)):
        return []
    found = [last]
    for k in range(last - 1, -1, -1):
        para = paras[k]
        if not para.heading or not list_heading(para.text):
            continue
        end = _section_end(paras, k)
        if end > found[0] or not _starts_at_one(paras, k, end):
            continue
        if not any(p.text.strip() and not p.heading for p in paras[end : found[0]]):
            continue  # (no chapter text before the next list: one list's parts)
        found.insert(0, k)
    return found if len(found) > 1 else []


def _starts_at_one(paras: Sequence[ListParagraph], start: int, end: int) -> bool:
    """Is the first paragraph with text under ``start`` (up to ``end``) entry number 1?"""
    first = next((p for p in paras[start + 1 : end] if p.text.strip() and not p.heading), None)
    if first is None:
        return False
    if first.list_number is not None:
        return first.list_number == 1
    m = _TYPED_NUMBER.match(first.text)
    return m is not None and m.group(1) == "1"


def in_chapter_lists(paras: Sequence[ListParagraph], parts: Sequence[int]) -> set[int]:
    """The indexes of the paragraphs under the chapter lists ``parts`` (their headings
    left out): no chapter text."""
    return {k for h in parts for k in range(h + 1, _section_end(paras, h))}


def part_of(starts: Sequence[int], line: int) -> int:
    """The chapter (1-based) of a body paragraph at ``line``: that of the first list whose
    heading (``starts``: the lists' heading lines, in order) comes after it (the last
    chapter's for one after every heading)."""
    return min(bisect_left(starts, line) + 1, len(starts))
