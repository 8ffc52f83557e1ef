"""A ``pdftotext -layout`` text with two-column pages rewritten in reading order.

``-layout`` sets a two-column page's columns side by side on each line, a wide gap (the
gutter) between them, so a reader that reads line by line runs the two columns'
sentences, citations and reference entries into each other.  Where
:func:`~bibcheck.readers.columns.reading_order` finds such pages (a steady gutter), the
text is rewritten one row to a line, page by page (left column, then right), page
breaks kept; :meth:`ColumnText.where` takes a line of the rewritten text back to the
line of the original it came from, so every citation and entry is reported where it
stands in the file the user has.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.readers.columns import Row

__all__ = ["ColumnText", "column_text"]


@dataclass(frozen=True, slots=True)
class ColumnText:
    """The text in reading order and, for each of its lines, the 1-based line of the
    original text it came from."""

    text: str
    source: tuple[int, ...]
    # the 0-based lines of :attr:`text` where a column starts again above the line
    # before it (a right column's first line, read after the left column)
    turns: frozenset[int] = frozenset()

    def where(self, line: int) -> int:
        """The original line of line ``line`` (1-based) of :attr:`text`."""
        if 1 <= line <= len(self.source):
            return self.source[line - 1]
        return line


def column_text(rows: Sequence[Row], page_of: Sequence[int]) -> ColumnText | None:
    """``rows`` (the reading order of lines whose pages are ``page_of``) as one text, or
    None when no line was cut into columns (no page of two columns side by side)."""
    if len({row.index for row in rows}) == len(rows):
        return None
    lines: list[str] = []
    source: list[int] = []
    turns: set[int] = set()
    page = page_of[rows[0].index] if rows else 0
    for k, row in enumerate(rows):
        if k and row.index < rows[k - 1].index:
            turns.add(k)
        text = row.text
        if page_of[row.index] != page:
            text = "\f" * (page_of[row.index] - page) + text
            page = page_of[row.index]
        lines.append(text)
        source.append(row.index + 1)
    return ColumnText("\n".join(lines), tuple(source), frozenset(turns))
