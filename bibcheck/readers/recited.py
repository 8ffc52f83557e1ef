"""Numbered notes cited again by their number: a list of sources, not a numbering defect.

A magazine article converted from a CMS page numbers its sources ``<sup>1</sup>``,
``<sup>2</sup>`` … under a "Notes" heading, and when it comes back to a source it repeats
that source's number (``… as shown before<sup>2</sup>``).  The writer is citing note 2
again, not mistyping a number: every number of the list is cited, and each is first used
in the list's order (1, 2, 3 … with repeats between them).  A mistyped duplicate breaks
that: the number it should have carried is then never cited, or first cited out of turn.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.model import RawMarker, RawNote


def recited_in_order(markers: Sequence[RawMarker], notes: Sequence[RawNote]) -> bool:
    """Whether ``markers`` cite every numbered note of ``notes``, each first in the list's
    order, and some of them again (a source cited again by its number)."""
    numbers = [int(n.label) for n in notes if n.label.isdigit()]
    if len(numbers) < 2 or len(numbers) != len(notes) or numbers != list(range(1, len(notes) + 1)):
        return False
    first: list[int] = []
    for marker in markers:
        if not marker.label.isdigit():
            return False
        if int(marker.label) not in first:
            first.append(int(marker.label))
    return first == numbers and len(markers) > len(first)
