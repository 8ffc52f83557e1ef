"""An entry that starts a few lines into a block of a typeset list.

``pdftotext`` sets the end of a wrapped entry apart by a blank line when the typesetter
spaced it out (a URL or DOI broken at the margin: ``Available: https://example.`` /
blank / ``org/page``), and the next entry follows that end with no blank line of its own.
The block then starts with text, and read block by block the entries in it are lost.
:func:`split_late_items` cuts such a block before its first item, so that the item is
read as the list reads any block that starts with one (only with the next number).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["LEAD", "split_late_items"]

LEAD = 3  # the most lines of text before the item: an entry's end, not a paragraph


def split_late_items(blocks: Sequence[list[int]], is_item: Sequence[bool]) -> list[list[int]]:
    """``blocks`` (line indices) with each block that starts with a few lines of text
    (at most :data:`LEAD`) and then an item (``is_item`` by line) cut before that item."""
    out: list[list[int]] = []
    for block in blocks:
        cut = next((k for k, i in enumerate(block[: LEAD + 1]) if is_item[i]), 0)
        if cut and not is_item[block[0]]:
            out.extend([block[:cut], block[cut:]])
        else:
            out.append(block)
    return out
