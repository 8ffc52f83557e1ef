"""``bibcheck status``: the fleet's queues, per task and per host, and its workers.

Read from procrastinate's tables (``procrastinate_jobs``: a job's queue,
task, lock - the host, for check jobs -, status and attempts;
``procrastinate_workers``: heartbeats) in the shared database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bibcheck.fleet.jobs import pg
from bibcheck.store import Store

__all__ = ["FleetStatus", "fleet_status"]

STATES = ("todo", "doing", "succeeded", "failed", "cancelled", "aborted")


@dataclass(frozen=True, slots=True)
class FleetStatus:
    by_task: dict[str, dict[str, int]]  # task -> status -> jobs
    by_host: dict[str, dict[str, int]]  # host -> status -> jobs (queued, running, failed only)
    workers: list[tuple[int, datetime]]  # (id, last heartbeat)
    failures: list[tuple[int, str, str]] = field(default_factory=list)  # (job, task, what)

    def count(self, status: str) -> int:
        return sum(s.get(status, 0) for s in self.by_task.values())


def fleet_status(store: Store, *, hosts: int = 50) -> FleetStatus:
    """Jobs per task and status, the ``hosts`` hosts with most unfinished jobs, the workers."""
    db = pg(store)
    if not db.has_table("procrastinate_jobs"):
        return FleetStatus({}, {}, [])
    by_task: dict[str, dict[str, int]] = {}
    sql = (
        "select task_name, status::text as status, count(*) as n from procrastinate_jobs "
        "group by task_name, status"
    )
    for r in db.query(sql):
        task = r["task_name"].removeprefix("bibcheck:")
        by_task.setdefault(task, {})[r["status"]] = r["n"]
    by_host: dict[str, dict[str, int]] = {}
    sql = (
        "select lock, status::text as status, count(*) as n from procrastinate_jobs "
        "where lock is not null and status in ('todo', 'doing', 'failed') "
        "and lock in (select lock from procrastinate_jobs where lock is not null "
        "and status in ('todo', 'doing', 'failed') group by lock "
        "order by count(*) desc, lock limit ?) group by lock, status"
    )
    for r in db.query(sql, [hosts]):
        by_host.setdefault(r["lock"], {})[r["status"]] = r["n"]
    workers = [
        (r["id"], r["last_heartbeat"])
        for r in db.query("select id, last_heartbeat from procrastinate_workers order by id")
    ]
    failures = [
        (r["id"], r["task_name"].removeprefix("bibcheck:"), r["what"] or "")
        for r in db.query(
            "select id, task_name, coalesce(lock, args->>'path', '') as what "
            "from procrastinate_jobs where status = 'failed' order by id desc limit 20"
        )
    ]
    return FleetStatus(by_task, by_host, workers, failures)
