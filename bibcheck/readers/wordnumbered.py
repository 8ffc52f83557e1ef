"""Numbered citations beside a word-processor document's own notes.

A document may cite a numbered list with numbers in the text and still have a few notes
of its own (an explanation, a translator's remark).  When the numbers are all there is to
tie a citation to its work, as with the citation fields of LibreOffice's bibliography
(``CITATION "190"`` printing ``190`` inside typed brackets, its list a ``BIBLIOGRAPHY``
field numbered ``[190] …``, no source store behind the fields), each printed number cites
list entry n.  The notes keep their own numbers: a list entry's citation is labelled
``[n]`` (a note ``[n]`` made from entry n is tied to it), as the author-date citations
beside notes are (:mod:`bibcheck.readers.notecites`).  Numbers typed in the text beside
the fields (``[16]`` written by hand) cite the same list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from bibcheck.model import Anomaly, RawMarker, RawNote, TextBlock
from bibcheck.readers.common import cited_entry_notes
from bibcheck.readers.plaintext import numeric_citations, unlisted_numbers

__all__ = ["NumberedCites", "numbers_beside_notes"]

Spans = dict[int, list[tuple[int, int, list[str]]]]  # line -> (start, end, numbers)


@dataclass(frozen=True, slots=True)
class NumberedCites:
    """The body's numbered citations beside its notes: every marker (the notes' and the
    list's, in reading order), the notes made from the cited entries and the numbers the
    list has no entry for."""

    markers: list[RawMarker]
    notes: list[RawNote]
    anomalies: list[Anomaly]


def _citations(text: str, fields: list[tuple[int, int, list[str]]]) -> list[tuple[int, list[str]]]:
    """(end, numbers) of the paragraph's numbered citations: its fields' (``fields``) and
    the numbers typed outside them."""
    typed = [
        (start, end, labels)
        for start, end, labels in numeric_citations(text)
        if not any(start < f_end and f_start < end for f_start, f_end, _ in fields)
    ]
    return [(end, labels) for _, end, labels in sorted([*fields, *typed])]


def numbers_beside_notes(
    paragraphs: Sequence[tuple[int, str]],
    blocks: Sequence[TextBlock],
    note_markers: Sequence[RawMarker],
    spans: Spans,
    literature: Sequence[RawNote],
) -> NumberedCites:
    """The numbered citations of ``paragraphs`` ((number, text with the fields' results
    blanked)) beside the document's notes (``note_markers``, in ``blocks``); ``spans``:
    per paragraph, the fields that print numbers; ``literature``: the numbered list."""
    block_of = {b.pieces[0][1]: k for k, b in enumerate(blocks) if b.pieces}
    cited: list[RawMarker] = []
    for line, text in paragraphs:
        if line not in block_of:
            continue
        for end, labels in _citations(text, spans.get(line, [])):
            cited.extend(RawMarker(f"[{n}]", line, end + 1, block_of[line], end) for n in labels)
    boxed = [replace(e, label=f"[{e.label}]") for e in literature]
    notes = cited_entry_notes(cited, boxed, at_citation=True)
    plain = [replace(m, label=m.label[1:-1]) for m in cited]
    markers = sorted([*note_markers, *cited], key=lambda m: (m.line, m.column))
    return NumberedCites(markers, notes, unlisted_numbers(plain, literature))
