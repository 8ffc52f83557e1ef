"""Uncited entries the text names: a citation form the reader did not recognise.

When most entries of a reference list come out cited by nothing, while the text names
them (an entry's label as a word, ``HDFG12``; its first author's family name with its
year close after, ``Hundepool et al. (2012)``), the citations are there and were not read:
one ``unread-region`` anomaly saying so, with the lines, stands for the entries the text
names instead of an uncited finding for each (a false finding as many times over as the
list is long).  Entries the text does not name stay uncited.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.model import Anomaly, AnomalyCode, LiteratureEntry, TextBlock
from bibcheck.parse.names import family_name

_FEWEST = 3  # uncited entries: fewer are ordinary findings
_NEAR = 60  # characters between a family name and its year ("Hall and Lee (2001)")
_LABEL = re.compile(r"[^\W_][\w.:+-]{2,}")  # a key or label, not a bare number


@dataclass(frozen=True, slots=True)
class _Text:
    text: str
    lines: tuple[tuple[int, int], ...]  # (offset, line), ascending

    def line(self, offset: int) -> int:
        found = self.lines[0][1] if self.lines else 0
        for start, line in self.lines:
            if start > offset:
                break
            found = line
        return found


def unrecognised(
    uncited: Sequence[Anomaly], entries: Sequence[LiteratureEntry], blocks: Sequence[TextBlock]
) -> tuple[list[Anomaly], Anomaly] | None:
    """(the uncited anomalies kept, the one coverage anomaly) when most entries are
    uncited and most of those are named in the body; else None."""
    if len(uncited) < _FEWEST or 2 * len(uncited) < len(entries):
        return None
    listed = {
        n
        for e in entries
        if not e.file
        for n in range(e.line, max(e.line, e.reference.end_line or e.line) + 1)
    }
    body = _body([b for b in blocks if not (b.pieces and b.pieces[0][1] in listed)])
    by_number = {e.number: e for e in entries}
    named: dict[int, int] = {}  # entry number -> line it is named on
    for anomaly in uncited:
        entry = by_number.get(anomaly.literature_entry or -1)
        at = _named_at(entry, body.text) if entry is not None else None
        if entry is not None and at is not None:
            named[entry.number] = body.line(at)
    if 3 * len(named) < 2 * len(uncited):
        return None
    kept = [a for a in uncited if a.literature_entry not in named]
    lines = sorted(set(named.values()))
    shown = ", ".join(str(n) for n in lines[:12]) + (", ..." if len(lines) > 12 else "")
    return kept, Anomaly(
        AnomalyCode.UNREAD_REGION,
        f"citation form not recognised: {len(uncited)} of {len(entries)} literature entries "
        f"are cited by no footnote, but the text names {len(named)} of them (line {shown}); "
        "their citations there were not read",
        lines[0],
    )


def _body(blocks: Sequence[TextBlock]) -> _Text:
    parts: list[str] = []
    lines: list[tuple[int, int]] = []
    offset = 0
    for block in blocks:
        lines.extend((offset + start, line) for start, line in block.pieces)
        parts.append(block.text)
        offset += len(block.text) + 1
    return _Text("\n".join(parts), tuple(lines))


def _named_at(entry: LiteratureEntry, text: str) -> int | None:
    """Where the text names ``entry``: its label as a word, else its first author's
    family name with the entry's year close after."""
    label = entry.label
    if label and _LABEL.fullmatch(label) and not label.isdigit():
        at = _word_at(text, label, case=True)
        if at is not None:
            return at
    ref = entry.reference
    if not ref.authors or ref.year is None:
        return None
    name = family_name(ref.authors[0])
    if len(name) < 3:
        return None
    year = str(ref.year)
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
        if year in text[m.end() : m.end() + _NEAR]:
            return m.start()
    return None


def _word_at(text: str, word: str, *, case: bool) -> int | None:
    m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, 0 if case else re.IGNORECASE)
    return m.start() if m else None
