"""Line numbers of a review copy (LaTeX ``lineno``, Word's line numbering) in converted text.

A manuscript submitted for review numbers its lines in the margin; ``pdftotext`` prints each
number before its line (``12 como instrumento de paternalismo…``).  The numbers would pass
for footnote definitions and hide the real ones.  They are a run of consecutive integers at a
fixed step (every line, or every fifth with ``\\modulolinenumbers[5]``), one per line, in the
order of the lines, over most of the text; a footnote's own number seldom continues such a
run.  The numbers of the longest run are removed; the lines stay where they are (line
numbers of the file do not change).  A number on a line of its own is left to the readers'
page-artifact handling.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_PREFIX = re.compile(r"^(\s*)(\d{1,5})\s+(?=\S)")
_STEPS = (1, 5, 10, 2)
_MIN_RUN = 10  # numbered lines
_MIN_SHARE = 0.5  # of the non-blank lines a run must number (times its step)


def strip_line_numbers(lines: Sequence[str]) -> list[str]:
    """``lines`` with the review-copy line numbers before them removed (see the module)."""
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
