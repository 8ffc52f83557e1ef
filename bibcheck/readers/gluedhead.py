"""A reference-list heading that a converter glued to the end of a line of the other column.

``pdftotext`` (without ``-layout``) reads a two-column page line by line when the columns
are level: the heading of the list in one column ends a body line of the other, as in
``bridges rely on force-balance accelerometers costing References``, and the list's first
entry ``[1] A. Author, ...`` starts a line shortly below.  Such a line is the heading when
its last words are a literature heading (``References``, ``Bibliography``, ``Literatur``,
``Список литературы``), text of the other column stands before them, and the first entry
of a numbered list (``[1]``, ``1.``) starts one of the next few lines.  Text before the
heading stays body text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.common import is_literature_heading

# The first entry of a numbered list as a typeset page starts it: "[1] A. Pousette",
# "1. Ekevad M", "[1] “Title,”" (a capital or an opening quote after the number).
_FIRST_ENTRY = lazy_compile(r"^\s{0,3}(?:\[0*1\]|0*1[.)])\s+[\"'“‘«„(]?[^\W\d_a-z]")
_LOOKAHEAD = 4  # lines between the heading and the first entry (the other column's)
_MAX_WORDS = 3  # words of a heading ("List of References", "Список литературы")


@dataclass(frozen=True, slots=True)
class GluedHeading:
    index: int  # the line the heading ends
    body: str  # the text before it (the other column), still body text


def glued_heading(lines: Sequence[str]) -> GluedHeading | None:
    """The last line that ends with a literature heading glued after body text, with the
    first entry of a numbered list in one of the next lines (see the module docstring)."""
    found = None
    for i, line in enumerate(lines):
        split = _split(line)
        if split is None:
            continue
        below = lines[i + 1 : i + 1 + _LOOKAHEAD]
        if any(_FIRST_ENTRY.match(nxt) for nxt in below):
            found = GluedHeading(i, split)
    return found


def _split(line: str) -> str | None:
    """The body text before a literature heading that ends ``line``, if there is one."""
    words = line.rstrip().split(" ")
    for n in range(1, _MAX_WORDS + 1):
        if len(words) <= n:
            break
        tail, head = " ".join(words[-n:]), " ".join(words[:-n]).rstrip()
        if not tail[:1].isupper() or not head or head.endswith((":", "-")):
            continue
        if is_literature_heading(f"# {tail}"):
            return head
    return None
