"""A note cited again on purpose: its number repeated right after the name of the work it
cites.

A blog or an article that numbers its notes ``<sup>n</sup>`` sometimes sends the reader
back to an earlier note by its number: "comme l'avait jugé l'arrêt *Blieck*<sup>4</sup>",
"la sentenza *Google Spain*<sup>12</sup>", "the *Carltona* case<sup>3</sup>" --
the words before the repeated number name the case or work (a word of a title or case name
the note sets in italics or quotes).  A number typed twice by mistake names nothing of the
earlier note's work, and usually leaves another note uncited.

:func:`named_again` says whether every repeated marker of a document is such a citation
again, so that the numbering check counts none of them as a duplicate.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RawMarker, RawNote, TextBlock

__all__ = ["named_again"]

# a title or case name a note sets apart: in Markdown's italics, or in quotes
_MARKED = lazy_compile(
    r"\*([^*\n]{2,120})\*|_([^_\n]{2,120})_|«\s?([^»\n]{2,120}?)\s?»|“([^”\n]{2,120})”"
)
# a word of it that can name it (four letters or more: no article or preposition)
_WORD = lazy_compile(r"[^\W\d_][\w'’-]{3,}")
# how far before the marker the name may stand (the sentence's words just before it)
_REACH = 80


def named_again(
    markers: Sequence[RawMarker], notes: Sequence[RawNote], blocks: Sequence[TextBlock]
) -> bool:
    """Is some note's number used more than once, every note cited, and is each later use
    right after a word of the title or case name its note marks (see the module doc)?"""
    labels = [m.label for m in markers]
    if len(set(labels)) == len(labels) or {n.label for n in notes} - set(labels):
        return False
    texts = {n.label: n.text for n in notes}
    seen: set[str] = set()
    for marker in markers:
        if marker.label not in seen:
            seen.add(marker.label)
            continue
        if not 0 <= marker.block < len(blocks):
            return False
        before = blocks[marker.block].text[max(0, marker.offset - _REACH) : marker.offset]
        if not _names(before, texts.get(marker.label, "")):
            return False
    return True


def _names(before: str, note: str) -> bool:
    """Does ``before`` hold a word of a title or case name ``note`` marks?"""
    words = {w.casefold() for w in _WORD.findall(before)}
    for m in _MARKED.finditer(note):
        name = next(g for g in m.groups() if g is not None)
        if any(w.casefold() in words for w in _WORD.findall(name)):
            return True
    return False
