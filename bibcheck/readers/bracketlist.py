"""A reference list typed as paragraphs that each start with ``[n]``.

Numeric styles (GB/T 7714, IEEE, Vancouver as some journals print it) number the list
``[1] 张京祥, 陈浩. Title[J]. …`` / ``[2] …``; in Markdown such paragraphs are no list
items, so a reader takes them as a list of paragraphs.  The bracketed number is the
entry's label, not a part of its text: left in, it would be read as the author or the
title.  Only a list whose every entry starts so is relabelled (a lone ``[1]`` at the
start of one paragraph may be anything).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RawNote

__all__ = ["bracket_labelled"]

# "[12] ", "\[12\] " (a Markdown escape), "［12］" (full-width brackets)
_LABEL = lazy_compile(r"^\s*(?:\\?\[|［)(?P<n>\d{1,4})(?:\\?\]|］)\s*(?=\S)")


def bracket_labelled(items: Sequence[RawNote]) -> list[RawNote]:
    """``items`` with a leading ``[n]`` taken out of the text as the label, when every
    item starts with one; otherwise ``items`` unchanged."""
    found = [_LABEL.match(item.text) for item in items]
    if not items or any(m is None for m in found):
        return list(items)
    return [
        replace(item, label=m.group("n"), text=item.text[m.end() :])
        for item, m in zip(items, found, strict=True)
        if m is not None
    ]
