"""Which source lines of a paragraph are table rows or cells (pure functions).

A table read as text lines (PDF-to-text, plain text) is no prose, and a citation in
one of its rows supports that row, never the rows above it.  A line is a row when
its cells stand apart by a run of two or more spaces (``pdftotext -layout``, aligned
plain text; a double space after a sentence end is typewriter spacing, not a cell
gap), or when it is one of :data:`ROW_RUN` or more short lines in a row with no
sentence end, at least half of which end early (the next line's first word would have
fitted in the paragraph's widest line: a hard break, where prose wraps only when it
must): one cell or row per line.

The lines are the raw source lines, markers still in them (a removed marker leaves
a run of spaces in the clean text, which is no cell gap).
"""

from __future__ import annotations

import unicodedata

from bibcheck.lazyre import lazy_compile

_STOPS = ".!?…؟۔।॥։\u037e。！？"
# a cell gap: two or more spaces between non-space characters, the first no sentence
# end and no comma (possessive: each space is looked at once)
CELL_GAP = lazy_compile(rf"[^\s{_STOPS},;:] {{2,}}+(?=\S)")
_LINE_END_STOP = lazy_compile(rf"[{_STOPS}][\"'”»)\]]*+$")
ROW_RUN = 3  # this many short lines in a row, most ending early, are cells, not prose
_CELL_CHARS = 30  # a cell line is at most this long (prose wraps at wider columns)


def has_cell_gap(line: str) -> bool:
    """Do cells stand apart in ``line`` (a run of spaces inside it, after no stop)?"""
    body = line.strip()
    return bool(body) and CELL_GAP.search(body) is not None and not _ends_sentence(body)


def _ends_sentence(line: str) -> bool:
    return _LINE_END_STOP.search(line) is not None


def _wrap_width(lengths: list[int]) -> int:
    """The width the paragraph's lines wrap at: its longest line, leaving out a line of
    prose length over twice the median (two source lines run together)."""
    ordered = sorted(lengths)
    if not ordered:
        return 0
    limit = 2 * max(ordered[len(ordered) // 2], _CELL_CHARS)
    return max(n for n in ordered if n <= limit)


def row_lines(lines: list[str]) -> set[int]:
    """Indexes of the ``lines`` (one paragraph's raw source lines) that are table rows."""
    bodies = [line.strip() for line in lines]
    rows = {k for k, body in enumerate(bodies) if has_cell_gap(body)}
    if len(bodies) < ROW_RUN:
        return rows
    sizes = [_columns(b) for b in bodies]
    width = _wrap_width([n for n in sizes if n])
    run: list[int] = []  # consecutive short lines with no sentence end
    sizes.append(0)
    for k, body in enumerate([*bodies, ""]):
        if body and sizes[k] <= _CELL_CHARS and not _ends_sentence(body):
            run.append(k)
            continue
        if len(run) >= ROW_RUN and 2 * _early(bodies, sizes, run, width) >= len(run) - 1:
            rows.update(run)
        run = []
    return rows


def _early(bodies: list[str], sizes: list[int], run: list[int], width: int) -> int:
    """How many lines of ``run`` end early: the next line's first word would have fitted
    in the paragraph's widest line (a hard break; prose wraps only when it must)."""
    count = 0
    for k in run:
        words = bodies[k + 1].split(maxsplit=1) if k + 1 < len(bodies) else []
        if words and sizes[k] + 1 + _columns(words[0]) <= width:
            count += 1
    return count


def _columns(text: str) -> int:
    """The columns ``text`` fills: a wide (CJK) character fills two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
