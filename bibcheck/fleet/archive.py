"""Distributed archive lookups, paced by one rate for the whole fleet.

:func:`enqueue_archive` selects the URLs exactly as ``bibcheck archive``
does and queues them in jobs of at most ``chunk`` lookups.  On a worker,
:func:`look_up` runs them one after another with an archive client whose
gate is :class:`FleetGate`: every request start to an archive is taken in
the shared ``rates`` row of that archive (one request per ``min_interval``
across all workers), and a 429/503 with Retry-After blocks the archive for
every worker (:mod:`bibcheck.fleet.rates`).  Lookups are stored keyed by
(run, URL): a job run again skips what was stored.  An archive that fails
``UNREACHABLE_AFTER`` lookups in a row fails the job, to be retried later.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

import procrastinate

from bibcheck.archive.client import ArchiveClient, ArchiveGate
from bibcheck.archive.lookup import Job, Looker
from bibcheck.archive.run import UNREACHABLE_AFTER, plan_archive
from bibcheck.archive.save import SavePageNow
from bibcheck.archive.settings import ArchiveSettings
from bibcheck.errors import BibcheckError
from bibcheck.fleet import rates
from bibcheck.fleet.jobs import ARCHIVE, WorkerContext, blueprint, context_of
from bibcheck.fleet.payload import decode, encode
from bibcheck.model import ArchiveOutcome
from bibcheck.store import Store
from bibcheck.store.archives import save_lookup

__all__ = ["FleetGate", "enqueue_archive", "look_up"]

CHUNK = 25
# Starts are spaced by the interval plus this margin, counted from the moment a
# request went out (the network adds a little jitter on the way).
DISPATCH_MARGIN = 0.02
LEASE = 30.0  # a start taken is held this long at most (a worker dying with it)
DEFER_BATCH = 500


class ArchiveUnreachable(BibcheckError):
    """The archive failed several lookups in a row; the job is retried later."""


@dataclass(frozen=True, slots=True)
class ArchiveEnqueued:
    run_id: str
    cited: int
    selected: int
    due: int
    jobs: list[int]


def enqueue_archive(
    app: procrastinate.App,
    store: Store,
    settings: ArchiveSettings,
    run_id: str,
    *,
    all_urls: bool = False,
    save: bool = False,
    refresh: bool = False,
    chunk: int = CHUNK,
) -> ArchiveEnqueued:
    """Queue the due lookups in chunks; ``run_id`` keys the lookups of this run."""
    plan = plan_archive(
        store, settings, all_urls=all_urls, save=save, refresh=refresh, now=datetime.now(UTC)
    )
    payload = encode(settings)
    new = [
        look_up.configure().make_new_job(
            run_id=run_id,
            jobs=cast(Any, [encode(j) for j in plan.jobs[i : i + chunk]]),
            settings=payload,
            save=save,
        )
        for i in range(0, len(plan.jobs), chunk)
    ]
    ids: list[int] = []
    for i in range(0, len(new), DEFER_BATCH):
        done = app.job_manager.batch_defer_jobs(new[i : i + DEFER_BATCH])
        ids.extend(j.id for j in done if j.id is not None)
    return ArchiveEnqueued(run_id, plan.cited, plan.selected, len(plan.jobs), ids)


class FleetGate(ArchiveGate):
    """An :class:`ArchiveGate` whose pacing is shared by the whole fleet."""

    def __init__(self, ctx: WorkerContext, settings: ArchiveSettings) -> None:
        super().__init__(settings.min_interval, settings.archive_hosts())
        self.ctx = ctx
        self.background: set[asyncio.Task[None]] = set()
        self.held: dict[str, float] = {}  # archive key -> token of the start taken

    @asynccontextmanager
    async def request(self, host: str) -> AsyncIterator[None]:
        key = "archive:" + self.key(host)
        while True:  # a 429 seen by any worker meanwhile holds this one too
            wait, token = await self.ctx.db(rates.take, key, LEASE)
            if token is not None:
                break
            await asyncio.sleep(wait)
        self.held[key] = token
        self.starts.setdefault(self.key(host), []).append(self.monotonic())
        try:
            yield
        finally:
            if self.held.pop(key, None) is not None:  # never went out
                self._later(rates.release, key, token, self.min_interval)

    def sent(self, host: str) -> None:
        key = "archive:" + self.key(host)
        token = self.held.pop(key, None)
        if token is not None:
            self._later(rates.release, key, token, self.min_interval + DISPATCH_MARGIN)

    def cool_down(self, host: str, seconds: float) -> None:
        self._later(rates.block, "archive:" + self.key(host), seconds)

    async def wait_retry(self, host: str, seconds: float) -> None:
        await self.ctx.db(rates.block, "archive:" + self.key(host), seconds)

    def _later(self, fn: Any, *args: Any) -> None:
        task = asyncio.ensure_future(self.ctx.db(fn, *args))
        self.background.add(task)
        task.add_done_callback(self.background.discard)

    async def drain(self) -> None:
        await asyncio.gather(*self.background)


def _stored(store: Store, run_id: str, urls: list[str]) -> set[str]:
    sql = "select url from archive_lookups where run_id = ? and url = any(?)"
    return {r["url"] for r in store.query(sql, [run_id, urls])}


@blueprint.task(
    name="archive_lookups",
    queue=ARCHIVE,
    pass_context=True,
    retry=procrastinate.RetryStrategy(max_attempts=5, exponential_wait=10),
)
async def look_up(
    job: procrastinate.JobContext,
    run_id: str,
    jobs: list[dict[str, Any]],
    settings: dict[str, Any],
    save: bool,
) -> str:
    ctx = context_of(job)
    archive_settings = decode(ArchiveSettings, settings)
    wanted = [decode(Job, j) for j in jobs]
    done = await ctx.db(_stored, run_id, [j.url for j in wanted])
    gate = FleetGate(ctx, archive_settings)
    client = ArchiveClient(archive_settings, clock=lambda: datetime.now(UTC), gate=gate)
    looker = Looker(client, lambda: datetime.now(UTC), SavePageNow(client) if save else None)
    stored = failed_in_a_row = 0
    try:
        for item in wanted:
            if item.url in done:
                continue
            lookup = await looker.look_up(item)
            failed = lookup.outcome is ArchiveOutcome.LOOKUP_FAILED
            failed_in_a_row = failed_in_a_row + 1 if failed else 0
            if failed_in_a_row >= UNREACHABLE_AFTER:
                raise ArchiveUnreachable(
                    f"the archive failed {failed_in_a_row} lookups in a row ({lookup.detail})"
                )
            stored += await ctx.db(save_lookup, lookup, run_id)
    finally:
        await gate.drain()
        await client.close()
    return f"{stored} lookups stored, {len(done)} already stored"
