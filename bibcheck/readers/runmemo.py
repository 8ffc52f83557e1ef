"""What one document's reading looked up once, kept for the rest of that reading.

A Pandoc document is scored before it is read, and both ask which bibliography the project
around it names (:func:`~bibcheck.readers.projectmeta.project_bibliography`): its
``_quarto.yml``, ``Makefile`` or ``build.bat`` would be read twice.  :func:`document_run`
opens a memo for one document's reading (:func:`bibcheck.manuscript.parse_bytes` holds it
open while it scores and reads the document), and :func:`memoised` gives, within it, the
value computed first for the same key -- a file's path and its modification time, so a
file written again is looked up again (and a document's text masked,
:func:`~bibcheck.readers.mask.mask`, which a dozen readers ask for).  The memo ends with
the reading: nothing is kept from one document to the next, and outside a reading every
call computes afresh.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TypeVar

__all__ = ["document_run", "memoised", "modified"]

_T = TypeVar("_T")
_MAX_ENTRIES = 64  # (a document looks up a few project files)
_MEMO: ContextVar[dict[Hashable, object] | None] = ContextVar("bibcheck_run_memo", default=None)


@contextmanager
def document_run() -> Iterator[None]:
    """A memo for the reading of one document, empty when it opens, gone when it ends."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def memoised(key: Hashable, compute: Callable[[], _T]) -> _T:
    """``compute()``, computed once for ``key`` within the reading of one document (every
    time outside one)."""
    memo = _MEMO.get()
    if memo is None:
        return compute()
    if key in memo:
        return memo[key]  # type: ignore[return-value]
    value = compute()
    if len(memo) < _MAX_ENTRIES:
        memo[key] = value
    return value


def modified(path: str) -> int | None:
    """The modification time of the file at ``path`` (nanoseconds), None when it has none."""
    try:
        return Path(path).stat().st_mtime_ns
    except (OSError, ValueError):
        return None
