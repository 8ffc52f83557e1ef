"""A numbering gap is reported at the marker after it, where the jump is seen."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode, RawMarker, RawNote
from bibcheck.parse.numbering import check_numbering

# (marker labels with their lines, note labels, the gap's line)
CASES = [
    ([("1", 3), ("2", 5), ("4", 9)], ["1", "2", "4"], 9),
    ([("1", 3), ("2", 5), ("3", 6), ("7", 12), ("8", 12)], ["1", "2", "3", "7", "8"], 12),
    # the number after the gap defined but never marked: the next marker's line
    ([("1", 2), ("5", 10)], ["1", "4", "5"], 10),
    # no marker after the gap: the line of the one before
    ([("1", 2), ("2", 4)], ["1", "2", "4"], 4),
]


@pytest.mark.parametrize(("markers", "notes", "line"), CASES)
def test_gap_at_marker_after(markers: list[tuple[str, int]], notes: list[str], line: int) -> None:
    raw_markers = [RawMarker(label, at, 1, 0, 0) for label, at in markers]
    raw_notes = [RawNote(label, "ref", 100 + i, 100 + i) for i, label in enumerate(notes)]
    gaps = [
        a for a in check_numbering(raw_markers, raw_notes) if a.code is AnomalyCode.NUMBERING_GAP
    ]
    assert [a.line for a in gaps] == [line]
