"""A bracketed range that is the interval of the number before it, not citations.

Clinical and statistical writing prints an estimate with its interval in square
brackets: a median with its interquartile range, ``49 [40-67]`` or ``49[40–67]``; a mean
or odds ratio with its confidence interval, ``12 [10-15]``.  Such a range holds the number
written right before it (``40 <= 49 <= 67``); a range of cited works does not follow a
number that falls inside it.  :func:`interval_of_estimate` tells the two apart.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["interval_of_estimate"]

# a range of two whole numbers: "40-67", "40 – 67"
_RANGE = lazy_compile(r"\s*(\d{1,6})\s*[-–—]\s*(\d{1,6})\s*")
# a number ending right before the bracket, at most one space between: "49", "3.5", "2,7"
_ESTIMATE = lazy_compile(r"(?<![\w.,])(\d{1,6}(?:[.,]\d+)?) ?$")


def interval_of_estimate(text: str, start: int, label: str) -> bool:
    """Is the bracket at ``start`` of ``text`` holding ``label`` (``40-67``) the interval
    of the number written right before it (``49[40-67]``: 40 <= 49 <= 67)?"""
    r = _RANGE.fullmatch(label)
    if r is None:
        return False
    e = _ESTIMATE.search(text[max(0, start - 24) : start])
    if e is None:
        return False
    low, high = int(r.group(1)), int(r.group(2))
    value = float(e.group(1).replace(",", "."))
    return low < high and low <= value <= high
