"""Where a reference list written as lines starts its next entry.

Writers often put a numbered list's entries on consecutive lines with no blank line
between them (``[1] Smith …`` / ``[2] Jones …``).  A line that starts with the list's
own label form carrying the next number starts a new entry; any other line (a wrapped
line, one starting with a year or a page range) continues the entry before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, RawNote
from bibcheck.readers.lettered import LETTER, follows, is_lettered, sort_key
from bibcheck.readers.lettered import label as lettered_label
from bibcheck.readers.proseentry import REFERENCE_SIGN

# "[12]", "(12)", "12." or "12)" at the start of a line, then text
_LABEL = lazy_compile(
    r"^\s{0,3}(?:\[(?P<sq>\d{1,4})\]|\((?P<par>\d{1,4})\)|(?P<num>\d{1,4})(?P<end>[.)]))\s+\S"
)

# (an entry lettered in revision, "[3a]" or "3a.": :mod:`bibcheck.readers.lettered`)
_LETTERED = lazy_compile(
    rf"^\s{{0,3}}(?:\[(?P<sq>\d{{1,4}}{LETTER})\]|(?P<num>\d{{1,4}}{LETTER})(?P<end>[.)]))\s+\S"
)


def printed_label(line: str) -> tuple[str, str] | None:
    """The label form and the label as printed a line starts with, a lettered one
    (``[3a] …`` -> ``("[]", "3a")``) or a number (``[3] …`` -> ``("[]", "3")``)."""
    m = _LETTERED.match(line)
    if m is not None:
        return ("[]", m.group("sq")) if m.group("sq") else (m.group("end"), m.group("num"))
    plain = entry_label(line)
    return None if plain is None else (plain[0], str(plain[1]))


def entry_label(line: str) -> tuple[str, int] | None:
    """The label form (``[]``, ``()``, ``.`` or ``)``) and number a line starts with."""
    m = _LABEL.match(line)
    if m is None:
        return None
    if m.group("sq") is not None:
        return "[]", int(m.group("sq"))
    if m.group("par") is not None:
        return "()", int(m.group("par"))
    return m.group("end"), int(m.group("num"))


def starts_next_entry(first_line: str, line: str) -> bool:
    """Does ``line`` start the entry after the one whose first line is ``first_line``:
    the same label form with the next number (``[1] …`` then ``[2] …``)?  A bracketed
    label may skip numbers (``[1] …`` then ``[3] …``: an entry left out, which the
    numbering check reports): no wrapped line of a work starts with ``[3] ``; a page,
    a year or an issue (``12–19.``, ``2019 edition``, ``(3) 1–9``) may."""
    printed, after = printed_label(first_line), printed_label(line)
    if (
        printed is not None
        and after is not None
        and (is_lettered(printed[1]) or is_lettered(after[1]))
    ):
        # ("[3a] …" under "[3] …", "[4] …" under "[3a] …": the entry lettered in revision)
        return (
            after[0] == printed[0]
            and sort_key(printed[1]) < sort_key(after[1])
            and (
                follows(lettered_label(printed[1]), lettered_label(after[1]))
                or (after[0] == "[]" and not is_lettered(after[1]))
            )
        )
    current = entry_label(first_line)
    nxt = entry_label(line)
    if current is None or nxt is None or nxt[0] != current[0]:
        return False
    step = nxt[1] - current[1]
    return step == 1 or (nxt[0] == "[]" and 0 < step < _MAX_SKIP)


_MAX_SKIP = 50  # numbers skipped at most where a bracketed label still starts an entry


def joined_works(notes: Sequence[RawNote], lines: Sequence[str]) -> list[Anomaly]:
    """Entries whose text holds a second work with a label of the entry's own form on a
    line of its own that was not read as the next entry (``(1) …`` then ``(4) Doe, 2019 …``
    with no blank line between): said, not lost silently."""
    found: list[Anomaly] = []
    for k, note in enumerate(notes, start=1):
        starts = note.line_starts
        head = entry_label(lines[starts[0] - 1]) if starts else None
        if head is None:
            continue
        for n in starts[1:]:
            line = lines[n - 1]
            other = entry_label(line)
            if other is not None and other[0] == head[0] and REFERENCE_SIGN.search(line):
                found.append(
                    Anomaly(
                        AnomalyCode.LITERATURE_NUMBERING,
                        f"literature entry {k} (line {note.line}) goes on with a line "
                        f"numbered as an entry of its own ({line.strip()[:40]!r}, line {n}): "
                        "two works read as one entry?",
                        n,
                        literature_entry=k,
                    )
                )
                break
    return found
