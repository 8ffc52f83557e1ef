"""Several citeproc bibliographies in one HTML page, each serving its own section.

Pandoc's and Quarto's HTML with a bibliography per chapter or section (the
``section-bibliographies`` filter, ``reference-section-title`` per chapter, a Quarto book's
chapters rendered as one page, chapters each run through ``pandoc --citeproc`` and
concatenated): each section ends in its own ``div.csl-bib-body`` (or
``role="doc-bibliography"``), its entries carry ids (``ref-lund2010``, the same id in two
sections' lists for a work both cite) and its citations link to them.

:func:`bibliographies` finds those lists in page order; :func:`section_lists` numbers their
entries as one list and holds each list's span of source lines, so that
:class:`~bibcheck.readers.csllists.SectionLists` (fix61c's, shared with the Markdown
readers) resolves each citation in its own section's list, and a citation of an entry only
another section lists is a ``citation-key-missing`` anomaly at its line.  A section runs
from the line after the list before to the end of its own list; the lines after the last
list are the last section's.  A page is read so only when every section cites (two lists
at the end of one text, ``multibib``'s, serve the whole text: read as before).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bs4.element import Tag

from bibcheck.readers.csllists import SectionLists

__all__ = ["bibliographies", "entry_id", "is_bibliography", "section_lists"]


def is_bibliography(tag: Tag) -> bool:
    """A citeproc bibliography: ``role="doc-bibliography"``, ``div.csl-bib-body``, or
    Pandoc's ``div.references`` named ``refs``/``refs-…``."""
    if tag.get("role") == "doc-bibliography":
        return True
    classes: list[str] = [str(c) for c in tag.get_attribute_list("class") or []]
    if "csl-bib-body" in classes:
        return True
    name = str(tag.get("id") or "")
    return "references" in classes and (name == "refs" or name.startswith("refs-"))


def bibliographies(
    tags: Sequence[Tag],
    inside: Callable[[Tag, Tag], bool],
    entries_of: Callable[[Tag], list[Tag]],
) -> list[list[Tag]]:
    """The entries of each outermost citeproc bibliography of the page, in page order
    (``inside(a, b)``: is ``a`` within ``b``; ``entries_of``: a list's entries); a list
    with no entries left out."""
    found: list[tuple[Tag, list[Tag]]] = []
    for tag in tags:
        if tag.name not in ("div", "section", "ol", "ul", "dl"):
            continue
        if found and inside(tag, found[-1][0]):
            continue
        if is_bibliography(tag):
            items = entries_of(tag)
            if items:
                found.append((tag, items))
    return [items for _, items in found]


def entry_id(item: Tag) -> str | None:
    """The id an entry's citations link to: its own, else the first one inside it."""
    own = item.get("id")
    if isinstance(own, str) and own:
        return own
    inner = item.find(id=True)
    name = inner.get("id") if isinstance(inner, Tag) else None
    return name if isinstance(name, str) and name else None


def section_lists(
    lists: Sequence[Sequence[tuple[int, str | None]]], cited: Sequence[int]
) -> SectionLists | None:
    """The lists of a page with a bibliography per section (``lists``: each one's entries
    as (source line, id), in page order; ``cited``: the source lines of the page's
    citations), numbered as one; None unless there are two or more lists and every
    section holds a citation."""
    if len(lists) < 2 or any(not entries for entries in lists):
        return None
    found = SectionLists(restart=True)
    before = 0
    for entries in lists:
        start, end = entries[0][0] - 1, entries[-1][0] - 1  # (0-based, as SectionLists)
        if end < before or not any(before <= line - 1 <= end for line in cited):
            return None
        ids: dict[str, int] = {}
        for n, (_, ident) in enumerate(entries, start=found.count + 1):
            if ident:
                ids.setdefault(ident, n)
        found.add(start, end, ids, len(entries))
        before = end + 1
    return found if found.scoped else None
