"""Footnotes at the page bottoms of a PDF-converted paper that cites a numbered list.

A conference or journal paper (IEEE, ACM, Springer LNCS) cites its numbered reference
list by ``[n]`` and has a few footnotes besides, mostly holding a URL (``1
https://github.com/org/tool``), marked by a digit glued to a word or to punctuation
(``following [18].2``, ``at batch size 16.1``).  The plain-text reader reads the list; the
notes are found here as the pdf-text reader finds footnotes
(:func:`bibcheck.readers.pdftext.page_notes`), on the text in reading order: a column of a
two-column ``-layout`` page is a page of its own (its notes stand at its foot).

What the pdf-text reader takes for a note area in a text that cites a list is read only
when it has a note's shape: text after the number (``2 Method`` alone on its line, a
section heading, is none), a few lines at most (an area that runs on over a column is
body text), and a marker in the body (a decimal's last digit, ``16.1``, only where a
sentence ends there).  A note with that shape and no marker is not read, and an
``unread-region`` anomaly says so: never a silent drop.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass, field
from itertools import accumulate

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, RawNote
from bibcheck.readers.columns import Row
from bibcheck.readers.pdftext import page_notes

MAX_NOTE_LINES = 6  # a paper's footnote is a few lines; an "area" running on is body text
_URL = lazy_compile(r"https?://|www\.|doi\.org/", re.I)
_HEADING_WORDS = 8  # a line this short with no full stop may be a numbered heading
_SENTENCE_ENDS = lazy_compile(r"\.\d{1,3}(?:$|\s+[\"“(\[A-Z])")  # "size 16.1 Our", line end


@dataclass(frozen=True, slots=True)
class ListNotes:
    """The footnotes read beside a numbered list, and where they are."""

    notes: tuple[RawNote, ...] = ()
    # row index -> (start, end, label) of each note marker on that row
    markers: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    rows: frozenset[int] = frozenset()  # rows the notes use: neither body nor list
    anomalies: tuple[Anomaly, ...] = ()


def column_pages(text: str, rows: Sequence[Row]) -> list[int]:
    """The page of each row, each column of a page read column by column counting as a
    page of its own (the rows of the next column start above the last row read)."""
    pages = list(accumulate(line.count("\f") for line in text.split("\n")))
    out: list[int] = []
    page = 0
    for k, row in enumerate(rows):
        if k and (pages[row.index] != pages[rows[k - 1].index] or row.index <= rows[k - 1].index):
            page += 1
        out.append(page)
    return out


def list_notes(text: str, rows: Sequence[Row], artifacts: Set[int]) -> ListNotes:
    """The page-bottom footnotes of converted ``text`` (pages at form feeds), read in
    reading order (``rows``; ``artifacts``: indexes of rows that are running heads or
    page numbers)."""
    if "\f" not in text:
        return ListNotes()
    lines = [row.text for row in rows]
    numbers = [row.index + 1 for row in rows]
    found = page_notes(lines, column_pages(text, rows), artifacts, numbers)
    notes: list[RawNote] = []
    markers: dict[int, list[tuple[int, int, str]]] = {}
    used: set[int] = set()
    anomalies: list[Anomaly] = []
    unread: list[RawNote] = []
    for note in found:
        if not note_shaped(note.note.text, len(note.lines)):
            continue
        own, lost = split_unmarked(note.note)
        unread.extend([lost] if lost is not None else [])
        if note.marker is None or not (
            note.certain or _SENTENCE_ENDS.match(lines[note.marker[0]], note.marker[1] - 1)
        ):
            unread.append(own)
            continue
        notes.append(own)
        line, start, end = note.marker
        markers.setdefault(line, []).append((start, end, note.note.label))
        used.update(note.lines)
        anomalies.extend(note.joined)
    if unread:
        anomalies.append(_unread(unread))
    return ListNotes(tuple(notes), markers, frozenset(used), tuple(anomalies))


def note_shaped(text: str, lines: int) -> bool:
    """Has a page-bottom "note" a footnote's shape: some text, a few lines at most, and
    not a numbered heading (one short line with no full stop and no address)?"""
    words = text.split()
    if not words or lines > MAX_NOTE_LINES:
        return False
    if "\n" in text.strip() or _URL.search(text):
        return True
    return text.rstrip().endswith((".", ")", "”", '"')) or len(words) > _HEADING_WORDS


# A line of a note that starts the next one, whose marker was not found: its number and a
# web address ("2 https://doi.org/..."), which no sentence wrapped into a note starts with
_NEXT_NOTE = lazy_compile(r"(\d{1,3})\s+(?:https?://|www\.)", re.I)


def split_unmarked(note: RawNote) -> tuple[RawNote, RawNote | None]:
    """``note`` without the next note that ran into it (its marker was not found in the
    text, so it was read as a line of this one), and that next note, if any."""
    parts = note.text.split("\n")
    starts = note.line_starts or tuple(note.line for _ in parts)
    for k in range(1, len(parts)):
        m = _NEXT_NOTE.match(parts[k].strip())
        if m and note.label.isdigit() and int(m.group(1)) == int(note.label) + 1:
            own = RawNote(note.label, "\n".join(parts[:k]), note.line, starts[k - 1], starts[:k])
            text = parts[k].strip()[m.end(1) :].strip()
            rest = "\n".join([text, *parts[k + 1 :]])
            return own, RawNote(m.group(1), rest, starts[k], note.end_line, starts[k:])
    return note, None


def _unread(notes: list[RawNote]) -> Anomaly:
    notes = sorted(notes, key=lambda n: n.line)
    labels = ", ".join(n.label for n in notes)
    urls = sum(1 for n in notes if _URL.search(n.text))
    held = f", {urls} of them with a web address," if urls else ""
    return Anomaly(
        AnomalyCode.UNREAD_REGION,
        f"{len(notes)} footnote-like text(s) at the page bottoms (numbered {labels}){held} "
        "have no marker in the text that could be told from a number; they were not read "
        "(check them by hand)",
        notes[0].line,
    )


def mark(lines: list[str], found: ListNotes, sentinel: str) -> list[str]:
    """``lines`` with each note marker written ``[<sentinel><label>]``, a citation the
    reader's marker pattern finds and tells from a list number by the sentinel."""
    out = list(lines)
    for row, spans in found.markers.items():
        line = out[row]
        for start, end, label in sorted(spans, reverse=True):
            line = f"{line[:start]}[{sentinel}{label}]{line[end:]}"
        out[row] = line
    return out
