"""The shared backend: PostgreSQL through psycopg 3 (the ``bibcheck[postgres]`` extra).

The dialect differences, all of them here:

* placeholders: the store's ``?`` become psycopg's ``%s`` outside quoted
  strings and names, and every ``%`` becomes ``%%``;
* booleans are written as 0/1, as SQLite stores them (PostgreSQL will not cast
  a boolean into an integer column);
* the schema's steps are rendered as PostgreSQL DDL: ``str`` is ``TEXT COLLATE
  "C"`` (byte order, as SQLite sorts), ``int`` is ``BIGINT``, ``float`` is
  ``DOUBLE PRECISION``; a single integer primary key is an identity column
  (SQLite's ``INTEGER PRIMARY KEY``); statements marked ``sqlite`` are skipped;
* applied migrations are recorded in ``bibcheck_migrations``, written under a
  transaction-scoped advisory lock so that workers starting together migrate once;
* :meth:`PostgresStore.lock` is a transaction-scoped advisory lock.

The connection is in autocommit mode; :meth:`PostgresStore.atomic` opens a
transaction (a savepoint when nested).

Opening (:func:`open_postgres`) keeps the promises the SQLite backend makes
for a shared file, in PostgreSQL's terms:

* the database is looked at before anything is written to it: one holding
  other tables and no bibcheck migrations (another application's database) is
  refused untouched, and so is one written by a newer bibcheck;
* a read-only open (``show``, ``report``, ``export``) sets
  ``default_transaction_read_only`` for its session, so the server itself
  refuses any write, and a database that needs migrating is refused rather
  than migrated;
* a table or column missing is refused as damage
  (:func:`bibcheck.store.schema.schema_damage`);
* ``timeout`` is the session's ``lock_timeout``: waiting longer than that for
  another session's lock is an error saying so (PostgreSQL would wait forever);
* :func:`describe_error` says what a server error means (locked, disk full,
  read-only, permissions, damaged, connection lost) and what to do.
"""

from __future__ import annotations

import re
import threading
import zlib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg.rows import dict_row, tuple_row

from bibcheck.errors import StoreError
from bibcheck.lazyre import lazy_compile
from bibcheck.store.base import Params, Store
from bibcheck.store.schema import (
    MIGRATION_SET,
    MIGRATIONS,
    Column,
    ColumnType,
    Index,
    Step,
    Table,
    schema_damage,
)

__all__ = [
    "PostgresStore",
    "describe_error",
    "is_expected",
    "open_postgres",
    "redact",
    "render_step",
]

MIGRATIONS_TABLE = "bibcheck_migrations"
_TYPES: dict[ColumnType, str] = {str: 'TEXT COLLATE "C"', int: "BIGINT", float: "DOUBLE PRECISION"}
_NEUTRAL = {"text": "str", "bigint": "int", "double precision": "float"}
_TOKENS = lazy_compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    user = f"{parts.username}:***@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit(parts._replace(netloc=f"{user}{host}{port}"))


@lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """The store's SQL with psycopg placeholders."""

    def token(m: re.Match[str]) -> str:
        text = m.group(0)
        if text == "?":
            return "%s"
        return text.replace("%", "%%")  # psycopg reads % inside literals too

    return _TOKENS.sub(token, sql)


def _adapt(params: Params) -> Params:
    if params is None:
        return None
    if isinstance(params, dict):
        return {k: int(v) if isinstance(v, bool) else v for k, v in params.items()}
    return [int(v) if isinstance(v, bool) else v for v in params]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class PostgresStore(Store):
    dialect = "postgresql"
    migrations_table = MIGRATIONS_TABLE

    def __init__(self, url: str) -> None:
        self.url = url
        self.location = redact(url)
        self.conn = psycopg.connect(url, autocommit=True)
        self._mutex = threading.RLock()

    # -- the Store interface ------------------------------------------------

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        with self._mutex, self.conn.cursor(row_factory=dict_row) as cur:
            cur.execute(translate(sql), _adapt(params))
            rows = cur.fetchall() if cur.description is not None else []
        return iter(rows)

    def execute(self, sql: str, parameters: Params = None) -> Any:
        with self._mutex:
            cur = self.conn.cursor(row_factory=tuple_row)
            cur.execute(translate(sql), _adapt(parameters))
            return cur

    def atomic(self) -> AbstractContextManager[Any]:
        return self.conn.transaction()

    def insert_rows(
        self, table: str, rows: Iterable[Mapping[str, Any]], *, ignore: bool = False
    ) -> int:
        tail = " on conflict do nothing" if ignore else ""
        return self._write_many(table, rows, tail, ())

    def upsert_rows(
        self, table: str, rows: Iterable[Mapping[str, Any]], *, pk: str | tuple[str, ...]
    ) -> None:
        keys = (pk,) if isinstance(pk, str) else pk
        self._write_many(table, rows, "", keys)

    def _write_many(
        self, table: str, rows: Iterable[Mapping[str, Any]], tail: str, upsert: tuple[str, ...]
    ) -> int:
        groups: dict[tuple[str, ...], list[list[Any]]] = {}
        for row in rows:
            groups.setdefault(tuple(row), []).append([_bool(v) for v in row.values()])
        written = 0
        with self._mutex, self.conn.transaction(), self.conn.cursor() as cur:
            for cols, values in groups.items():
                sql = (
                    f"insert into {_quote(table)} ({', '.join(map(_quote, cols))}) "
                    f"values ({', '.join(['%s'] * len(cols))})"
                )
                if upsert:
                    others = [c for c in cols if c not in upsert]
                    sets = ", ".join(f"{_quote(c)} = excluded.{_quote(c)}" for c in others)
                    conflict = ", ".join(map(_quote, upsert))
                    sql += f" on conflict ({conflict}) " + (
                        f"do update set {sets}" if sets else "do nothing"
                    )
                sql += tail
                cur.executemany(sql, values)
                written += max(cur.rowcount, 0)
        return written

    def lock(self, key: str) -> None:
        self.execute("select pg_advisory_xact_lock(?)", [_lock_id(key)])

    def has_table(self, table: str) -> bool:
        row = self.execute("select to_regclass(?)", [_quote(table)]).fetchone()
        return row is not None and row[0] is not None

    def columns(self) -> dict[str, dict[str, str]]:
        sql = (
            "select table_name, column_name, data_type from information_schema.columns "
            "where table_schema = current_schema() and table_name not like 'procrastinate%' "
            "and table_name != ? order by table_name, ordinal_position"
        )
        found: dict[str, dict[str, str]] = {}
        for r in self.query(sql, [MIGRATIONS_TABLE]):
            cols = found.setdefault(r["table_name"], {})
            cols[r["column_name"]] = _NEUTRAL.get(r["data_type"], r["data_type"])
        return found

    def index_set(self) -> set[tuple[str, str, tuple[str, ...], bool]]:
        sql = (
            "select t.relname as tbl, i.relname as name, ix.indisunique as uniq, "
            "array(select a.attname from unnest(ix.indkey) with ordinality k(attnum, n) "
            "join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum "
            "order by k.n)::text[] as cols "
            "from pg_index ix join pg_class t on t.oid = ix.indrelid "
            "join pg_class i on i.oid = ix.indexrelid "
            "join pg_namespace ns on ns.oid = t.relnamespace "
            "where ns.nspname = current_schema() and not ix.indisprimary "
            "and t.relname not like 'procrastinate%'"
        )
        return {(r["tbl"], r["name"], tuple(r["cols"]), bool(r["uniq"])) for r in self.query(sql)}

    def close(self) -> None:
        self.conn.close()

    def resync_ids(self, table: str) -> None:
        seq = self.execute("select pg_get_serial_sequence(?, 'id')", [_quote(table)]).fetchone()
        if seq is None or seq[0] is None:
            return
        self.execute(
            f"select setval(?, coalesce((select max(id) from {_quote(table)}), 0) + 1, false)",
            [seq[0]],
        )

    # -- schema -------------------------------------------------------------

    def tables(self) -> set[str]:
        """Every table of the current schema (procrastinate's queue left out)."""
        sql = (
            "select table_name from information_schema.tables "
            "where table_schema = current_schema() and table_name not like 'procrastinate%'"
        )
        return {r["table_name"] for r in self.query(sql)}

    def applied(self) -> set[str]:
        """The bibcheck migrations recorded as applied (none when there is no record)."""
        if not self.has_table(MIGRATIONS_TABLE):
            return set()
        sql = f"select name from {MIGRATIONS_TABLE} where migration_set = ?"
        return {r["name"] for r in self.query(sql, [MIGRATION_SET])}

    def check_ours(self, *, create: bool) -> set[str]:
        """Refuse, before any write, a database that is not (or not yet) bibcheck's to use.

        Returns the applied migrations.
        """
        applied = self.applied()
        if not applied:
            others = sorted(self.tables() - {MIGRATIONS_TABLE})
            if others:
                raise StoreError(
                    f"{self.location}: not a bibcheck database (it holds other tables: "
                    f"{', '.join(others[:5])}); it was left untouched: give another --db "
                    "(a database of its own)"
                )
            if not create:
                raise StoreError(
                    f"{self.location}: no bibcheck data there; run `bibcheck ingest FILE --db "
                    "...` first (or give the right --db)"
                )
        _refuse_newer(applied)
        return applied

    def check_schema(self) -> None:
        """Every table and column this version uses is there (a damaged database is refused)."""
        damage = schema_damage(self.columns())
        if damage:
            raise StoreError(
                f"{self.location}: the database is damaged: {damage} "
                "(restore a backup, or start a new database with another --db)"
            )

    def migrate(self) -> None:
        """Apply the pending migrations; refuse a database of a newer bibcheck."""
        with self.atomic():
            self.lock("bibcheck:migrate")
            self.execute(
                f"create table if not exists {MIGRATIONS_TABLE} (migration_set text, "
                "name text, applied_at text, primary key (migration_set, name))"
            )
            applied = self.applied()
            _refuse_newer(applied)  # again, under the lock: another process may have migrated
            for migration in MIGRATIONS:
                if migration.name in applied:
                    continue
                for step in migration.steps:
                    for sql in render_step(step):
                        self.execute(sql)
                self.execute(
                    f"insert into {MIGRATIONS_TABLE} values (?, ?, ?)",
                    [MIGRATION_SET, migration.name, datetime.now(UTC).isoformat()],
                )


def _refuse_newer(applied: set[str]) -> None:
    unknown = applied - {m.name for m in MIGRATIONS}
    if unknown:
        raise StoreError(
            "this database was written by a newer bibcheck "
            f"(unknown migrations: {', '.join(sorted(unknown))}); upgrade bibcheck"
        )


def _bool(value: Any) -> Any:
    return int(value) if isinstance(value, bool) else value


def _lock_id(key: str) -> int:
    """A signed 64-bit advisory lock id for ``key`` (stable across processes)."""
    return zlib.crc32(key.encode()) | (0x5BC << 32)


def render_step(step: Step) -> list[str]:
    """PostgreSQL DDL for one schema step."""
    if isinstance(step, Table):
        pk = (step.pk,) if isinstance(step.pk, str) else step.pk
        identity = len(pk) == 1 and step.columns.get(pk[0]) is int
        cols = []
        for name, tp in step.columns.items():
            extra = " generated by default as identity" if identity and name == pk[0] else ""
            cols.append(f"{_quote(name)} {_TYPES[tp]}{extra}")
        cols.append(f"primary key ({', '.join(map(_quote, pk))})")
        for col, other, other_col in step.foreign_keys:
            cols.append(
                f"foreign key ({_quote(col)}) references {_quote(other)} ({_quote(other_col)})"
            )
        return [f"create table {_quote(step.name)} ({', '.join(cols)})"]
    if isinstance(step, Column):
        default = ""
        if step.not_null_default is not None:
            default = f" not null default {_literal(step.not_null_default)}"
        return [
            f"alter table {_quote(step.table)} add column {_quote(step.name)} "
            f"{_TYPES[step.type]}{default}"
        ]
    if isinstance(step, Index):
        unique = "unique " if step.unique else ""
        names = ", ".join(map(_quote, step.columns))
        return [f"create {unique}index {_quote(step.name)} on {_quote(step.table)} ({names})"]
    if step.only in (None, "postgresql"):
        return [translate(step.sql).replace("%%", "%")]
    return []


def _literal(value: Any) -> str:
    if isinstance(value, bool | int | float):
        return str(int(value) if isinstance(value, bool) else value)
    return "'" + str(value).replace("'", "''") + "'"


def open_postgres(
    url: str, *, create: bool, readonly: bool = False, timeout: float | None = None
) -> Store:
    """Connect, look, and migrate (see the module's notes).

    With ``create=False`` a database without bibcheck data is an error; with
    ``readonly=True`` (which implies it) the session cannot write, and a
    database that needs migrating is refused.
    """
    try:
        store = PostgresStore(url)
    except psycopg.Error as exc:
        raise StoreError(f"{redact(url)}: cannot connect ({_first_line(exc)})") from None
    try:
        if readonly:
            store.execute("select set_config('default_transaction_read_only', 'on', false)")
        if timeout is not None:
            millis = f"{max(1, round(timeout * 1000))}ms"
            store.execute("select set_config('lock_timeout', ?, false)", [millis])
        applied = store.check_ours(create=create and not readonly)
        if readonly:
            pending = [m.name for m in MIGRATIONS if m.name not in applied]
            if pending:
                raise StoreError(
                    f"{store.location}: written by an older bibcheck (migrations "
                    f"{', '.join(pending)} not applied); run `bibcheck ingest` once to "
                    "upgrade it, then retry"
                )
        else:
            store.migrate()
        store.check_schema()
    except psycopg.Error as exc:
        store.close()
        raise StoreError(f"{store.location}: {describe_error(exc)}") from None
    except BaseException:
        store.close()
        raise
    return store


_LOCKED = ("55P03", "40P01", "40001", "57014")  # lock timeout, deadlock, serialization, cancel
_DAMAGED = ("42P01", "42703")  # undefined table, undefined column


def describe_error(exc: psycopg.Error) -> str:
    """What a PostgreSQL error means for the user, and what to do about it."""
    text = _first_line(exc)
    state = exc.sqlstate or ""
    if state in _LOCKED:
        return (
            f"the database is locked ({text}): another bibcheck or program holds a lock "
            "on it; wait until it finishes and run the command again"
        )
    if state == "53100":
        return (
            f"the database server's disk is full ({text}): free some space and run the "
            "command again (what was stored before is kept)"
        )
    if state == "25006":
        return f"the database cannot be written ({text}): a read-only server or session"
    if state == "42501":
        return f"the database cannot be used ({text}): check the user's privileges"
    if state in _DAMAGED:
        return f"the database is damaged ({text}): restore a backup or use another --db"
    if isinstance(exc, psycopg.OperationalError):
        return (
            f"the database server could not be used ({text}): check that it is running "
            "and reachable, then run the command again"
        )
    return f"the database refused a request ({text})"


def is_expected(exc: psycopg.Error) -> bool:
    """An error of the database or the server (exit 2), rather than of bibcheck (a bug)?"""
    state = exc.sqlstate or ""
    return (
        isinstance(exc, psycopg.OperationalError)
        or state in _LOCKED + _DAMAGED
        or state in ("53100", "25006", "42501")
    )


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
