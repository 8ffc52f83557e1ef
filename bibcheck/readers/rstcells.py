"""The cells of an rst ``.. csv-table::`` written in the page, read as text.

A csv-table's rows are comma-separated values (``"Historiography essay", "50%",
"[Cohen1994]_ or [Dear2001]_"``), its header an option (``:header: "Task", "Based on"``);
each cell is inline text and may cite.  A table read from a file (``:file:``, ``:url:``)
has no cells in the page.  Each row (and the header) is kept as written, line by line,
so a citation in a cell is found at its own line and column: the quotes and commas
around the cells are no markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile

__all__ = ["csv_cell_lines"]

_OPTION = lazy_compile(r"^(?P<indent>\s*):(?P<name>[\w-]+):(?:\s+(?P<value>.*))?$")
_EXTERNAL = frozenset({"file", "url"})


def csv_cell_lines(lines: Sequence[str], start: int, end: int) -> list[tuple[int, int, str]]:
    """The text lines of the csv-table whose directive is ``lines[start]`` and whose
    block ends before ``lines[end]``: (line number, column of text, text), the header
    option's value first; none for a table read from a file."""
    found: list[tuple[int, int, str]] = []
    j = start + 1
    while j < end and lines[j].strip().startswith(":"):
        m = _OPTION.match(lines[j])
        if m and m.group("name") in _EXTERNAL:
            return []
        if m and m.group("name") == "header" and m.group("value"):
            value = m.group("value")
            found.append((j + 1, lines[j].index(value) + 1, value.strip()))
        j += 1
    for n in range(j, end):
        text = lines[n].strip()
        if text:
            found.append((n + 1, len(lines[n]) - len(lines[n].lstrip()) + 1, text))
    return found
