"""A ``-layout`` last page whose right column's entry labels stand apart (fix65b).

The right column of a two-column reference page sets each entry's label (``[16]``)
a few spaces before the entry's text; where the left column is blank (below the end
of its text, above its ``References`` heading) the label is the first thing on the
line.  The gap between label and text is no gutter: the page parts before the label,
where the left column's text ends.  Fixtures are made up.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.columns import reading_order

_WIDTH = 58  # the left column's width, gutter included


def _page(left: list[str], right: list[str]) -> list[str]:
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    return [(a.ljust(_WIDTH) + b).rstrip() for a, b in zip(left, right, strict=True)]


def _entries(first: int, count: int, title: str, apart: bool = False) -> list[str]:
    out: list[str] = []
    for n in range(first, first + count):
        out += [
            f"[{n}]".ljust(7) + f"A. Author{n} and B. Second, {title} of",
            "       Things Measured, J. of Field Studies 4, 2",
            f"       (May 19{60 + n}), {n}1-{n}9.",
            *([""] if apart else []),
        ]
    return out


_LEFT_TAIL = [
    "Jansen, Priya Raman and Tomasz Wierzbicki for",
    "their comments on an early draft of this paper.",
    "",
    "9 References",
    "",
]


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("9 References", "Rainfall Records"),
        ("Literatur", "Messungen im Gelände"),
        ("Références", "Relevés des crues"),
    ],
)
def test_left_column_read_before_the_right_one(heading: str, title: str) -> None:
    left = [*_LEFT_TAIL[:3], heading, "", *_entries(1, 6, title, True)]
    right = _entries(7, 8, title)
    lines = _page(left, right)
    rows = reading_order(lines, [0] * len(lines))
    labels = [r.text.split()[0] for r in rows if r.text.startswith("[")]
    assert labels == [f"[{n}]" for n in range(1, 15)]
    assert not any("[" in r.text[1:] for r in rows)  # (no label cut off its entry)
    heading_at = next(k for k, r in enumerate(rows) if r.text == heading)
    assert [r.text.split()[0] for r in rows[heading_at + 1 :] if r.text.strip()][0] == "[1]"


def test_a_label_alone_before_the_gap_stays_with_its_text() -> None:
    left = [*_LEFT_TAIL, *_entries(1, 5, "Tide Gauges", True)]
    right = _entries(6, 8, "Tide Gauges")
    lines = _page(left, right)
    rows = reading_order(lines, [0] * len(lines))
    texts = [r.text for r in rows]
    assert "[6]    A. Author6 and B. Second, Tide Gauges of" in texts
    assert "[6]" not in texts
