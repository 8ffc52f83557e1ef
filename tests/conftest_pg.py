"""PostgreSQL fixtures: a throwaway cluster per session, a fresh database per module.

When PostgreSQL cannot be started, every test using these fixtures is skipped
with the reason; the SQLite suite runs regardless.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bibcheck.store import Store, open_db
from tests.pgserver import PgServer, PgUnavailable

_state: dict[str, object] = {}


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    if "error" in _state:
        pytest.skip(str(_state["error"]))
    try:
        server = PgServer().start()
    except PgUnavailable as exc:
        _state["error"] = f"PostgreSQL unavailable: {exc}"
        pytest.skip(str(_state["error"]))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def pg_url(pg_server: PgServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh database for this test module."""
    url = pg_server.create_database(request.module.__name__.rsplit(".", 1)[-1])
    yield url
    pg_server.drop_database(url)


def empty_pg(url: str) -> Store:
    """The module's database opened and emptied of bibcheck rows (schema kept)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:  # a test may have faked a newer schema
        if conn.execute("select to_regclass('bibcheck_migrations')").fetchone()[0]:
            conn.execute("delete from bibcheck_migrations where name like 'm999%'")
    store = open_db(url)
    names = ", ".join(f'"{t}"' for t in store.columns())
    store.execute(f"truncate {names} restart identity cascade")
    return store


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store on each backend (the PostgreSQL one skipped if unavailable)."""
    if request.param == "sqlite":
        db = open_db(tmp_path / "store.db")
    else:
        db = empty_pg(request.getfixturevalue("pg_url"))
    yield db
    db.close()
