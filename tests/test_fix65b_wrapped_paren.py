"""A citation in parentheses wrapped over a line break (fix65b).

A journal that cites its numbered list ``(9, 12, 30)`` may have the group broken at the
line's end: ``… risk of recurrence (9, 12,`` / ``30). The`` .  The group is one citation
of every number in it, reported on the line where it opens.  Fixtures are made up.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.pdfparen import row_citations

_CASES = [
    ("risk of disease and recurrence (9, 12,", "30). Such markers are cheap", ["9", "12", "30"]),
    (
        "less abundant in healthy colons (14, 17,",
        "19, 20). There is support",
        ["14", "17", "19", "20"],
    ),
    ("insights into marsh biodiversity (4–", "7), and the methods vary", ["4", "5", "6", "7"]),
    ("die Artenvielfalt der Böden (2, 5;", "8) wurde kaum untersucht", ["2", "5", "8"]),
    ("la diversité des sols côtiers (11,", "13) reste mal connue", ["11", "13"]),
]


@pytest.mark.parametrize(("row", "below", "numbers"), _CASES)
def test_a_group_left_open_takes_its_numbers_below(
    row: str, below: str, numbers: list[str]
) -> None:
    found = row_citations(row, 40, "The body's text goes on from the row above", below)
    assert [labels for _, _, labels in found] == [numbers]
    start, end, _ = found[0]
    assert row[start] == "(" and end == len(row)
