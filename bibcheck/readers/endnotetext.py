"""A typed draft's endnotes: note markers in the body, the notes as numbered paragraphs at the end.

Writers who draft in a text editor (or save a Word file as hard-wrapped text) put a note's
marker after the word or punctuation it belongs to, as a Unicode superscript
(``did.¹``, ``performances,²``, ``sources.¹⁻³``) or in brackets (``did.[1]``), and the notes
at the end under a notes heading (``NOTES``, ``Notes``, ``Endnotes``), or under a separator
line, one paragraph each, numbered ``1 text``, ``1. text``, ``1) text``, ``[1] text`` or
``¹ text``, the text wrapped over lines with or without blank lines between the notes::

    ... to whoever cared to watch. About three hundred people did.¹ By the end
    ...
    NOTES

    1 Ann Author, "A Title," YouTube video, March 21, 2020,
    https://www.youtube.com/watch?v=xyz.
    2 Bo Writer, A Book (London: Press, 1989), 297-305.

A line inside a note may start with a number (``12 (2019): 45-67.``, ``2018), 155-79.``):
it opens the next note only when its number comes next (a skip of :data:`_GAP` at most,
reported by the numbering check), its text opens as a note does (no digit, bracket or
punctuation first) and, for a bare number ``12 text``, the note above has ended (its last
line ends a sentence or an address).

Not markers: a superscript after a digit (``10⁶``), a unit's power (``m²``, ``km²``) or a
one-letter symbol (``x²``).  A literature heading after the notes (``Bibliography``) ends
them; its entries are the literature, one a paragraph (or one a line when no blank line
parts them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, RawDocument, RawMarker, RawNote
from bibcheck.readers.common import BlockCollector, is_literature_heading, is_notes_heading
from bibcheck.readers.hangingindent import entry_rows, numbered_entries
from bibcheck.readers.linewrap import join_wrapped_urls
from bibcheck.text import ascii_digits

__all__ = [
    "BRACKET_MARKER",
    "SUPER_MARKER",
    "EndNotes",
    "calls",
    "end_notes",
    "marker_labels",
    "read_end_notes",
    "trailing_notes",
]

SUPERS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_ASCII = str.maketrans(SUPERS + "⁻˗", "0123456789--")
_S = f"[{SUPERS}]"
# a superscript marker: after punctuation, or after a word of two letters or more that is no
# unit ("m²", "km²", "cm³", "ft²"); never after a digit ("10⁶") or inside a number
SUPER_MARKER = lazy_compile(
    r"(?:(?<=[.,;:!?)\]\"'”’»])|(?<=[^\W\d_]{2}))"
    r"(?<!\b[kcdmμ]m)(?<!\bft)(?<!\bin)"
    rf"(?P<label>{_S}{{1,3}}(?:[,˒⁻˗]{_S}{{1,3}}){{0,8}})(?!{_S})"
)
# a bracketed marker: "did.[1]", "[2, 3]", "[4-6]" (never "[2019]": four digits are a year)
BRACKET_MARKER = lazy_compile(r"\[(?P<label>\d{1,3}(?:\s?[,–-]\s?\d{1,3}){0,8})\]")
# a note's first line: "1 text", "1. text", "1) text", "[1] text", "¹ text"
_NOTE = lazy_compile(
    rf"^\s{{0,3}}(?:\[(?P<a>\d{{1,3}})\]:?|(?P<b>\d{{1,3}})[.)]|(?P<c>\d{{1,3}})|(?P<d>{_S}{{1,3}}))"
    r"\s++(?P<text>\S.*+)$"
)
# how a note's text may open: a letter, a quotation mark or a dash-free opener ("'", "“")
_OPENS = lazy_compile(r"^[^\W\d_]|^[\"'“‘«„*_]")
# a line that ends a note: sentence end, closing bracket or quote, or an address
_ENDS = lazy_compile(r"(?:[.!?)\]”\"'’]|\S+://\S+|\b10\.\d{4,9}/\S+)$")
_SEPARATOR = lazy_compile(r"^\s*+([-_=*~])\1{2,}+\s*+$")
_MD_HEADING = lazy_compile(r"#{1,6}\s")  # a Markdown heading: no part of a note
_HEADING_MAX = 60
_GAP = 2  # numbers a note may skip (the numbering check reports the skip)
_MIN_NOTES = 2


@dataclass(frozen=True, slots=True)
class EndNotes:
    """Where the notes are: ``start`` is the index of their heading (or separator) line, the
    body is every line above it; the notes (1-based lines); the literature after them."""

    start: int
    notes: tuple[RawNote, ...]
    literature: tuple[RawNote, ...]
    literature_heading: int | None  # index of the literature heading, if any


def marker_labels(label: str) -> list[str]:
    """A marker's note numbers: ``¹⁴`` is 14, ``¹˒³`` 1 and 3, ``¹⁻³`` 1, 2 and 3."""
    text = ascii_digits(label.translate(_TO_ASCII)).replace("˒", ",").replace(" ", "")
    labels: list[str] = []
    for part in text.split(","):
        bounds = [b for b in re.split(r"[–-]", part) if b]
        if len(bounds) == 2 and int(bounds[0]) < int(bounds[1]) <= int(bounds[0]) + 50:
            labels.extend(str(n) for n in range(int(bounds[0]), int(bounds[1]) + 1))
        else:
            labels.extend(str(int(b)) for b in bounds)
    return labels


def _heading(line: str) -> bool:
    text = line.strip().rstrip(":").strip()
    return 0 < len(text) < _HEADING_MAX and is_notes_heading(f"# {text}")


def _literature_heading(line: str) -> bool:
    text = line.strip().rstrip(":").strip()
    return 0 < len(text) < _HEADING_MAX and is_literature_heading(f"# {text}")


def _number(m: re.Match[str]) -> int:
    raw = m.group("a") or m.group("b") or m.group("c") or m.group("d") or "0"
    return int(ascii_digits(raw.translate(_TO_ASCII)))


def _opens_note(m: re.Match[str] | None, last: int, previous_line: str) -> bool:
    """Does the line matched by ``m`` open the note after note ``last``?"""
    # (a bracketed "[12] (trans.) …" may open with anything: "[12]" is no wrapped text)
    if m is None or (m.group("a") is None and not _OPENS.search(m.group("text"))):
        return False
    number = _number(m)
    if not last + 1 <= number <= last + 1 + _GAP or (last == 0 and number != 1):
        return False
    # ("12 (2019)" or "3 vols." in a note wrapped over lines is no note 12 or 3)
    return m.group("c") is None or last == 0 or bool(_ENDS.search(previous_line.rstrip()))


def _notes_from(
    lines: Sequence[str], start: int, paragraphs: bool = False
) -> tuple[list[RawNote], int]:
    """The notes numbered on from 1 under line ``start``, and the index after them;
    ``paragraphs``: a paragraph that opens no note continues the note above (Pandoc's
    notes of several paragraphs), else it ends the notes."""
    found: list[tuple[int, list[str], list[int]]] = []
    i = start + 1
    previous = ""
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            ahead = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), len(lines))
            if ahead == len(lines):
                break
            m = _NOTE.match(lines[ahead])
            if found and not _opens_note(m, found[-1][0], ".") and not paragraphs:
                break
            i, previous = ahead, "."
            continue
        if (_literature_heading(line) or (paragraphs and _MD_HEADING.match(line))) and found:
            break
        m = _NOTE.match(lines[i])
        if _opens_note(m, found[-1][0] if found else 0, previous) and m is not None:
            found.append((_number(m), [m.group("text").strip()], [i + 1]))
        elif found:
            found[-1][1].append(line)
            found[-1][2].append(i + 1)
        elif i > start + 1 or not _SEPARATOR.match(line):
            return [], i  # text under the heading that is no note
        previous = line
        i += 1
    notes = [RawNote(str(n), "\n".join(t), ls[0], ls[-1], tuple(ls)) for n, t, ls in found]
    return notes, i


def urls_joined(notes: Sequence[RawNote]) -> tuple[list[RawNote], list[Anomaly]]:
    """The notes with each address wrapped over lines joined, and an anomaly per join."""
    out: list[RawNote] = []
    anomalies: list[Anomaly] = []
    for note in notes:
        parts, joins = join_wrapped_urls(
            list(zip(note.text.split("\n"), note.line_starts, strict=True))
        )
        out.append(
            RawNote(
                note.label,
                "\n".join(text for text, _ in parts),
                note.line,
                note.end_line,
                tuple(line for _, line in parts),
            )
        )
        anomalies.extend(
            Anomaly(
                AnomalyCode.URL_SPLIT_OVER_LINES,
                f"URL split over lines joined: {url}",
                line,
                footnote=note.label,
            )
            for line, url in joins
        )
    return out, anomalies


def _entries(lines: Sequence[str], start: int) -> list[RawNote]:
    """The literature under its heading: one entry a paragraph, or one a line when no blank
    line parts them; labelled 1, 2 … in order."""
    rows = [i for i in range(start, len(lines)) if lines[i].strip()]
    if not rows:
        return []
    paragraphs: list[list[int]] = [[rows[0]]]
    for i in rows[1:]:
        if i == paragraphs[-1][-1] + 1:
            paragraphs[-1].append(i)
        else:
            paragraphs.append([i])
    if len(paragraphs) == 1:
        # (one line an entry, or entries wrapped with hanging indents: their lines joined,
        # :mod:`bibcheck.readers.hangingindent`)
        paragraphs = entry_rows(lines, rows)
    return numbered_entries(lines, paragraphs)


def end_notes(lines: Sequence[str]) -> EndNotes | None:
    """The notes at the end of ``lines`` under the last notes heading or separator line
    with notes numbered from 1 right under it (see the module's description), or None."""
    for at in range(len(lines) - 1, -1, -1):
        line = lines[at]
        if not (_heading(line) or _SEPARATOR.match(line)):
            continue
        notes, end = _notes_from(lines, at)
        if len(notes) < _MIN_NOTES:
            continue
        heading = next((k for k in range(end, len(lines)) if _literature_heading(lines[k])), None)
        literature = () if heading is None else tuple(_entries(lines, heading + 1))
        return EndNotes(at, tuple(notes), literature, heading)
    return bare_end_notes(lines)


def bare_end_notes(lines: Sequence[str]) -> EndNotes | None:
    """Notes ending the document with no heading or rule above them, as Pandoc's ``gfm``
    and ``commonmark`` writers leave them (``myth,[1]`` in the text, then ``[1] John T.
    Noonan, …`` paragraphs to the end): taken only when they are bracketed (``[1]``,
    ``[1]:``), run to the end, and the text calls each once, in order, 1 to the last --
    a note is called once where a reference list's numbers are cited again."""
    found = trailing_notes(lines)
    if found is None:
        return None
    at, notes = found
    if any(_heading(line) for line in lines[:at]):
        return None  # the document heads its notes elsewhere, and no notes were there
    if _called(without_comments(lines[:at]), len(notes)) != [n.label for n in notes]:
        return None
    return EndNotes(at - 1, tuple(notes), (), None)


def trailing_notes(lines: Sequence[str]) -> tuple[int, list[RawNote]] | None:
    """The bracketed paragraphs numbered from ``[1]`` that end the document, with no heading
    above them (notes, or a list: the text's calls tell), and the index of the first."""
    last = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].strip()), None)
    if last is None:
        return None
    for at in range(last, -1, -1):
        m = _NOTE.match(lines[at])
        if m is None or m.group("a") != "1" or (at > 0 and lines[at - 1].strip()):
            continue
        notes, end = _notes_from(lines, at - 1, paragraphs=True)
        if len(notes) < _MIN_NOTES or end <= last:
            return None
        if not all(_bracketed(lines[n.line - 1]) for n in notes):
            return None
        return at, notes
    return None


def without_comments(lines: Sequence[str]) -> list[str]:
    """``lines`` with each HTML comment (``<!-- … -->``, Markdown's hidden text) blanked,
    line breaks kept; a comment never closed is left as written."""
    text = "\n".join(lines)
    parts: list[str] = []
    pos = 0
    while (start := text.find("<!--", pos)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        parts += [text[pos:start], "\n" * text.count("\n", start, end + 3)]
        pos = end + 3
    parts.append(text[pos:])
    return "".join(parts).split("\n")


def _called(body: Sequence[str], count: int) -> list[str]:
    """The note numbers ``body`` calls by ``[n]``, in order (``[98]`` past the last note
    is a page or a year, no call)."""
    return [
        n
        for line in body
        for m in BRACKET_MARKER.finditer(line)
        for n in marker_labels(m.group("label"))
        if int(n) <= count
    ]


def _bracketed(line: str) -> bool:
    m = _NOTE.match(line)
    return m is not None and m.group("a") is not None


def read_end_notes(
    lines: Sequence[str], found: EndNotes, marker: Regex, reader: str
) -> RawDocument:
    """The document: body paragraphs with their markers, the notes, the literature."""
    collector = BlockCollector(marker, keys=True, table_rows=True)
    lines = [*without_comments(lines[: found.start]), *lines[found.start :]]
    for i in range(found.start):
        if lines[i].strip():
            collector.line(i + 1, lines[i])
        else:
            collector.blank()
    blocks, raw, anomalies = collector.finish()
    markers = [
        RawMarker(n, m.line, m.column, m.block, m.offset)
        for m in raw
        for n in marker_labels(m.label)
    ]
    notes, joined = urls_joined(found.notes)
    anomalies.extend(joined)
    title = next((line.strip() for line in lines[: found.start] if line.strip()), None)
    return RawDocument(
        reader=reader,
        title=title if title and len(title) < 120 and not marker.search(title) else None,
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=tuple(notes),
        literature=found.literature,
        anomalies=tuple(anomalies),
        literature_heading_line=None
        if found.literature_heading is None
        else found.literature_heading + 1,
        detect_styles=True,
    )


def calls(lines: Sequence[str], found: EndNotes, marker: Regex) -> int:
    """How many of the notes the body calls with ``marker``."""
    labels = {n.label for n in found.notes}
    return len(
        {
            n
            for line in lines[: found.start]
            for m in marker.finditer(line)
            for n in marker_labels(m.group("label"))
            if n in labels
        }
    )
