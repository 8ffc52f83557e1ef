"""Archive lookups on the fleet: one rate for the archive across workers, 429 fleet-wide."""

from __future__ import annotations

import uuid

import pytest

from bibcheck.check.settings import CheckSettings
from bibcheck.fleet import rates
from bibcheck.fleet.app import ensure_schema, make_app
from bibcheck.fleet.archive import enqueue_archive
from bibcheck.model import ArchiveOutcome
from bibcheck.store import open_db
from bibcheck.store.archives import latest_lookups
from tests.archive_helpers import Cite, archive_settings, cite
from tests.archiveserver import ArchiveServer, Snap
from tests.conftest_pg import empty_pg
from tests.fleethelpers import start_worker, wait_until

INTERVAL = 0.3
TOLERANCE = 0.03


def test_reservations_are_spaced_across_connections(pg_url: str) -> None:
    one, two = empty_pg(pg_url), open_db(pg_url)
    waits = [rates.reserve(db, "archive:x", INTERVAL) for db in (one, two, one, two)]
    assert waits[0] == pytest.approx(0.0, abs=0.05)
    for k in range(1, 4):  # each reservation one interval after the one before
        assert waits[k] == pytest.approx(waits[k - 1] + INTERVAL, abs=0.05)
    rates.block(two, "archive:x", 5.0)
    assert rates.reserve(one, "archive:x", INTERVAL) >= 4.9
    one.close()
    two.close()


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
    with app.open():
        queued = enqueue_archive(app, store, settings, run_id, chunk=2)
    assert queued.due == len(urls) and len(queued.jobs) == 4
    workers = [start_worker(pg_url, f"a{i}", "--queue", "archive", "--once") for i in range(2)]
    try:
        wait_until(lambda: all(w.proc.poll() is not None for w in workers), 90, "the workers")
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
    assert min(gaps) >= INTERVAL - TOLERANCE, min(gaps)
    assert len(starts) >= 2 * len(urls)
