"""A bounded memo for the pure readings of an entry's or a note's text.

Some questions are asked of the same text many times in one parse: :func:`.shared.clean`
some twenty times an entry (each field's reading cleans the same rest), the access date
twice (the fields and the GOST reader), whether the text cites an archive's file or a
legal source two or three times (the reading, the kind, the list's index).  Each answer
is a function of the text alone, and of the document's language
(:mod:`.doclanguage`: a name may be filed by it), so :func:`entry_memo` keeps it for the
pair: a text is read once however often it is asked about, and a text read in another
document's language is read again.

The memo keeps the last :data:`SIZE` texts (a long list's entries and notes: a list's
index asks of each entry again after the list is read); a text longer than
:data:`LONGEST` is read afresh, never kept.  For pure functions returning values that
cannot change (strings, numbers, tuples, frozen records) only.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

from bibcheck.parse.references import doclanguage

__all__ = ["LONGEST", "SIZE", "entry_memo"]

SIZE = 8192  # texts kept
LONGEST = 4000  # characters: a longer text is read afresh, never kept

_T = TypeVar("_T")


def entry_memo(function: Callable[[str], _T]) -> Callable[[str], _T]:
    """``function`` answering a text it answered before, in the same document language,
    from a memo (module doc)."""

    @lru_cache(maxsize=SIZE)
    def cached(text: str, language: str | None) -> _T:
        return function(text)

    @wraps(function)
    def memoised(text: str) -> _T:
        if len(text) > LONGEST:
            return function(text)
        return cached(text, doclanguage.language())

    memoised.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    memoised.uncached = function  # type: ignore[attr-defined]
    return memoised
