"""Body links that cite their sentence, added to a document's own citations.

A document with citations or notes of its own (keys, footnotes, numbered entries) may also
cite a third party's page by a link in its sentence; the Pandoc, Typst and OpenDocument
readers add those links (:func:`bibcheck.readers.links.cites_beside_notes`) to its markers,
in reading order, and to its notes.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.model import RawMarker, RawNote, TextBlock
from bibcheck.readers.links import LinkCollector, cites_beside_notes

__all__ = ["with_link_cites"]


def with_link_cites(
    markers: Sequence[RawMarker],
    notes: Sequence[RawNote],
    links: LinkCollector,
    blocks: Sequence[TextBlock],
) -> tuple[list[RawMarker], list[RawNote]]:
    """``markers`` and ``notes`` with the body ``links`` that cite their sentence (not the
    author's own material, not a pointer to "more information"): the markers sorted by line
    and column, the links' notes after the document's."""
    kept = cites_beside_notes(links, blocks)
    ordered = sorted([*markers, *kept.markers], key=lambda m: (m.line, m.column))
    return ordered, [*notes, *kept.notes]
