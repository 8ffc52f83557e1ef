"""Rows back into records, with damage said plainly.

A row another program (or a failing disk) has changed -- a malformed JSON
list, an unknown enum value, a dangling reference -- must not surface as a
traceback: it becomes a :class:`~bibcheck.errors.StoreError` naming the table.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from bibcheck.codec import from_row
from bibcheck.errors import StoreError

T = TypeVar("T")

_DAMAGE = (ValueError, TypeError, KeyError, IndexError)


def damaged(what: str, exc: BaseException) -> StoreError:
    return StoreError(
        f"the database is damaged: {what} cannot be read ({type(exc).__name__}: {exc}); "
        "restore a backup, or ingest again into a new database (another --db)"
    )


def read_row(cls: type[T], row: Mapping[str, Any], table: str, **given: Any) -> T:
    """:func:`bibcheck.codec.from_row`, a damaged row raising StoreError."""
    try:
        return from_row(cls, row, **given)
    except _DAMAGE as exc:
        raise damaged(f"a row of table {table!r}", exc) from None


@contextmanager
def reading(what: str) -> Iterator[None]:
    """Turn the errors a damaged row causes while ``what`` is rebuilt into StoreError."""
    try:
        yield
    except _DAMAGE as exc:
        raise damaged(what, exc) from None
