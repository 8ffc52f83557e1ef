"""Numbered notes cited again by their number: a list of sources, not a numbering defect.

A magazine article converted from a CMS page numbers its sources ``<sup>1</sup>``,
``<sup>2</sup>`` … under a "Notes" heading, and when it comes back to a source it repeats
that source's number (``… as shown before<sup>2</sup>``).  The writer is citing note 2
again, not mistyping a number: every number of the list is cited, and each is first used
in the list's order (1, 2, 3 … with repeats between them).  A mistyped duplicate breaks
that: the number it should have carried is then never cited, or first cited out of turn.

A policy brief or a paper in Vancouver style cites its sources again and again, and may
list one it never cites (a number the text skips: 15, then 17).  Where the numbers cited
again clearly outnumber the numbers never cited (a long list, few of its entries
uncited, many citations repeated), the list is one of sources all the same: a mistyped
number cannot be told from a citation again there, and the entry nobody cites is still
reported (an uncited entry).
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.model import RawMarker, RawNote

_UNCITED_SHARE = 10  # at most one entry in this many is never cited ...
_REPEATS_PER_UNCITED = 3  # ... and at least this many citations again for each


def recited_in_order(markers: Sequence[RawMarker], notes: Sequence[RawNote]) -> bool:
    """Whether ``markers`` cite the numbered notes of ``notes``, each first in the list's
    order, and some of them again (a source cited again by its number): every note, or
    all but a few of a long list cited again many times (see the module)."""
    numbers = [int(n.label) for n in notes if n.label.isdigit()]
    if len(numbers) < 2 or len(numbers) != len(notes) or numbers != list(range(1, len(notes) + 1)):
        return False
    first: list[int] = []
    for marker in markers:
        if not marker.label.isdigit():
            return False
        if int(marker.label) not in first:
            first.append(int(marker.label))
    repeats = len(markers) - len(first)
    if first == numbers:
        return repeats > 0
    uncited = len(numbers) - len(first)
    return (
        first == sorted(first)
        and set(first) <= set(numbers)
        and 0 < uncited * _UNCITED_SHARE <= len(numbers)
        and repeats >= _REPEATS_PER_UNCITED * uncited
    )
