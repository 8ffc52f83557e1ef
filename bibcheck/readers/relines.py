"""Line numbers of a reader's result moved through a map.

A reader that splices included files into one text (AsciiDoc ``include::``) reads the
combined text and then reports every line where it stands in its own file:
:func:`remap_lines` applies ``where(line)`` to each line number a
:class:`~bibcheck.model.RawDocument` holds (blocks, markers, notes, their parsed
references, anomalies).  Given ``file_of(line)``, each marker and note also says which
file its line is in, and each anomaly in an included file names it; a note already in
a file of its own (an entry of a ``.bib``, whose lines are that file's) is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bibcheck.model import Anomaly, RawDocument, RawMarker, RawNote, Reference, TextBlock

LineMap = Callable[[int], int]
FileMap = Callable[[int], str]


def _no_file(line: int) -> str:
    return ""


def remap_lines(raw: RawDocument, where: LineMap, file_of: FileMap = _no_file) -> RawDocument:
    """``raw`` with every line number ``n`` replaced by ``where(n)``, and each marker's
    and note's file set to ``file_of(n)`` (the file line ``n`` of the combined text
    comes from; "" the main file)."""
    heading = raw.literature_heading_line
    return replace(
        raw,
        blocks=tuple(_block(b, where) for b in raw.blocks),
        markers=tuple(_marker(m, where, file_of) for m in raw.markers),
        footnotes=tuple(_note(n, where, file_of) for n in raw.footnotes),
        literature=tuple(_note(n, where, file_of) for n in raw.literature),
        anomalies=tuple(_anomaly(a, where, file_of) for a in raw.anomalies),
        literature_heading_line=None if heading is None else where(heading),
        link_markers=tuple(_marker(m, where, file_of) for m in raw.link_markers),
        link_notes=tuple(_note(n, where, file_of) for n in raw.link_notes),
    )


def _block(block: TextBlock, where: LineMap) -> TextBlock:
    return replace(block, pieces=tuple((offset, where(line)) for offset, line in block.pieces))


def _marker(marker: RawMarker, where: LineMap, file_of: FileMap) -> RawMarker:
    moved = marker.displaced_from
    return replace(
        marker,
        line=where(marker.line),
        displaced_from=None if moved is None else where(moved),
        file=file_of(marker.line),
    )


def _note(note: RawNote, where: LineMap, file_of: FileMap) -> RawNote:
    if note.file:  # lines of a file of its own (a .bib entry), not of the combined text
        return note
    ref = note.reference
    return replace(
        note,
        line=where(note.line),
        end_line=where(note.end_line),
        line_starts=tuple(where(n) for n in note.line_starts),
        reference=None if ref is None else _reference(ref, where, file_of),
        file=file_of(note.line),
    )


def _reference(ref: Reference, where: LineMap, file_of: FileMap) -> Reference:
    return replace(
        ref,
        line=where(ref.line),
        end_line=where(ref.end_line),
        anomalies=tuple(_anomaly(a, where, file_of) for a in ref.anomalies),
    )


def _anomaly(anomaly: Anomaly, where: LineMap, file_of: FileMap = _no_file) -> Anomaly:
    """``anomaly`` at its line in its own file; one in an included file names that file
    (``... (in sections/refs.adoc)``), as the LaTeX reader names an ``\\input`` file."""
    if anomaly.line is None:
        return anomaly
    name = file_of(anomaly.line)
    message = in_file(anomaly.message, name) if name else anomaly.message
    return replace(
        anomaly,
        message=message,
        line=where(anomaly.line),
        lines=tuple(where(n) for n in anomaly.lines),
    )


def in_file(message: str, name: str) -> str:
    """``message`` naming the included file ``name`` it is about (once: a message that
    names it already is left as it is)."""
    return message if name in message else f"{message} (in {name})"
