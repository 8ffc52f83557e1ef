"""A work cited by key stands where the manuscript first cites it.

A reader that resolves citation keys in a bibliography file (a Sphinx page's ``.bib``)
makes a note for each cited key from the entry it names.  The entry's own lines are lines
of the bibliography file; the note is the citation, so it is placed at the line (and in
the file) of the key's first citation in the manuscript, as for every reader citing by
key.  The entry, in the literature list, keeps its lines and names its file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bibcheck.model import RawMarker, RawNote

__all__ = ["at_first_citation"]


def at_first_citation(notes: Sequence[RawNote], markers: Sequence[RawMarker]) -> list[RawNote]:
    """Each note at the first marker citing its label: that marker's line and file, in the
    order of first citation (a note no marker cites keeps its place, after them).  Its
    reference moves with it, and so do its own anomalies, found at the entry's lines."""
    first: dict[str, tuple[int, RawMarker]] = {}
    for index, marker in enumerate(markers):
        first.setdefault(marker.label, (index, marker))
    cited = sorted((n for n in notes if n.label in first), key=lambda n: first[n.label][0])
    return [
        *(_moved(note, first[note.label][1]) for note in cited),
        *(note for note in notes if note.label not in first),
    ]


def _moved(note: RawNote, marker: RawMarker) -> RawNote:
    line = marker.line
    ref = note.reference
    if ref is not None:
        found = tuple(replace(a, line=line, lines=()) for a in ref.anomalies)
        ref = replace(ref, line=line, end_line=line, anomalies=found)
    starts = tuple(line for _ in note.text.split("\n"))
    return replace(
        note, line=line, end_line=line, line_starts=starts, reference=ref, file=marker.file
    )
