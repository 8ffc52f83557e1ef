"""A further-reading list that is a Markdown document's only list.

A primer, a lesson or a blog post often cites nothing in its text and ends with a list of
works for the reader (``## Further reading``, ``**Suggested reading**``, ``## Weiterführende
Literatur``, ``## Lectures complémentaires``, ``## Leituras adicionais``, ``## Lecturas
recomendadas``): that list is its literature, read as any list is, and scoped as further
reading (:mod:`bibcheck.readers.listscope`: none of its works is uncited).  It is the list
only where no heading names a reference list (``## References`` wins, and a further-reading
list after it is read as a part of it by the reader's own rules).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.parse.references.bold_title_first import bold_author_first
from bibcheck.readers.common import LIST_ITEM, heading_text, literature_heading_index
from bibcheck.readers.pdftext import entry_start
from bibcheck.readers.readingsection import ReadingSection, markdown_reading_sections

__all__ = ["list_heading_index", "reading_heading_index", "unread_reading_list"]

# a list number before an item's text: "[1] ", "1. ", "(1) "
_LABEL = re.compile(r"^(?:\[\d{1,4}\]|\d{1,4}[.)]|\(\d{1,4}\))\s+")
_LOOK = 40  # lines under the heading looked at for its first items
_ITEMS = 6  # items looked at


def reading_heading_index(lines: Sequence[str]) -> int | None:
    """Index of the last Markdown heading (``## x`` or a line in bold) that names a
    further-reading list and has an entry under it (a list item, or a paragraph that
    starts like an entry), or None."""
    section = _last_listed(lines)
    return None if section is None else section.head - 1


def _last_listed(lines: Sequence[str]) -> ReadingSection | None:
    """The last further-reading section (:func:`markdown_reading_sections`) with an entry
    under its heading (:func:`_entry_under`), or None."""
    found = None
    for section in markdown_reading_sections(lines):
        if _entry_under(lines, section):
            found = section
    return found


def list_heading_index(lines: Sequence[str]) -> int | None:
    """Index of the reference list's heading (:func:`literature_heading_index`), or where
    no heading names one, of the further-reading list's (:func:`reading_heading_index`)."""
    at = literature_heading_index(lines)
    return at if at is not None else reading_heading_index(lines)


def _entry_under(lines: Sequence[str], section: ReadingSection) -> bool:
    """Do the first items under the section's heading (list items, or paragraphs) start
    as entries do, half of them at least (:func:`entry_start`: names and a year, a
    title and a publisher)?  A reading list of links with a word each (``[Why queues
    grow](url) — an interview``) is a list of links the body's citing reader reads, no
    list of works."""
    starts: list[bool] = []
    blank = True
    for n in section.body[:_LOOK]:
        if len(starts) >= _ITEMS:
            break
        line = lines[n - 1]
        text = line.strip()
        m = LIST_ITEM.match(line)
        if m is not None:  # (a bulleted item may carry the label the text cites: "- [1] Lee")
            starts.append(_starts_entry(_LABEL.sub("", m.group("text").strip(), count=1)))
        elif text and blank:
            starts.append(_starts_entry(text))
        blank = not text
    return bool(starts) and 2 * sum(starts) >= len(starts)


def _starts_entry(text: str) -> bool:
    """Does ``text`` start as an entry: names first (:func:`entry_start`), or a bold title
    with its authors after it (``**Title**. Ana García, Luis Pérez. …``)?"""
    return entry_start(text) or bold_author_first(text) is not None


def unread_reading_list(lines: Sequence[str], read_lines: set[int]) -> Anomaly | None:
    """An ``unread-region`` anomaly naming the lines of the further-reading list
    (:func:`reading_heading_index`) none of whose lines a note or entry came from
    (``read_lines``, 1-based): a reader that cites by links leaves such a list unread, and
    a reader that reads the reference list above it may leave it (a second list),
    which is never passed over in silence; else None."""
    section = _last_listed(lines)
    if section is None or section.first is None or section.last is None:
        return None
    if any(section.head <= n < section.body.stop for n in read_lines):
        return None
    line = lines[section.head - 1]
    head = heading_text(line) or line.strip().strip("*_ ")
    return Anomaly(
        AnomalyCode.UNREAD_REGION,
        f"the further-reading list under {head!r} (lines {section.first}–{section.last}) was "
        "not read as a list: none of its entries was checked",
        section.first,
    )
