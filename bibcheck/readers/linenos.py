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

import re
from collections import Counter
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile

_PREFIX = lazy_compile(r"^(\s*)(\d{1,5})\s+(?=\S)")
_STEPS = (1, 5, 10, 2)
_MIN_RUN = 10  # numbered lines
_MIN_SHARE = 0.5  # of the non-blank lines a run must number (times its step)
_BARE = lazy_compile(r"^\s*(\d{1,4})\s*$")
_BARE_INDENT = 4  # spaces at most before a bare margin number (a page number stands further in)
_MAX_GAP = 5  # between the numbers of a block of bare margin numbers
_MIN_BLOCK = 3  # numbers in a block of bare margin numbers
_LONG_BLOCK = 6  # more numbers than a page's notes set apart in a block
_MIN_BARE = 8  # numbers in all the rising blocks
_MIN_PIECE = 3  # numbers of a short run that carries on a long one
_RIGHT_GAP = 2  # spaces between a line's text and its number in the right margin
_WIDE_GAP = lazy_compile(r"\S {3,}(?=\S)")
_APART_SHARE = 0.5  # numbered lines whose number stands in a margin, for -layout text
_SIDE_SHARE = 0.3  # numbered lines holding two columns, for a page of them side by side


def strip_line_numbers(lines: Sequence[str]) -> list[str]:
    """``lines`` with the review-copy line numbers before (and after) them removed (see the
    module)."""
    lines = _strip_bare_blocks(lines)
    leading = [(i, n) for i in range(len(lines)) if (n := _leading_number(lines, i))]
    trailing = [(i, n) for i, line in enumerate(lines) if (n := _trailing_number(line))]
    if len(leading) + len(trailing) < _MIN_RUN:
        return list(lines)
    nonblank = sum(1 for line in lines if line.strip())
    for step in _STEPS:
        left, right = _margin_runs(leading, trailing, step)
        if step > 1 and not _one_class(leading, trailing, left, right, step):
            continue  # footnotes 1, 2, 3 … read as two runs 1, 3, 5 … and 2, 4, 6 …
        bare = sum(1 for i in left if _BARE.match(lines[i]))  # numbers on lines of their own
        numbered = len({*left, *right})  # lines numbered on either side
        if numbered and numbered * step >= _MIN_SHARE * (nonblank - bare):
            return _stripped(lines, left, right)
    return list(lines)


_CLASS_SHARE = 0.8  # of a run's numbers at a step above 1 that its multiples hold


def _one_class(
    leading: Sequence[tuple[int, int]],
    trailing: Sequence[tuple[int, int]],
    left: Sequence[int],
    right: Sequence[int],
    step: int,
) -> bool:
    """Are the numbers of the runs found at ``step`` (above 1) margin numbers printed every
    ``step`` lines: nearly all of one residue modulo ``step`` (``5``, ``10``, ``15`` …)?
    The numbers of a short article's footnotes, one to a line (``1 Smith …``, ``2 Id.``,
    ``3 Jones …`` … ``22``), make two runs at step 2 (``1, 3, 5 …`` and ``2, 4, 6 …``) and
    five at step 5, of every residue: they are no review copy's line numbers."""
    at_left, at_right = dict(leading), dict(trailing)
    numbers = [at_left[i] for i in left] + [at_right[i] for i in right]
    if not numbers:
        return True
    classes = Counter(n % step for n in numbers)
    return classes.most_common(1)[0][1] >= _CLASS_SHARE * len(numbers)


def _stripped(lines: Sequence[str], left: list[int], right: list[int]) -> list[str]:
    """``lines`` with the numbers of the ``left`` margin lines and of the ``right`` margin
    lines removed.  In text that keeps the page's geometry (``-layout``: the numbers set
    apart in a margin, or columns side by side), a left number is blanked with spaces, so
    that columns and hanging indents stay where they stand."""
    out = list(lines)
    keep = bool(right) or _laid_out([lines[i] for i in left if not _BARE.match(lines[i])])
    for i in left:
        if _BARE.match(out[i]):
            out[i] = ""  # a margin number on a line of its own
            continue
        out[i] = _PREFIX.sub(_blank if keep else _drop, out[i], count=1)
    for i in right:
        text = out[i].rstrip()
        out[i] = text[: len(text) - len(_trailing_digits(text))].rstrip()
    return out


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _drop(m: re.Match[str]) -> str:
    return m.group(1)


def _laid_out(numbered: Sequence[str]) -> bool:
    """Do the numbered lines keep the page's geometry: most numbers set apart from their
    lines by a margin of two spaces or more, or enough lines with two columns side by
    side?"""
    apart = sum(1 for line in numbered if (m := _PREFIX.match(line)) and m.end() - m.end(2) > 1)
    wide = sum(1 for line in numbered if _WIDE_GAP.search(_PREFIX.sub("", line, count=1)))
    return apart > _APART_SHARE * len(numbered) or wide >= _SIDE_SHARE * len(numbered)


def _leading_number(lines: Sequence[str], i: int) -> int | None:
    """The number in the left margin of line ``i``: before its text, or alone on the line
    near its left edge with a blank line (or none) above and below it, as the converter
    sets a margin number apart (a note's label printed on a line of its own stands right
    over its text: see the module)."""
    line = lines[i]
    if m := _PREFIX.match(line):
        return int(m.group(2))
    m = _BARE.match(line)
    if m is None or m.start(1) > _BARE_INDENT:
        return None
    above = i == 0 or _apart(lines[i - 1])
    below = i + 1 >= len(lines) or _apart(lines[i + 1])
    return int(m.group(1)) if above and below else None


def _apart(line: str) -> bool:
    """Is ``line`` blank, one that a margin number leads, or one indented past the margin
    (``-layout``: the lines about a bare margin number have numbers of their own, or
    stand in the text column, the number's own line set lower)?"""
    return (
        not line.strip()
        or line.startswith("  ")
        or _PREFIX.match(line) is not None
        or _BARE.match(line) is not None
    )


def _trailing_digits(text: str) -> str:
    """The ASCII digits at the end of ``text`` (a right-stripped line)."""
    k = len(text)
    while k > 0 and "0" <= text[k - 1] <= "9":
        k -= 1
    return text[k:]


def _trailing_number(line: str) -> int | None:
    """The number in the right margin of a line: 1 to 5 digits at its end, set apart from
    the line's text by :data:`_RIGHT_GAP` spaces at least."""
    text = line.rstrip()
    digits = _trailing_digits(text)
    if not 1 <= len(digits) <= 5 or digits.startswith("0"):
        return None
    before = text[: len(text) - len(digits)]
    if not before.endswith(" " * _RIGHT_GAP) or not before.strip():
        return None
    return int(digits)


def _margin_runs(
    leading: Sequence[tuple[int, int]], trailing: Sequence[tuple[int, int]], step: int
) -> tuple[list[int], list[int]]:
    """Line indexes of the runs of line numbers in the left and in the right margin: every
    chain of :data:`_MIN_RUN` numbers or more (a column's lines, a page's when each page
    counts again from 1), and a shorter chain of :data:`_MIN_PIECE` that continues or
    leads into one of them in either margin (a short column; the numbering of a
    two-column page goes on from the foot of one column to the head of the next)."""
    chains = [(0, c) for c in _chains(leading, step)] + [(1, c) for c in _chains(trailing, step)]
    kept = {k for k, (_, c) in enumerate(chains) if len(c) >= _MIN_RUN}
    added = bool(kept)
    while added:
        starts = {chains[k][1][0][1] for k in kept}
        ends = {chains[k][1][-1][1] for k in kept}
        more = {
            k
            for k, (_, c) in enumerate(chains)
            if k not in kept and (c[0][1] - step in ends or c[-1][1] + step in starts)
        }
        kept |= more
        added = bool(more)
    sides: tuple[list[int], list[int]] = ([], [])
    for k in kept:
        side, chain = chains[k]
        sides[side].extend(i for i, _ in chain)
    return sorted(sides[0]), sorted(sides[1])


def _chains(candidates: Sequence[tuple[int, int]], step: int) -> list[list[tuple[int, int]]]:
    """The candidates (line index, number) cut into chains ``n, n+step, ...`` in line
    order, each of :data:`_MIN_PIECE` numbers at least."""
    chains: list[list[tuple[int, int]]] = []
    open_at: dict[int, int] = {}  # the number a chain ends with -> that chain
    for i, number in candidates:
        k = open_at.pop(number - step, None)
        if k is None:
            k = len(chains)
            chains.append([])
        chains[k].append((i, number))
        open_at[number] = k
    return [c for c in chains if len(c) >= _MIN_PIECE]


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
