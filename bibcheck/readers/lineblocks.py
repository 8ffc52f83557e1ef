"""A hand-typed reference list whose entries go on in Pandoc line blocks.

A writer who wants a hanging indent in Pandoc Markdown (R Markdown, Quarto) without a
div types each entry's first line as a paragraph and its next lines as line blocks --
a bar, then spaces (or non-breaking spaces) for the indent, often with a blank line
between each::

    Okafor, T. 2003. "Water rights in the delta."

    |     *Journal of River Studies* 12(2): 40-58.

Pandoc prints each ``|`` line where it is typed, so the page shows one entry; read as
paragraphs it is two (the second with no names, cited by nothing).
:func:`joined_line_blocks` gives the lines under the list's heading with each such
continuation put back on its entry: the bar and its indent taken off, the blank lines
before it moved after the entry (the line count is kept, and each entry still starts
on its own line).

A bar line continues the entry before it when it is indented after the bar by two
spaces or more (a hanging indent), or when the line before it (past blank lines) is an
entry's own line with no bar; a list typed wholly as line blocks (``| Okafor, T. …``,
each entry a bar line with no indent) keeps one entry a bar line.  Only the lines under
the heading up to the next heading are touched: a line block of verse or an address
elsewhere in the document is no list.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.common import heading_text, literature_heading_index
from bibcheck.text import editor_lines

__all__ = ["continuations", "joined_line_blocks", "joined_under_heading", "line_block_text"]

# a line block's line: a bar, then a space or a non-breaking space (or nothing more)
_BAR = lazy_compile(r"^[ \t]{0,3}\|(?=[ \t\u00a0]|$)")
_INDENT = " \t\u00a0\u2007\u202f"
_HANGING = 2  # spaces after the bar that make a hanging indent (a bar's own space is 1)


def line_block_text(line: str) -> tuple[str, int] | None:
    """The text of a line block's line (``|     *Journal* 3: 4-5.``) and how far it is
    indented after the bar (5), or None when ``line`` is no line block's line."""
    m = _BAR.match(line)
    if m is None:
        return None
    after = line[m.end() :]
    text = after.lstrip(_INDENT)
    return text.rstrip(), len(after) - len(text)


def _continues(text: str, indent: int, previous: str | None) -> bool:
    if previous is None or not text:
        return False
    return indent >= _HANGING or line_block_text(previous) is None


def continuations(lines: Sequence[str], start: int) -> dict[int, int]:
    """The line block lines of the list that starts at index ``start`` (the line after
    its heading, up to the next heading) that go on with an entry (see the module's
    note), each with the index of that entry's first line."""
    found: dict[int, int] = {}
    head = -1  # the first line of the entry being read
    previous: str | None = None  # the last line of text of the list
    for i in range(start, len(lines)):
        line = lines[i]
        if heading_text(line) is not None:
            break
        if not line.strip(_INDENT):
            continue
        bar = line_block_text(line)
        if bar is not None and _continues(*bar, previous):
            found[i] = head
        elif previous is None or bar is not None or not _wrapped(lines, i):
            head = i
        previous = line
    return found


def _wrapped(lines: Sequence[str], i: int) -> bool:
    """Does line ``i`` go on with the paragraph of the line before it?"""
    return i > 0 and bool(lines[i - 1].strip(_INDENT)) and line_block_text(lines[i - 1]) is None


def joined_line_blocks(lines: Sequence[str], start: int) -> list[str]:
    """``lines`` with the entries of the list that starts at index ``start`` (the line
    after its heading) put back together where they go on in line blocks (see the
    module's note); the lines before ``start`` and from the next heading on unchanged,
    and as many lines as before."""
    joined = continuations(lines, start)
    out = list(lines[:start])
    blanks = 0  # blank lines met since the last line of text
    moved = 0  # blank lines taken from before a continuation, given back after its entry
    i = start
    while i < len(lines):
        line = lines[i]
        if heading_text(line) is not None:
            break
        bar = line_block_text(line)
        if not line.strip(_INDENT):
            blanks += 1
        elif i in joined and bar is not None:
            moved += blanks
            blanks = 0
            out.append("    " + bar[0])  # (the entry's hanging indent)
        else:
            out.extend([""] * (moved + blanks))
            moved = blanks = 0
            out.append(bar[0] if bar is not None else line)
        i += 1
    out.extend([""] * (moved + blanks))
    out.extend(lines[i:])
    return out


def joined_under_heading(text: str) -> str:
    """``text`` with the list under its (last) literature heading put back together where
    its entries go on in line blocks (:func:`joined_line_blocks`); ``text`` itself when
    none does."""
    lines = editor_lines(text)
    at = literature_heading_index(lines)
    if at is None or not continuations(lines, at + 1):
        return text
    joined = "\n".join(joined_line_blocks(lines, at + 1))
    return joined + "\n" * (text.endswith(("\n", "\r")) and not joined.endswith("\n"))
