"""Markdown's indented code blocks: lines indented four spaces (or a tab) after a blank
line are code, not text -- unless they continue a list item, a footnote definition or a
definition, whose further paragraphs are indented so.

Inside a list item, code is indented four columns past the item's content (``- item``:
content at column 2, code at 6 or more).  A YAML front matter (``---`` ... ``---``) is
no Markdown.  One pass over the lines, no regex that can backtrack.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from bibcheck.lazyre import lazy_compile

__all__ = ["blank_indented_code", "indented_code", "prose_lines"]

# A line that opens a block whose further paragraphs are indented: a bullet, a numbered
# or lettered (``a.``, ``(iv)``, ``#.``) item, a Pandoc example ``(@label)``, a footnote
# definition ``[^1]:``, a definition ``:   text`` / ``~   text``
_CONTAINER = lazy_compile(
    r"^(?P<indent>[ \t]*)(?:[-*+]|\(?(?:\d{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]{1,8}|#|@[\w-]*)[.)]"
    r"|\[\^[^\]\s]{1,80}\]:|[:~])(?P<gap>[ \t]+|$)"
)
_FRONT_END = ("---", "...")
# a fenced code block's (or a MyST directive's) opening fence: three or more backticks or tildes
_FENCE = lazy_compile(r"^[ \t]*(?P<fence>`{3,}|~{3,})")
_CODE_INDENT = 4


def _width(line: str) -> int:
    """The line's indentation in columns (a tab to the next multiple of four)."""
    col = 0
    for ch in line:
        if ch == " ":
            col += 1
        elif ch == "\t":
            col += 4 - col % 4
        else:
            break
    return col


def _front_matter_end(lines: Sequence[str]) -> int:
    """The index after a YAML front matter at the top (0: none)."""
    if not lines or lines[0].rstrip() != "---":
        return 0
    for k in range(1, len(lines)):
        if lines[k].rstrip() in _FRONT_END:
            return k + 1
    return 0


def indented_code(lines: Sequence[str]) -> set[int]:
    """Indices of the lines of indented code blocks."""
    code: set[int] = set()
    content: int | None = None  # content column of the list item we are in (None: none)
    previous_blank = True
    in_code = False
    fence = ""  # the open fence's marker (```` ``` ````, ``~~~``): its lines are no indented code
    for k in range(_front_matter_end(lines), len(lines)):
        line = lines[k]
        if fence:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = ""
                previous_blank = False
            continue
        if not line.strip():
            previous_blank = True
            continue
        width = _width(line)
        needed = _CODE_INDENT if content is None else content + _CODE_INDENT
        opened = _FENCE.match(line)
        if opened is not None and not ((in_code or previous_blank) and width >= needed):
            fence = opened.group("fence")
            in_code = False
            continue
        if in_code and width >= needed:
            code.add(k)
            previous_blank = False
            continue
        in_code = False
        if previous_blank and width >= needed:
            in_code = True
            code.add(k)
            previous_blank = False
            continue
        m = _CONTAINER.match(line)
        if m is not None:
            # (a footnote's, a long label's or a widely spaced item's further paragraphs
            # are indented four)
            content = width + min(m.end() - m.end("indent"), _CODE_INDENT)
        elif previous_blank and width < _CODE_INDENT:
            content = None  # a paragraph at the margin: the list has ended
        previous_blank = False
    return code


def blank_indented_code(text: str, source: str | None = None) -> str:
    """``text`` with the lines of its indented code blocks blanked (same length, lines);
    the blocks found in ``source`` when given: the text as written, where ``text`` is a
    masked copy of it (its fences blanked to spaces would look indented)."""
    lines = text.split("\n")
    code = indented_code(lines if source is None else source.split("\n"))
    if not code:
        return text
    return "\n".join(" " * len(line) if k in code else line for k, line in enumerate(lines))


def prose_lines(lines: Sequence[str], start: int, end: int, code: Set[int]) -> list[int]:
    """Indices of the non-blank lines ``start`` to ``end`` (a footnote's further lines) that
    are prose: not an indented code block's (``code``, from :func:`indented_code`) nor a
    fenced block's, fences included.  A note that shows an example (``    A. Turing
    wrote "Title".``, ``(C) 1999 J. Roe``) cites nothing by it: the example is no text of the
    note, as a code block of the body is none."""
    kept: list[int] = []
    fence = ""
    for k in range(start, end):
        stripped = lines[k].strip()
        if fence:
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = ""
            continue
        opened = _FENCE.match(lines[k])
        if opened is not None:
            fence = opened.group("fence")
            continue
        if stripped and k not in code:
            kept.append(k)
    return kept
