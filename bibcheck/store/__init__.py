"""SQLite storage through sqlite-utils: the only package that writes SQL.

``open_db`` opens (or creates) a database, turns on foreign keys and applies
the migrations.  Documents are stored by :mod:`bibcheck.store.documents`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from bibcheck.errors import StoreError
from bibcheck.store.schema import SCHEMA_VERSION, migrate

DEFAULT_DB = "bibcheck.db"

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "open_db"]


def open_db(
    path: str | Path | None = None, *, memory: bool = False, create: bool = True
) -> Database:
    """Open the database at ``path`` (default ``bibcheck.db``), migrated to this version.

    With ``create=False`` a missing file is an error rather than a new, empty
    database (a mistyped ``--db`` must not make a report look healthy).
    """
    try:
        if memory:
            db = Database(memory=True)
        else:
            target = Path(path or DEFAULT_DB)
            if target.is_dir():
                raise StoreError(f"{target}: is a directory, not a database file")
            if not create and not target.exists():
                raise StoreError(
                    f"{target}: no such database; run `bibcheck ingest FILE` first "
                    "(or give the right --db)"
                )
            db = Database(target)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL") if not memory else None
        migrate(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a usable SQLite database ({exc})") from None
    return db
