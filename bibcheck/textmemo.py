"""A bounded memo for a pure predicate of a short text.

The readers each score a document before one reads it, and each asks of every line
whether it is a list's or a notes' heading (:func:`bibcheck.readers.common.is_literature_heading`
and its kin): some fifteen times per line, each time folding accents, dropping section
numbers and looking the key up in vocabularies of hundreds of words.  The answer depends on
the line's text alone, so :func:`text_memo` keeps it: a line is looked at once however many
readers ask.

Only a short text is kept (a heading is short, and a long line no heading: it is answered
afresh, never held), and no more than ``size`` of them (the least recently asked go first):
the memo holds two megabytes at the most, whatever the documents read.  It is for pure
functions only -- the same answer for the same text, whatever the document or its
language.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps

__all__ = ["LONGEST", "SIZE", "text_memo"]

SIZE = 1 << 14  # texts kept (a long document's lines: a reader's sweep fits)
LONGEST = 120  # characters: a longer text is answered afresh, never kept


def text_memo(function: Callable[[str], bool]) -> Callable[[str], bool]:
    """``function`` answering a text it answered before from a memo (module doc)."""
    cached = lru_cache(maxsize=SIZE)(function)

    @wraps(function)
    def memoised(text: str) -> bool:
        if len(text) > LONGEST:
            return function(text)
        return cached(text)

    memoised.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    memoised.uncached = function  # type: ignore[attr-defined]
    return memoised
