"""The distributed side of ``ingest`` and ``check`` (``--distributed``), and waiting for jobs.

:mod:`bibcheck.fleet` needs the ``bibcheck[postgres]`` extra, so it is
imported here on first use (:func:`fleet_module`) rather than at the top:
every command works without the extra until it is asked to distribute.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import click
from rich.console import Console

from bibcheck.cli.render import progress_bar
from bibcheck.errors import ExitCode, StoreError
from bibcheck.store import Store, open_db

__all__ = ["fleet_module", "ingest_distributed", "wait_for_jobs"]

POLL = 0.5
EXTRA = {"psycopg", "psycopg_pool", "procrastinate"}  # what `bibcheck[postgres]` brings


def fleet_module(name: str = "") -> ModuleType:
    """``bibcheck.fleet[.name]``, or a clear error when the extra is not installed."""
    try:
        return importlib.import_module("bibcheck.fleet" + (f".{name}" if name else ""))
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in EXTRA:
            raise
        raise StoreError(
            f"the worker fleet needs the postgres extra ({exc.name} is missing); "
            "install it with: pip install 'bibcheck[postgres]'"
        ) from None


def job_states(store: Store, ids: Sequence[int]) -> dict[str, int]:
    sql = (
        "select status::text as status, count(*) as n from procrastinate_jobs "
        "where id = any(?) group by status"
    )
    return {r["status"]: r["n"] for r in store.query(sql, [list(ids)])}


def wait_for_jobs(console: Console, store: Store, ids: Sequence[int], label: str) -> dict[str, int]:
    """Show progress until none of the jobs is queued or running; returns jobs per status."""
    with progress_bar(console, label) as on_progress:
        while True:
            states = job_states(store, ids)
            open_jobs = states.get("todo", 0) + states.get("doing", 0)
            on_progress(len(ids) - open_jobs, len(ids))
            if not open_jobs:
                return states
            time.sleep(POLL)


def ingest_distributed(
    console: Console,
    paths: Sequence[Path],
    *,
    reader: str | None,
    bibliography: Sequence[Path],
    links: str,
    db_path: str,
    wait: bool,
) -> ExitCode:
    """Queue one parse job per manuscript (files, and the files under directories)."""
    app_module, ingest = fleet_module("app"), fleet_module("ingest")
    store = open_db(db_path)
    app_module.ensure_schema(store)
    files = ingest.manuscripts(paths)
    missing = [p for p in files if not p.exists()]
    if missing:
        raise StoreError(f"{missing[0]}: no such file")
    app: Any = app_module.make_app(db_path)
    with app.open():
        ids = ingest.enqueue_ingest(
            app, files, reader=reader, bibliography=bibliography, links=links
        )
    click.echo(f"queued {len(ids)} manuscripts for the workers ({store.location})")
    if not wait or not ids:
        return ExitCode.OK
    states = wait_for_jobs(console, store, ids, "Parsing on the workers")
    failed = states.get("failed", 0)
    click.echo(f"{states.get('succeeded', 0)} parsed, {failed} failed")
    if failed:
        click.echo("see `bibcheck status` for the files that failed", err=True)
    return ExitCode.INPUT if failed else ExitCode.OK
