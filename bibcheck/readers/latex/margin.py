"""A margin note that stands as a paragraph of its own.

A ``\\marginnote`` written after a word is a note about that text (Tufte, Quarto).  One
that opens a paragraph (nothing but blank space and comments since the blank line before
it) and cites nothing is a block set in the margin: a template's editorial box ("Edited
by …, Received …", ReScience C), a sidebar, a figure.  No marker points at it and it is
not a footnote.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

_LOOK_BACK = 4000  # characters: a paragraph's start is near (bounded, linear)
# a whole comment line goes with its line break; a comment after text leaves the break
_COMMENT_LINE = lazy_compile(r"^[ \t]*+%[^\n]*+\n", re.MULTILINE)
_COMMENT = lazy_compile(r"(?<!\\)%[^\n]*+")


def opens_paragraph(text: str, at: int) -> bool:
    """Does the command at ``at`` open a paragraph: blank space and comments only since
    a blank line, or since the text's start?"""
    start = max(0, at - _LOOK_BACK)
    line_start = text.find("\n", start) + 1 if start else 0  # (whole lines only)
    before = _COMMENT.sub("", _COMMENT_LINE.sub("", text[line_start:at]))
    gap = before[len(before.rstrip()) :]
    return not before.strip() or gap.count("\n") >= 2
