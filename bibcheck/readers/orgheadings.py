"""Which ``*`` lines are Org headings, and which are a plain-text bullet list.

A plain-text file (a policy brief, a README saved as text) often writes its bullets as
``* `` lines whose sentence wraps onto an indented next line::

    * Around one in twenty rural premises still cannot order a connection of
      30 Mbit/s or more [1][2].

To the Org reader's fit such lines look like top-level headings, and a file with two of
them and typed ``[n]`` markers would be read as Org.  An Org heading is one line that
names a section: short, and whatever follows it is its body.  A ``*`` line is a
*wrapped bullet* when it runs long (a sentence, not a title) and the very next line is an
indented continuation of it — neither blank nor Org structure (a heading, a keyword, a
drawer, a list item or a table).  Such lines are no evidence of Org.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile

# "* Title", "** Sub" (the stars and their space)
_STARS = lazy_compile(r"^\*+[ \t]+")
# an indented line that carries on a sentence (not a drawer, keyword, list item or table)
_CONTINUATION = lazy_compile(r"^[ \t]+(?![ \t]|[-+*][ \t]|\d+[.)][ \t]|#\+|:[\w-]+:|\|)\S")
# a heading this long is a sentence, not a title
_LONG_WORDS = 9
_LONG_CHARS = 60


def wrapped_bullet(line: str, following: str) -> bool:
    """Whether the ``*`` line ``line`` is a bullet whose sentence wraps onto ``following``."""
    m = _STARS.match(line)
    if not m:
        return False
    text = line[m.end() :].rstrip()
    long = len(text) >= _LONG_CHARS or len(text.split()) >= _LONG_WORDS
    return long and bool(_CONTINUATION.match(following))


def heading_lines(lines: Sequence[str]) -> int:
    """How many of ``lines`` are ``*`` lines that may be Org headings (not wrapped
    bullets, nor ``* [`` checkbox-like lines)."""
    count = 0
    for i, line in enumerate(lines):
        if not _STARS.match(line) or line.startswith("* ["):
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if not wrapped_bullet(line, following):
            count += 1
    return count
