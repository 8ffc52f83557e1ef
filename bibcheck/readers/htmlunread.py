"""Reference lists of an HTML page from which no entry was read: said, never silent.

A page may hold a list the reader did not take for its reference list: a container named
like one (``<div class="ref-list">``, ``<section id="references">``, ``<ol
class="references">``) whose entries are in a shape it does not read, or a heading in a
language no table holds with entry-shaped items under it that are not the page's last
(``<h2>Marejeo</h2>`` then ``<h2>Kuhusu mwandishi</h2>``).  When none of such a region's
items was read (as an entry or as a note), one ``unread-region`` anomaly names it and
says how many items it holds.

Not such a region: the page's notes (items that are targets of note markers, or in a
``footnotes``/``fn``/``footnote``/Pressbooks/Easy Footnotes block, or that link back to a
marker), and lists that are no references by their place or name (navigation, related
posts, tags, comments, a table of contents).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bs4.element import Tag

from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.readers.frontmatter import is_prose
from bibcheck.readers.htmlnames import CHROME_ROLES, CHROME_TAGS, HEADINGS
from bibcheck.readers.htmltree import Index, text_of
from bibcheck.readers.shapedlist import entry_like, inverted_opening

__all__ = ["entry_items", "unread_lists"]

# a block of notes, as blogs and publishers mark it (WordPress, Hugo, Jekyll, Pressbooks,
# Easy Footnotes, Pandoc, docutils, MediaWiki)
_NOTES_NAME = lazy_compile(
    r"foot-?notes?|end-?notes?|^fn\b|^fn[-_:]?\d|^notes?$|^notes?[-_]|easy-footnote|"
    r"return-footnote|reflist-notes|mw-references-wrap-notes|^cite_note",
    re.I,
)
# the name of a list that is no reference list: navigation, related posts, tags, comments
_CHROME_NAME = lazy_compile(
    r"nav|menu|breadcrumb|related|tag|categor|comment|share|social|widget|sidebar|"
    r"pagination|pager|toc\b|table-of-contents|archive|recent|popular|footer|header",
    re.I,
)
# a name saying what the page has, not what the element is ("has_sidebar", "with-nav")
_MODIFIER = lazy_compile(r"^(?:has|with|no|without|show|hide|is)[-_]", re.I)
_BACK_LINK = lazy_compile(r"^#(?:fnref|cite_ref|_?ftnref|_?ednref|ref[-_:]?fn|return)", re.I)
_MIN_SHAPED = 3
_BLOCKS = ["p", "div", "li", "ul", "ol", "dl", "table", "section", *HEADINGS]


@dataclass(frozen=True, slots=True)
class _Region:
    name: str
    line: int | None
    items: tuple[Tag, ...]
    by_shape: bool  # (found by its items' shape, not by its name)


def _names(tag: Tag) -> list[str]:
    return [*(tag.get_attribute_list("class") or []), str(tag.get("id") or "")]


def _in_chrome(tag: Tag) -> bool:
    for t in [tag, *tag.parents]:
        if t.name in CHROME_TAGS or t.get("role") in CHROME_ROLES:
            return True
        if any(n and _CHROME_NAME.search(n) and not _MODIFIER.match(n) for n in _names(t)):
            return True
    return False


def _in_notes(tag: Tag) -> bool:
    for t in [tag, *tag.parents]:
        if t.get("role") in ("doc-endnotes", "doc-footnotes", "doc-endnote", "doc-footnote"):
            return True
        if any(n and _NOTES_NAME.search(n) for n in _names(t)):
            return True
    return False


def _note_item(item: Tag) -> bool:
    """An item that is a note: named so, or linking back to its marker."""
    if any(n and _NOTES_NAME.search(n) for n in _names(item)):
        return True
    for a in item.find_all("a", href=True):
        href = str(a.get("href") or "")
        if _BACK_LINK.match(href) or any(_NOTES_NAME.search(n) for n in _names(a)):
            return True
    return False


def _leaf_items(container: Tag) -> list[Tag]:
    """A region's items: its ``li``/``dd``, else its paragraphs and leaf ``div``s."""
    items = container.find_all(["li", "dd"])
    if items:
        return [t for t in items if text_of(t).strip()]
    return [
        t
        for t in container.find_all(["p", "div"])
        if t.find(_BLOCKS) is None and text_of(t).strip()
    ]


def _section_items(heading: Tag) -> list[Tag]:
    """The items under ``heading`` to the next heading: its lists' items, else its
    paragraphs."""
    listed: list[Tag] = []
    paragraphs: list[Tag] = []
    for element in heading.next_elements:
        if not isinstance(element, Tag):
            continue
        if element.name in HEADINGS or element.name in CHROME_TAGS:
            break
        if element.name in ("li", "dd") and text_of(element).strip():
            if not any(p.name in ("li", "dd") for p in element.parents):
                listed.append(element)
        elif element.name == "p" and text_of(element).strip():
            if not any(p.name in ("li", "dd") for p in element.parents):
                paragraphs.append(element)
    return listed or paragraphs


def _whole_link(item: Tag) -> bool:
    """An item that is one link and nothing else (a related post, a page of the site)."""
    links = item.find_all("a")
    text = " ".join(text_of(item).split())
    return len(links) == 1 and " ".join(text_of(links[0]).split()) == text


_NUMBERED = lazy_compile(r"^\s*+(?:\[\d{1,4}\]|\d{1,4}[.)])\s")


def _entry_item(item: Tag) -> bool:
    """An item shaped like an entry, not a paragraph of the text: it cites nothing of the
    page (no link to a note or entry of it, no ``sup``/``cite``), and it opens as an entry
    does (``Surname, Given``, ``[1]``) or is no sentence."""
    if _whole_link(item) or item.find(["sup", "cite"]) is not None:
        return False
    if any(str(a.get("href") or "").startswith("#") for a in item.find_all("a")):
        return False
    text = " ".join(text_of(item).split())
    if not entry_like(text):
        return False
    return inverted_opening(text) or bool(_NUMBERED.match(text)) or not is_prose(text)


def entry_items(items: list[Tag]) -> list[Tag]:
    """Those of ``items`` shaped like entries when they are a reference list by their shape
    (three or more items, two in three of them entries or more: a heading or a line about
    the list among them left out); else none."""
    return [t for t in items if _entry_item(t)] if _shaped(items) else []


def _shaped(items: list[Tag]) -> bool:
    if len(items) < _MIN_SHAPED:
        return False
    return 3 * sum(1 for t in items if _entry_item(t)) >= 2 * len(items)


def _regions(index: Index, list_name: Regex) -> Iterator[_Region]:
    """The regions named like a reference list, then the headings over entry-shaped items
    (a named list's items are its own, not its heading's)."""
    for tag in index.tags:
        if tag.name in ("ol", "ul", "dl", "div", "section"):
            shown = next((n for n in _names(tag) if n and list_name.match(n)), "")
            if shown:
                attr = "id" if shown == tag.get("id") else "class"
                name = f'<{tag.name} {attr}="{shown}">'
                yield _Region(name, tag.sourceline, tuple(_leaf_items(tag)), by_shape=False)
    for tag in index.tags:
        if tag.name in HEADINGS:
            items = _section_items(tag)
            if _shaped(items):
                name = " ".join(text_of(tag).split())
                yield _Region(name, tag.sourceline, tuple(items), by_shape=True)


def _read_in(item: Tag, read: set[int]) -> bool:
    if any(id(t) in read for t in [item, *item.parents]):
        return True
    return any(id(t) in read for t in item.find_all(True))


def unread_lists(
    index: Index,
    list_name: Regex,
    read: set[int],
    reported: Callable[[int | None], bool],
    furniture: Callable[[Tag], bool] = lambda _: False,
) -> list[Anomaly]:
    """One ``unread-region`` anomaly for each reference-like region of the page (named
    like a reference list by ``list_name``, or entry-shaped items under a heading) none of
    whose items is, holds or is inside an element of ``read`` (the entries and notes
    read); ``reported``: whether a line's region was already told; ``furniture``: whether
    an item is the page's own furniture (a "How to cite" entry of the page itself)."""
    anomalies: list[Anomaly] = []
    seen: set[int] = set()
    for region in _regions(index, list_name):
        items = region.items
        if not items or any(id(t) in seen for t in items) or reported(region.line):
            continue
        seen.update(id(t) for t in items)
        if _in_chrome(items[0]) or _in_notes(items[0]) or all(furniture(t) for t in items):
            continue
        if any(_note_item(t) for t in items) or any(_read_in(t, read) for t in items):
            continue
        what = "section" if region.by_shape else "list"
        anomalies.append(
            Anomaly(
                AnomalyCode.UNREAD_REGION,
                f"the {what} {region.name!r} holds {len(items)} items like reference-list "
                "entries, but no entry was read from it: none of them was checked",
                region.line,
            )
        )
    return anomalies
