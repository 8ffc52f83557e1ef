"""Distributed link checking: a check run's due URLs as jobs of one host each.

:func:`enqueue_check` starts a run as ``bibcheck check`` does (the same due
URLs, the same settings), groups the URLs by host (the engine's host key)
and queues a job per chunk of at most ``chunk`` URLs, with procrastinate's
``lock`` set to the host: a job does not start while another job of the same
host runs, anywhere in the fleet.  Hosts with most URLs are queued first.

:func:`check_host` runs one job on a worker: the URLs of its host the run
has not stored yet (a job run again after its worker died skips what was
stored), checked by the asynchronous engine under the run's settings, with
the worker's request slots (``bibcheck worker --concurrency``) taken for the
host's in-flight limit.  Observations are written in batches, "insert or do
nothing" keyed by (run, URL).  Before the job lets the host go, it waits the
run's minimum interval, so the next job of that host - on any worker - cannot
start a request sooner after this job's last one.

Soft-404 probe samples: a job reads the samples kept for its hosts (younger than
``probe_max_age_days``; kept by a ``bibcheck check`` on one machine or by an earlier
job) before it checks, and sends no probe for their path shapes; it writes the
samples it took in one batch when it ends - in a ``finally``, so a job cancelled
(a worker stopping) or failing keeps them too - through the same functions as a
single-machine run (:func:`~bibcheck.check.run.known_probes`,
:func:`~bibcheck.check.run.keep_probes`; two jobs writing one shape: the last write
wins, see :mod:`bibcheck.store.probes`).

A job whose engine found the network gone (the offline guard) stores
nothing it saw offline (no probe sample either) and fails, to be retried later
(by any worker).
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

import procrastinate

from bibcheck import __version__
from bibcheck.check.engine import CheckRunSummary, check_urls_async
from bibcheck.check.run import RunSettings, describe, keep_probes, known_probes, one_per_page
from bibcheck.check.settings import CheckSettings
from bibcheck.errors import BibcheckError
from bibcheck.fleet.jobs import CHECK, WorkerContext, blueprint, context_of
from bibcheck.fleet.payload import decode, encode
from bibcheck.model import LinkCheck
from bibcheck.net.soft404 import ProbeLedger, probe_key
from bibcheck.store import Store
from bibcheck.store.links import cited_urls, finish_run, iter_due_urls, save_checks, start_run
from bibcheck.urls import host_key

__all__ = ["CHUNK", "Enqueued", "check_host", "enqueue_check", "finish_drained_runs"]

CHUNK = 200  # URLs per job at most
DEFER_BATCH = 500  # jobs queued per statement
BATCH = 100
BATCH_SECONDS = 1.0


class NetworkGone(BibcheckError):
    """The worker lost the network during a job; the job is retried later."""


@dataclass(frozen=True, slots=True)
class Enqueued:
    run_id: str
    cited: int
    due: int
    hosts: int
    jobs: list[int]


def _plan(urls: Sequence[str], chunk: int) -> list[tuple[str, list[str]]]:
    """(host, URLs) per job: each host's URLs in chunks, the biggest hosts first."""
    by_host: dict[str, list[str]] = {}
    for url in urls:
        by_host.setdefault(host_key(url), []).append(url)
    order = sorted(by_host, key=lambda h: (-len(by_host[h]), h))
    return [(h, part) for h in order for part in _chunks(sorted(by_host[h]), chunk)]


def _chunks(urls: list[str], chunk: int) -> list[list[str]]:
    """``urls`` (sorted) in runs of about ``chunk``, the anchors of one page (``refs.html#a``,
    ``refs.html#b``) never split: a job fetches each page once (:func:`one_per_page`)."""
    parts: list[list[str]] = []
    for url in urls:
        if parts and (
            len(parts[-1]) < chunk or url.partition("#")[0] == parts[-1][-1].partition("#")[0]
        ):
            parts[-1].append(url)
        else:
            parts.append([url])
    return parts


def enqueue_check(
    app: procrastinate.App,
    store: Store,
    settings: RunSettings,
    *,
    refresh: bool = False,
    chunk: int = CHUNK,
    now: datetime | None = None,
) -> Enqueued:
    """Start a distributed run: record it, queue its due URLs by host."""
    now = now or datetime.now(UTC)
    finish_drained_runs(store)  # earlier runs queued with --no-wait
    cited = cited_urls(store)
    due = [
        u
        for u in iter_due_urls(
            store, now, settings.max_age, settings.max_age_failed, refresh=refresh
        )
        if settings.wants(u)
    ]
    plan = _plan(due, chunk)
    described = {**describe(settings, refresh), "distributed": True, "urls": len(due)}
    run_id = start_run(store, described, __version__, now)
    payload = encode(settings.check)
    new = [
        check_host.configure(lock=f"host:{host}").make_new_job(
            run_id=run_id, host=host, urls=cast(Any, urls), settings=payload
        )
        for host, urls in plan
    ]
    jobs: list[int] = []
    for i in range(0, len(new), DEFER_BATCH):
        done = app.job_manager.batch_defer_jobs(new[i : i + DEFER_BATCH])
        jobs.extend(j.id for j in done if j.id is not None)
    if not plan:
        finish_run(store, run_id, False, "", now)
    return Enqueued(run_id, len(cited), len(due), len({h for h, _ in plan}), jobs)


class _Writer:
    """Buffers a job's observations and writes them in batches through the worker's store."""

    def __init__(self, ctx: WorkerContext, run_id: str) -> None:
        self.ctx, self.run_id = ctx, run_id
        self.buffer: list[LinkCheck] = []
        self.stored = 0
        self.last = time.monotonic()
        self.pending: list[asyncio.Task[None]] = []

    def add(self, check: LinkCheck) -> None:
        self.buffer.append(check)
        if len(self.buffer) >= BATCH or time.monotonic() - self.last >= BATCH_SECONDS:
            self.pending.append(asyncio.ensure_future(self.flush()))

    async def flush(self) -> None:
        batch, self.buffer, self.last = self.buffer, [], time.monotonic()
        if batch:
            self.stored += await self.ctx.db(save_checks, self.run_id, batch)

    async def close(self) -> None:
        await asyncio.gather(*self.pending)
        await self.flush()


def _stored(store: Store, run_id: str, urls: list[str]) -> set[str]:
    sql = "select url from link_checks where run_id = ? and url = any(?)"
    return {r["url"] for r in store.query(sql, [run_id, urls])}


@blueprint.task(
    name="check_host",
    queue=CHECK,
    pass_context=True,
    retry=procrastinate.RetryStrategy(max_attempts=5, exponential_wait=4),
)
async def check_host(
    job: procrastinate.JobContext,
    run_id: str,
    host: str,
    urls: list[str],
    settings: dict[str, Any],
) -> str:
    ctx = context_of(job)
    run_settings = decode(CheckSettings, settings)
    done = await ctx.db(_stored, run_id, urls)
    todo = sorted(u for u in urls if u not in done)
    if not todo:
        return f"{host}: {len(urls)} already stored"
    # the anchors of one page are one fetch; its observation is stored for each of them
    siblings: dict[str, list[str]] = {}
    fetch = list(one_per_page(todo, siblings))
    width = max(1, min(run_settings.per_host, len(fetch), ctx.concurrency))
    engine_settings = _with_concurrency(run_settings, width)
    writer = _Writer(ctx, run_id)
    # the soft-404 probe samples kept for this job's hosts (by a run on one machine or
    # another job), and where the engine puts those it takes
    netlocs = {probe_key(url)[1] for url in fetch}
    probes = ProbeLedger(await ctx.db(known_probes, run_settings, datetime.now(UTC), netlocs))

    def store(check: LinkCheck) -> None:
        writer.add(check)
        for url in siblings.pop(check.url, ()):
            writer.add(dataclasses.replace(check, url=url))

    summary: CheckRunSummary | None = None
    async with ctx.slots.take(width):
        try:
            summary = await check_urls_async(
                fetch, engine_settings, on_result=store, expected=len(fetch), probes=probes
            )
        finally:
            try:
                await writer.close()
            finally:  # an interrupted job (cancelled, failed) keeps its samples too
                if summary is None or not summary.degraded:
                    await ctx.db(keep_probes, probes.taken)
    await asyncio.sleep(run_settings.min_interval)  # the host's interval, across jobs
    if summary.degraded:
        raise NetworkGone(f"{host}: {summary.degraded_reason}; the job is retried later")
    return f"{host}: {writer.stored} stored, {len(done)} already stored"


def _with_concurrency(settings: CheckSettings, width: int) -> CheckSettings:
    return dataclasses.replace(settings, concurrency=width)


def finish_drained_runs(store: Store) -> list[str]:
    """Close the distributed runs none of whose jobs is queued or running any more.

    Called by the command that waits for a run, by ``bibcheck status`` and when
    the next run is queued (a run queued with ``--no-wait`` is closed then).
    Returns the runs closed.  A run some of whose jobs failed for good is
    closed as degraded (its URLs were not all checked).
    """
    if not store.has_table("procrastinate_jobs"):
        return []
    sql = (
        "select r.id, "
        "(select count(*) from procrastinate_jobs j where j.args->>'run_id' = r.id "
        "and j.status in ('todo', 'doing')) as open, "
        "(select count(*) from procrastinate_jobs j where j.args->>'run_id' = r.id "
        "and j.status = 'failed') as failed "
        "from check_runs r where r.finished_at is null and r.settings like ?"
    )
    closed = []
    for row in store.query(sql, ['%"distributed": true%']):
        if row["open"]:
            continue
        reason = f"{row['failed']} jobs failed" if row["failed"] else ""
        finish_run(store, row["id"], bool(row["failed"]), reason, datetime.now(UTC))
        closed.append(row["id"])
    return closed
