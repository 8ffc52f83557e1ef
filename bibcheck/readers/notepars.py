"""Notes written as plain paragraphs that open with their number, as PDF converters leave them.

A PDF's footnotes, converted to Markdown or text (Docling, marker, ``pdftotext`` without
layout), become paragraphs among the body's: ``1 Mark Author, Title, WASH. POST (Nov. 9,
2019), https://…``, then body text, then ``2 …`` and so on, each opening with its number
and no period (``1.`` opens a list item in Markdown).  Their markers became plain digits in
the text, so no reader pairs them; a document holding a run of them must never be read as
citing nothing: :func:`note_paragraphs` finds the run (numbers 1, 2, 3 … in order, a few
skipped at most), which the refusal names.

Not such a run: a numbered list (``1.``, ``1)``), numbers that do not run on from 1, a
paragraph opening with a year or a quantity (``2019 was …``, ``12 (2019)``: the text after
the number opens with a letter or a quotation mark), numbered section headings (``2
Methods``: no comma, period or address follows).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile

__all__ = ["NoteParagraphs", "note_paragraphs"]

_OPENING = lazy_compile(r"^[ \t]{0,3}(?P<n>[1-9]\d{0,2})[ \t]++(?=[^\W\d_]|[\"“‘'])")
# a note cites: a comma, a period or an address on its first line (a section heading, "2
# Methods", has none)
_CITING = lazy_compile(r"[,.]\s|https?://")
_GAP = 3  # numbers the run may skip (a note lost in conversion)
_MIN_RUN = 5


@dataclass(frozen=True, slots=True)
class NoteParagraphs:
    """A run of paragraphs numbered as notes: how many, the first's line (1-based), the
    last number."""

    count: int
    line: int
    last: int


def note_paragraphs(lines: Sequence[str]) -> NoteParagraphs | None:
    """The run of paragraphs opening with note numbers 1, 2, 3 … in order, body paragraphs
    between them allowed, when it holds :data:`_MIN_RUN` or more; else None."""
    count = last = 0
    first = 0
    blank_before = True
    for i, line in enumerate(lines):
        if not line.strip():
            blank_before = True
            continue
        m = _OPENING.match(line) if blank_before else None
        blank_before = False
        if m is None or not _CITING.search(line, m.end()):
            continue
        number = int(m.group("n"))
        if last < number <= last + _GAP and (last or number == 1):
            count, last = count + 1, number
            first = first or i + 1
    if count < _MIN_RUN:
        return None
    return NoteParagraphs(count, first, last)
