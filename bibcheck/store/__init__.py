"""Storage: the only package that writes SQL.

``open_db`` opens (or creates) a database and applies the migrations: a
SQLite file through sqlite-utils (the default), or, given a
``postgresql://user@host/dbname`` URL, a shared PostgreSQL database (the
``bibcheck[postgres]`` extra).  Both are a :class:`~bibcheck.store.base.Store`;
see :mod:`bibcheck.store.base` for how the queries stay one set.  Documents
are stored by :mod:`bibcheck.store.documents`.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

from bibcheck.errors import StoreError
from bibcheck.store.base import Store, is_postgres_url
from bibcheck.store.schema import SCHEMA_VERSION
from bibcheck.store.sqlite import open_sqlite

DEFAULT_DB = "bibcheck.db"
ENV_VAR = "BIBCHECK_DB"

__all__ = ["DEFAULT_DB", "ENV_VAR", "SCHEMA_VERSION", "Store", "is_postgres_url", "open_db"]


def open_db(path: str | Path | None = None, *, memory: bool = False, create: bool = True) -> Store:
    """Open the database at ``path`` (default ``bibcheck.db``), migrated to this version.

    ``path`` may be a ``postgresql://`` URL.  With ``create=False`` a missing
    file (an empty PostgreSQL database) is an error rather than a new, empty
    database (a mistyped ``--db`` must not make a report look healthy).
    """
    if is_postgres_url(path):
        store: Store = _postgres().open_postgres(str(path), create=create)
        return store
    return open_sqlite(path, memory=memory, create=create, default=DEFAULT_DB)


def _postgres() -> ModuleType:
    """The PostgreSQL backend, imported only when asked for (an optional extra)."""
    try:
        return importlib.import_module("bibcheck.store.postgres")
    except ImportError as exc:
        raise StoreError(
            f"PostgreSQL support is not installed ({exc.name} is missing); "
            "install it with: pip install 'bibcheck[postgres]'"
        ) from None
