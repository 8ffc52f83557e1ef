"""Commands for a shared database and a worker fleet: ``db copy``, ``worker``, ``status``.

The fleet itself (:mod:`bibcheck.fleet`) needs the ``bibcheck[postgres]``
extra; it is imported when one of these commands runs, so every other command
works without it.
"""

from __future__ import annotations

import logging
from typing import Any

import click
from rich.table import Table

from bibcheck.cli.commands import _console, cli, db_option
from bibcheck.cli.fleetrun import fleet_module
from bibcheck.errors import ExitCode
from bibcheck.store import open_db
from bibcheck.store.copy import copy_store


@cli.group("db")
def db_group() -> None:
    """Manage databases (copy a SQLite database into PostgreSQL)."""


@db_group.command("copy")
@click.option("--from", "source", required=True, help="Database to read (file or URL).")
@click.option("--to", "target", required=True, help="Database to write (file or URL).")
def db_copy(source: str, target: str) -> ExitCode:
    """Copy every document, observation and lookup from one database into another.

    Rows already in the target are kept (copying twice stores each row once).

    Example: bibcheck db copy --from bibcheck.db --to postgresql://me@dbhost/bibcheck
    """
    src = open_db(source, create=False)
    dst = open_db(target)
    try:

        def shown(table: str, read: int, written: int) -> None:
            click.echo(f"{table}: {read} rows read, {written} written")

        copy_store(src, dst, on_table=shown)
    finally:
        src.close()
        dst.close()
    click.echo(f"copied {src.location} -> {dst.location}")
    return ExitCode.OK


@cli.command()
@db_option
@click.option(
    "--concurrency",
    type=click.IntRange(1),
    default=32,
    show_default=True,
    help="Requests in flight across this worker's jobs.",
)
@click.option("--jobs", type=click.IntRange(1), help="Jobs at once [the concurrency].")
@click.option(
    "--queue",
    "queues",
    multiple=True,
    type=click.Choice(["check", "archive", "ingest"]),
    help="Serve only these queues (repeatable) [all].",
)
@click.option("--name", default="", help="Worker name in logs and status [host-pid].")
@click.option(
    "--heartbeat", type=click.FloatRange(0.1), default=5.0, show_default=True, hidden=True
)
@click.option(
    "--stalled-after",
    type=click.FloatRange(1.0),
    default=30.0,
    show_default=True,
    help="Seconds without a heartbeat after which a worker's jobs go to the others.",
)
@click.option("--once", is_flag=True, help="Stop when the queues are empty.")
@click.option("-v", "--verbose", is_flag=True, help="Log every job.")
def worker(
    db_path: str,
    concurrency: int,
    jobs: int | None,
    queues: tuple[str, ...],
    name: str,
    heartbeat: float,
    stalled_after: float,
    once: bool,
    verbose: bool,
) -> ExitCode:
    """Run jobs of the fleet (checks, archive lookups, parsing) until stopped.

    Start one or more on every machine, all with the same PostgreSQL --db.
    SIGINT/SIGTERM stops a worker after its running jobs; a worker killed
    outright has its jobs taken over by the others after --stalled-after.

    Example: bibcheck worker --db postgresql://bibcheck@dbhost/bibcheck --concurrency 64
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
    )
    worker_module: Any = fleet_module("worker")
    jobs_module: Any = fleet_module("jobs")
    chosen = tuple(f"bibcheck-{q}" for q in queues) or jobs_module.QUEUES
    settings = worker_module.WorkerSettings(
        concurrency=concurrency,
        jobs=jobs,
        queues=chosen,
        name=name,
        heartbeat=heartbeat,
        stalled_after=stalled_after,
        sweep_every=max(1.0, min(5.0, stalled_after / 4)),
        wait=not once,
    )
    worker_module.run_worker(db_path, settings)
    return ExitCode.OK


@cli.command()
@db_option
@click.option("--hosts", type=click.IntRange(0), default=20, show_default=True)
def status(db_path: str, hosts: int) -> ExitCode:
    """Show the fleet's jobs: queued, running, failed, per task and per host; its workers.

    Example: bibcheck status --db postgresql://bibcheck@dbhost/bibcheck
    """
    status_module: Any = fleet_module("status")
    store = open_db(db_path, create=False)
    found = status_module.fleet_status(store, hosts=hosts)
    finished = fleet_module("check").finish_drained_runs(store)
    console = _console()
    table = Table("task", "queued", "running", "failed", "done", title="Jobs")
    for task, counts in sorted(found.by_task.items()):
        table.add_row(
            task,
            str(counts.get("todo", 0)),
            str(counts.get("doing", 0)),
            str(counts.get("failed", 0)),
            str(counts.get("succeeded", 0)),
        )
    console.print(table)
    if found.by_host:
        per_host = Table("host", "queued", "running", "failed", title="Per host")
        for host, counts in found.by_host.items():
            per_host.add_row(
                host,
                str(counts.get("todo", 0)),
                str(counts.get("doing", 0)),
                str(counts.get("failed", 0)),
            )
        console.print(per_host)
    for job_id, task, what in found.failures:
        console.print(f"failed: job {job_id} {task} {what}")
    console.print(f"workers: {len(found.workers)} with a heartbeat")
    for run_id in finished:
        console.print(f"check run {run_id} finished (its queue drained)")
    return ExitCode.OK
