"""The distributed side of ``ingest`` and ``check`` (``--distributed``), and waiting for jobs.

:mod:`bibcheck.fleet` needs the ``bibcheck[postgres]`` extra, so it is
imported here on first use (:func:`fleet_module`) rather than at the top:
every command works without the extra until it is asked to distribute.
"""

from __future__ import annotations

import importlib
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import click
from rich.console import Console

from bibcheck.cli.render import progress_bar
from bibcheck.errors import ExitCode, StoreError
from bibcheck.store import Store, open_db

__all__ = [
    "archive_distributed",
    "check_distributed",
    "fleet_module",
    "ingest_distributed",
    "wait_for_jobs",
]

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
    files = ingest.manuscripts(_with_chapters(paths))
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


def _with_chapters(paths: Sequence[Path]) -> list[Path]:
    """The paths, each book root file followed by the chapter files its book lists (a
    folder is walked whole by the fleet anyway)."""
    from bibcheck.books import find_book  # the readers load only when files are queued

    found: list[Path] = []
    for path in paths:
        found.append(path)
        book = None if path.is_dir() else find_book(path)
        if book is not None:
            click.echo(book.announcement(path))
            found.extend(book.chapters)
    return found


def _stored(store: Store, table: str, run_id: str) -> int:
    (row,) = store.query(f"select count(*) as n from {table} where run_id = ?", [run_id])
    return int(row["n"])


def check_distributed(
    console: Console, settings: Any, db_path: str, *, refresh: bool, chunk: int, wait: bool
) -> ExitCode:
    """Queue a check run's due URLs as jobs of one host each; wait for the queue to drain."""
    app_module, check = fleet_module("app"), fleet_module("check")
    store = open_db(db_path, create=False)
    app_module.ensure_schema(store)
    app: Any = app_module.make_app(db_path)
    with app.open():
        queued = check.enqueue_check(app, store, settings, refresh=refresh, chunk=chunk)
    click.echo(
        f"check run {queued.run_id}: {queued.due} of {queued.cited} cited URLs due, "
        f"{len(queued.jobs)} jobs over {queued.hosts} hosts queued ({store.location})"
    )
    if not wait or not queued.jobs:
        if queued.jobs:
            click.echo("the workers check them; `bibcheck status` shows the queue")
        return ExitCode.OK
    states = wait_for_jobs(console, store, queued.jobs, "Checking on the workers")
    check.finish_drained_runs(store)
    stored = _stored(store, "link_checks", queued.run_id)
    failed = states.get("failed", 0)
    click.echo(f"{stored} observations stored; {failed} jobs failed")
    if failed:
        click.echo(
            "some URLs were not checked (see `bibcheck status`); the next run checks them",
            err=True,
        )
    return ExitCode.INPUT if failed else ExitCode.OK


def archive_distributed(
    console: Console,
    settings: Any,
    db_path: str,
    *,
    all_urls: bool,
    save: bool,
    refresh: bool,
    wait: bool,
) -> ExitCode:
    """Queue the due archive lookups as jobs paced fleet-wide; wait for the queue to drain."""
    app_module, archive = fleet_module("app"), fleet_module("archive")
    store = open_db(db_path, create=False)
    app_module.ensure_schema(store)
    app: Any = app_module.make_app(db_path)
    run_id = uuid.uuid4().hex
    with app.open():
        queued = archive.enqueue_archive(
            app, store, settings, run_id, all_urls=all_urls, save=save, refresh=refresh
        )
    click.echo(
        f"archive run {run_id}: {queued.due} lookups due ({queued.selected} of "
        f"{queued.cited} cited URLs selected), {len(queued.jobs)} jobs queued"
    )
    if not wait or not queued.jobs:
        return ExitCode.OK
    states = wait_for_jobs(console, store, queued.jobs, "Archive lookups on the workers")
    stored = _stored(store, "archive_lookups", run_id)
    failed = states.get("failed", 0)
    click.echo(f"{stored} lookups stored; {failed} jobs failed")
    return ExitCode.INPUT if failed else ExitCode.OK
