"""Jupyter notebooks (``.ipynb``): their Markdown cells are the manuscript.

A notebook is JSON: a list of cells, each Markdown, code or raw.  Lecture notes, tutorials
and papers written as notebooks cite in their Markdown cells as Markdown documents do (a
numbered reference list, ``[n]`` or ``[^n]`` notes, Pandoc/MyST citations when the notebook
belongs to a Quarto or Jupyter Book project).  :func:`notebook_text` turns the notebook
into the text of its Markdown cells, which the text readers then read as any Markdown
document; code cells, outputs and raw cells are no text (``x[0]`` in code cites nothing),
except a first raw cell of YAML front matter (Quarto's, naming the bibliography).

Line numbers stay the notebook file's own: each Markdown line is put on the line of the
file that holds it (``nbformat`` and the editors write every source line as its own JSON
string on its own line), the other lines are left empty, so cells stay apart as
paragraphs.  A cell written as one JSON string (its lines joined with ``\\n``) has its
lines placed from the line that holds the string on; where that would run into the next
cell, the lines follow the last one placed instead, and the line numbers of that cell are
then approximate.  A Quarto notebook's front matter (a first raw cell) is put at the top,
where front matter is looked for.

An nbformat-3 notebook (still written by old IPython and kept in many repositories) holds
its cells in ``worksheets``, and its headings in cells of their own (``"cell_type":
"heading"`` with a ``"level"``): the worksheets' cells are read one after the other, a
heading cell as the Markdown heading of its level.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePath

from bibcheck.errors import InputError
from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coverage import NOTEBOOK_NOT_READ
from bibcheck.text import editor_lines

__all__ = ["Cell", "Notebook", "is_notebook", "notebook_cells", "notebook_text", "refusal"]

_SNIFF = lazy_compile(r'^\s*\{[\s\S]{0,4000}?"(?:cells|nbformat)"\s*:')


def refusal(message: str) -> str:
    """A refusal of a notebook, naming the format and what of it was looked at."""
    return (
        f"{message.rstrip('.')} (a Jupyter notebook: only its Markdown cells were read; "
        f"its {NOTEBOOK_NOT_READ} were not)"
    )


@dataclass(frozen=True, slots=True)
class Notebook:
    text: str  # the Markdown cells' lines on the file's own lines, the rest empty


def is_notebook(path: str | PurePath, text: str) -> bool:
    """Is ``text`` (the file ``path``) a Jupyter notebook?"""
    return PurePath(path).suffix.lower() == ".ipynb" or (
        text.lstrip().startswith("{")
        and bool(_SNIFF.match(text))
        and '"nbformat"' in text[:200_000] + text[-2_000:]
    )


def _cells(data: object) -> list[object] | None:
    """The notebook's cells: nbformat 4's ``cells``, or nbformat 3's (and 2's) cells of
    its ``worksheets`` one after the other; None when there is no list of cells."""
    if not isinstance(data, dict):
        return None
    cells = data.get("cells")
    if isinstance(cells, list):
        return cells
    sheets = data.get("worksheets")
    if not isinstance(sheets, list):
        return None
    found = [s.get("cells") for s in sheets if isinstance(s, dict)]
    if not found or not all(isinstance(c, list) for c in found):
        return None
    return [cell for c in found if isinstance(c, list) for cell in c]


def _heading_prefix(cell: dict[str, object]) -> str:
    """The Markdown marks of an nbformat-3 heading cell (``"level"`` 1 to 6, 1 when
    missing or out of range), with the space after them."""
    level = cell.get("level")
    depth = level if isinstance(level, int) and 1 <= level <= 6 else 1
    return "#" * depth + " "


def _source_lines(source: object) -> list[str]:
    """A cell's source as lines without their line ends (a list of strings, or one)."""
    if isinstance(source, str):
        return editor_lines(source)
    if isinstance(source, list):
        return editor_lines("".join(s for s in source if isinstance(s, str)))
    return []


def _strings(source: object) -> list[str]:
    """The JSON strings a cell's source is written as."""
    if isinstance(source, str):
        return [source]
    if isinstance(source, list):
        return [s for s in source if isinstance(s, str)]
    return []


def _find(lines: list[str], start: int, value: str) -> int | None:
    """The first line at or after ``start`` that holds ``value`` as a JSON string."""
    forms = {json.dumps(value, ensure_ascii=False), json.dumps(value)}
    for i in range(start, len(lines)):
        stripped = lines[i].strip()
        if any(stripped.startswith(form) for form in forms):
            return i
    return None


def _load(text: str, path: str | PurePath) -> list[object]:
    """The cells of the notebook ``text`` (the file ``path``); :class:`InputError` for a
    file that is no notebook (invalid JSON, no list of cells)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path}: not a Jupyter notebook (invalid JSON at line {exc.lineno}: {exc.msg})"
        ) from None
    cells = _cells(data)
    if cells is None:
        raise InputError(f"{path}: not a Jupyter notebook (no list of cells)")
    return cells


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a notebook: its type (``markdown``, ``code``, ``raw``, nbformat 3's
    ``heading``), its source as one text, and its metadata."""

    kind: str
    source: str
    metadata: Mapping[str, object]


def notebook_cells(text: str, path: str | PurePath = "") -> list[Cell]:
    """The cells of the notebook ``text`` in order (nbformat 3's worksheets one after the
    other); :class:`InputError` for a file that is no notebook."""
    found: list[Cell] = []
    for cell in _load(text, path):
        if not isinstance(cell, dict):
            continue
        kind = cell.get("cell_type")
        metadata = cell.get("metadata")
        found.append(
            Cell(
                kind if isinstance(kind, str) else "",
                "".join(_strings(cell.get("source"))),
                metadata if isinstance(metadata, dict) else {},
            )
        )
    return found


def notebook_text(text: str, path: str | PurePath = "") -> Notebook:
    """The Markdown cells of the notebook ``text``, on the file's own lines (see the
    module doc); :class:`InputError` for a file that is no notebook."""
    cells = _load(text, path)
    file_lines = editor_lines(text)
    out = [""] * len(file_lines)
    cursor = 0  # the file line after the last one placed
    first = True  # no cell read yet (a front-matter raw cell comes first)
    for cell in cells:
        if not isinstance(cell, dict):
            continue
        kind = cell.get("cell_type")
        strings = _strings(cell.get("source"))
        heading = _heading_prefix(cell) if kind == "heading" else ""
        if heading and strings:
            # (an nbformat-3 heading cell: a Markdown heading of its level; its text is
            # looked for in the file as written, the marks put before it)
            lines = _source_lines(cell.get("source"))
            single = len(lines) == 1 and len(strings) == 1
            placed = _one_per_line(file_lines, out, cursor, strings) if single else None
            if placed is not None:
                out[placed - 1] = heading + out[placed - 1]
                cursor = placed
                first = False
                continue
            cursor = _in_sequence(file_lines, out, cursor, [heading + " ".join(lines)])
            first = False
            continue
        # (Quarto keeps a notebook's YAML front matter, its bibliography among it, in a
        # first raw cell)
        front = kind == "raw" and first and "".join(strings).startswith("---")
        first = first and kind not in ("markdown", "code")
        if not (kind == "markdown" or front) or not strings:
            # (skip past its source, so that a later cell is not looked for inside it)
            found = _find(file_lines, cursor, strings[-1]) if strings else None
            cursor = cursor if found is None else found + 1
            continue
        if front:
            # (at the top, where the Markdown readers look for front matter; its lines
            # are no place a citation is reported at)
            lines = _source_lines(cell.get("source"))
            found = _find(file_lines, cursor, strings[-1])
            end = max(len(lines), found + 1 if found is not None else 0)
            out[: len(lines)] = lines
            cursor = end
            continue
        if len(strings) > 1 or "\n" not in strings[0].rstrip("\n"):
            placed = _one_per_line(file_lines, out, cursor, strings)
            if placed is not None:
                cursor = placed
                continue
        cursor = _in_sequence(file_lines, out, cursor, _source_lines(cell.get("source")))
    return Notebook("\n".join(out) + "\n")


def _one_per_line(
    file_lines: list[str], out: list[str], cursor: int, strings: list[str]
) -> int | None:
    """Place each source string on the file line that holds it; the next cursor, or None
    when a string is not found on a line of its own (nothing is placed then)."""
    where: list[int] = []
    at = cursor
    for value in strings:
        found = _find(file_lines, at, value)
        if found is None:
            return None
        where.append(found)
        at = found + 1
    for line, value in zip(where, strings, strict=True):
        out[line] = value.rstrip("\r\n")
    return at


def _in_sequence(file_lines: list[str], out: list[str], cursor: int, lines: list[str]) -> int:
    """Place ``lines`` one after the other from the line of the cell's source on (or from
    ``cursor``), after a blank line; the next cursor."""
    start = cursor
    for i in range(cursor, len(file_lines)):
        if '"source"' in file_lines[i]:
            start = i
            break
    for offset, value in enumerate(lines):
        line = start + offset
        while line >= len(out):
            out.append("")
        out[line] = value
    return start + len(lines) + 1
