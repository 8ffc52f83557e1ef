"""The labels of the entries of a reference list read part by part.

A list split into parts (``Primary sources`` / ``Secondary literature``, ``1. 원전`` /
``2. 단행본``) is read one part at a time, and an unnumbered part's entries are counted
from 1 again.  :func:`went_on` gives a further part's entries labels of their own place in
the whole list wherever one would repeat a label taken already, so that no two entries
share a label (each entry must be told apart when it is cited, or left uncited).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bibcheck.model import RawNote

__all__ = ["went_on"]


def went_on(before: Sequence[RawNote], items: Sequence[RawNote]) -> list[RawNote]:
    """The entries of a further part of the list: relabelled by their place in the whole
    list where a label is taken already (the parts' own counts restart)."""
    if not before:
        return list(items)
    taken = {e.label for e in before}
    if not any(e.label in taken for e in items):
        return list(items)
    return [replace(e, label=str(len(before) + k)) for k, e in enumerate(items, 1)]
