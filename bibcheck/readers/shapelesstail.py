"""Paragraphs after a reference list that have no entry's shape.

A manuscript sent back to a journal may carry the authors' answers to the reviewers after
its references (``Revision notes``, ``Reviewer #1: I wish to …``, ``changed``), a cover
letter, or notes to the editor, with no heading that a list ends at.  Read as the list
goes, each paragraph becomes one more entry.

In a list whose entries start as entries do (a name first: ``Ambady, N., …``,
``Okafor N.``, ``de Vries, P. … 2011``), the list ends where its entries stop having that
shape: a run of at least :data:`TAIL_MIN` paragraphs at its end none of which starts so
(a lower-case word first counts only with a year on the same line: ``van Zyl, A., 2010.``
is an entry, ``addressed, text italicised`` is none; a web address or DOI on the first
line makes an entry of it, ``Bundesarchiv: Akten, https://…``), after entries that started
so at least :data:`SHAPED_SHARE` of the time, is no part of it.  (The reader never cuts
back past a part's heading: ``Quellen`` over archives and laws that start with no name.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.years import YEAR_BOUNDED

__all__ = ["SHAPED_SHARE", "TAIL_MIN", "list_length"]

TAIL_MIN = 2  # shapeless paragraphs that end a list, at least
SHAPED_SHARE = 0.75  # entries before them that start as entries, at least (share)
_LIST_MIN = 4  # entries before them, at least
_YEAR = lazy_compile(YEAR_BOUNDED)
_ADDRESS = lazy_compile(r"https?://|\bwww\.|\bdoi:|\b10\.\d{4,9}/", re.I)


def shaped(first: str, starts_entry: Callable[[str], bool]) -> bool:
    """Does an entry whose first line is ``first`` start as an entry does?"""
    text = first.strip()
    if _ADDRESS.search(text):
        return True  # (an archive's or a body's page: "Bundesarchiv: …, https://…")
    if not starts_entry(text):
        return False
    return not text[:1].islower() or _YEAR.search(text) is not None


def list_length(firsts: Sequence[str], starts_entry: Callable[[str], bool]) -> int:
    """How many of the entries (given by their first lines) are the list's: all, or those
    before a shapeless run at its end (see the module docstring)."""
    marks = [shaped(first, starts_entry) for first in firsts]
    keep = len(marks)
    while keep and not marks[keep - 1]:
        keep -= 1
    if len(marks) - keep < TAIL_MIN or keep < _LIST_MIN:
        return len(marks)
    if sum(marks[:keep]) < SHAPED_SHARE * keep:
        return len(marks)
    return keep
