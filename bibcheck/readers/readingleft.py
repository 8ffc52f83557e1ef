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

from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.readers.listscope import SectionHead
from bibcheck.readers.readingsection import reading_sections, works_listed

__all__ = ["unread_reading_sections"]


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
    for section in reading_sections(lines, heads):
        rows = section.body
        if section.first is None or section.last is None:
            continue
        if any(n in read_lines for n in rows) or section.first in reported:
            continue
        if not works_listed(lines, rows):
            continue
        found.append(
            Anomaly(
                AnomalyCode.UNREAD_REGION,
                f"the further-reading list under {section.text.strip()!r} (lines "
                f"{section.first}–{section.last}) was not read as a list: none of its "
                "entries was checked",
                section.first,
            )
        )
    return found
