"""Archive lookups on the fleet: one rate for the archive across workers, 429 fleet-wide."""

from __future__ import annotations

import time
import uuid

from bibcheck.check.settings import CheckSettings
from bibcheck.fleet import rates
from bibcheck.fleet.app import ensure_schema, make_app
from bibcheck.fleet.archive import enqueue_archive
from bibcheck.model import ArchiveOutcome
from bibcheck.store import Store, open_db
from bibcheck.store.archives import latest_lookups
from tests.archive_helpers import Cite, archive_settings, cite
from tests.archiveserver import ArchiveServer, Snap
from tests.conftest_pg import empty_pg
from tests.fleethelpers import start_worker, wait_until

INTERVAL = 0.3
TOLERANCE = 0.03
STAMP_JITTER = 0.15


def test_a_start_is_held_until_released_then_spaced(pg_url: str) -> None:
    one, two = empty_pg(pg_url), open_db(pg_url)
    wait, token = rates.take(one, "archive:x", 30.0)
    assert wait == 0.0 and token is not None
    wait, other = rates.take(two, "archive:x", 30.0)  # held: try again soon
    assert other is None and 0 < wait <= rates.POLL
    rates.release(one, "archive:x", token, INTERVAL)  # the request went out now
    wait, other = rates.take(two, "archive:x", 30.0)
    assert other is None and 0 < wait <= rates.POLL
    time.sleep(INTERVAL)
    wait, token = rates.take(two, "archive:x", 30.0)
    assert wait == 0.0 and token is not None
    rates.release(two, "archive:x", token, 0.0)
    rates.block(one, "archive:x", 5.0)  # a Retry-After seen by one holds the other
    wait, other = rates.take(two, "archive:x", 30.0)
    assert other is None and wait >= 4.9
    one.close()
    two.close()


def _count(store: Store, table: str) -> int:
    (row,) = store.query(f"select count(*) as n from {table}")
    return int(row["n"])


def _open_jobs(store: Store) -> int:
    sql = "select count(*) as n from procrastinate_jobs where status in ('todo', 'doing')"
    (row,) = store.query(sql)
    return int(row["n"])


def test_two_workers_share_the_archive_rate(
    pg_url: str, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    store = empty_pg(pg_url)
    urls = [f"http://dead.test/a/fleet-{i}" for i in range(8)]
    for url in urls:
        fake.add(url, Snap("20200101000000", title="The treaty history"))
    cite(store, [Cite(u) for u in urls])
    fake.throttle(1, retry_after="1")  # the first request: 429, wait a second
    settings = archive_settings(net_settings, fake, min_interval=INTERVAL)
    ensure_schema(store)
    app = make_app(pg_url)
    run_id = uuid.uuid4().hex
    # one job at a time each, both idle before the jobs are queued: both take jobs
    workers = [start_worker(pg_url, f"a{i}", "--queue", "archive", "--jobs", "1") for i in range(2)]
    try:
        wait_until(lambda: _count(store, "procrastinate_workers") == 2, 60, "the workers")
        with app.open():
            queued = enqueue_archive(app, store, settings, run_id, chunk=2)
        assert queued.due == len(urls) and len(queued.jobs) == 4
        wait_until(lambda: _open_jobs(store) == 0, 90, "the queue to drain")
    finally:
        for w in workers:
            w.stop()
    assert all(w.started_job_for("archive_lookups") for w in workers)  # both took jobs
    found = latest_lookups(store, urls)
    assert {found[u].outcome for u in urls} == {ArchiveOutcome.FOUND}
    rows = list(store.query("select url from archive_lookups where run_id = ?", [run_id]))
    assert sorted(r["url"] for r in rows) == sorted(urls)  # one lookup per URL for the run
    starts = fake.starts()
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert gaps[0] >= 1.0 - TOLERANCE  # the 429's Retry-After held for every worker
    # The fake archive runs in this process: a request's start is stamped when its
    # handler thread gets the CPU, which on a busy machine can be late by a
    # hundred milliseconds.  A late stamp shortens one gap and lengthens the next,
    # so two consecutive gaps together must span two intervals; no single gap may
    # be grossly short either.
    assert min(gaps) >= INTERVAL - STAMP_JITTER, gaps
    pairs = [a + b for a, b in zip(gaps[1:], gaps[2:], strict=False)]
    assert min(pairs) >= 2 * INTERVAL - TOLERANCE, pairs
    assert len(starts) >= 2 * len(urls)
