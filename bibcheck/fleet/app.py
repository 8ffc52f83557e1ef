"""The procrastinate app of a fleet database, and its queue schema.

procrastinate keeps its jobs in its own tables in the same PostgreSQL
database as the store; :func:`ensure_schema` creates them on first use
(under the same advisory lock as the store's migrations, so workers starting
together create them once).
"""

from __future__ import annotations

import procrastinate
from procrastinate.schema import SchemaManager

from bibcheck.errors import StoreError
from bibcheck.fleet import archive, check, ingest  # noqa: F401 - they declare the tasks
from bibcheck.fleet.jobs import blueprint, pg
from bibcheck.store import Store, is_postgres_url

__all__ = ["ensure_schema", "make_app"]


def make_app(url: str, *, pool_size: int = 4) -> procrastinate.App:
    """An app on the database at ``url`` with every bibcheck task."""
    if not is_postgres_url(url):
        raise StoreError(
            "the worker fleet needs a PostgreSQL database: give --db postgresql://user@host/dbname "
            "(or set BIBCHECK_DB); a SQLite file is checked by one process"
        )
    connector = procrastinate.PsycopgConnector(conninfo=url, min_size=1, max_size=max(2, pool_size))
    app = procrastinate.App(connector=connector)
    if not _FIRST:  # adding renames the blueprint's tasks: add them once per process
        app.add_tasks_from(blueprint, namespace="bibcheck")
        _FIRST.append(app)
    else:
        app.tasks.update({n: t for n, t in _FIRST[0].tasks.items() if n.startswith("bibcheck:")})
    return app


_FIRST: list[procrastinate.App] = []  # the app the tasks were first added to


def ensure_schema(store: Store) -> None:
    """Create procrastinate's tables in the store's database unless they exist."""
    with store.atomic():
        store.lock("bibcheck:migrate")
        if store.has_table("procrastinate_jobs"):
            return
        pg(store).conn.execute(SchemaManager.get_schema())
