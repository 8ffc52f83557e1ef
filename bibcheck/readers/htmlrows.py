"""Rows of an HTML data table, read as one paragraph each.

A citation in a cell of ``<tr><td>Osprey survey</td><td>cohort</td><td>nests doubled
<a href="#r1">[1]</a></td></tr>`` supports its row: the cells joined (a sentence cell, its
sentence; see :mod:`bibcheck.readers.markuptables`).  Only a data row is read so: its
cells hold text and inline markup alone.  A layout table (a page's text set in a cell,
paragraphs and lists in it) is read as paragraphs, as before.
"""

from __future__ import annotations

from bs4 import Tag

CELLS = frozenset({"td", "th"})
# elements that make a cell a container of paragraphs, no value of a data row
_CONTAINERS = [
    "p", "div", "table", "ul", "ol", "dl", "blockquote", "pre", "section", "article",
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "figure", "aside", "header", "footer", "nav",
]  # fmt: skip
MAX_ROW_CHARS = 1500  # a longer row is a page's layout, not a table's row


def is_data_row(tag: Tag) -> bool:
    """Is ``tag`` a ``<tr>`` of two cells or more, holding text and inline markup only?"""
    if tag.name != "tr":
        return False
    cells = tag.find_all(list(CELLS), recursive=False)
    if len(cells) < 2 or tag.find(_CONTAINERS) is not None:  # (one cell: a box, no row)
        return False
    return len(tag.get_text()) <= MAX_ROW_CHARS
