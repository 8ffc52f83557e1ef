"""The page's left margin in ``pdftotext -layout`` output.

A page printed with a wide left margin (a browser's Print to PDF of a web page, a
report set with a gutter) comes out of ``pdftotext -layout`` with every body line
indented by the same run of spaces; the running heads and footers (page furniture) sit
at the paper's edge.  A numbered list under such a margin is indented by the margin plus
its own indent, which no reader of numbered items (``  1. Entry``) expects.  The common
margin of the body is taken off every body line (furniture lines are left as they are).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from bibcheck.readers.columns import Row


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def body_margin(rows: Sequence[Row], furniture: Collection[int]) -> int:
    """The least indentation of the non-blank rows that are not furniture (source
    indexes in ``furniture``)."""
    return min(
        (_indent(row.text) for row in rows if row.text.strip() and row.index not in furniture),
        default=0,
    )


def dedented(rows: Sequence[Row], furniture: Collection[int]) -> list[Row]:
    """``rows`` with the body's common left margin taken off (furniture rows unchanged)."""
    margin = body_margin(rows, furniture)
    if margin == 0:
        return list(rows)
    return [row if row.index in furniture else replace(row, text=row.text[margin:]) for row in rows]
