"""Bracketed digit strings that are no citation numbers: zero-padded ones.

A citation number never starts with ``0``; a crystal direction or plane written in
Miller indices does (``[100]``, ``[010]``, ``[001]``, ``[0001]``), and so do zero-padded
codes.  A bracket group with a zero-padded member is none, and neither is a bracketed
number written in one run with such a group (``along [100], [010] and [001]``): the
run names directions, not references.  ``[100]`` alone stays a citation (a list of
100 entries and more).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["in_zero_padded_run", "zero_padded"]

# a member of a bracket group that starts with a zero and goes on with a digit
_PADDED = lazy_compile(r"(?:^|[^\d])0\d")
# the joint between two groups of a run: a comma, "and", "or", "/", "vs."
_JOINT = r"\s*+(?:,\s*+)?(?:(?:and|or|und|et|y|vs\.?)\s++|/\s*+)?"
_GROUP = r"\[[\d\s,;–-]{1,40}\]"
_BEFORE = lazy_compile(rf"{_GROUP}{_JOINT}$")
_AFTER = lazy_compile(rf"{_JOINT}{_GROUP}")
_REACH = 60  # characters looked back for the neighbour


def zero_padded(group: str) -> bool:
    """Has the bracket group ``group`` (its text between the brackets) a number that
    starts with a zero: ``"001"``, ``"1, 02"``?"""
    return _PADDED.search(group) is not None


def in_zero_padded_run(text: str, start: int, end: int) -> bool:
    """Is the bracket group ``text[start:end]`` zero-padded, or next to a zero-padded
    group in one run (``[100], [010] and [001]``, ``[110]/[001]``)?"""
    if zero_padded(text[start + 1 : end - 1]):
        return True
    after = _AFTER.match(text, end)
    if after is not None and zero_padded(after.group()):
        return True
    before = _BEFORE.search(text, max(0, start - _REACH), start)
    return before is not None and zero_padded(before.group())
