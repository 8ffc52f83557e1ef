"""The procrastinate blueprint every fleet task is declared on, and what a job may use.

A worker opens one :class:`WorkerContext` (its own store connection, its
limits) and hands it to every job through procrastinate's job context.
Store calls are synchronous (psycopg); jobs run them in a thread so that the
event loop, which serves every other job of the worker, never waits on the
database.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

import procrastinate

from bibcheck.errors import StoreError
from bibcheck.store import Store
from bibcheck.store.postgres import PostgresStore

__all__ = ["CHECK", "ARCHIVE", "INGEST", "QUEUES", "WorkerContext", "blueprint", "context_of", "pg"]

CHECK, ARCHIVE, INGEST = "bibcheck-check", "bibcheck-archive", "bibcheck-ingest"
QUEUES = (CHECK, ARCHIVE, INGEST)

blueprint = procrastinate.Blueprint()

T = TypeVar("T")


class Slots:
    """A counting semaphore from which a job takes several slots at once."""

    def __init__(self, total: int) -> None:
        self.total = self.free = total
        self.changed = asyncio.Condition()

    @asynccontextmanager
    async def take(self, n: int) -> AsyncIterator[None]:
        n = min(n, self.total)
        async with self.changed:
            await self.changed.wait_for(lambda: self.free >= n)
            self.free -= n
        try:
            yield
        finally:
            async with self.changed:
                self.free += n
                self.changed.notify_all()


@dataclass
class WorkerContext:
    """What one worker process shares among its jobs."""

    store: Store
    concurrency: int  # requests in flight across all jobs of this worker
    name: str = "worker"
    slots: Slots = field(init=False)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def __post_init__(self) -> None:
        self.slots = Slots(self.concurrency)

    async def db(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a store call in a thread, one at a time (one connection per worker)."""
        async with self.lock:
            return await asyncio.to_thread(fn, self.store, *args, **kwargs)


def pg(store: Store) -> PostgresStore:
    """The fleet's store: PostgreSQL only."""
    if not isinstance(store, PostgresStore):
        raise StoreError(
            "the worker fleet needs a PostgreSQL database: give --db postgresql://user@host/"
            "dbname (or set BIBCHECK_DB); a SQLite file is checked by one process"
        )
    return store


def context_of(job: procrastinate.JobContext) -> WorkerContext:
    found = job.additional_context.get("bibcheck")
    if not isinstance(found, WorkerContext):
        raise StoreError("this job must run in `bibcheck worker`")
    return found
