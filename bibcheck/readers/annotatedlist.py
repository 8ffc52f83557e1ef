"""Comment paragraphs of an annotated bibliography, told by their place.

An annotated bibliography follows each entry with a paragraph of comment (``A practical
view of …``, ``Recull dels articles fundacionals …``): entry, comment, entry, comment.
Most comments read as running prose (:func:`bibcheck.readers.proseentry.running_prose`),
but one may not (a short comment naming a year: "Report on the 2018 survey. Its tables are
in section 4.").  Where the paragraphs alternate so — most paragraphs in the comment
places are prose, none in the entry places is — every paragraph in a comment place is a
comment, not an entry.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["comment_places"]

_MIN_COMMENTS = 3  # a pattern needs a few pairs to be one


def comment_places(prose: Sequence[bool]) -> set[int]:
    """The indexes of the comment paragraphs of a list of paragraphs (``prose``: is each
    running prose?) that alternates entry and comment, or none when it does not."""
    odd = prose[1::2]
    even = prose[0::2]
    if len(odd) < _MIN_COMMENTS or any(even):
        return set()
    if 3 * sum(odd) < 2 * len(odd):
        return set()
    return set(range(1, len(prose), 2))
