"""A memo, for the reading of one document, of the pure readings of an entry's or a
note's text.

Some questions are asked of the same text many times in one document's parse:
:func:`.shared.clean` some twenty times an entry (each field's reading cleans the same
rest), the access date twice (the fields and the GOST reader), whether the text cites an
archive's file or a legal source two or three times (the reading, the kind, the list's
index, the repeats' pass).  Each answer is a function of the text alone within one
document's reading (whose language, :mod:`.doclanguage`, is fixed), so :func:`entry_memo`
keeps it for that reading: a text is read once however often it is asked about.

:func:`reading` opens the memo (:func:`.doclanguage.written_in` opens one with each
document's reading) and it ends with the reading: nothing is kept from one document to
the next, and outside a reading every call computes afresh, as a reference parsed on its
own always did.  A reading keeps at most :data:`SIZE` answers, whatever the text's length
(a bound on length would read a long text afresh each time it is asked about while a
short one is read once: the work would grow faster than the text).  For pure functions
returning values that cannot change (strings, numbers, tuples, frozen records) only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import TypeVar

__all__ = ["SIZE", "entry_memo", "reading"]

SIZE = 50_000  # answers kept in one reading (some five for each of 10,000 entries)

_T = TypeVar("_T")
_MEMO: ContextVar[dict[tuple[object, str], object] | None] = ContextVar(
    "bibcheck_entry_memo", default=None
)


@contextmanager
def reading() -> Iterator[None]:
    """A memo for the reading of one document, empty when it opens, gone when it ends."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def entry_memo(function: Callable[[str], _T]) -> Callable[[str], _T]:
    """``function`` answering a text it answered before in the same reading from the
    reading's memo (module doc)."""

    @wraps(function)
    def memoised(text: str) -> _T:
        memo = _MEMO.get()
        if memo is None:
            return function(text)
        key = (memoised, text)
        if key in memo:
            return memo[key]  # type: ignore[return-value]
        value = function(text)
        if len(memo) < SIZE:
            memo[key] = value
        return value

    memoised.uncached = function  # type: ignore[attr-defined]
    return memoised
