"""Words hyphenated at the line ends of a typed (not typeset) list joined again.

A typed reading list wraps its entries by hand or by an editor, and a writer who breaks
a long word does so as a typesetter would (``Ueberlieferungs-`` / ``geschichtliche``):
the hyphen is dropped and the word joined, as :func:`line_end_hyphen` tells.  But a
typed text is also wrapped at a compound's own hyphen (a wrapper that breaks there:
``self-`` / ``organizing``), so a lower-case continuation keeps its hyphen when the
document prints the word with it elsewhere (:func:`printed_hyphens`) or the part before
it is a compound's first element that stands as a word or prefix of its own (``self-``,
``well-``, ``non-``, ``co-``, ``cross-``).  Either way the two parts join with no space.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.linewrap import Hyphen, Printed, line_end_hyphen, url_continues

__all__ = ["join_typed_hyphens"]

# first elements written with their hyphen ("self-organizing", "well-known", "non-linear")
_COMPOUND_HEADS = frozenset(
    """self well ill non co ex all half quasi cross anti post pre multi semi socio long
    short high low full part pseudo neo mid""".split()
)
_HEAD = lazy_compile(r"(?P<word>[^\W\d_]+)-$")
_TAIL = lazy_compile(r"^(?P<word>[^\W\d_]+)")


def _kept(line: str, following: str, printed: Printed) -> bool:
    """Does the soft-looking hyphen ending ``line`` belong to the word (a compound)?"""
    head, tail = _HEAD.search(line), _TAIL.match(following)
    if head is None or tail is None:
        return False
    before = head.group("word")
    if before.lower() in _COMPOUND_HEADS:
        return True
    return ((before + tail.group("word")).lower(), len(before)) in printed


def join_typed_hyphens(parts: Sequence[tuple[str, int]], printed: Printed) -> list[tuple[str, int]]:
    """``parts`` (an entry's lines: text, line number) with the words hyphenated at their
    ends joined again; ``printed``: the words the document prints with a hyphen."""
    out = [(text.strip(), line) for text, line in parts]
    for j in range(len(out) - 1):
        text, line = out[j]
        following, after = out[j + 1]
        kind = line_end_hyphen(text, following)
        if kind is Hyphen.NONE or url_continues(text, following):
            continue
        word, _, rest = following.partition(" ")
        soft = kind is Hyphen.SOFT and not _kept(text, following, printed)
        out[j] = ((text[:-1] if soft else text) + word, line)
        out[j + 1] = (rest.strip(), after)
    return [(text, line) for text, line in out if text]
