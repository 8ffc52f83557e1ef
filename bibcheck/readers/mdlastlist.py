"""The numbered list that ends a Markdown post with no heading over it.

Blog and newsletter posts (Substack, Ghost, Medium exports, Jekyll and Hugo themes) often
end with their notes as a plain numbered list: after a thematic break (``---``, ``***``)
or simply after the last paragraph, with no "Notes" heading in any language, and perhaps a
platform's buttons below it (:mod:`bibcheck.readers.mdfurniture`).  :func:`last_list`
finds that list: the block of numbered items (with their continuation lines) that ends
the text, and the line above it where the body stops.  Whether the list is the notes the
body's markers point at is the caller's question.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.common import LIST_ITEM, RULE, heading_text
from bibcheck.readers.mdfurniture import furniture_start
from bibcheck.text import ascii_digits

__all__ = ["LastList", "last_list"]

_MAX_LINES = 3000  # a list longer than this is not looked for
_INDENTED = lazy_compile(r"^(?: {2,}|\t)\S")


@dataclass(frozen=True)
class LastList:
    """A numbered list at a text's end with no heading over it."""

    above: int  # index of the rule or blank line above the list: where the body ends
    numbers: tuple[int, ...]  # the items' numbers, in order
    ruled: bool  # a thematic break stands above it


def last_list(lines: Sequence[str], first: int = 0) -> LastList | None:
    """The numbered list that ends ``lines`` (furniture below it left out), or None when
    the text ends otherwise, or a heading stands over the list (a headed list is found
    by its heading)."""
    end = furniture_start(lines)
    numbers: list[int] = []
    top: int | None = None  # index of the topmost item
    pending = False  # lines met below that continue an item above them (unindented)
    i = end - 1
    while i >= first and end - i <= _MAX_LINES:
        line = lines[i]
        m = LIST_ITEM.match(line)
        if m is not None and m.group("num"):
            numbers.append(int(ascii_digits(m.group("num"))))
            top, pending = i, False
        elif not line.strip():
            if pending:
                break  # a paragraph of its own (below the list, or above it)
        elif m is not None or heading_text(line) is not None or RULE.match(line):
            break
        elif _INDENTED.match(line):
            pass  # an item's continuation, a blank line above it or not (a loose list)
        elif top is not None and not lines[i + 1].strip():
            break  # a paragraph above the list: the body
        else:
            pending = True  # a lazy continuation line of an item above
        i -= 1
    if top is None or pending:
        return None
    above = top - 1
    while above >= first and not lines[above].strip():
        above -= 1
    if above >= first and heading_text(lines[above]) is not None:
        return None
    ruled = above >= first and RULE.match(lines[above]) is not None
    if not ruled:
        above = top - 1
        if above < first or lines[above].strip():
            return None  # a list glued to the paragraph above: the paragraph's own
    return LastList(above, tuple(reversed(numbers)), ruled)
