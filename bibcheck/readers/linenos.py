"""Line numbers of a review copy (LaTeX ``lineno``, Word's line numbering) in converted text.

A manuscript submitted for review numbers its lines in the margin; ``pdftotext`` prints each
number before its line (``12 como instrumento de paternalismo…``).  The numbers would pass
for footnote definitions and hide the real ones.  They are a run of consecutive integers at a
fixed step (every line, or every fifth with ``\\modulolinenumbers[5]``), one per line, in the
order of the lines, over most of the text; a footnote's own number seldom continues such a
run.  The numbers of the longest run are removed; the lines stay where they are (line
numbers of the file do not change).

Without ``-layout`` the converter may print the margin instead as a column of its own: blocks
of bare numbers, one to a line (``40`` / ``41`` / ``42``), between or after the text lines they
number.  Such a block is three numbers or more on consecutive lines, each greater than the one
before by at most :data:`_MAX_GAP` (a line without its number: a blank line, a heading); the
blocks of a document rise from one to the next.  A document is taken for numbered so when one
block holds more numbers than a page sets apart as its notes' numbers (pdftotext writes at most
a few of them in a block, see the PDF reader) and the rising blocks hold
:data:`_MIN_BARE` numbers together; the numbers of those blocks are blanked (the lines stay).
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile

_PREFIX = lazy_compile(r"^(\s*)(\d{1,5})\s+(?=\S)")
_STEPS = (1, 5, 10, 2)
_MIN_RUN = 10  # numbered lines
_MIN_SHARE = 0.5  # of the non-blank lines a run must number (times its step)
_BARE = lazy_compile(r"^\s*(\d{1,4})\s*$")
_MAX_GAP = 5  # between the numbers of a block of bare margin numbers
_MIN_BLOCK = 3  # numbers in a block of bare margin numbers
_LONG_BLOCK = 6  # more numbers than a page's notes set apart in a block
_MIN_BARE = 8  # numbers in all the rising blocks


def strip_line_numbers(lines: Sequence[str]) -> list[str]:
    """``lines`` with the review-copy line numbers before them removed (see the module)."""
    lines = _strip_bare_blocks(lines)
    candidates = [
        (i, int(m.group(2))) for i, line in enumerate(lines) if (m := _PREFIX.match(line))
    ]
    if len(candidates) < _MIN_RUN:
        return list(lines)
    nonblank = sum(1 for line in lines if line.strip())
    for step in _STEPS:
        run = _longest_run(candidates, step)
        if len(run) >= _MIN_RUN and len(run) * step >= _MIN_SHARE * nonblank:
            out = list(lines)
            for i in run:
                out[i] = _PREFIX.sub(r"\1", out[i], count=1)
            return out
    return list(lines)


def _longest_run(candidates: Sequence[tuple[int, int]], step: int) -> list[int]:
    """Line indexes of the longest chain of numbers ``n, n+step, n+2*step, ...`` in line order."""
    ends: dict[int, tuple[int, int]] = {}  # number -> (chain length, position in candidates)
    back: list[int] = []
    best = (0, -1)
    for k, (_, number) in enumerate(candidates):
        before = ends.get(number - step)
        length = before[0] + 1 if before else 1
        back.append(before[1] if before else -1)
        ends[number] = (length, k)
        best = max(best, (length, k))
    run: list[int] = []
    k = best[1]
    while k >= 0:
        run.append(candidates[k][0])
        k = back[k]
    return run[::-1]


def _bare_blocks(lines: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Blocks of bare numbers on consecutive lines that rise by 1 to :data:`_MAX_GAP`."""
    blocks: list[list[tuple[int, int]]] = []
    block: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        m = _BARE.match(line)
        if m is None:
            if len(block) >= _MIN_BLOCK:
                blocks.append(block)
            block = []
            continue
        value = int(m.group(1))
        if block and not 0 < value - block[-1][1] <= _MAX_GAP:
            if len(block) >= _MIN_BLOCK:
                blocks.append(block)
            block = []
        block.append((i, value))
    if len(block) >= _MIN_BLOCK:
        blocks.append(block)
    return blocks


def _strip_bare_blocks(lines: Sequence[str]) -> list[str]:
    """``lines`` with the blocks of bare margin numbers blanked (see the module)."""
    blocks = _bare_blocks(lines)
    if not any(len(b) >= _LONG_BLOCK for b in blocks):
        return list(lines)
    rising: list[list[tuple[int, int]]] = []  # each block starts above where the last ended
    for block in blocks:
        if not rising or block[0][1] > rising[-1][-1][1]:
            rising.append(block)
    if sum(len(b) for b in rising) < _MIN_BARE:
        return list(lines)
    out = list(lines)
    for block in rising:
        for i, _ in block:
            out[i] = ""
    return out
