"""AsciiDoc table cell specifiers (pure functions).

A ``|===`` table's cell may open with a specifier written right before its ``|``:
``2+|`` spans two columns, ``.2+|`` two rows, ``2.3+|`` both, ``3*|`` repeats the cell
in three columns, each optionally followed by an alignment (``<`` ``^`` ``>``, ``.^``) and
a style letter (``a`` ``e`` ``h`` ``l`` ``m`` ``s`` ``d`` ``v``).  The first line of a
table says how many columns it has only when its spans are counted, and a specifier is
markup, no word of a cell's claim.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

# a span or repeat specifier before a cell's "|", at the line start or after a space
_SPEC = lazy_compile(
    r"(?<!\S)(?:(?P<dup>\d+)\*|(?P<col>\d+)?(?:\.(?P<row>\d+))?(?<=\d)\+)"
    r"(?:\.?[<^>]){0,2}[aehlmsdv]?(?=\|)"
)
_PIPE = lazy_compile(r"(?<!\\)\|")


def blank_specs(line: str) -> str:
    """``line`` with its cells' span and repeat specifiers blanked (columns kept)."""
    return _SPEC.sub(lambda m: " " * len(m.group(0)), line)


def columns_filled(line: str) -> int:
    """The columns the cells of ``line`` fill: one a cell, a span's or repeat's count."""
    cells = len(_PIPE.findall(line))
    extra = 0
    for m in _SPEC.finditer(line):
        count = m.group("dup") or m.group("col")
        extra += int(count) - 1 if count else 0
    return cells + extra


def row_spans(line: str) -> list[tuple[int, int]]:
    """The cells of ``line`` spanning rows below (``.2+|``, ``2.3+|``): for each, the rows
    below it fills and the columns it is wide."""
    spans: list[tuple[int, int]] = []
    for m in _SPEC.finditer(line):
        rows = int(m.group("row") or 1)
        if rows > 1:
            spans.append((rows - 1, int(m.group("col") or 1)))
    return spans
