"""Word's "Save as Plain Text" with notes: the shape of the text, as pure functions.

Word writes each paragraph on one line, a note's marker as ``[n]`` where the note is
called (``impartial.[1]``), then, at the end, a line of underscores (the note
separator) and the notes, one paragraph each, ``[n] text``.  A bibliography under its
heading after the notes has one entry a line::

    ... quddiem qorti indipendenti u imparzjali.[1] Il-qafas ...
    ________________
    [1] Kostituzzjoni ta' Malta, Artikolu 39(2).
    [2] T. Borg, A Commentary (Kite Group 2016) 234.

    BIBLIOGRAPHY
    Borg T., A Commentary on the Constitution of Malta (Kite Group 2016).

The notes are notes (ibid., commentary, a note citing a case), not entries of a numbered
list: the plain-text reader reads them as footnotes and the list under the heading as
the literature.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.model import RawNote
from bibcheck.readers.common import is_literature_heading
from bibcheck.text import ascii_digits

# Word's note separator as plain text: a line of underscores and nothing else
# (at least 10: a shorter run is a blank to fill in)
SEPARATOR = re.compile(r"^\s*+_{10,}+\s*+$")
# a note: "[12] text"
_NOTE = re.compile(r"^\[(?P<n>\d{1,4})\]\s++(?P<text>\S.*+)$")
_MIN_NOTES = 2


@dataclass(frozen=True, slots=True)
class WordNotes:
    """Where the notes are: the separator's index, the notes (line numbers 1-based), the
    index after the last note line, and the literature heading's index (or None) with
    its entries."""

    separator: int
    notes: tuple[RawNote, ...]
    end: int
    heading: int | None
    literature: tuple[RawNote, ...]


def word_notes(lines: Sequence[str]) -> WordNotes | None:
    """The notes of a Word plain-text export: the last separator line with notes
    ``[1]``, ``[2]`` … numbered on from 1 right under it (continuation paragraphs of a
    note, lines that start no note, join it), up to a blank line or a literature heading;
    then the one-line entries under a literature heading after them, if any."""
    at = next((i for i in range(len(lines) - 1, -1, -1) if SEPARATOR.match(lines[i])), None)
    if at is None:
        return None
    notes: list[tuple[str, list[str], list[int]]] = []
    i = at + 1
    while i < len(lines):
        line = lines[i].strip()
        if not line or _heading(line):
            break
        m = _NOTE.match(line)
        if m is not None and int(ascii_digits(m.group("n"))) == len(notes) + 1:
            notes.append((str(len(notes) + 1), [m.group("text").strip()], [i + 1]))
        elif notes:
            notes[-1][1].append(line)
            notes[-1][2].append(i + 1)
        else:
            return None  # text under the separator that is no note
        i += 1
    if len(notes) < _MIN_NOTES:
        return None
    heading = next((k for k in range(i, len(lines)) if _heading(lines[k].strip())), None)
    literature = () if heading is None else tuple(line_entries(lines, heading + 1))
    return WordNotes(
        at,
        tuple(RawNote(n, "\n".join(t), ls[0], ls[-1], tuple(ls)) for n, t, ls in notes),
        i,
        heading,
        literature,
    )


def _heading(line: str) -> bool:
    return bool(line) and len(line) < 60 and is_literature_heading(f"# {line}")


def line_entries(lines: Sequence[str], start: int) -> list[RawNote]:
    """Entries one a line (a paragraph each, as Word writes them) from ``start`` to the
    end, labelled 1, 2 … in order; blank lines between them are skipped."""
    return [
        RawNote(str(k), lines[i].strip(), i + 1, i + 1, (i + 1,))
        for k, i in enumerate((i for i in range(start, len(lines)) if lines[i].strip()), 1)
    ]
