"""A reference list set with hanging indents, no blank line between its entries.

``pdftotext -layout`` keeps a journal's hanging indent: each entry's first line flush
with the column, its wrapped lines indented by a few spaces, one entry right under the
other::

    Berg J van den, Oosterhuis-de Wit L. Drempelwaarden voor ...
        de gezelschapsdierenpraktijk: een verkenning. Tijdschr ...
    Budde JA, McCluskey DM. Plumb's veterinary drug handbook. ...

Such a block is a list, whatever its entries' names look like (Vancouver's inverted
particles, a body's name, a law's title): no body paragraph is set so.  A paragraph of
prose is flush (every line at one indent) or indents its first line only.  A block is
taken for a hanging list when its first line stands at its smallest indent, two lines or
more go back to that indent after deeper ones (entries two and on), and the deeper lines
all share one indent (the continuation lines of a list; a quotation or a table's cells
indent at random).

A plain-text draft's bibliography is set the same way when its author wraps the lines by
hand (an editor's fill column): :func:`hanging_entries` gives each entry's lines, its flush
line and the deeper ones under it.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.model import RawNote

__all__ = ["entry_rows", "hanging_block", "hanging_entries", "numbered_entries"]

_MIN_ENTRIES = 3  # flush lines (entries) in the block, at least
_MAX_HANG = 8  # the continuation lines' indent beyond the flush lines', at most


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def hanging_block(block: Sequence[str]) -> bool:
    """Are the non-blank ``block`` lines (one paragraph, in order) entries set with hanging
    indents: ``"Okafor B, Lind M. Title of the"`` / ``"    work. J Ex. 2020;1:2."`` /
    ``"Ruiz A. Another"`` / ``"    title. 2019."`` / ``"Tan C. …"``?"""
    if len(block) < _MIN_ENTRIES + 2:
        return False
    indents = [_indent(line) for line in block]
    low = indents[0]
    if min(indents) != low:
        return False
    deeper = {d for d in indents if d > low}
    if len(deeper) != 1 or next(iter(deeper)) - low > _MAX_HANG:
        return False
    # (entries: a flush line, then one or more continuation lines; a run of flush lines is
    # a list of one-line entries, no hanging indent to go by)
    flush = [n for n, d in enumerate(indents) if d == low]
    if len(flush) < _MIN_ENTRIES:
        return False
    wrapped = sum(1 for n in flush if n + 1 < len(indents) and indents[n + 1] > low)
    return wrapped >= _MIN_ENTRIES - 1 and 2 * wrapped >= len(flush)


def hanging_entries(block: Sequence[str]) -> list[list[int]] | None:
    """The entries of a hanging-indent ``block`` (:func:`hanging_block`), each the indices of
    its flush line and the continuation lines under it; None when the block is not set so:
    ``["Kerr, J. 2013. The Conservation", "    Plan. Sydney.", "Ruskin, J. 1849. …"]`` ->
    ``[[0, 1], [2], …]``."""
    if not hanging_block(block):
        return None
    low = _indent(block[0])
    entries: list[list[int]] = []
    for n, line in enumerate(block):
        if _indent(line) == low:
            entries.append([n])
        else:
            entries[-1].append(n)
    return entries


def entry_rows(lines: Sequence[str], rows: Sequence[int]) -> list[list[int]]:
    """The entries of a list's non-blank ``rows`` (indices into ``lines``) with no blank line
    between them: one a line, or one a flush line and its indented lines when the list is set
    with hanging indents (:func:`hanging_entries`)."""
    runs = hanging_entries([lines[i] for i in rows])
    return [[i] for i in rows] if runs is None else [[rows[n] for n in run] for run in runs]


def numbered_entries(lines: Sequence[str], entries: Sequence[Sequence[int]]) -> list[RawNote]:
    """The list's entries as notes labelled 1, 2 … in order, each its lines' text joined
    (stripped of their indents) with its first, last and every line (1-based)."""
    return [
        RawNote(
            str(k),
            "\n".join(lines[i].strip() for i in entry),
            entry[0] + 1,
            entry[-1] + 1,
            tuple(i + 1 for i in entry),
        )
        for k, entry in enumerate(entries, 1)
    ]
