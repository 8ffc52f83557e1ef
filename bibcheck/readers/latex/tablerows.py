"""Rows and cells of LaTeX tables read as text (pure functions).

A citation in a table row supports that row, never the rows above it: inside a
tabular-like environment each row (ended by ``\\\\`` or ``\\tabularnewline``) is a
block of its own, and the alignment tabs ``&`` between its cells are spaces (an
escaped ``\\&`` is a command, never part of the plain text these functions see).
"""

from __future__ import annotations

# environments whose body is rows of cells separated by & (tabularray's tblr, nicematrix,
# the long and wide tables of longtable, tabularx, tabu, xltabular, supertabular)
TABLE_ENVIRONMENTS = frozenset(
    {"tabular", "tabular*", "tabularx", "tabulary", "longtable", "longtable*", "xltabular",
     "tabu", "longtabu", "supertabular", "supertabular*", "mpsupertabular", "tblr",
     "longtblr", "talltblr", "NiceTabular", "NiceTabular*", "NiceTabularX", "threeparttable"}
)  # fmt: skip
# commands that end a row (\\ and its synonyms)
ROW_ENDS = frozenset({"\\", "tabularnewline", "cr", "crcr"})


def is_table(environment: str) -> bool:
    """Is ``environment`` one whose body is table rows (``tabular``, ``longtable``...)?"""
    return environment.strip() in TABLE_ENVIRONMENTS


def cell_text(chunk: str) -> str:
    """Plain text of a table row with its alignment tabs (``&``) written as spaces."""
    return chunk.replace("&", " ") if "&" in chunk else chunk


Marked = tuple[str, int, int, int, str]  # label, line, column, offset in the text, file


def at_row_end(markers: list[Marked], text: str) -> list[Marked]:
    """``markers`` of one table row moved to the row's end (its last non-space character):
    a citation in any cell claims the whole row, the cells before and after it."""
    end = len(text.rstrip())
    return [(label, line, column, end, file) for label, line, column, _, file in markers]
