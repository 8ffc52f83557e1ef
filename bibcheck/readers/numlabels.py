"""The numbers a numeric citation's label names: ``"2-4"`` is 2, 3 and 4.

Shared by the readers of ``[n]`` and ``(n)`` citations (plain text, PDF text, HTML, Word):
a label is numbers and ranges apart by commas or semicolons, in any script's digits, each
perhaps with a place in the work after it (``"1, с. 25"``, ``"7, p. 12"``).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.lettered import base, is_lettered
from bibcheck.readers.lettered import label as lettered_label
from bibcheck.readers.places import LOCATOR

__all__ = ["MAX_RANGE", "PAGE", "expand"]

# a place in the work after a number (:mod:`bibcheck.readers.places`): "[1, с. 45]"
PAGE = rf"(?:{LOCATOR}+)"
# (a whole place, up to the next number or the end: "sch 1" is no "s" of page "ch")
_PAGES = lazy_compile(rf"{PAGE}(?=\s*(?:[-–—,;，；、،؛～〜]\s*\d|$))")
MAX_RANGE = 200  # a wider range is no range of citations (its ends are kept)


def expand(label: str) -> list[str]:
    """``"2-4"`` -> 2, 3, 4; ``"3, 5"`` -> 3, 5 (absurd ranges are kept as their ends);
    numbers in any script's digits are written in ASCII digits, as list items are.  A
    lettered number (:mod:`bibcheck.readers.lettered`) is kept with its letter: ``"3a, 4"``
    -> 3a, 4; ``"2-3a"`` -> 2, 3, 3a."""
    numbers: list[str] = []
    label = _PAGES.sub("", label)
    for part in re.split(r"[,;，；、،؛]", label):
        ends = [e.strip() for e in re.split(r"[-–—～〜]", part.strip())]
        if any(map(is_lettered, ends)):
            numbers.extend(_lettered_range(ends))
        elif len(ends) == 2 and 0 < int(ends[1]) - int(ends[0]) <= MAX_RANGE:
            numbers.extend(str(n) for n in range(int(ends[0]), int(ends[1]) + 1))
        else:
            numbers.extend(str(int(e)) for e in ends if e)  # "১২" (Bengali digits) is 12
    return numbers


def _lettered_range(ends: list[str]) -> list[str]:
    """The labels of a part with a lettered end: ``3a`` alone, ``2-3a`` (2, 3, 3a), ``3a-5``
    (3a, 4, 5); an absurd range keeps its ends."""
    if len(ends) != 2 or not 0 <= base(ends[1]) - base(ends[0]) <= MAX_RANGE:
        return [lettered_label(e) for e in ends if e]
    first, last = base(ends[0]), base(ends[1])
    found = [lettered_label(ends[0]), *(str(n) for n in range(first + 1, last + 1))]
    return found + [lettered_label(ends[1])] if is_lettered(ends[1]) else found
