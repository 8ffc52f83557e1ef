"""The embedded backend: SQLite through sqlite-utils (the default, nothing to install).

:class:`SqliteStore` *is* a sqlite-utils ``Database`` (so sqlite-utils' own
API stays at hand for tests and tools) that also implements
:class:`bibcheck.store.base.Store`.  The schema's migrations are applied with
sqlite-utils' ``Migrations``, recorded in its ``_sqlite_migrations`` table
under the names they always had.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
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
)

__all__ = ["SqliteStore", "migrate", "migrations"]

_NEUTRAL = {"TEXT": "str", "INTEGER": "int", "FLOAT": "float", "REAL": "float"}


class SqliteStore(Database, Store):
    dialect = "sqlite"
    migrations_table = Migrations.migrations_table

    def __init__(self, path: str | Path | None = None, *, memory: bool = False) -> None:
        if memory:
            super().__init__(memory=True)
            self.location = ":memory:"
        else:
            super().__init__(path)
            self.location = str(path)

    def insert_rows(
        self, table: str, rows: Iterable[Mapping[str, Any]], *, ignore: bool = False
    ) -> int:
        before = self.conn.total_changes
        self.table(table).insert_all((dict(r) for r in rows), ignore=ignore)
        return self.conn.total_changes - before

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


def open_sqlite(path: str | Path | None, *, memory: bool, create: bool, default: str) -> Store:
    try:
        if memory:
            db = SqliteStore(memory=True)
        else:
            target = Path(path or default)
            if target.is_dir():
                raise StoreError(f"{target}: is a directory, not a database file")
            if not create and not target.exists():
                raise StoreError(
                    f"{target}: no such database; run `bibcheck ingest FILE` first "
                    "(or give the right --db)"
                )
            db = SqliteStore(target)
        db.execute("PRAGMA foreign_keys = ON")
        if not memory:
            db.execute("PRAGMA journal_mode = WAL")
        migrate(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a usable SQLite database ({exc})") from None
    return db
