"""A further-reading section that no entry was read from, in any format with headings.

A document's ``References`` may be followed by a second list, under ``Further reading``,
``Suggested reading``, ``Weiterführende Literatur`` or ``Lectures complémentaires``, as
Markdown, Org (``* Further reading``), AsciiDoc (``== Further reading``) or rst write a
heading (:func:`bibcheck.readers.sourceheads.source_heads`).  A reader that reads the
first list only leaves the second one out: that is never passed over in silence.  The
section counts as a list when half its first items (list items, or paragraphs) start as
entries do (:func:`bibcheck.readers.pdftext.entry_start`); a section of links with a word
each, or of prose, is no list of works.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.readers.listscope import SectionHead, is_further_reading_heading
from bibcheck.readers.pdftext import entry_start

__all__ = ["section_rows", "unread_reading_sections"]

_ITEMS = 6  # items looked at
# a list item's mark: "- ", "* ", "+ ", "1. ", "1) ", "[1] ", AsciiDoc's "** ", ". "
_MARK = lazy_compile(r"^\s*+(?:[-*+•.]{1,5}|\d{1,3}[.)]|\[\d{1,3}\])\s++")


def section_rows(head: SectionHead, heads: Sequence[SectionHead], count: int) -> range:
    """The 1-based lines of the section under ``head``: up to the next heading of any
    level (a sub-heading's list is its own section), or to line ``count``."""
    later = [h.line for h in heads if h.line > head.line]
    return range(head.line + 1, (min(later) if later else count + 1))


def _listed(lines: Sequence[str], rows: range) -> bool:
    """Do half the first items of ``rows`` (list items, or paragraphs) start as entries?"""
    starts: list[bool] = []
    blank = True
    for n in rows:
        if len(starts) >= _ITEMS:
            break
        text = lines[n - 1].strip()
        m = _MARK.match(text)
        if m is not None and text[m.end() :]:
            starts.append(entry_start(text[m.end() :].strip()))
        elif text and blank:
            starts.append(entry_start(text))
        blank = not text
    return bool(starts) and 2 * sum(starts) >= len(starts)


def unread_reading_sections(
    lines: Sequence[str],
    heads: Sequence[SectionHead],
    read_lines: Collection[int],
    reported: Collection[int] = (),
) -> list[Anomaly]:
    """An ``unread-region`` anomaly for each further-reading section of ``lines`` (masked,
    numbered from 1) under ``heads`` that holds a list of works none of whose lines a
    note or entry came from (``read_lines``); a section whose first line an anomaly
    already names (``reported``) is named once."""
    found: list[Anomaly] = []
    ordered = sorted(heads, key=lambda h: h.line)
    for head in ordered:
        if not is_further_reading_heading(head.text):
            continue
        rows = section_rows(head, ordered, len(lines))
        filled = [n for n in rows if 0 < n <= len(lines) and lines[n - 1].strip()]
        if not filled or any(n in read_lines for n in rows) or filled[0] in reported:
            continue
        if not _listed(lines, rows):
            continue
        found.append(
            Anomaly(
                AnomalyCode.UNREAD_REGION,
                f"the further-reading list under {head.text.strip()!r} (lines {filled[0]}–"
                f"{filled[-1]}) was not read as a list: none of its entries was checked",
                filled[0],
            )
        )
    return found
