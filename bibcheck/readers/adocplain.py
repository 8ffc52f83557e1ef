"""AsciiDoc literature lists written without ``[[[key]]]`` anchors.

``pandoc -t asciidoc`` (citeproc's list), a converted Word or Markdown file, or a writer
who types the list by hand give a bibliography section whose entries are plain list items
(``* Smith, J. (2019). Title.``, ``. Title``) or plain paragraphs, each perhaps after a
block anchor of its own (``[[ref-smith2019]]``)::

    [bibliography]
    == Literaturverzeichnis

    [[ref-smith2019]]
    Smith, J. (2019). Title. Publisher.

The section is one a ``[bibliography]`` style marks or one titled as literature lists are
(``References``, ``Literaturverzeichnis``, ``Bibliografia``, ``Список литературы``).  Its
items are entries, labelled by their anchor's id, else by their place in the list (1, 2,
...).  With no ``<<key>>`` pointing at them, the body cites them by author and year as any
author-date text does (:mod:`bibcheck.readers.authoryear`): ``(Smith 2019)``, ``Smith and
Lee (2020, 4)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RawNote
from bibcheck.readers.authoryear import AuthorYears, line_mentions
from bibcheck.readers.common import LITERATURE_HEADINGS
from bibcheck.readers.headingkey import section_heading_key
from bibcheck.readers.headscope import unscoped
from bibcheck.readers.labelsplit import starts_next_entry

__all__ = ["PlainList", "item_anchor", "line_marks", "literature_title", "plain_list"]

# an item of an unordered or ordered list: "* text", "- text", ". text", "1. text"
_ITEM = lazy_compile(r"^\s*(?:[*-]{1,5}|\.{1,5}|\d{1,4}\.)\s+(?P<text>\S.*)$")
# an entry's own anchor on the line above it: "[[ref-smith2019]]", "[#ref-smith2019]"
_ANCHOR = lazy_compile(r"^\[(?:\[(?P<id>[\w:.-]+)(?:,[^\[\]\n]*)?\]|#(?P<id2>[\w:.-]+))\]\s*$")
# an entry's own anchor opening its item: ". [[smith2019]]Smith, J. ...", "* anchor:smith2019[]
# Smith ..." (an inline anchor, not the [[[key]]] of a [bibliography] list)
_ITEM_ANCHOR = lazy_compile(
    r"^(?:\[\[(?P<id>[\w:.-]+)(?:,[^\[\]\n]*)?\]\](?!\])|anchor:(?P<id2>[\w:.-]+)\[[^\]\n]*\])\s*"
)


@dataclass(frozen=True, slots=True)
class PlainList:
    """The entries of a keyless list and the lines (indexes) it takes."""

    entries: tuple[RawNote, ...]
    lines: frozenset[int]


def literature_title(title: str) -> bool:
    """Is ``title`` a literature list's (``References``, ``5. Literaturverzeichnis``)?"""
    return unscoped(section_heading_key(title)) in LITERATURE_HEADINGS


def plain_list(
    lines: Sequence[str],
    start: int,
    stop: int,
    structural: Callable[[int], bool],
    render: Callable[[str], str],
) -> PlainList:
    """The entries of the list in ``lines[start:stop]`` (a section's body; ``structural``
    says which lines are no text: comments, attributes, titles; ``render`` gives an entry's
    text as the reference parsers read it)."""
    entries: list[RawNote] = []
    taken: set[int] = set()
    parts: list[str] = []
    numbers: list[int] = []
    label: str | None = None

    def close() -> None:
        nonlocal label
        if parts:
            number = len(entries) + 1
            text = render("\n".join(parts))
            entries.append(
                RawNote(label or str(number), text, numbers[0], numbers[-1], tuple(numbers))
            )
        parts.clear()
        numbers.clear()
        label = None

    for i in range(start, stop):
        line = lines[i]
        anchor = _ANCHOR.match(line)
        if anchor is not None:
            close()
            label = anchor.group("id") or anchor.group("id2")
            taken.add(i)
            continue
        if structural(i) or not line.strip() or line.strip() == "+":
            if not line.strip():
                close()
            taken.add(i)
            continue
        item = _ITEM.match(line)
        if item is not None:
            kept = label
            close()
            text, own = item_anchor(item.group("text"))
            label = own or kept
            parts.append(text)
        else:
            if numbers and starts_next_entry(lines[numbers[0] - 1], line):
                close()  # "[2] …" right under "[1] …": the next entry, no blank between
            parts.append(line.strip())
        numbers.append(i + 1)
        taken.add(i)
    close()
    return PlainList(tuple(e for e in entries if _entry_shaped(e.text)), frozenset(taken))


def item_anchor(text: str) -> tuple[str, str | None]:
    """An item's text without the inline anchor opening it, and the anchor's id
    (``[[brena]]R. F. Brena, ...`` -> ``("R. F. Brena, ...", "brena")``); the text as it
    is and None when no anchor opens it."""
    m = _ITEM_ANCHOR.match(text.strip())
    if m is None:
        return text.strip(), None
    return text.strip()[m.end() :].strip(), m.group("id") or m.group("id2")


# a work's date: a year, or none written ("n.d.", German "o. J.", Romance "s.f.", "s.d.")
_DATE = lazy_compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|\b(?:n\.\s?d|o\.\s?J|s\.\s?[fd])\.")
# what only body text holds: a footnote, a citation or a cross reference macro
_BODY_MACRO = lazy_compile(r"\bfootnote(?:ref)?:|\bcite(?:np)?:\[|<<|\bxref:")


def _entry_shaped(text: str) -> bool:
    """Is ``text`` a list entry: words and a date, and no footnote or citation of its own
    (a paragraph of text after the list is no entry)?"""
    return (
        re.search(r"[^\W\d_]", text) is not None
        and _DATE.search(text) is not None
        and _BODY_MACRO.search(text) is None
    )


def line_marks(
    line: str, following: str, consumed: int, index: AuthorYears
) -> tuple[list[tuple[int, str]], int]:
    """(offset, entry label) of each author-date mention starting on ``line`` past its
    first ``consumed`` characters (what a mention begun on the line before took), its
    marker after its year (at the line's end when it ends on ``following``); and how much
    of ``following`` such a mention takes."""
    part = " " * consumed + line[consumed:]
    found = line_mentions(part, following, index)
    marks = [(end if row == 0 else len(line), label) for row, end, label in found]
    return marks, max((end for row, end, _ in found if row == 1), default=0)
