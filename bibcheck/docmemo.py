"""A memo for the reading of one document: what it asks again, answered once.

Some answers are asked for many times while one document is read and cannot change within
that reading: a project file the document's bibliography is named in (read when the
document is scored and again when it is read), the document's masked text (asked for by a
dozen readers), a pure reading of an entry's text (cleaned some twenty times an entry).
:class:`DocumentMemo` keeps them for that reading only: :meth:`~DocumentMemo.reading` opens
the memo, empty, and it is gone when the reading ends -- nothing is kept from one document
to the next, and outside a reading every call computes afresh.  A memo keeps at most
``size`` answers (the first asked), whatever the texts' length.

Each user declares its own memo, with its scope and its bound: the readers' run memo
(:mod:`bibcheck.readers.runmemo`, opened by :func:`bibcheck.manuscript.parse_bytes`) and the
memo of an entry's readings (:mod:`bibcheck.parse.references.entrymemo`, opened with the
document's language).  For values that cannot change (strings, numbers, tuples, frozen
records) only.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import TypeVar

__all__ = ["DocumentMemo"]

_T = TypeVar("_T")


class DocumentMemo:
    """One memo for each document's reading (module doc): ``name`` names its context
    variable, ``size`` bounds the answers one reading keeps."""

    __slots__ = ("_memo", "size")

    def __init__(self, name: str, size: int) -> None:
        self._memo: ContextVar[dict[Hashable, object] | None] = ContextVar(name, default=None)
        self.size = size

    @contextmanager
    def reading(self) -> Iterator[None]:
        """A memo for the reading of one document, empty when it opens, gone when it ends."""
        token = self._memo.set({})
        try:
            yield
        finally:
            self._memo.reset(token)

    def memoised(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """``compute()``, computed once for ``key`` within the reading of one document
        (every time outside one): ``memo.memoised(("project", path, mtime), read)``."""
        memo = self._memo.get()
        if memo is None:
            return compute()
        if key in memo:
            return memo[key]  # type: ignore[return-value]
        value = compute()
        if len(memo) < self.size:
            memo[key] = value
        return value

    def of_text(self, function: Callable[[str], _T]) -> Callable[[str], _T]:
        """``function`` of a text answering a text it answered before in the same reading
        from the memo (a decorator: ``@memo.of_text`` over ``def clean(text: str) -> str``);
        ``.uncached`` is ``function`` itself."""
        var, size = self._memo, self.size

        @wraps(function)
        def memoised(text: str) -> _T:
            memo = var.get()
            if memo is None:
                return function(text)
            key = (memoised, text)
            if key in memo:
                return memo[key]  # type: ignore[return-value]
            value = function(text)
            if len(memo) < size:
                memo[key] = value
            return value

        memoised.uncached = function  # type: ignore[attr-defined]
        return memoised
