"""Storage: the only package that writes SQL.

``open_db`` opens (or creates) a database and applies the migrations: a
SQLite file through sqlite-utils (the default), or, given a
``postgresql://user@host/dbname`` URL, a shared PostgreSQL database (the
``bibcheck[postgres]`` extra).  Both are a :class:`~bibcheck.store.base.Store`;
see :mod:`bibcheck.store.base` for how the queries stay one set.  Documents
are stored by :mod:`bibcheck.store.documents`.

Sharing a database between processes is safe on both backends (the details
are in :mod:`bibcheck.store.sqlite` and :mod:`bibcheck.store.postgres`):

* a connection waits for another process's lock up to :data:`BUSY_TIMEOUT`
  seconds, then fails with a clear error instead of failing at once (SQLite)
  or waiting forever (PostgreSQL);
* migrations are applied by one process at a time;
* a database that is not bibcheck's (another program's tables), or one
  written by a newer bibcheck, is refused *before* anything is written to it;
* read-only commands (``show``, ``report``, ``export``) open it read-only
  (``readonly=True``): they cannot write to it, and a database that needs
  migrating is refused rather than changed;
* a damaged schema (a table or column missing) is refused with a message, and
  :func:`describe_error` turns "locked", "disk full" and the like into a
  sentence saying what to do.
"""

from __future__ import annotations

import importlib
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

from bibcheck.errors import StoreError
from bibcheck.store.base import Store, is_postgres_url
from bibcheck.store.schema import SCHEMA_VERSION

DEFAULT_DB = "bibcheck.db"
ENV_VAR = "BIBCHECK_DB"
BUSY_TIMEOUT = 30.0  # seconds a connection waits for another process's lock

__all__ = [
    "BUSY_TIMEOUT",
    "DEFAULT_DB",
    "ENV_VAR",
    "SCHEMA_VERSION",
    "Store",
    "database_error",
    "describe_error",
    "is_postgres_url",
    "open_db",
]


def open_db(
    path: str | Path | None = None,
    *,
    memory: bool = False,
    create: bool = True,
    readonly: bool = False,
    timeout: float | None = None,
) -> Store:
    """Open the database at ``path`` (default ``bibcheck.db``), migrated to this version.

    ``path`` may be a ``postgresql://`` URL.  With ``create=False`` a missing
    file (a PostgreSQL database without bibcheck data) is an error rather than
    a new, empty database (a mistyped ``--db`` must not make a report look
    healthy).  With ``readonly=True`` (which implies ``create=False``) nothing
    is ever written: it must be a bibcheck database of this version, else
    StoreError.  ``timeout`` (default :data:`BUSY_TIMEOUT`) is how long to
    wait for another process's lock.
    """
    timeout = BUSY_TIMEOUT if timeout is None else timeout
    if is_postgres_url(path):
        store: Store = _postgres().open_postgres(
            str(path), create=create, readonly=readonly, timeout=timeout
        )
        return store
    from bibcheck.store.sqlite import open_sqlite  # sqlite-utils: loaded on first open

    return open_sqlite(
        path, memory=memory, create=create, default=DEFAULT_DB, readonly=readonly, timeout=timeout
    )


def database_error(exc: BaseException) -> str | None:
    """What a database error means for the user (see :func:`describe_error`), or None.

    None when ``exc`` is not the database's doing: a PostgreSQL error that
    points at bibcheck itself (a malformed query) stays a bug.
    """
    if isinstance(exc, sqlite3.Error):
        from bibcheck.store.sqlite import describe_error as describe_sqlite_error

        return describe_sqlite_error(exc)
    psycopg = sys.modules.get("psycopg")  # loaded only when a PostgreSQL store was opened
    if psycopg is not None and isinstance(exc, psycopg.Error):
        backend = _postgres()
        if backend.is_expected(exc):
            return str(backend.describe_error(exc))
    return None


def describe_error(exc: BaseException) -> str:
    """What a SQLite or PostgreSQL error means for the user, and what to do about it."""
    return database_error(exc) or f"the database failed ({type(exc).__name__}: {exc})"


def _postgres() -> ModuleType:
    """The PostgreSQL backend, imported only when asked for (an optional extra)."""
    try:
        return importlib.import_module("bibcheck.store.postgres")
    except ImportError as exc:
        raise StoreError(
            f"PostgreSQL support is not installed ({exc.name} is missing); "
            "install it with: pip install 'bibcheck[postgres]'"
        ) from None
