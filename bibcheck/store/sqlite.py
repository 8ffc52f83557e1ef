"""The embedded backend: SQLite through sqlite-utils (the default, nothing to install).

:class:`SqliteStore` *is* a sqlite-utils ``Database`` (so sqlite-utils' own
API stays at hand for tests and tools) that also implements
:class:`bibcheck.store.base.Store`.  The schema's migrations are applied with
sqlite-utils' ``Migrations``, recorded in its ``_sqlite_migrations`` table
under the names they always had.

Sharing a database file between processes is safe (:func:`open_sqlite`):

* every connection waits for a lock up to ``timeout`` seconds instead of
  failing at once, and the switch to WAL (which needs a moment alone with the
  file) is retried;
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
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from bibcheck.errors import StoreError
from bibcheck.store.base import Store
from bibcheck.store.schema import (
    MIGRATION_SET,
    MIGRATIONS,
    Column,
    Index,
    Migration,
    Statement,
    Step,
    Table,
    schema_damage,
)

__all__ = ["SqliteStore", "describe_error", "migrate", "migrations", "open_sqlite"]

_NEUTRAL = {"TEXT": "str", "INTEGER": "int", "FLOAT": "float", "REAL": "float"}


class SqliteStore(Database, Store):
    dialect = "sqlite"
    migrations_table = Migrations.migrations_table

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        memory: bool = False,
        conn: sqlite3.Connection | None = None,
    ) -> None:
        if memory:
            super().__init__(memory=True)
            self.location = ":memory:"
        elif conn is not None:  # opened with a busy timeout, or read-only
            super().__init__(conn)
            self.location = str(path)
        else:
            super().__init__(path)
            self.location = str(path)

    @contextmanager
    def atomic(self) -> Iterator[SqliteStore]:
        """A transaction that takes the write lock when it begins (``BEGIN IMMEDIATE``,
        waiting up to the busy timeout); nested blocks are savepoints.

        A deferred ``BEGIN`` that reads first and writes later fails at once with
        "database is locked" when another process wrote in between (WAL cannot move a
        reader's snapshot): two ``bibcheck ingest`` into one file must both succeed."""
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "readonly" not in str(exc).replace(" ", "").lower():
                raise
            self.conn.execute("BEGIN")  # a read-only file: nothing to lock
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def insert_rows(
        self, table: str, rows: Iterable[Mapping[str, Any]], *, ignore: bool = False
    ) -> int:
        """Rows of one shape and plain values (the codec's rows) are written with one
        ``executemany``: a check run writes thousands of observations, and
        sqlite-utils' generic insert costs more per batch than the rows themselves.
        Anything else (a table not created yet, mixed columns, values sqlite-utils
        converts, such as lists) goes through sqlite-utils."""
        batch = [dict(r) for r in rows]
        before = self.conn.total_changes
        if not batch:
            return 0
        if not _plain(batch) or not self._insert_plain(table, batch, ignore):
            self.table(table).insert_all(batch, ignore=ignore)
        return self.conn.total_changes - before

    def _insert_plain(self, table: str, batch: list[dict[str, Any]], ignore: bool) -> bool:
        """Insert ``batch`` with one ``executemany``; False if ``table`` does not exist."""
        columns = list(batch[0])
        sql = (
            f'insert {"or ignore " if ignore else ""}into "{table}" '
            f"({', '.join(f'[{c}]' for c in columns)}) values ({', '.join('?' * len(columns))})"
        )
        values = [tuple(r.values()) for r in batch]
        try:
            if self.conn.in_transaction:
                self.conn.executemany(sql, values)
            else:
                with self.conn:  # committed, as sqlite-utils' insert_all would
                    self.conn.executemany(sql, values)
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return False
            raise
        return True

    def upsert_rows(
        self, table: str, rows: Iterable[Mapping[str, Any]], *, pk: str | tuple[str, ...]
    ) -> None:
        self.table(table).upsert_all((dict(r) for r in rows), pk=pk)

    def lock(self, key: str) -> None:
        return None  # one writer at a time already

    def has_table(self, table: str) -> bool:
        return bool(self.table(table).exists())

    def columns(self) -> dict[str, dict[str, str]]:
        found: dict[str, dict[str, str]] = {}
        for name in self.table_names():
            if name.startswith(("_sqlite", "sqlite_")):
                continue
            cols = self.execute(f'pragma table_info("{name}")').fetchall()
            found[name] = {c[1]: _NEUTRAL.get(str(c[2]).upper(), str(c[2])) for c in cols}
        return found

    def index_set(self) -> set[tuple[str, str, tuple[str, ...], bool]]:
        found = set()
        for table in self.columns():
            for _seq, name, unique, origin, *_ in self.execute(f'pragma index_list("{table}")'):
                if origin != "c":  # "pk"/"u": made by the table's own definition
                    continue
                cols = tuple(r[2] for r in self.execute(f'pragma index_info("{name}")'))
                found.add((table, name, cols, bool(unique)))
        return found


_PLAIN = (str, int, float, bytes, type(None))  # what sqlite3 stores as it is (bool: an int)
_PLAIN_TYPES = frozenset(_PLAIN)


def _plain(batch: list[dict[str, Any]]) -> bool:
    """Do all rows have the first row's columns, in its order, and only plain values?"""
    keys = list(batch[0])
    for r in batch:  # plain loops: a generator per row cost more than the check itself
        if list(r) != keys:
            return False
        for v in r.values():
            if type(v) not in _PLAIN_TYPES and not isinstance(v, _PLAIN):
                return False
    return True


def _apply(db: Database, step: Step) -> None:
    if isinstance(step, Table):
        db.table(step.name).create(
            dict(step.columns), pk=step.pk, foreign_keys=list(step.foreign_keys)
        )
    elif isinstance(step, Column):
        db.table(step.table).add_column(
            step.name, step.type, not_null_default=step.not_null_default
        )
    elif isinstance(step, Index):
        db.table(step.table).create_index(
            list(step.columns), index_name=step.name, unique=step.unique
        )
    elif isinstance(step, Statement):
        if step.only in (None, "sqlite"):
            db.execute(step.sql)


def _migration_function(migration: Migration) -> Any:
    def apply(db: Database) -> None:
        for step in migration.steps:
            _apply(db, step)

    apply.__name__ = migration.name
    return apply


migrations = Migrations(MIGRATION_SET)
for _migration in MIGRATIONS:
    migrations()(_migration_function(_migration))


def migrate(db: Database) -> None:
    """Bring ``db`` up to this version's schema; refuse a newer one."""
    known = {m.name for m in migrations._migrations}
    applied = {m.name for m in migrations.applied(db)}
    unknown = applied - known
    if unknown:
        raise StoreError(
            "this database was written by a newer bibcheck "
            f"(unknown migrations: {', '.join(sorted(unknown))}); upgrade bibcheck"
        )
    migrations.apply(db)


def open_sqlite(
    path: str | Path | None,
    *,
    memory: bool,
    create: bool,
    default: str,
    readonly: bool = False,
    timeout: float,
) -> Store:
    """Open (or create) the SQLite database at ``path``, see the module's notes.

    With ``create=False`` a missing file is an error; with ``readonly=True``
    (which implies it) nothing is ever written: the file must be a bibcheck
    database of this version, else StoreError.
    """
    if memory:
        db = SqliteStore(memory=True)
        db.execute("PRAGMA foreign_keys = ON")
        migrate(db)
        return db
    target = Path(path or default)
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


def _connect_readonly(target: Path, timeout: float) -> SqliteStore:
    uri = target.resolve().as_uri() + "?mode=ro"
    return SqliteStore(target, conn=sqlite3.connect(uri, uri=True, timeout=timeout))


def _open_readonly(target: Path, timeout: float) -> SqliteStore:
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


def _open_writable(target: Path, timeout: float) -> SqliteStore:
    if target.exists() and target.stat().st_size > 0:
        # Look before touching: a foreign or newer database is refused unchanged.
        probe = _connect_readonly(target, timeout)
        try:
            _check_ours(probe, target, empty_ok=True)
        finally:
            probe.close()
    db = SqliteStore(target, conn=sqlite3.connect(str(target), timeout=timeout))
    try:
        db.execute("PRAGMA foreign_keys = ON")
        _switch_to_wal(db, timeout)
        _migrate_alone(db)
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


def _migrate_alone(db: Database) -> None:
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


def _check_schema(db: SqliteStore, target: Path) -> None:
    """Every table and column this version uses is there (a damaged file is refused)."""
    damage = schema_damage(db.columns())
    if damage:
        raise StoreError(
            f"{target}: the database is damaged: {damage} "
            "(restore a backup, or start a new database with another --db)"
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
