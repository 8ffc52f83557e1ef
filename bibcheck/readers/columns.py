"""Two-column pages of ``pdftotext -layout`` output, put back in reading order.

``-layout`` keeps the page's geometry: a two-column paper comes out with both columns
on the same lines, the left one at the margin and the right one after a wide gap
(the gutter).  A page is taken as two columns when one column position is blank (or
past the end) on nearly every line of the page and at least a third of its lines
have text on both sides of it.  Each line is then cut there; the page reads: the
lines that span the gutter above the columns (a title, an author line), the left
column, the right column, then the spanning lines below them.  Every piece keeps the
number of the line it came from, so citations are still reported where they stand.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

__all__ = ["Row", "reading_order"]

_MIN_LINES = 6  # lines with text in both columns, at least, for a page to count as two
_SHARE = 0.33  # ... and this share of the page's lines
_SPAN = 0.1  # lines of the page allowed to cross the gutter (titles, captions)
_PAGE_LINES = 400  # more lines than a printed page has: not a page of a PDF
_PAGE_WIDTH = 300  # characters: a longer line is no line of a printed page


@dataclass(frozen=True, slots=True)
class Row:
    """A line, or one column's part of a line."""

    index: int  # 0-based index of the source line
    text: str


def reading_order(
    lines: Sequence[str], page_of: Sequence[int], whole: Collection[int] = ()
) -> list[Row]:
    """The lines in reading order, two-column pages read column by column; lines in
    ``whole`` (running heads, page numbers) are never cut."""
    pages: dict[int, list[int]] = {}
    for i, page in enumerate(page_of):
        pages.setdefault(page, []).append(i)
    rows: list[Row] = []
    for page in sorted(pages):
        members = pages[page]
        gutter = _gutter([lines[i] for i in members if i not in whole])
        if gutter is None:
            rows.extend(Row(i, lines[i]) for i in members)
        else:
            rows.extend(_split(lines, members, gutter, whole))
    return rows


def _gutter(page: list[str]) -> int | None:
    """The column where a page's two columns part, or None."""
    text = [line for line in page if line.strip()]
    width = max((len(line.rstrip()) for line in text), default=0)
    if not _MIN_LINES <= len(text) <= _PAGE_LINES or not 40 <= width <= _PAGE_WIDTH:
        return None
    best: tuple[int, int] | None = None  # (lines with text on both sides, column)
    for x in range(width // 4, 3 * width // 4):
        crossing = sum(1 for line in text if _crosses(line, x))
        if crossing > max(3, _SPAN * len(text)):
            continue
        count = sum(1 for line in text if not _crosses(line, x) and _both_sides(line, x))
        if best is None or count > best[0]:
            best = (count, x)
    if best is None or best[0] < _MIN_LINES or best[0] < _SHARE * len(text):
        return None
    # Columns of prose fill their width; a table's cells are short and ragged.
    x = best[1]
    both = [line for line in text if not _crosses(line, x) and _both_sides(line, x)]
    lefts = sorted(len(line[:x].strip()) for line in both)
    rights = sorted(len(line[x:].strip()) for line in both)
    if lefts[len(lefts) // 2] < 0.6 * x or rights[len(rights) // 2] < 20:
        return None
    return x


def _crosses(line: str, x: int) -> bool:
    """Does text run through column ``x`` (a letter there, or a single word space)?"""
    if len(line) <= x:
        return False
    if line[x] != " ":
        return True
    return line[x - 1] != " " and x + 1 < len(line) and line[x + 1] != " "


def _both_sides(line: str, x: int) -> bool:
    return bool(line[:x].strip()) and bool(line[x:].strip())


def _split(
    lines: Sequence[str], members: list[int], gutter: int, whole: Collection[int]
) -> list[Row]:
    above: list[Row] = []
    below: list[Row] = []
    left: list[Row] = []
    right: list[Row] = []
    started = False
    for i in members:
        line = lines[i]
        if not line.strip():
            left.append(Row(i, ""))
            right.append(Row(i, ""))
        elif i in whole or _crosses(line, gutter):
            (below if started else above).append(Row(i, line))
        else:
            started = True
            # A side with no text on this line is no paragraph break in its column.
            if line[:gutter].strip():
                left.append(Row(i, line[:gutter].rstrip()))
            if line[gutter:].strip():
                right.append(Row(i, line[gutter:].rstrip()))
    end = Row(left[-1].index if left else members[0], "")
    return [*above, *_dedent(left), end, *_dedent(right), *below]


def _dedent(rows: list[Row]) -> list[Row]:
    """The column moved to the margin (its own indents, hanging or not, kept)."""
    margin = min((len(r.text) - len(r.text.lstrip()) for r in rows if r.text.strip()), default=0)
    return [Row(r.index, r.text[margin:]) for r in rows]
