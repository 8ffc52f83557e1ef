"""Notes left as numbered paragraphs when a page's note anchors were stripped.

A word processor's HTML export links each marker to its note (``<a href="#_ftn12">[12]</a>``
to ``<a name="_ftn12">``).  Pasted into a content manager (Squarespace, WordPress,
Blogger), the named anchors are often stripped while the links stay: the markers then
point at nothing, and the notes are plain paragraphs after the text, ``<p>[12]. text</p>``,
``<p>12. text</p>`` or ``<p>[12] text</p>``, numbered 1 ... K.  The reader would say every
marker has no note, and read none.

:func:`anchor_numbered_notes` pairs them by number: for each marker link whose fragment
names no element of the page, the paragraph numbered as the marker, in a run of such
paragraphs numbered consecutively from 1 after the last marker, takes the fragment as its
``id``, so the reader finds the note the link was meant to reach.  :func:`unread_run`
finds such a run no marker was paired with (``<sup>12</sup>`` markers with no link, or
none): the reader says it is not read instead of reading nothing in silence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bs4 import BeautifulSoup
from bs4.element import Tag

from bibcheck.lazyre import lazy_compile

__all__ = ["NumberedRun", "anchor_numbered_notes", "drop_number", "numbered_run", "unread_run"]

# a note paragraph's own number: "[12]. ", "[12] ", "12. ", "12) " (the text follows)
_NUMBER = lazy_compile(r"^\s*+(?:\[(?P<b>\d{1,4})\]\.?|(?P<d>\d{1,4})[.)])(?=\s|$)")
# a marker link's text: "[12]", "12"
_MARK = lazy_compile(r"^\s*+\[?(?P<n>\d{1,4})\]?\s*+$")
_BLOCKS = ("p", "div")
_MIN_RUN = 2  # a lone "1. ..." paragraph may be anything


@dataclass(frozen=True, slots=True)
class NumberedRun:
    """Paragraphs numbered 1 ... K in a row: the number -> its paragraph."""

    paragraphs: dict[int, Tag]

    @property
    def line(self) -> int:
        first = self.paragraphs[min(self.paragraphs)]
        return first.sourceline or 1


def _own_number(block: Tag) -> int | None:
    m = _NUMBER.match(block.get_text())
    if m is None:
        return None
    return int(m.group("b") or m.group("d"))


def _leaf_blocks(soup: BeautifulSoup) -> list[Tag]:
    """Paragraph-like blocks that hold no other such block, in document order."""
    return [b for b in soup.find_all(_BLOCKS) if b.find(_BLOCKS) is None]


def numbered_run(soup: BeautifulSoup, after: Tag | None = None) -> NumberedRun | None:
    """The last run of paragraphs numbered 1, 2, ... K (K >= 2) in the page, after the
    element ``after`` when given; paragraphs without a number between them continue a
    note.  A numbered list's items (``<li>``) are the list reader's, not looked at."""
    blocks = _leaf_blocks(soup)
    if after is not None:
        later = set(map(id, after.find_all_next(_BLOCKS)))
        blocks = [b for b in blocks if id(b) in later]
    best: dict[int, Tag] = {}
    run: dict[int, Tag] = {}
    for block in blocks:
        number = _own_number(block)
        if number is None:
            continue
        if number == len(run) + 1:
            run[number] = block
            continue
        if len(run) >= _MIN_RUN:
            best = run
        run = {1: block} if number == 1 else {}
    if len(run) >= _MIN_RUN:
        best = run
    return NumberedRun(best) if best else None


def _page_names(soup: BeautifulSoup) -> set[str]:
    names: set[str] = set()
    for tag in soup.find_all(True):
        for attr in ("id", "name"):
            value = tag.get(attr)
            if isinstance(value, str):
                names.add(value)
    return names


def anchor_numbered_notes(soup: BeautifulSoup, is_marker: Callable[[Tag], bool]) -> int:
    """Give the numbered note paragraphs the ids their dangling marker links name (see
    the module's doc); ``is_marker``: is a link a note reference.  Returns the number of
    paragraphs anchored (0: the page left as it was)."""
    names = _page_names(soup)
    dangling: list[tuple[int, str, Tag]] = []
    for a in soup.find_all("a", href=True):
        href = str(a.get("href", ""))
        if not href.startswith("#") or len(href) < 2 or href[1:] in names:
            continue
        m = _MARK.match(a.get_text())
        if m is not None and is_marker(a):
            dangling.append((int(m.group("n")), href[1:], a))
    if len(dangling) < _MIN_RUN:
        return 0
    run = numbered_run(soup, after=dangling[-1][2])
    if run is None:
        return 0
    pairs: dict[int, tuple[Tag, str]] = {}
    for number, target, _ in dangling:
        paragraph = run.paragraphs.get(number)
        if paragraph is not None and not paragraph.get("id"):
            pairs.setdefault(number, (paragraph, target))
    if len(pairs) < _MIN_RUN:
        return 0
    for paragraph, target in pairs.values():
        paragraph["id"] = target
        drop_number(paragraph)
    return len(pairs)


def drop_number(paragraph: Tag) -> None:
    """The paragraph's own number ("[12]. ") taken off its text: the note's label says it,
    as a linked note's number is its back link, no text of it."""
    for string in paragraph.find_all(string=True):
        if not string.strip():
            continue
        m = _NUMBER.match(string)
        if m is not None:
            string.replace_with(string[m.end() :].lstrip())
        return


def unread_run(soup: BeautifulSoup, read: Callable[[Tag], bool]) -> NumberedRun | None:
    """A run of numbered note paragraphs (see :func:`numbered_run`) of which the reader
    read none (``read``: was this paragraph read as a note or entry)."""
    run = numbered_run(soup)
    if run is None or any(read(p) for p in run.paragraphs.values()):
        return None
    return run if re.search(r"\w", run.paragraphs[1].get_text()) else None
