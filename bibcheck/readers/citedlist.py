"""Whether a text's author-date mentions are evidence that it cites its reference list.

A plain-text paper is read by author and year when its body names the entries of the list
under its References heading.  How many mentions it makes is no evidence: a two-paragraph
note citing two works is a paper that cites, and must be read, not refused.  The evidence
is the list's entries the mentions match: two entries or more, or the whole list (a note
citing its one work).  One entry named of a longer list is no evidence (its name may be
a co-author's cited with others: "(Hale & Moll, 2011)" of "Berg A, Moll J, 2011"), and such
a text is refused with what was found.  A text with no mention of its list's entries is
never read as citing it.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["cites_its_list"]

_ENTRIES = 2  # two entries cited are evidence whatever the list's length


def cites_its_list(cited: Sequence[str], entries: int) -> bool:
    """Do the body's mentions (``cited``: the labels of the entries they match, one per
    mention) show that it cites its list of ``entries`` works (module docstring)?"""
    distinct = len(set(cited))
    if distinct == 0 or entries <= 0:
        return False
    return distinct >= min(_ENTRIES, entries)
