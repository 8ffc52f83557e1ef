"""A list whose entries stand apart by blank lines, each entry's lines one under another.

A manuscript typed with a blank line after each reference (and none inside one) comes out
of ``pdftotext -layout`` so: the blank lines, not the lengths of the lines, part the
entries.  A short line that ends a sentence inside such a block (``Matters: Interpersonal
Synchrony Influences Collaborative Problem-Solving.`` over ``Psychology, 8, 1857-1878.``; a
justified line whose words stand far apart, over its DOI) ends no entry there.  A list is
taken for one so when it has :data:`_MIN_BLOCKS` blocks or more, some of them of two lines
or more, and the lines after a blank line start an entry (:data:`_MIN_STARTS` of them) —
text that the converter spaced at random (a blank line inside an entry) fails the last.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["blank_parted"]

_MIN_BLOCKS = 3  # blocks of lines between blank lines
_MIN_STARTS = 0.8  # share of the blocks whose first line starts an entry


def blank_parted(lines: Sequence[str], rows: Sequence[int], starts: Callable[[str], bool]) -> bool:
    """Do blank lines part the entries of the list whose non-blank lines are ``rows`` (line
    indexes of ``lines``, in order), ``starts`` telling a line that starts an entry?"""
    firsts = [rows[0]] if rows else []
    wrapped = 0  # blocks of two lines or more
    for a, b in zip(rows, rows[1:], strict=False):
        if b > a + 1 and not any(lines[k].strip() for k in range(a + 1, b)):
            firsts.append(b)
        elif b == a + 1:
            wrapped += firsts[-1] == a  # the block's second line
        # (only lines left out between, a page's furniture: no telling)
    if len(firsts) < _MIN_BLOCKS or not wrapped:
        return False
    led = sum(1 for i in firsts if starts(lines[i].strip()))
    return led >= _MIN_STARTS * len(firsts)
