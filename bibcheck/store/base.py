"""The store interface: what every module above the store may ask of a database.

Two backends implement it: :class:`bibcheck.store.sqlite.SqliteStore` (the
embedded default, a sqlite-utils ``Database``) and
:class:`bibcheck.store.postgres.PostgresStore` (psycopg 3, the
``bibcheck[postgres]`` extra).  The queries of the store modules are written
once, in the SQL both databases understand:

* ``?`` placeholders (the PostgreSQL backend rewrites them to ``%s``);
* identifiers that are keywords quoted with double quotes (``"references"``);
* ``insert ... on conflict do nothing`` / ``on conflict (pk) do update`` through
  :meth:`Store.insert_rows` and :meth:`Store.upsert_rows`;
* no ``rowid`` (positions are columns of their own);
* booleans written as 0/1 (the codec's rows, adapted by each backend).

What differs between the dialects lives in the two backend modules only.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any

__all__ = ["Store", "is_postgres_url"]

Params = Sequence[Any] | dict[str, Any] | None


def is_postgres_url(location: object) -> bool:
    """Does ``--db`` name a PostgreSQL database (rather than a SQLite file)?"""
    return isinstance(location, str) and location.startswith(("postgresql://", "postgres://"))


class Store(ABC):
    """A bibcheck database, whichever the engine."""

    #: ``sqlite`` or ``postgresql``
    dialect: str = ""
    #: where the data is, for messages (a path, or a URL without its password)
    location: str = ""
    #: the table recording the applied migrations
    migrations_table: str = ""

    @abstractmethod
    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        """Run ``sql`` and return its rows as dicts (the statement runs at once)."""

    @abstractmethod
    def execute(self, sql: str, parameters: Params = None) -> Any:
        """Run ``sql``; returns a DB-API cursor (rows as tuples)."""

    @abstractmethod
    def atomic(self) -> AbstractContextManager[Any]:
        """A transaction (nested blocks are savepoints)."""

    @abstractmethod
    def insert_rows(
        self, table: str, rows: Iterable[Mapping[str, Any]], *, ignore: bool = False
    ) -> int:
        """Insert rows; with ``ignore`` a row whose key exists is left out.

        Returns how many rows were really inserted.
        """

    @abstractmethod
    def upsert_rows(
        self, table: str, rows: Iterable[Mapping[str, Any]], *, pk: str | tuple[str, ...]
    ) -> None:
        """Insert rows, replacing the other columns of a row whose ``pk`` exists."""

    @abstractmethod
    def lock(self, key: str) -> None:
        """Inside a transaction: wait until no other writer holds ``key``, until commit.

        PostgreSQL takes a transaction-scoped advisory lock; SQLite serialises
        writers anyway and does nothing.
        """

    @abstractmethod
    def columns(self) -> dict[str, dict[str, str]]:
        """Table -> column -> neutral type (``str``, ``int``, ``float``), migrations left out."""

    @abstractmethod
    def index_set(self) -> set[tuple[str, str, tuple[str, ...], bool]]:
        """Every index as (table, name, columns, unique), primary keys left out."""

    @abstractmethod
    def close(self) -> None: ...

    def resync_ids(self, table: str) -> None:
        """After rows were written with explicit ids: the next assigned id follows them."""
        return None  # SQLite assigns max(id) + 1 anyway

    def count(self, table: str) -> int:
        sql = f'select count(*) as n from "{table}"'
        return int(next(iter(self.query(sql)))["n"])

    @abstractmethod
    def has_table(self, table: str) -> bool: ...
