"""Bracketed numbers that are a range of values, not citation numbers.

A reference list is numbered from 1, so a bracket group that opens with ``0`` and names a
second number is an interval or an index range: ``the range [0,1]``, ``pixel values in
[0, 255]``, ``x ∈ [0; 10]``, ``[0–100]``.  Such a group is none of the document's
citations.  A lone ``[0]`` is left to the other rules (a list numbered from zero cites it),
and so is any group that opens with another number (``[1, 2]`` cites two works).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["zero_based_range"]

# "0" first, then a separator and another number: "0,1", "0, 255", "0; 10", "0–100", "0..1"
_RANGE = lazy_compile(r"\s*+0(?:\.0+)?\s*+(?:[,;–—-]|\.\.)\s*+\d")


def zero_based_range(group: str) -> bool:
    """Is the bracket group ``group`` (its text between the brackets) a range that opens
    at zero: ``"0,1"``, ``"0, 255"``, ``"0–100"``?"""
    return _RANGE.match(group) is not None
