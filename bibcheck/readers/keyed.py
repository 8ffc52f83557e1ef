"""Shared by the readers that cite by key (Pandoc, Org, AsciiDoc): markers as tokens.

A reader finds its markers and citations on a line (on masked text, so code and
math are never read) as :class:`Span` s; :func:`transform` replaces each by tokens
that :class:`~bibcheck.readers.common.BlockCollector` reads with :data:`TOKEN`, and
records the source column of each.  An in-text citation ("@smith2020 argues ...")
leaves the author's name in the text and supports the sentence it stands in.
:func:`resolve` turns the keys cited into notes and the literature list, and the keys
with no entry into ``citation-key-missing`` anomalies.

Inline notes (Pandoc's ``^[...]``, Org's ``[fn::...]``) may run over several lines of
their paragraph, list item included: :func:`find_inline_notes` finds them on the whole
masked text and :class:`InlineNotes` gives each body line with its notes taken out
(a marker where a note starts, the part of a note that continues a line blanked).

A citation written inside a note is a citation of its own, as in the rendered
document: :class:`NoteCites` reads each note that cites as a block of its own (so
the citation's claim is the note's sentence, or, for a note that is only a
citation, the body sentence the note's marker stands after).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, RawMarker, RawNote, TextBlock
from bibcheck.parse.claim_text import SCRIPT_STOP
from bibcheck.readers.bibdefects import settle
from bibcheck.readers.bibsource import Bibliography
from bibcheck.readers.common import BlockCollector
from bibcheck.readers.listorder import CITED, ListSort, ordered

__all__ = [
    "SENTENCE_END",
    "TOKEN",
    "Cites",
    "InlineNote",
    "InlineNotes",
    "NoteCites",
    "Span",
    "author_names",
    "bracket_pairs",
    "find_inline_notes",
    "note_segments",
    "resolve",
    "transform",
]

TOKEN = lazy_compile("\ue000(?P<label>[^\ue001\ue002]+)\ue002(?P<id>\\d+)\ue001")
SENTENCE_END = lazy_compile(
    r"(?<!\bal)(?<!\bpp)(?<!\bp)(?<!\be\.g)(?<!\bi\.e)(?<!\bcf)(?<!\bch)(?<!\bchap)(?<!\bvol)"
    r"(?<!\bno)(?<!\bed)(?<!\beds)(?<!\bsec)(?<!\bfig)[.!?](?=[\s\"”»)]|$)"
    rf"|{SCRIPT_STOP}"
)


@dataclass(frozen=True, slots=True)
class Span:
    """A marker or citation at ``start:end`` of a line, citing ``labels``."""

    start: int
    end: int
    labels: tuple[str, ...]
    cite: bool = True  # a citation (keys), not a footnote marker
    in_text: bool = False  # "@key says": the marker goes to the end of the sentence
    name: str = ""  # what stands in the text for the citation (in-text: the author)


def _token(label: str, ident: int) -> str:
    return f"\ue000{label}\ue002{ident}\ue001"


def transform(
    line: str,
    spans: Sequence[Span],
    line_no: int,
    colmap: dict[tuple[int, int], int],
    tidy: Callable[[str], str] | None = None,
) -> str:
    """``line`` with each span replaced by tokens the collector reads.

    ``colmap`` receives (line, column of the token) -> source column.  ``tidy``
    rewrites the result (links to their visible text ...) before columns are taken.
    """
    columns: dict[int, int] = {}
    counter = 0
    out: list[str] = []
    length = 0  # of the output so far
    pending: list[tuple[int, str]] = []  # (position in output, tokens) for in-text cites
    pos = 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < pos:
            continue  # overlapping spans: the first wins
        out.append(line[pos : span.start])
        length += span.start - pos
        tokens = []
        for label in span.labels:
            counter += 1
            columns[counter] = span.start + 1
            tokens.append(_token(label, counter))
        if span.in_text:
            out.append(span.name)
            length += len(span.name)
            pending.append((length, "".join(tokens)))
        else:
            out.append(span.name + "".join(tokens))
            length += len(out[-1])
        pos = span.end
    out.append(line[pos:])
    text = "".join(out)
    if pending:
        text = _at_sentence_ends(text, pending)
    if tidy is not None:
        text = tidy(text)
    for m in TOKEN.finditer(text):
        colmap[(line_no, m.start() + 1)] = columns[int(m.group("id"))]
    return text


def _at_sentence_ends(text: str, pending: Sequence[tuple[int, str]]) -> str:
    """``text`` with each in-text citation's tokens moved to the end of its sentence (the
    first sentence end at or after its position, else the text's end): the sentence ends
    found in one pass, so a paragraph of many in-text citations costs its length once."""
    ends = [m.start() for m in SENTENCE_END.finditer(text)]
    last = len(text.rstrip())
    placed: list[tuple[int, int, str]] = []
    for k, (at, joined) in enumerate(pending):
        i = bisect_left(ends, at)
        placed.append((ends[i] if i < len(ends) else last, k, joined))
    parts: list[str] = []
    pos = 0
    for where, _, joined in sorted(placed):
        parts.append(text[pos:where])
        parts.append(joined)
        pos = where
    parts.append(text[pos:])
    return "".join(parts)


@dataclass(slots=True)
class Cites:
    """Citation keys met so far, with the line and source text of the first citation
    and every line that cites each (ascending, each once)."""

    first: dict[str, tuple[int, str]] = field(default_factory=dict)
    lines: dict[str, set[int]] = field(default_factory=dict)

    def add(self, key: str, line: int, source: str) -> None:
        self.first.setdefault(key, (line, source))
        self.lines.setdefault(key, set()).add(line)

    def lines_of(self, key: str) -> tuple[int, ...]:
        return tuple(sorted(self.lines.get(key, ())))


def author_names(bib: Bibliography) -> dict[str, str]:
    """Key -> the first author's surname ("Smith et al."), for in-text citations."""
    names = {}
    for key, note in bib.entries.items():
        ref = note.reference
        if ref is not None and ref.authors:
            first = ref.authors[0].split(",")[0].strip()
            names[key] = first + (" et al." if len(ref.authors) > 2 else "")
    return names


def resolve(
    bib: Bibliography,
    cites: Cites,
    footnote_labels: set[str],
    markers: Sequence[RawMarker],
    *,
    nocite: Sequence[str] = (),
    also_list: Sequence[str] = (),
    how_to_name: str = "--bibliography FILE",
    sort: ListSort = CITED,
) -> tuple[list[RawNote], list[RawNote], list[Anomaly]]:
    """Notes for the keys cited in the body, the cited entries, and the keys with no entry.

    A note is labelled with its key and its reference is the entry, at the first
    citation's line.  The literature list is the cited entries in order of first
    citation (every entry with ``nocite`` ``*``); what ``nocite`` lists is marked as
    listed on purpose (no uncited entry).  ``also_list``: keys listed after the cited
    ones unmarked (the works a Word document's citation store holds).  A document that
    cites keys but names no bibliography gets one ``bibliography-unreadable`` anomaly
    besides the per-key ``citation-key-missing`` ones (each with every line citing its
    key); ``how_to_name`` says how to name one.  ``sort``: the order the style prints
    the list in (:mod:`bibcheck.readers.listorder`; citation order by default).  The
    problems of single ``.bib`` entries come with them: a listed entry's as they are, the
    others folded (bibdefects).
    """
    body_keys = {m.label for m in markers if m.label not in footnote_labels}
    notes: list[RawNote] = []
    missing: list[Anomaly] = []
    for key, (line, source) in cites.first.items():
        if key in bib.entries:
            note = bib.cited_note(key, line, source)
            if key in body_keys and note is not None:
                notes.append(note)
            continue
        if key in footnote_labels:
            continue
        missing.append(
            Anomaly(
                AnomalyCode.CITATION_KEY_MISSING,
                f"citation key {key!r} has no entry in the bibliography"
                if bib.sources
                else f"citation key {key!r} cannot be resolved: the document names no bibliography",
                line,
                footnote=key,
                lines=cites.lines_of(key),
            )
        )
    if missing and not bib.sources:
        missing.insert(
            0,
            Anomaly(
                AnomalyCode.BIBLIOGRAPHY_UNREADABLE,
                f"{len(missing)} citation keys are cited but no bibliography is named "
                f"({how_to_name}): none of these citations could be checked",
                missing[0].line,
            ),
        )
    if "*" in nocite:
        keys = list(bib.entries)
    else:
        keys = [k for k in cites.first if k in bib.entries]
        keys += [k for k in [*nocite, *also_list] if k in bib.entries and k not in keys]
    keys = ordered(keys, bib.entries, sort)
    chosen = set(bib.entries) if "*" in nocite else set(nocite)
    missing.extend(settle(bib.defects, keys))
    return notes, [_listed(bib.entries[k], k in chosen) for k in keys], missing


def _listed(entry: RawNote, nocite: bool) -> RawNote:
    """An entry of the literature list, marked when ``nocite`` lists it on purpose."""
    return replace(entry, nocite=True) if nocite else entry


# --------------------------------------------------------------------------
# Inline notes over several lines
# --------------------------------------------------------------------------

_PARAGRAPH_END = lazy_compile(r"\n[ \t]*\n")


def bracket_pairs(text: str) -> dict[int, int]:
    """Offset of each ``[`` -> offset of the ``]`` that closes it within its paragraph
    (one pass: an unclosed bracket closes nothing, and costs nothing more)."""
    pairs: dict[int, int] = {}
    ends = [m.start() for m in _PARAGRAPH_END.finditer(text)]
    stack: list[int] = []
    k = 0
    for pos in (m.start() for m in re.finditer(r"[\[\]]", text)):
        while k < len(ends) and ends[k] < pos:
            stack.clear()  # a blank line ends the paragraph: nothing open crosses it
            k += 1
        if text[pos] == "[":
            stack.append(pos)
        elif stack:
            pairs[stack.pop()] = pos
    return pairs


@dataclass(frozen=True, slots=True)
class InlineNote:
    """An inline note from its opener to its closing bracket (0-based lines, columns)."""

    line: int
    start: int  # column of the opener
    body: int  # column where the note's text begins
    end_line: int
    end: int  # column of the closing bracket
    name: str = ""  # a name written in the opener (Org's ``[fn:name:text]``)


def find_inline_notes(
    masked: Sequence[str], opener: Regex, barrier: Regex | None = None
) -> list[InlineNote]:
    """Inline notes in document order.  ``opener`` matches up to the note's text and
    contains the ``[`` the note's closing bracket matches (a ``name`` group is kept); a
    note closes within its paragraph (a line matching ``barrier``, such as a heading,
    ends the paragraph too), else it is no note."""
    text = "\n".join(masked)
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    walls = [k for k, line in enumerate(masked) if barrier is not None and barrier.match(line)]
    pairs = bracket_pairs(text)
    found: list[InlineNote] = []
    pos = 0
    for m in opener.finditer(text):
        if m.start() < pos:
            continue
        close = pairs.get(m.start() + m.group(0).index("["))
        if close is None:
            continue
        first = bisect_right(starts, m.start()) - 1
        last = bisect_right(starts, close) - 1
        wall = bisect_right(walls, first)
        if wall < len(walls) and walls[wall] <= last:
            continue  # a heading between the opener and the bracket: no note
        name = (m.groupdict().get("name") or "").strip()
        found.append(
            InlineNote(
                first,
                m.start() - starts[first],
                m.end() - starts[first],
                last,
                close - starts[last],
                name,
            )
        )
        pos = close + 1
    return found


class InlineNotes:
    """The inline notes of a document, line by line.

    A note counts once a body line that opens it is read (:meth:`body`); the lines it
    runs over are then :meth:`hidden` or :meth:`continued`.
    """

    def __init__(self, notes: Sequence[InlineNote]) -> None:
        self._starting: dict[int, list[InlineNote]] = {}
        self._ending: dict[int, InlineNote] = {}
        self._inside: set[int] = set()
        for note in notes:
            self._starting.setdefault(note.line, []).append(note)

    def hidden(self, i: int) -> bool:
        """Is line ``i`` wholly inside a note opened on an earlier line?"""
        return i in self._inside

    def continued(self, i: int) -> bool:
        """Does line ``i`` start with the rest of a note opened on an earlier line?"""
        return i in self._ending

    def body(
        self, i: int, line: str, masked: str, marker: Callable[[InlineNote], str]
    ) -> tuple[str, str]:
        """Line ``i`` (and its masked form) with each note opened there replaced by
        ``marker(note)`` and the rest of a note opened earlier blanked.  What follows a
        note keeps its column (the marker is padded to the note's length)."""
        out: list[str] = []
        mout: list[str] = []
        pos = 0
        tail = self._ending.get(i)
        if tail is not None:
            pos = min(len(line), tail.end + 1)
            out.append(" " * pos)
            mout.append(" " * pos)
        for note in self._starting.get(i, ()):
            if note.start < pos:
                continue
            text = marker(note)
            stop = note.end + 1 if note.end_line == i else len(line)
            text += " " * max(0, stop - note.start - len(text))
            out += [line[pos : note.start], text]
            mout += [masked[pos : note.start], text]
            pos = stop
            if note.end_line > i:
                self._ending[note.end_line] = note
                self._inside.update(range(i + 1, note.end_line))
        out.append(line[pos:])
        mout.append(masked[pos:])
        return "".join(out), "".join(mout)


def note_segments(
    note: InlineNote, lines: Sequence[str], masked: Sequence[str]
) -> list[tuple[int, str, str]]:
    """The note's text per line: (0-based line, text, masked text), columns kept (what
    precedes the note's text on its first line is blanked)."""
    found = []
    for k in range(note.line, note.end_line + 1):
        begin = note.body if k == note.line else 0
        stop = note.end if k == note.end_line else len(lines[k])
        text = " " * begin + lines[k][begin:stop]
        mtext = " " * begin + masked[k][begin:stop]
        if text.strip():
            found.append((k, text, mtext))
    return found


# --------------------------------------------------------------------------
# Citations inside notes
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _NoteBlocks:
    label: str
    blocks: list[TextBlock]
    markers: list[RawMarker]


@dataclass(slots=True)
class NoteCites:
    """The notes whose text cites: each a block of its own, with its citation markers."""

    found: list[_NoteBlocks] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)

    def add(
        self,
        label: str,
        segments: Sequence[tuple[int, str, Sequence[Span]]],
        tidy: Callable[[str], str] | None = None,
    ) -> None:
        """A note's lines as (1-based line, text, citation spans in it)."""
        if not any(s.cite and s.labels for _, _, spans in segments for s in spans):
            return
        colmap: dict[tuple[int, int], int] = {}
        collector = BlockCollector(TOKEN, keys=True)
        for line_no, text, spans in segments:
            cites = [s for s in spans if s.cite]
            collector.line(line_no, transform(text, cites, line_no, colmap, _tidy(tidy)))
        blocks, raw, anomalies = collector.finish()
        markers = [replace(m, column=colmap.get((m.line, m.column), m.column)) for m in raw]
        self.anomalies.extend(anomalies)
        self.found.append(_NoteBlocks(label, blocks, markers))

    def merge(
        self, blocks: Sequence[TextBlock], markers: Sequence[RawMarker]
    ) -> tuple[list[TextBlock], list[RawMarker]]:
        """The body's blocks and markers with the notes' added (markers in line order).

        Before each note's blocks stands the body text up to the note's first marker: a
        citation that opens a note supports what the note's marker supports."""
        out_blocks = list(blocks)
        out_markers = list(markers)
        anchors: dict[str, RawMarker] = {}
        offsets: dict[int, list[int]] = {}  # block -> the offsets of its pieces
        for m in markers:
            anchors.setdefault(m.label, m)
        for note in self.found:
            anchor = anchors.get(note.label)
            if anchor is not None:
                block = blocks[anchor.block]
                if anchor.block not in offsets:
                    offsets[anchor.block] = [offset for offset, _ in block.pieces]
                out_blocks.append(_context(block, offsets[anchor.block], anchor.offset))
            else:
                out_blocks.append(TextBlock("", note.blocks[0].pieces[:1] or ((0, 1),)))
            shift = len(out_blocks)
            out_blocks.extend(note.blocks)
            out_markers.extend(replace(m, block=m.block + shift) for m in note.markers)
        out_markers.sort(key=lambda m: (m.line, m.column))
        return out_blocks, out_markers


_CONTEXT = 2000  # characters of body text kept before a note's marker (a claim is shorter)


def _context(block: TextBlock, offsets: list[int], end: int) -> TextBlock:
    """The body text before offset ``end`` of ``block`` (its last :data:`_CONTEXT`
    characters), source lines kept: what a citation opening a note supports.
    ``offsets``: the offsets of the block's pieces."""
    start = max(0, end - _CONTEXT)
    first = max(0, bisect_right(offsets, start) - 1)
    last = bisect_left(offsets, end)
    pieces = [(0, block.pieces[first][1])]
    pieces += [(o - start, line) for o, line in block.pieces[first + 1 : last] if o > start]
    return TextBlock(block.text[start:end], tuple(pieces))


def _tidy(then: Callable[[str], str] | None) -> Callable[[str], str]:
    def tidy(text: str) -> str:
        text = text.lstrip()
        return then(text) if then is not None else text

    return tidy
