"""Author-date citations inside the footnotes of an author-date text.

An author-date paper may have a few footnotes of comment (``∗``, ``†`` at the page
bottoms of a PDF) and such a note may cite a work of the list as the body does:
``† … Ikus, eztabaida honen laburpen argi baterako, Smith (1994, 201–215).``.  Each
mention is a citation of its own, at the note's line.  The note is commentary, not a
work: its fields are the names and year it cites its first work with ("Smith et al.
(1994)": Smith, 1994), and it is compared with no entry.
A note's author-date citation of an author no entry names is said, as in the body.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RawMarker, RawNote, Reference, RefKind, TextBlock
from bibcheck.parse.references import parse_reference
from bibcheck.readers.authoryear import AuthorYears, first_mention, line_mentions, unlisted
from bibcheck.readers.common import BlockCollector

_MARK = lazy_compile(r"\x00(?P<label>[^\x00]+)\x00")  # a citation's place in a line
# A list entry's label while a text beside numbered notes is marked (a bracketed "[n]"
# would read as the number n): "[n]" once read (:func:`read_label`)
_BOXED = "\x01"


def boxing(label: str) -> str:
    """The label an index gives list entry ``label`` beside numbered notes."""
    return f"{_BOXED}{label}"


def read_label(label: str) -> str:
    """A marker's label once read: a list entry's as ``[n]`` (see :func:`boxing`)."""
    return f"[{label[1:]}]" if label.startswith(_BOXED) else label


@dataclass(frozen=True, slots=True)
class NoteCitations:
    """The notes' citations: their text blocks (numbered after the body's), markers, the
    notes (each citing one given its first cited entry's reference) and the authors cited
    whom no entry names, (name, first line)."""

    blocks: tuple[TextBlock, ...] = ()
    markers: tuple[RawMarker, ...] = ()
    notes: tuple[RawNote, ...] = ()
    unnamed: tuple[tuple[str, int], ...] = ()


def note_citations(
    notes: Sequence[RawNote],
    index: AuthorYears,
    listed: frozenset[str],
    first_block: int,
) -> NoteCitations:
    """The author-date citations in ``notes`` (``index`` the list's name-year index,
    ``listed`` its words: see :func:`bibcheck.readers.authoryear.list_names`); the blocks
    are numbered from ``first_block``."""
    blocks: list[TextBlock] = []
    markers: list[RawMarker] = []
    out: list[RawNote] = []
    unnamed: dict[str, int] = {}
    for note in notes:
        parts = note.text.split("\n")
        starts = note.line_starts or tuple(note.line + k for k in range(len(parts)))
        collector = BlockCollector(_MARK)
        consumed = 0  # (what a mention begun on the line before took is not read again)
        for k, (whole, line_no) in enumerate(zip(parts, starts, strict=False)):
            following = parts[k + 1] if k + 1 < len(parts) else ""
            part = " " * consumed + whole[consumed:]
            found = line_mentions(part, following, index)
            consumed = max((end for row, end, _ in found if row == 1), default=0)
            for start, _, name in unlisted(f"{part} {following[:80]}", listed) if listed else ():
                if start < len(part):
                    unnamed.setdefault(name, line_no)
            text = whole
            # (a mention that ends on the next line is marked at this line's end)
            ends = [(end if row == 0 else len(part), label) for row, end, label in found]
            for end, label in sorted(ends, key=lambda x: -x[0]):
                text = f"{text[:end]}\x00{label}\x00{text[end:]}"
            collector.line(line_no, text.strip())
        got, placed, _ = collector.finish()
        if not placed:
            out.append(note)
            continue
        shift = first_block + len(blocks)
        blocks.extend(got)
        markers.extend(replace(m, block=m.block + shift) for m in placed)
        mention = first_mention(" ".join(parts), index)
        out.append(
            note
            if mention is None
            else replace(note, reference=_reference(note, starts, *mention[1:]))
        )
    return NoteCitations(tuple(blocks), tuple(markers), tuple(out), tuple(unnamed.items()))


def _reference(note: RawNote, starts: Sequence[int], names: Sequence[str], year: str) -> Reference:
    """A note of comment that cites a work: commentary, by the names and year it cites
    the work with (its title and the rest are the entry's, not the note's)."""
    parsed = parse_reference(note.text, tuple(starts), detect_styles=True, note=True)
    digits = year[:4]
    return replace(
        parsed,
        kind=RefKind.COMMENTARY,
        title=None,
        authors=tuple(names),
        year=int(digits) if digits.isdigit() else parsed.year,
        year_raw=year or parsed.year_raw,
    )
