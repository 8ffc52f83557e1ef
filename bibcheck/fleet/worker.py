"""``bibcheck worker``: run fleet jobs until stopped.

A worker is a procrastinate worker with bibcheck's tasks, its own store
connection (:class:`~bibcheck.fleet.jobs.WorkerContext`) and one more duty:
every ``sweep_every`` seconds, one worker of the fleet (whichever takes the
advisory lock first) looks for jobs held by workers whose heartbeat is older
than ``stalled_after`` - a worker that was killed (SIGKILL, power loss),
froze or lost its network - and puts them back in the queue, where the
others pick them up.  A job run again stores nothing twice (observations
are keyed by run and URL) and skips what was already stored.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from dataclasses import dataclass

import procrastinate

from bibcheck.errors import BibcheckError
from bibcheck.fleet.app import ensure_schema, make_app
from bibcheck.fleet.jobs import QUEUES, WorkerContext
from bibcheck.store import Store, open_db

__all__ = ["WorkerSettings", "run_worker", "sweep_stalled"]

log = logging.getLogger("bibcheck.fleet")

SWEEP_LOCK = "bibcheck:sweep-stalled"


@dataclass(frozen=True, slots=True)
class WorkerSettings:
    concurrency: int = 32  # requests in flight across all jobs of this worker
    jobs: int | None = None  # jobs at once (default: the concurrency)
    queues: tuple[str, ...] = QUEUES
    name: str = ""
    heartbeat: float = 5.0  # seconds between heartbeats
    stalled_after: float = 30.0  # a worker silent this long is presumed dead
    sweep_every: float = 5.0
    wait: bool = True  # False: stop when the queues are empty


def default_name() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def _try_lock(store: Store) -> bool:
    return bool(
        store.execute("select pg_try_advisory_lock(hashtext(?))", [SWEEP_LOCK]).fetchone()[0]
    )


def _unlock(store: Store) -> None:
    store.execute("select pg_advisory_unlock(hashtext(?))", [SWEEP_LOCK])


async def sweep_stalled(app: procrastinate.App, ctx: WorkerContext, stalled_after: float) -> int:
    """Put the jobs of silent workers back in the queue; returns how many.

    One sweeper at a time (a session advisory lock), so a job is never put
    back twice while another worker already took it up again.
    """
    if not await ctx.db(_try_lock):
        return 0
    try:
        retried = 0
        for job in await app.job_manager.get_stalled_jobs(seconds_since_heartbeat=stalled_after):
            try:
                await app.job_manager.retry_job(job)
            except Exception as exc:  # noqa: BLE001 - it finished or was retried meanwhile
                log.info("job %s not put back: %s", job.id, exc)
                continue
            retried += 1
            log.warning("job %s (%s) of a silent worker put back in the queue", job.id, job.lock)
        await app.job_manager.prune_stalled_workers(stalled_after)
        return retried
    finally:
        await ctx.db(_unlock)


async def _sweeper(app: procrastinate.App, ctx: WorkerContext, settings: WorkerSettings) -> None:
    while True:
        await asyncio.sleep(settings.sweep_every)
        try:
            await sweep_stalled(app, ctx, settings.stalled_after)
        except Exception as exc:  # noqa: BLE001 - the next sweep tries again
            log.warning("stalled-job sweep failed: %s", exc)


async def _run(url: str, settings: WorkerSettings) -> None:
    store = open_db(url)
    ensure_schema(store)
    name = settings.name or default_name()
    ctx = WorkerContext(store, settings.concurrency, name)
    jobs = settings.jobs or settings.concurrency
    app = make_app(url, pool_size=4)
    async with app.open_async():
        sweeper = asyncio.create_task(_sweeper(app, ctx, settings))
        try:
            await app.run_worker_async(
                queues=list(settings.queues),
                name=name,
                concurrency=jobs,
                wait=settings.wait,
                additional_context={"bibcheck": ctx},
                update_heartbeat_interval=settings.heartbeat,
                stalled_worker_timeout=settings.stalled_after,
                fetch_job_polling_interval=1.0,
                shutdown_graceful_timeout=30.0,
            )
        finally:
            sweeper.cancel()
            store.close()


class _ShortInputErrors(logging.Filter):
    """A job that failed on bad input (a file no reader reads) is logged without a traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], BibcheckError):
            record.msg = f"{record.msg} ({record.exc_info[1]})"
            record.exc_info = None
        return True


def run_worker(url: str, settings: WorkerSettings) -> None:
    """Run a worker on the database at ``url`` until SIGINT/SIGTERM (or, without wait, idle)."""
    logging.getLogger("procrastinate.worker").addFilter(_ShortInputErrors())
    asyncio.run(_run(url, settings))
