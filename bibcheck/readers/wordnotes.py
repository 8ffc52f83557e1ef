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

from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.model import RawNote
from bibcheck.readers.common import is_literature_heading, is_notes_heading
from bibcheck.readers.hangingindent import entry_rows, numbered_entries
from bibcheck.readers.parennotes import ITEM as PAREN_ITEM
from bibcheck.text import ascii_digits

# Word's note separator as plain text: a line of underscores and nothing else
# (at least 10: a shorter run is a blank to fill in)
SEPARATOR = lazy_compile(r"^\s*+_{10,}+\s*+$")
# a note: "[12] text"
_NOTE = lazy_compile(r"^\[(?P<n>\d{1,4})\]\s++(?P<text>\S.*+)$")
# an endnote under its heading: "1. text", "1) text", "[1] text", "(1) text" (any script's
# digits: "(١) text")
_ITEM = lazy_compile(
    rf"^(?:\[(?P<n>\d{{1,4}})\]|(?P<m>\d{{1,4}})[.)]|{PAREN_ITEM})\s++(?P<text>\S.*+)$"
)
# numbers a note in brackets or parentheses may skip (the numbering check reports the gap);
# "2013. - 8 с." in a note is no note 2013, so a note written "n." skips none
_GAP = 2
_MIN_NOTES = 2
# a heading's underline: "-----", "=====", "~~~~~"
_UNDERLINE = lazy_compile(r"^([-=~*_])\1{2,}+$")
_HEADING_MAX = 60


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
    # the notes are written "(1) text": the text calls them "(1)", not "[1]"
    parenthesised: bool = False


def word_notes(lines: Sequence[str]) -> WordNotes | None:
    """The notes of a Word plain-text export: the last separator line with notes
    ``[1]``, ``[2]`` … numbered on from 1 right under it (continuation paragraphs of a
    note, lines that start no note, join it), up to a blank line or a literature heading;
    then the one-line entries under a literature heading after them, if any."""
    at = next((i for i in range(len(lines) - 1, -1, -1) if SEPARATOR.match(lines[i])), None)
    if at is None:
        return None
    return _notes_under(lines, at, _NOTE, blanks=False)


def headed_notes(lines: Sequence[str]) -> WordNotes | None:
    """Endnotes under a notes heading (``Notes``, ``མཆན།``), numbered on from 1 (``1.``,
    ``1)``, ``[1]`` or ``(1)``; blank lines between them), then a bibliography of one entry
    a line under a literature heading: the notes are notes, the bibliography the literature
    (a numbered list under the literature heading is the list the text cites: None).  Notes
    written ``(1)`` need no bibliography after them (no other reading takes them)."""
    for at in range(len(lines) - 1, -1, -1):
        line = lines[at].strip()
        if line and len(line) < _HEADING_MAX and is_notes_heading(f"# {line}"):
            found = _notes_under(lines, at, _ITEM, blanks=True)
            if found is not None and found.heading is None and found.parenthesised:
                return found
            if found is None or found.heading is None:
                return None
            if any(_ITEM.match(e.text) for e in found.literature) or not found.literature:
                return None
            return found
    return None


def _notes_under(lines: Sequence[str], at: int, note: Regex, *, blanks: bool) -> WordNotes | None:
    """The notes numbered on from 1 under line ``at`` (up to a blank line, or, when
    ``blanks``, a blank line followed by no next note), then the literature."""
    notes: list[tuple[str, list[str], list[int]]] = []
    i = at + 1
    while i < len(lines):
        line = lines[i].strip()
        if _heading(line):
            break
        if not line or (not notes and i == at + 1 and _UNDERLINE.match(line)):
            if not blanks:
                break
            ahead = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), len(lines))
            m = note.match(lines[ahead].strip()) if ahead < len(lines) else None
            if notes and (m is None or not _next_note(m, notes[-1][0])):
                break
            i = ahead
            continue
        m = note.match(line)
        if m is not None and _next_note(m, notes[-1][0] if notes else "0"):
            notes.append((str(_number(m)), [m.group("text").strip()], [i + 1]))
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
    first = note.match(lines[notes[0][2][0] - 1].strip())
    return WordNotes(
        at,
        tuple(RawNote(n, "\n".join(t), ls[0], ls[-1], tuple(ls)) for n, t, ls in notes),
        i,
        heading,
        literature,
        parenthesised=first is not None and first.groupdict().get("p") is not None,
    )


def _next_note(m: re.Match[str], last: str) -> bool:
    """Does the note line ``m`` open the note after note ``last``?  The next number; in
    brackets or parentheses, one a little further on (a note missing from the numbering)."""
    number, previous = _number(m), int(last)
    if number == previous + 1:
        return True
    plain = m.groupdict().get("m") is not None
    return previous > 0 and not plain and previous + 1 < number <= previous + 1 + _GAP


def _heading(line: str) -> bool:
    return bool(line) and len(line) < _HEADING_MAX and is_literature_heading(f"# {line}")


def _number(m: re.Match[str]) -> int:
    groups = m.groupdict()
    return int(ascii_digits(groups["n"] or groups.get("m") or groups.get("p") or "0"))


def line_entries(lines: Sequence[str], start: int) -> list[RawNote]:
    """Entries one a line (a paragraph each, as Word writes them) from ``start`` to the
    end, labelled 1, 2 … in order; blank lines between them are skipped.  Entries wrapped
    by hand with hanging indents (:mod:`bibcheck.readers.hangingindent`: ``"Kerr, J. 2013.
    The"`` / ``"    Conservation Plan. …"``) are one entry each, their lines joined."""
    rows = [i for i in range(start, len(lines)) if lines[i].strip()]
    return numbered_entries(lines, entry_rows(lines, rows))
