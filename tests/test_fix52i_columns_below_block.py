"""Fix 52i: a ``pdftotext -layout`` page whose top holds full-width equations (or a
figure) and whose lower part is two columns, the reference list among them: the columns
are found below the block (:func:`bibcheck.readers.columns.reading_order`).  Own
fixtures."""

from __future__ import annotations

import pytest

from bibcheck.readers import plaintext
from bibcheck.readers.columns import Row, reading_order

_W = 44


def _two(lefts: list[str], rights: list[str]) -> list[str]:
    n = max(len(lefts), len(rights))
    lefts, rights = lefts + [""] * (n - len(lefts)), rights + [""] * (n - len(rights))
    return [(left.ljust(_W) + right).rstrip() for left, right in zip(lefts, rights, strict=True)]


def _block(lines: int) -> list[str]:
    return [
        f"     G{k}(t) = sum_(j=1..m) q_j t^j + r_{k} log(1 + |t|) - s_{k} exp(-t) ,      ({k})"
        for k in range(1, lines + 1)
    ]


_LEFT = [
    "The filter (1) runs on each node and its",
    "cost (2) adds up over the board's nodes,",
    "as in the field study of this group.",
    "",
    "R EFERENCES",
    "",
    "[1] H. Iles, “Pruned filters,” IEEE",
    "    Trans. Circuits, vol. 2, 2011.",
    "[2] J. Orr, “Filter banks,” in Proc.",
    "    ICASSP, 2012, pp. 3–8.",
    "[3] K. Pym, “Sparse filters,” Signal",
    "    Process., vol. 9, 2013.",
]
_RIGHT = [
    "[4] L. Quill, “Board power,” IEEE",
    "    Access, vol. 4, 2014.",
    "[5] M. Rusk, “Sketched signals,” in",
    "    Proc. ISIT, 2015.",
    "[6] N. Sack, “Hashing radios,” in",
    "    Proc. DCC, 2016.",
]
_BODY = [
    "Small radios filter signals [1] at low cost, and banks [2], [3] of such",
    "filters were built before [4]. Sketches [5] and hashes [6] save more.",
]


def _page(block: int) -> str:
    top = ["", *_block(block), ""]
    return "\n".join([*_BODY, "", "1", "\f", *top, *_two(_LEFT, _RIGHT), "", "2", "\f"])


@pytest.mark.parametrize("block", [6, 9])
def test_list_in_columns_under_equations(block: int) -> None:
    doc = plaintext.read(_page(block))
    assert [n.label for n in doc.literature] == ["1", "2", "3", "4", "5", "6"]
    assert doc.literature[3].text.startswith("L. Quill")
    assert "Access, vol. 4" in doc.literature[3].text
    assert "Quill" not in doc.literature[0].text


def test_single_column_page_with_a_table_is_left_alone() -> None:
    # (a page of one column whose lower lines are a short table: no columns to find)
    lines = [
        *_block(5),
        "",
        "Name     Cost     Time",
        "A        1        2",
        "B        3        4",
        "C        5        6",
        "D        7        8",
        "E        9        10",
        "F        11       12",
    ]
    rows = reading_order(lines, [0] * len(lines))
    assert rows == [Row(i, line) for i, line in enumerate(lines)]


def test_columns_under_a_block_are_cut() -> None:
    lines = ["", *_block(8), "", *_two(_LEFT, _RIGHT)]
    rows = reading_order(lines, [0] * len(lines))
    texts = [r.text.strip() for r in rows if r.text.strip()]
    # the block first, whole; then the left column, then the right one
    assert texts[0].startswith("G1(t)")
    assert texts.index("R EFERENCES") < texts.index("[4] L. Quill, “Board power,” IEEE")
    assert texts[-1] == "Proc. DCC, 2016."
