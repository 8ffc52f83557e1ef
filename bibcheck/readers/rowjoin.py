"""A word processor's table rows read as one paragraph each (pure functions).

Word and OpenDocument readers make a block of every paragraph, a table cell's too; a
citation in the cell ``nests doubled¹`` of the row ``Osprey survey | cohort | nests
doubled¹`` then claims its cell alone.  :func:`join_rows` joins the blocks of each row
into one: its cells in order, a space apart, a citation in any cell claiming the row (a
sentence cell, its sentence: :mod:`bibcheck.readers.markuptables`).  A row of long cells
(a layout table holding the text itself) is left as it was, and so is a row of one cell
(a box around a paragraph or two, no row of values).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bibcheck.model import RawMarker, TextBlock
from bibcheck.readers.markuptables import claim_offset, claims_row, row_breaks, sentence_cells

MAX_ROW_CHARS = 1500  # a longer row is a layout table's text, its paragraphs prose
MAX_CELL_PARAGRAPHS = 3  # a cell of more paragraphs holds prose, no value of a row

Row = Sequence[tuple[int, int]]  # (paragraph number, cell index) of each paragraph


def join_rows(
    blocks: Sequence[TextBlock], markers: Sequence[RawMarker], rows: Sequence[Row]
) -> tuple[list[TextBlock], list[RawMarker]]:
    """``blocks`` (one a paragraph, its number the line of its first piece) with the
    blocks of each of ``rows`` joined into one, and ``markers`` moved with them."""
    cell_of: dict[int, tuple[int, int]] = {}  # paragraph -> (row, cell)
    for r, row in enumerate(rows):
        counts: dict[int, int] = {}
        for _, k in row:
            counts[k] = counts.get(k, 0) + 1
        if len(counts) >= 2 and max(counts.values()) <= MAX_CELL_PARAGRAPHS:
            cell_of.update((number, (r, cell)) for number, cell in row)
    groups = _groups(blocks, cell_of)
    if all(len(g) == 1 for g in groups):
        return list(blocks), list(markers)
    new_blocks: list[TextBlock] = []
    where: dict[int, tuple[int, int]] = {}  # old block -> (new block, shift)
    rows_at: dict[int, list[tuple[int, int]]] = {}  # new row block -> its cells
    for group in groups:
        index = len(new_blocks)
        if len(group) == 1:
            where[group[0]] = (index, 0)
            new_blocks.append(blocks[group[0]])
            continue
        text = ""
        pieces: list[tuple[int, int]] = []
        cells: list[tuple[int, int]] = []
        last_cell: tuple[int, int] | None = None
        for k in group:
            block = blocks[k]
            shift = len(text) + 1 if text else 0
            text = f"{text} {block.text}" if text else block.text
            where[k] = (index, shift)
            pieces.extend((o + shift, line) for o, line in block.pieces)
            at = cell_of[block.pieces[0][1]]
            if at == last_cell:
                cells[-1] = (cells[-1][0], len(text.rstrip()))
            else:
                cells.append((shift, len(text.rstrip())))
            last_cell = at
        rows_at[index] = cells
        breaks = row_breaks(cells, sentence_cells(text, cells))
        new_blocks.append(TextBlock(text, tuple(pieces), breaks))
    moved: list[RawMarker] = []
    for m in markers:
        if m.block not in where:
            moved.append(m)
            continue
        index, shift = where[m.block]
        offset = m.offset + shift
        whole = m.row
        if index in rows_at:
            text = new_blocks[index].text
            sentences = sentence_cells(text, rows_at[index])
            whole = claims_row(offset, sentences)
            offset = claim_offset(offset, sentences, len(text.rstrip()))
        moved.append(replace(m, block=index, offset=offset, row=whole))
    return new_blocks, moved


def _groups(blocks: Sequence[TextBlock], cell_of: dict[int, tuple[int, int]]) -> list[list[int]]:
    """Consecutive blocks of one row together (each other block alone); a row over
    :data:`MAX_ROW_CHARS` split back into its blocks."""
    groups: list[list[int]] = []
    last_row: int | None = None
    for k, block in enumerate(blocks):
        found = cell_of.get(block.pieces[0][1]) if block.pieces else None
        row = found[0] if found is not None else None
        if row is not None and row == last_row:
            groups[-1].append(k)
        else:
            groups.append([k])
        last_row = row
    out: list[list[int]] = []
    for group in groups:
        if len(group) > 1 and sum(len(blocks[k].text) + 1 for k in group) > MAX_ROW_CHARS:
            out.extend([k] for k in group)
        else:
            out.append(group)
    return out
