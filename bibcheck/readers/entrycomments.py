"""Which paragraphs set under a list's entries are their annotations.

An annotated reading list sets each entry's comment under it, indented as the entry's
own lines and after a blank line (``[1] Williams, Peter. The Organ. London: Macmillan,
1988.`` then ``    The most compact history of the instrument …``).  Read alone, such a
paragraph looks like the entry going on.  Taken over the list it does not: where most
of these paragraphs read as running prose and no entry does (the alternation of
:func:`bibcheck.readers.annotatedlist.comment_places`), every one of them is a comment
-- also one that names a decade ("the reports of the 1990s") -- and none is part of its
entry's text or fields.  Citations of other entries in a comment (``[11]``, ``Williams
and Owen [1]``) are citations at their lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.readers.annotatedlist import comment_places
from bibcheck.readers.proseentry import running_prose

__all__ = ["annotated"]


def annotated(pairs: Sequence[tuple[str, str]]) -> bool:
    """Are the paragraphs set under the entries comments?  ``pairs``: (the entry's text
    before the paragraph, the paragraph), one for each such paragraph of the list."""
    prose: list[bool] = []
    for entry, paragraph in pairs:
        prose.extend((running_prose(entry), running_prose(paragraph)))
    return bool(comment_places(prose))
