"""A numbered list cited by bracketed numbers, in text converted from a PDF.

Patent specifications, standards and engineering reports print ``[n]`` in the text and a
numbered list under a heading (``Citation list``, ``Non-patent literature``,
``References``), often on two-column pages.  Read in reading order
(:mod:`bibcheck.readers.columns`), the list is the run of entries ``[1]``, ``[2]``, ...
after its heading, each going on to the next entry, over page breaks; it ends at a
heading or a numbered paragraph that follows a finished entry (a patent's ``Claims`` and
``1. A method for …``).  A paragraph number (``[0001]``, four digits and zero-padded in a
patent's description) is no citation and no entry, nor is anything that is no list
number (``[2019]``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bibcheck.readers.columns import Row
from bibcheck.readers.common import expand_labels

__all__ = ["Entry", "NumericList", "citations", "numeric_list"]

_ENTRY = re.compile(r"^\s*\[(?P<n>[1-9]\d{0,2})\]\s+(?P<text>\S.*)$")
# "[4]", "[7, 8]", "[2-5]", "[3], [4]" (each bracket on its own); not "[0003]", "[2019]",
# not a Markdown link "[3](…)"
_CITE = re.compile(r"(?<![\w\[])\[(?P<label>[1-9]\d{0,2}(?:\s*[,;–—-]\s*[1-9]\d{0,2})*)\](?![(\w])")
_FINISHED = re.compile(r"[.!?][\"'”»’)\]]*$")
_NUMBERED = re.compile(r"^\s*(?:\d{1,3}[.)]\s+\S|\[\d{4}\])")
_HEADING = re.compile(r"^[^\W\d_][^.!?;:,]{0,58}$")
_MAX_GAP = 2  # list numbers an entry may skip (one lost in conversion)


@dataclass(frozen=True, slots=True)
class Entry:
    label: str
    rows: tuple[Row, ...]  # the entry's rows, the first without its "[n]"


@dataclass(frozen=True, slots=True)
class NumericList:
    heading: int  # position of the heading in the rows
    entries: tuple[Entry, ...]
    taken: frozenset[int]  # positions of the heading and the list's rows

    def labels(self) -> set[str]:
        return {e.label for e in self.entries}


def numeric_list(rows: Sequence[Row], is_heading: Callable[[str], bool]) -> NumericList | None:
    """The first list of at least two entries, numbered from ``[1]``, right under a
    heading that ``is_heading`` accepts."""
    for h, row in enumerate(rows):
        if not row.text.strip() or not is_heading(row.text):
            continue
        # (a part's heading may stand between: "Citation list" / "Patent literature")
        first = next(
            (
                p
                for p in range(h + 1, len(rows))
                if rows[p].text.strip() and not is_heading(rows[p].text)
            ),
            None,
        )
        m = _ENTRY.match(rows[first].text) if first is not None else None
        if first is None or m is None or m.group("n") != "1":
            continue
        found = _entries(rows, first, is_heading)
        if len(found[0]) >= 2:
            entries, taken = found
            return NumericList(h, tuple(entries), frozenset(p for p in taken if p >= h))
    return None


def _entries(
    rows: Sequence[Row], first: int, is_heading: Callable[[str], bool]
) -> tuple[list[Entry], set[int]]:
    items: list[tuple[str, list[Row]]] = []
    taken: set[int] = set(range(first))
    for p in range(first, len(rows)):
        text = rows[p].text.strip()
        if not text:
            continue
        if is_heading(text) and items and _FINISHED.search(items[-1][1][-1].text.rstrip()):
            taken.add(p)  # a part of the list: "Non-patent literature"
            continue
        m = _ENTRY.match(text)
        expected = int(items[-1][0]) + 1 if items else 1
        if m and expected <= int(m.group("n")) <= expected + _MAX_GAP:
            items.append((m.group("n"), [Row(rows[p].index, m.group("text"))]))
            taken.add(p)
            continue
        last = items[-1][1][-1].text.rstrip()
        if _FINISHED.search(last) and (_NUMBERED.match(text) or _HEADING.match(text)):
            break
        items[-1][1].append(Row(rows[p].index, text))
        taken.add(p)
    return [Entry(label, tuple(members)) for label, members in items], taken


def citations(text: str) -> list[tuple[int, int, list[str]]]:
    """The bracketed numeric citations in a line of text: (start, end, list numbers)."""
    return [
        (m.start(), m.end(), expand_labels(m.group("label").replace(";", ",").replace("—", "-")))
        for m in _CITE.finditer(text)
    ]
