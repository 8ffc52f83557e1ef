"""A Pandoc citation bracket that is never closed.

``[@a; @b and more text [@c].`` -- the author forgot the ``]`` of the first group.
Pandoc then prints the ``[`` as text and reads no group there, so what the author meant
to cite is uncertain; silently keeping one key and dropping another would hide it.
:func:`unclosed_openings` finds each ``[`` that opens a citation group (``[@`` or
``[-@``) and is followed, before its paragraph ends (a blank line), by another citation
group's ``[`` or by nothing that closes it; the reader keeps every key of the group as
cited up to that point and says so with one anomaly per place.  Brackets inside a group
that are balanced are Pandoc's too (``[@a, table [2]; @b]``, ``[see @a, fig. [3a]]``):
they are counted, and the group closes at the ``]`` that balances its ``[``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode

__all__ = ["Unclosed", "unclosed_anomaly", "unclosed_openings"]

# "[@" / "[-@" not an image, an escaped bracket, a note's "^[" or a link's "][" second part
_OPEN = lazy_compile(r"(?<![!\\^\]])\[(?=-?@)")
_BLANK = lazy_compile(r"\n[ \t]*+\n")
_NEWLINE = lazy_compile(r"\n")


@dataclass(frozen=True, slots=True)
class Unclosed:
    """An unclosed group: its line (0-based), the column of its ``[`` and where the group's
    text ends on that line (the next ``[`` or the line's end)."""

    line: int
    column: int
    end: int


def unclosed_openings(text: str) -> list[Unclosed]:
    """The citation groups of ``text`` (lines joined by ``\\n``, masked) whose ``[`` is not
    closed by a ``]`` before the next ``[`` or the paragraph's end."""
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    found: list[Unclosed] = []
    start = 0
    for blank in [*_BLANK.finditer(text), None]:
        limit = blank.start() if blank is not None else len(text)
        found += _in_paragraph(text, start, limit, breaks)
        start = blank.end() if blank is not None else len(text)
    return found


def _in_paragraph(text: str, start: int, limit: int, breaks: list[int]) -> list[Unclosed]:
    found: list[Unclosed] = []
    scanned = start  # (each stretch is scanned once: the next "[" stops the scan)
    for m in _OPEN.finditer(text, start, limit):
        if m.start() < scanned:
            continue
        close = _first(text, m.end(), limit)
        scanned = close if close >= 0 else limit
        if close >= 0 and text[close] == "]":
            continue
        if close >= 0 and (shut := _balanced_close(text, close, limit)) >= 0:
            scanned = shut
            continue
        line = bisect_left(breaks, m.start())
        line_start = breaks[line - 1] + 1 if line else 0
        line_end = breaks[line] if line < len(breaks) else len(text)
        stop = close if 0 <= close < line_end else line_end
        found.append(Unclosed(line, m.start() - line_start, stop - line_start))
    return found


def _first(text: str, start: int, limit: int) -> int:
    """The position of the first ``[`` or ``]`` in ``text[start:limit]``, or -1."""
    opening = text.find("[", start, limit)
    closing = text.find("]", start, opening if opening >= 0 else limit)
    return closing if closing >= 0 else opening


def _balanced_close(text: str, at: int, limit: int) -> int:
    """The position of the ``]`` closing a group whose first inner bracket is the ``[`` at
    ``at`` (brackets counted up to ``limit``), or -1 when none balances it or when a
    bracket that opens another citation group (``[@``) comes first."""
    depth = 1
    k = at
    while 0 <= k < limit:
        if text[k] == "[":
            if _OPEN.match(text, k):
                return -1  # "[@a; @b and more [@c]": another group, this one unclosed
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return k
        k = _first(text, k + 1, limit)
    return -1


def unclosed_anomaly(line: int, group: str, keys: tuple[str, ...]) -> Anomaly:
    """The anomaly for an unclosed group at ``line`` (1-based) reading ``group``."""
    cited = ", ".join(keys)
    return Anomaly(
        AnomalyCode.DOCUMENT_DAMAGED,
        f"the citation bracket {group.strip()!r} at line {line} is never closed by ']': "
        f"Pandoc prints the '[' as text; its keys ({cited}) are read as cited here, but "
        "check what the group was meant to hold",
        line,
    )
