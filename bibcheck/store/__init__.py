"""SQLite storage through sqlite-utils: the only package that writes SQL.

``open_db`` opens (or creates) a database, turns on foreign keys and applies
the migrations.  Documents are stored by :mod:`bibcheck.store.documents`.

Sharing a database file between processes is safe:

* every connection waits for a lock up to :data:`BUSY_TIMEOUT` seconds instead
  of failing at once, and the switch to WAL (which needs a moment alone with
  the file) is retried;
* migrations run inside one ``BEGIN IMMEDIATE`` transaction, so two commands
  opening a fresh database at once do not both create the tables;
* a file that is not a bibcheck database (another program's SQLite file), or
  one written by a newer bibcheck, is refused *before* anything is written to
  it: no table created, no WAL switch;
* read-only commands (``show``, ``report``, ``export``) open the file with
  ``mode=ro``: they cannot write to it, and a database that needs migrating is
  refused rather than changed;
* a damaged schema (a table or column missing) is refused with a message, and
  :func:`describe_error` turns SQLite's "locked", "disk full" and I/O errors
  into a sentence saying what to do.
"""

from __future__ import annotations

import sqlite3
import time
from functools import lru_cache
from pathlib import Path

from sqlite_utils import Database

from bibcheck.errors import StoreError
from bibcheck.store.schema import SCHEMA_VERSION, migrate, migrations

DEFAULT_DB = "bibcheck.db"
BUSY_TIMEOUT = 30.0  # seconds a connection waits for another process's lock

__all__ = ["BUSY_TIMEOUT", "DEFAULT_DB", "SCHEMA_VERSION", "describe_error", "open_db"]


def open_db(
    path: str | Path | None = None,
    *,
    memory: bool = False,
    create: bool = True,
    readonly: bool = False,
    timeout: float | None = None,
) -> Database:
    """Open the database at ``path`` (default ``bibcheck.db``), migrated to this version.

    With ``create=False`` a missing file is an error rather than a new, empty
    database (a mistyped ``--db`` must not make a report look healthy).  With
    ``readonly=True`` (which implies ``create=False``) nothing is ever written:
    the file must be a bibcheck database of this version, else StoreError.
    """
    timeout = BUSY_TIMEOUT if timeout is None else timeout
    if memory:
        db = Database(memory=True)
        db.execute("PRAGMA foreign_keys = ON")
        migrate(db)
        return db
    target = Path(path or DEFAULT_DB)
    if target.is_dir():
        raise StoreError(f"{target}: is a directory, not a database file")
    if (readonly or not create) and not target.exists():
        raise StoreError(
            f"{target}: no such database; run `bibcheck ingest FILE` first (or give the right --db)"
        )
    try:
        if readonly:
            return _open_readonly(target, timeout)
        return _open_writable(target, timeout)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{target}: {describe_error(exc)}") from None


def _connect_readonly(target: Path, timeout: float) -> Database:
    uri = target.resolve().as_uri() + "?mode=ro"
    return Database(sqlite3.connect(uri, uri=True, timeout=timeout))


def _open_readonly(target: Path, timeout: float) -> Database:
    db = _connect_readonly(target, timeout)
    try:
        _check_ours(db, target, empty_ok=False)
        pending = [m.name for m in migrations.pending(db)]
        if pending:
            raise StoreError(
                f"{target}: written by an older bibcheck (migrations {', '.join(pending)} "
                "not applied); run `bibcheck ingest` once to upgrade it, then retry"
            )
        _check_schema(db, target)
    except BaseException:
        db.close()
        raise
    return db


def _open_writable(target: Path, timeout: float) -> Database:
    if target.exists() and target.stat().st_size > 0:
        # Look before touching: a foreign or newer database is refused unchanged.
        probe = _connect_readonly(target, timeout)
        try:
            _check_ours(probe, target, empty_ok=True)
        finally:
            probe.close()
    db = Database(sqlite3.connect(str(target), timeout=timeout))
    try:
        db.execute("PRAGMA foreign_keys = ON")
        _switch_to_wal(db, timeout)
        _migrate_alone(db, target)
        _check_schema(db, target)
    except BaseException:
        db.close()
        raise
    return db


def _tables(db: Database) -> set[str]:
    rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


def _check_ours(db: Database, target: Path, *, empty_ok: bool) -> None:
    """Refuse a file that is not a bibcheck database, or is from a newer bibcheck."""
    tables = _tables(db)
    if not tables:
        if empty_ok:
            return
        raise StoreError(
            f"{target}: an empty database: run `bibcheck ingest FILE --db {target}` first"
        )
    ours = migrations.migrations_table in tables
    applied = {m.name for m in migrations.applied(db)} if ours else set()
    if not applied:
        raise StoreError(
            f"{target}: not a bibcheck database (it holds other tables: "
            f"{', '.join(sorted(tables)[:5])}); it was left untouched: give another --db"
        )
    unknown = applied - {m.name for m in migrations._migrations}
    if unknown:
        raise StoreError(
            f"{target}: this database was written by a newer bibcheck "
            f"(unknown migrations: {', '.join(sorted(unknown))}); upgrade bibcheck"
        )


def _switch_to_wal(db: Database, timeout: float) -> None:
    """WAL lets readers and one writer share the file; switching needs it alone: retry."""
    deadline = time.monotonic() + timeout
    delay = 0.01
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.5)


def _migrate_alone(db: Database, target: Path) -> None:
    """Apply pending migrations holding the write lock, so no other process races us."""
    if not migrations.pending(db) and migrations.migrations_table in _tables(db):
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        migrate(db)  # nested transactions become savepoints
        db.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise


@lru_cache(maxsize=1)
def _expected_schema() -> dict[str, frozenset[str]]:
    """Tables and columns of a database migrated by this version."""
    db = Database(memory=True)
    migrate(db)
    found = {t.name: frozenset(t.columns_dict) for t in db.tables}
    db.close()
    return found


def _check_schema(db: Database, target: Path) -> None:
    """Every table and column this version uses is there (a damaged file is refused)."""
    actual = _tables(db)
    for table, columns in sorted(_expected_schema().items()):
        if table not in actual:
            raise StoreError(
                f"{target}: the database is damaged: table {table!r} is missing "
                "(restore a backup, or start a new database with another --db)"
            )
        have = set(db.table(table).columns_dict)
        missing = sorted(columns - have)
        if missing:
            raise StoreError(
                f"{target}: the database is damaged: table {table!r} lacks column(s) "
                f"{', '.join(missing)} (restore a backup, or start a new database)"
            )


def describe_error(exc: sqlite3.Error) -> str:
    """What a SQLite error means for the user, and what to do about it."""
    text = str(exc)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return (
            f"the database is locked ({text}): another bibcheck or program is writing to it; "
            "wait until it finishes and run the command again"
        )
    if "full" in lowered:
        return (
            f"the disk is full ({text}): free some space and run the command again "
            "(what was stored before is kept)"
        )
    if "readonly" in lowered or "read-only" in lowered:
        return f"the database cannot be written ({text}): check the file's permissions"
    if "i/o" in lowered:
        return (
            f"the database could not be written or read ({text}): check free space, "
            "file size limits and the disk, then run the command again"
        )
    if "no such table" in lowered or "no such column" in lowered or "malformed" in lowered:
        return f"the database is damaged ({text}): restore a backup or use another --db"
    return f"not a usable SQLite database ({text})"
