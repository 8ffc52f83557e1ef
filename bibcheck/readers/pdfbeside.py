"""A numbered list cited by ``[n]`` beside page-bottom footnotes, in text from a PDF.

A report or thesis typeset with LaTeX's ``thebibliography`` may cite its numbered list by
``[1]``, ``[2, 3]`` in the text and also have footnotes of its own at the page feet (a
statute, a web page, a remark): two citation systems side by side.  The footnotes keep
their numbers (``1``, ``2``); the list's citations are labelled ``[n]``, so that
``vistskipanini [2]`` and a note ``2`` are never the same citation, and a footnote that
points to the list (``… sí eisini kapittul 4 í [3].``) cites entry 3 at its own line.
Pure functions: which numbers a line cites, and the citations inside the notes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RawMarker, RawNote, TextBlock
from bibcheck.readers.common import BlockCollector
from bibcheck.readers.notecites import boxing
from bibcheck.readers.pdfnumeric import citations

__all__ = ["ListCites", "bracketed_entries", "list_cites", "mark_list_cites", "notes_list_cites"]

_MARK = lazy_compile(r"\x00(?P<label>[^\x00]+)\x00")  # a citation's place in a line
_ENTRY = lazy_compile(r"^\s*\[(?P<n>[1-9]\d{0,2})\]\s")
_TOLERANCE = 2  # numbers past the list's end still read (a citation of a lost entry)
MIN_CITED = 2  # distinct entries the body must cite by "[n]"


def bracketed_entries(literature: Sequence[RawNote], lines: Sequence[str]) -> bool:
    """Is every entry of ``literature`` printed ``[n] …`` on its first line, with its
    label for ``n`` (``lines`` the document's, 0-based; entries' lines 1-based)?"""
    if not literature:
        return False
    for entry in literature:
        m = _ENTRY.match(lines[entry.line - 1]) if 0 < entry.line <= len(lines) else None
        if m is None or m.group("n") != entry.label:
            return False
    return True


def list_cites(line: str, listed: Collection[str]) -> list[tuple[int, int, list[str]]]:
    """The ``[n]`` citations of ``line`` of a list numbered ``listed``: (start, end,
    numbers); a citation with a number far past the list's end is no citation of it."""
    top = max((int(n) for n in listed), default=0)
    return [
        (start, end, numbers)
        for start, end, numbers in citations(line)
        if numbers and all(n.isdigit() and 0 < int(n) <= top + _TOLERANCE for n in numbers)
    ]


def mark_list_cites(line: str, listed: Collection[str]) -> str:
    """``line`` with each ``[n]`` citation of the list replaced by its marks (the label
    boxed: :func:`bibcheck.readers.notecites.boxing`)."""
    for start, end, numbers in reversed(list_cites(line, listed)):
        marks = "".join(f"\x00{boxing(n)}\x00" for n in numbers)
        line = f"{line[:start]}{marks}{line[end:]}"
    return line


@dataclass(frozen=True, slots=True)
class ListCites:
    """The list's citations inside the notes: their text blocks (numbered after the
    body's) and markers (boxed labels)."""

    blocks: tuple[TextBlock, ...] = ()
    markers: tuple[RawMarker, ...] = ()


def notes_list_cites(
    notes: Sequence[RawNote],
    listed: Collection[str],
    first_block: int,
    mark: Callable[[str], str] | None = None,
) -> ListCites:
    """The ``[n]`` citations of the list in ``notes``, each at its note's line; the blocks
    are numbered from ``first_block``.  The notes themselves stay as they are.  ``mark``
    marks a line's citations another way (a keyed list's ``[Bac78]``)."""
    marking = mark or (lambda part: mark_list_cites(part, listed))
    blocks: list[TextBlock] = []
    markers: list[RawMarker] = []
    for note in notes:
        parts = note.text.split("\n")
        starts = note.line_starts or tuple(note.line + k for k in range(len(parts)))
        marked = [marking(part) for part in parts]
        if marked == parts:
            continue
        collector = BlockCollector(_MARK)
        for part, line_no in zip(marked, starts, strict=False):
            collector.line(line_no, part.strip())
        got, placed, _ = collector.finish()
        shift = first_block + len(blocks)
        blocks.extend(got)
        markers.extend(replace(m, block=m.block + shift) for m in placed)
    return ListCites(tuple(blocks), tuple(markers))
