"""Rows and cells of tables written in lightweight markup (pure functions).

Markdown's pipe tables (``| Study | n | Outcome [@lind] |`` under ``|---|---|``), Pandoc's
grid tables (rows between ``+----+----+`` rules, a cell running over several lines) and
Org's tables (``|---+---|`` rules) are no prose: a citation in a cell supports its row,
never the rows above it nor the paragraph before the table.  These functions say which
lines are rules and rows, and split a row into its cells, each with the column it starts
at (so a marker's column in the line is kept).  Pandoc's simple tables (columns lined up
under a rule of dash runs apart by spaces, ``-------  ------``) and multiline tables (a
line of dashes above and below, rows apart by blank lines, a cell over several lines)
are cut at the columns of their rule (:func:`column_spans`, :func:`aligned_columns`).  A
cell that is a sentence of its own (``| 2019 | Nests doubled on the pylons [@lind]. |``)
is that cell's claim.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from bibcheck.lazyre import lazy_compile


class Rule(Enum):
    """A table's rule line: which table it belongs to."""

    PIPE = "pipe"  # |---|:--:| (Markdown), |---+---| (Org): each following line is a row
    GRID = "grid"  # +----+====+ (Pandoc, reStructuredText): a row runs to the next rule


# a grid rule: "+", then runs of "-" or "=" (":" for alignment) closed by "+"
_GRID_RULE = lazy_compile(r"[ \t]*+\+(?:[ \t]*+:?[-=]++:?[ \t]*+\+)++[ \t]*+$")
# a pipe rule: dash runs (":" for alignment) between pipes ("|" or Org's "+"), at least one
# pipe, so that a thematic break "---" or a setext underline is none
_PIPE_RULE = lazy_compile(
    r"[ \t]*+(?=[^\n]*\|)\|?(?:[ \t]*+:?-++:?[ \t]*+[|+])*[ \t]*+:?-++:?[ \t]*+\|?[ \t]*+$"
)
_CELL_SPLIT = lazy_compile(r"(?<!\\)\|")
_SENTENCE_END = lazy_compile(r"[.!?…。！？][\"'”»)]*+$")
_SENTENCE_START = lazy_compile(r"[\"'“«(]?+[^\W\d_]")
MIN_SENTENCE_WORDS = 4  # a shorter cell ("No change.") is a value of its row, no sentence
MIN_WIDE_CHARS = 6  # the same for a script written without spaces (CJK: "巢数翻了一番。")


# Pandoc's table caption: a paragraph opening "Table:" (or "table:") before or after its table
_CAPTION = lazy_compile(r"[ \t]{0,3}+[Tt]able:[ \t]++(?=\S)")


def caption_label(line: str) -> int:
    """The length of the caption label opening ``line`` (``Table: ``), else 0: markup, no
    words of the caption's claim."""
    m = _CAPTION.match(line)
    return m.end() if m is not None else 0


def rule_kind(line: str) -> Rule | None:
    """The kind of table rule ``line`` is (``+---+``: grid, ``|---|``: pipe), else None."""
    if _GRID_RULE.match(line):
        return Rule.GRID
    if _PIPE_RULE.match(line):
        return Rule.PIPE
    return None


def is_row(line: str) -> bool:
    """Does ``line`` open as a table row (a pipe, then at least one more cell border)?"""
    body = line.lstrip()
    return body.startswith("|") and len(_CELL_SPLIT.findall(body)) >= 2


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell's text on one line, and the column (0-based) in the line it starts at."""

    start: int
    text: str


def row_cells(line: str) -> list[Cell]:
    """The non-empty cells of a row line, borders (``|``) left out, each stripped."""
    cells: list[Cell] = []
    starts = [0, *(m.end() for m in _CELL_SPLIT.finditer(line))]
    ends = [*(m.start() for m in _CELL_SPLIT.finditer(line)), len(line)]
    for start, end in zip(starts, ends, strict=True):
        chunk = line[start:end]
        text = chunk.strip()
        if text:
            cells.append(Cell(start + len(chunk) - len(chunk.lstrip()), text))
    return cells


def grid_columns(lines: Sequence[str]) -> list[list[Cell]]:
    """The cells of one grid-table row (its lines between two rules), column by column:
    a cell running over several lines is read down its column before the next cell."""
    columns: list[list[Cell]] = []
    for line in lines:
        starts = [0, *(m.end() for m in _CELL_SPLIT.finditer(line))]
        ends = [*(m.start() for m in _CELL_SPLIT.finditer(line)), len(line)]
        inner = list(zip(starts, ends, strict=True))[1:-1] if line.lstrip().startswith("|") else []
        for k, (start, end) in enumerate(inner):
            while len(columns) <= k:
                columns.append([])
            chunk = line[start:end]
            text = chunk.strip()
            columns[k].append(Cell(start + len(chunk) - len(chunk.lstrip()), text))
    return columns


# Pandoc's column rule: at least two dash runs apart by spaces, no run a single dash
# ("- - -" is a thematic break); a line of dashes alone opens and closes a multiline table
_COLUMN_RULE = lazy_compile(r"[ \t]*+-{2,}+(?:[ \t]++-{2,}+)++[ \t]*+$")
_DASH_RUN = lazy_compile(r"-++")
_DASH_LINE = lazy_compile(r"[ \t]{0,3}+-{3,}+[ \t]*+$")


def column_spans(line: str) -> list[tuple[int, int]] | None:
    """The columns (start, end) of a Pandoc column rule ``-----  ----``, else None."""
    if not _COLUMN_RULE.match(line):
        return None
    return [(m.start(), m.end()) for m in _DASH_RUN.finditer(line)]


def is_dash_line(line: str) -> bool:
    """Is ``line`` dashes alone (``---------``): a multiline table's border or a rule?"""
    return _DASH_LINE.match(line) is not None


def aligned_cells(line: str, spans: Sequence[tuple[int, int]]) -> list[Cell]:
    """A line of an aligned table cut at its rule's columns, one cell each (empty text
    where the column is blank): each cut falls on a space between two columns' runs."""
    cuts = [0]
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        gap = line[end : start + 1]
        space = next((k for k, c in enumerate(gap) if c.isspace()), None)
        cuts.append(end + space if space is not None else start)
    cuts.append(max(len(line), cuts[-1]))
    cells: list[Cell] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        chunk = line[start:end]
        cells.append(Cell(start + len(chunk) - len(chunk.lstrip()), chunk.strip()))
    return cells


def aligned_columns(lines: Sequence[str], spans: Sequence[tuple[int, int]]) -> list[list[Cell]]:
    """The cells of one multiline-table row (its lines), column by column."""
    columns: list[list[Cell]] = [[] for _ in spans]
    for line in lines:
        for k, cell in enumerate(aligned_cells(line, spans)):
            columns[k].append(cell)
    return columns


def aligned_table_lines(lines: Sequence[str]) -> frozenset[int]:
    """The indices of ``lines`` in a Pandoc simple or multiline table (its rules, header and
    rows), whose runs of spaces are its columns: the paragraph around each column rule, and
    a multiline table's further rows up to its closing line of dashes."""
    found: set[int] = set()
    i = 0
    while i < len(lines):
        if column_spans(lines[i]) is None:
            i += 1
            continue
        start = i
        while start > 0 and lines[start - 1].strip():
            start -= 1
        end = _paragraph_end(lines, i)
        if is_dash_line(lines[start]) or (start == i and column_spans(lines[end]) is None):
            while not is_dash_line(lines[end]) and end + 1 < len(lines):
                nxt = end + 1
                while nxt < len(lines) and not lines[nxt].strip():
                    nxt += 1
                if nxt >= len(lines) or lines[nxt].lstrip().startswith("#"):
                    break
                end = _paragraph_end(lines, nxt)
        found.update(range(start, end + 1))
        i = end + 1
    return frozenset(found)


def _paragraph_end(lines: Sequence[str], i: int) -> int:
    while i + 1 < len(lines) and lines[i + 1].strip():
        i += 1
    return i


def is_sentence(text: str) -> bool:
    """Is a cell's text (markers removed) a sentence of its own: it opens with a letter
    that may start a sentence, ends with a sentence end, and has some words?"""
    body = text.strip()
    wide = sum(unicodedata.east_asian_width(c) in "WF" for c in body)
    if len(body.split()) < MIN_SENTENCE_WORDS and wide < MIN_WIDE_CHARS:
        return False
    if not _SENTENCE_END.search(body):
        return False
    m = _SENTENCE_START.match(body)
    return m is not None and not body[m.end() - 1].islower()


def sentence_cells(text: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cells (start, end in a row's ``text``) that are sentences of their own."""
    return [(a, b) for a, b in cells if b > a and is_sentence(text[a:b])]


def row_breaks(cells: list[tuple[int, int]], sentences: list[tuple[int, int]]) -> tuple[int, ...]:
    """Where a claim starts whatever the punctuation says: at each sentence cell and at the
    cell after it (the cells around a sentence cell are the row's values)."""
    starts = [a for a, _ in cells]
    found = {
        b
        for k, (a, _) in enumerate(cells)
        if (a, cells[k][1]) in sentences
        for b in (a, *starts[k + 1 : k + 2])
    }
    return tuple(sorted(b for b in found if b > 0))


def claims_row(offset: int, sentences: list[tuple[int, int]]) -> bool:
    """Does a marker at ``offset`` of a row claim the whole row (it stands in no sentence
    cell: the cells before a sentence cell are as much its row's as those after it)?"""
    return not any(a < offset <= b for a, b in sentences)


def claim_offset(offset: int, sentences: list[tuple[int, int]], end: int) -> int:
    """Where a marker at ``offset`` of a row claims from: its place in a sentence cell (the
    sentence before it), else the row's ``end`` (the whole row, cells before and after)."""
    return offset if any(a < offset <= b for a, b in sentences) else end
