"""AsciiDoc notes written by hand: superscript numbers in the text, a list of notes at the end.

A writer who does not use ``footnote:[…]`` types each note's number as AsciiDoc
superscript after the words it belongs to -- ``^(1)^``, ``^[1]^`` or ``^1^`` (also
``^[2, 3]^``, ``^(4-6)^``) -- and the notes as a list of their own, under a title
(``== Notes``, ``== Anmerkungen``, ``== References``) or ending the document::

    The sea surface has warmed.^(1)^ The trend is clear.^(2)^

    == Notes

    (1): https://www.example.org/reports/sst-2019.html
    (2): Smith, J. Atlantic warming trends. Journal of Climate 32 (2019).

A note opens with its number as ``(1)``, ``(1):``, ``[1]``, ``[1]:``, ``1.``, ``1)``,
``1:`` or ``^1^``, numbered on from 1; its text may run over lines, and over a blank line
when the next note follows.  :func:`hand_notes` gives the markers of each line and the
notes when the numbers the text gives are notes of the list; :func:`unlisted_marks`
says when the text numbers notes by hand but no list of them was found (never "no
citations" in silence).

Not markers: a superscript after a digit (``10^3^``), a unit (``m^2^``, ``km^2^``) or a
one-letter symbol (``x^2^``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, RawNote
from bibcheck.readers.endnotetext import marker_labels

__all__ = ["HandNotes", "hand_notes", "line_marks", "unlisted_marks"]

_NUMBERS = r"\d{1,3}(?:\s?[,–-]\s?\d{1,3}){0,8}"
# a superscript note number: after punctuation or a word of two letters or more that is no
# unit, never after a digit or a one-letter symbol
_MARK = lazy_compile(
    r"(?:(?<=[.,;:!?)\]\"'”’»])|(?<=[^\W\d_]{2}))(?<!\b[kcdmμn]m)(?<!\bft)(?<!\bin)"
    rf"\^(?:\((?P<a>{_NUMBERS})\)|\[(?P<b>{_NUMBERS})\]|(?P<c>{_NUMBERS}))\^"
)
# a note's first line: "(1): text", "(1) text", "[1] text", "[1]: text", "1. text",
# "1) text", "1: text", "^1^ text"
_NOTE = lazy_compile(
    r"^\s{0,3}(?:\((?P<a>\d{1,3})\):{0,2}|\[(?P<b>\d{1,3})\]:{0,2}|(?P<c>\d{1,3})(?:[.)]|:{1,2})"
    r"|\^(?P<d>\d{1,3})\^)\s+(?P<text>\S.*)$"
)
_GAP = 2  # numbers a list may skip (the numbering check reports the skip)


@dataclass(frozen=True, slots=True)
class HandNotes:
    """The markers (per 0-based line: start, end, note numbers), the notes, and the
    0-based lines the list of notes takes."""

    marks: dict[int, list[tuple[int, int, tuple[str, ...]]]]
    notes: tuple[RawNote, ...]
    lines: frozenset[int]


def line_marks(line: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """The superscript note numbers of ``line``: (start, end, numbers)."""
    found = []
    for m in _MARK.finditer(line):
        label = m.group("a") or m.group("b") or m.group("c") or ""
        found.append((m.start(), m.end(), tuple(marker_labels(label))))
    return found


def _number(line: str) -> tuple[int, str] | None:
    m = _NOTE.match(line)
    if m is None:
        return None
    raw = m.group("a") or m.group("b") or m.group("c") or m.group("d") or "0"
    return int(raw), m.group("text").strip()


def _notes_from(
    lines: Sequence[str], start: int, stops: Callable[[int], bool]
) -> tuple[list[RawNote], set[int]]:
    """The notes numbered on from 1 at line ``start``, and the lines they take; ``stops``
    says which lines end the list (a section title)."""
    found: list[tuple[int, list[str], list[int]]] = []
    taken: set[int] = set()
    i = start
    while i < len(lines) and not stops(i):
        line = lines[i]
        if not line.strip() or line.strip() == "+":
            ahead = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), len(lines))
            nxt = _number(lines[ahead]) if ahead < len(lines) and not stops(ahead) else None
            if nxt is None or not found or not found[-1][0] < nxt[0] <= found[-1][0] + 1 + _GAP:
                break
            taken.update(range(i, ahead))
            i = ahead
            continue
        opened = _number(line)
        last = found[-1][0] if found else 0
        if opened is not None and last < opened[0] <= last + 1 + _GAP and (last or opened[0] == 1):
            found.append((opened[0], [opened[1]], [i + 1]))
        elif found:
            found[-1][1].append(line.strip())
            found[-1][2].append(i + 1)
        else:
            break
        taken.add(i)
        i += 1
    notes = [RawNote(str(n), "\n".join(t), ls[0], ls[-1], tuple(ls)) for n, t, ls in found]
    return notes, taken


def hand_notes(
    lines: Sequence[str],
    masked: Sequence[str],
    body: Callable[[int], bool],
    stops: Callable[[int], bool],
) -> HandNotes | None:
    """The hand-written notes of a document (``lines``; ``masked``: code blanked; ``body``
    says which lines are text, ``stops`` which end a list): the last list of notes
    numbered from 1 below the first marker that holds most of the numbers the markers
    give (the first marker calls note 1); None when there is none."""
    marks = {i: found for i in range(len(masked)) if body(i) and (found := line_marks(masked[i]))}
    if not marks:
        return None
    cited = {n for found in marks.values() for *_, numbers in found for n in numbers}
    first = min(marks)
    if marks[first][0][2][:1] != ("1",):
        return None  # (notes are numbered in the order they are called: the first is 1)
    for at in range(len(lines) - 1, first, -1):
        opened = _number(lines[at]) if body(at) else None
        if opened is None or opened[0] != 1 or (lines[at - 1].strip() and body(at - 1)):
            continue
        notes, taken = _notes_from(lines, at, stops)
        listed = {n.label for n in notes}
        if 2 * len(cited & listed) < len(cited) or not cited & listed:
            continue
        kept = {i: found for i, found in marks.items() if i not in taken}
        return HandNotes(kept, tuple(notes), frozenset(taken))
    return None


def unlisted_marks(lines: Sequence[str], body: Callable[[int], bool]) -> list[Anomaly]:
    """An ``unread-region`` anomaly when ``lines`` number notes by hand (two superscript
    numbers or more on text lines, the first calling note 1) and no list of the notes
    was read."""
    found = [(i, m) for i in range(len(lines)) if body(i) for m in line_marks(lines[i])]
    if len(found) < 2 or found[0][1][2][:1] != ("1",):
        return []  # (a squared word, "area^2^", is no note: notes are called from 1)
    at, (start, end, _) = found[0]
    return [
        Anomaly(
            AnomalyCode.UNREAD_REGION,
            f"{len(found)} superscript note numbers such as {lines[at][start:end]!r} (from "
            f"line {at + 1}) look like notes written by hand, but no list of notes numbered "
            "from 1 after them was found (a 'Notes' section with '(1): text', '[1] text' or "
            "'1. text'): they were not read",
            at + 1,
        )
    ]
