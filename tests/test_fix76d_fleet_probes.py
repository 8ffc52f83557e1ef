"""The fleet shares the stored soft-404 probe samples (issue 12, round 76).

A fleet check job reads the samples kept for its hosts (by ``bibcheck check`` on one
machine, or by an earlier job) before it checks, and sends no probe for their path
shapes; it writes the samples it took at its end, also when it is cancelled.  Two
writers of one shape never fail: the last write wins.  Real PostgreSQL (the suite's
throwaway cluster), real loopback HTTP servers counting every request (a probe is a
request whose path holds ``bibcheck-``), the fleet's own worker loop in this process.
"""

from __future__ import annotations

import asyncio
import dataclasses
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from bibcheck.check.run import run_check
from bibcheck.check.settings import CheckSettings
from bibcheck.config import Settings
from bibcheck.fleet.app import ensure_schema, make_app
from bibcheck.fleet.check import check_host, enqueue_check
from bibcheck.fleet.jobs import WorkerContext
from bibcheck.fleet.payload import encode
from bibcheck.fleet.worker import WorkerSettings, run_worker
from bibcheck.model import LinkStatus as S
from bibcheck.net.soft404 import probe_key
from bibcheck.store import Store, open_db
from bibcheck.store.links import start_run
from bibcheck.store.probes import ProbeRow, iter_probe_samples, save_probe_samples
from tests.conftest_pg import empty_pg
from tests.netserver import SiteServer, resolve_map

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

HOSTS = ("site.test", "other.test", "catchall.test")
LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)


@pytest.fixture
def server() -> Iterator[SiteServer]:
    srv = SiteServer().start()
    yield srv
    srv.stop()


def check_settings(**changes: object) -> CheckSettings:
    base = CheckSettings(
        timeout=5.0,
        connect_timeout=2.0,
        retries=1,
        backoff=0.01,
        min_interval=0.0,
        resolve=resolve_map(HOSTS),
        allow_hosts=frozenset(HOSTS),
        soft404_probe=True,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def cite(db: Store, urls: list[str]) -> None:
    db.insert_rows("documents", [{"id": "doc1", "path": "doc1.md"}])
    db.insert_rows(
        "references", [{"id": f"ref{i}", "document_id": "doc1"} for i in range(len(urls))]
    )
    db.insert_rows("urls", [{"url": u, "host": "", "key": u} for u in urls])
    db.insert_rows(
        "reference_urls", [{"reference_id": f"ref{i}", "url": u} for i, u in enumerate(urls)]
    )


def probes(server: SiteServer) -> list[tuple[str, str]]:
    return [(h, p) for _m, h, p in server.stats.log if "bibcheck-" in p]


def fleet_run(url: str, db: Store, settings: Settings) -> dict[str, S]:
    """One distributed ``check --refresh``: queued, then run by one worker until the
    queue is empty; the run's verdicts."""
    ensure_schema(db)
    app = make_app(url)
    with app.open():
        queued = enqueue_check(app, db, settings, refresh=True, chunk=50)
    run_worker(url, WorkerSettings(concurrency=4, wait=False, heartbeat=0.5))
    rows = db.query("select url, status from link_checks where run_id = ?", [queued.run_id])
    return {r["url"]: S(r["status"]) for r in rows}


def site_urls(server: SiteServer) -> dict[str, S]:
    """Pages of one shape on an honest site (a missing path answers 404) and on a
    catch-all site (every path the same portal page): one probe each."""
    return {
        **{server.url(f"/a/fleet-{n}", "site.test"): S.ALIVE for n in ("one", "two", "three")},
        **{server.url(f"/docs/fleet-{n}", "catchall.test"): S.SOFT_404 for n in ("one", "two")},
    }


def kept(db: Store) -> dict[tuple[str, str, int, bool, str], datetime]:
    return {r.key: r.taken_at for r in iter_probe_samples(db, LONG_AGO)}


# --------------------------------------------------------------------------
# fleet jobs read and write the store's samples
# --------------------------------------------------------------------------


def test_a_fleet_job_after_a_run_on_one_machine_sends_no_probe(
    pg_url: str, server: SiteServer
) -> None:
    db = empty_pg(pg_url)
    expected = site_urls(server)
    cite(db, list(expected))
    settings = Settings(check=check_settings())
    report = run_check(db, settings, refresh=True)
    assert report.probes_kept == 2 and len(probes(server)) == 2
    before = kept(db)
    assert set(before) == {probe_key(u) for u in expected}

    server.stats.reset()
    assert fleet_run(pg_url, db, settings) == expected
    assert probes(server) == []  # the kept samples answered for both hosts
    assert sorted(p for _m, _h, p in server.stats.log) == sorted(
        u.split(str(server.port), 1)[1] for u in expected
    )  # each page once, nothing more
    assert kept(db) == before  # nothing new taken, nothing rewritten
    db.close()


def test_a_second_fleet_job_reuses_the_first_jobs_samples(pg_url: str, server: SiteServer) -> None:
    db = empty_pg(pg_url)
    expected = site_urls(server)
    cite(db, list(expected))
    settings = Settings(check=check_settings())
    assert fleet_run(pg_url, db, settings) == expected
    assert sorted(h for h, _p in probes(server)) == ["catchall.test", "site.test"]
    first = kept(db)
    assert set(first) == {probe_key(u) for u in expected}

    server.stats.reset()
    assert fleet_run(pg_url, db, settings) == expected  # the same verdicts
    assert probes(server) == []
    assert kept(db) == first

    # an age of 0 turns the reuse off in the fleet too: probed afresh, and kept
    server.stats.reset()
    assert fleet_run(pg_url, db, Settings(check=check_settings(probe_max_age_days=0.0))) == (
        expected
    )
    assert len(probes(server)) == 2
    assert all(kept(db)[k] > first[k] for k in first)
    db.close()


def test_a_cancelled_fleet_job_keeps_the_samples_it_took(pg_url: str, server: SiteServer) -> None:
    # the job's host has a page that never answers: the job is cancelled (as a worker
    # stopping cancels its jobs) after its probe was answered
    db = empty_pg(pg_url)
    pages = [server.url(f"/a/cancel-{n}", "site.test") for n in ("one", "two")]
    urls = [*pages, server.url("/hang", "site.test")]
    cite(db, urls)
    run_id = start_run(db, {"distributed": True}, "test", datetime.now(UTC))
    payload = encode(check_settings(timeout=60.0, retries=0))

    async def go() -> None:
        ctx = WorkerContext(db, 4)
        job = SimpleNamespace(additional_context={"bibcheck": ctx})
        task = asyncio.create_task(check_host.func(job, run_id, "site.test", urls, payload))
        deadline = time.monotonic() + 20
        while not (probes(server) and any(p == "/hang" for _m, _h, p in server.stats.log)):
            assert time.monotonic() < deadline, server.stats.log
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)  # the probe's answer is read
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(go())
    assert list(kept(db)) == [probe_key(pages[0])]
    db.close()


# --------------------------------------------------------------------------
# writers of one shape at once
# --------------------------------------------------------------------------

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
SHAPES = [("https", f"host{i % 40}.test", 1 + i // 40, False, "") for i in range(200)]


def rows(writer: int, order: int) -> list[ProbeRow]:
    at = T0 + timedelta(seconds=writer)
    shapes = SHAPES if order % 2 == 0 else SHAPES[::-1]
    return [ProbeRow(k, 200, f"Page {writer}", "text " * 20, at) for k in shapes]


@pytest.fixture(params=["sqlite", "postgresql"])
def opener(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        target = str(tmp_path / "shared.db")
        open_db(target).close()
        yield target
        return
    empty_pg(request.getfixturevalue("pg_url")).close()
    yield request.getfixturevalue("pg_url")


def test_writers_of_the_same_shapes_at_once_do_not_fail(opener: str) -> None:
    # four writers (their own connections, as fleet workers have), each writing the same
    # 200 shapes five times, half of them in the opposite order
    writers, rounds = 4, 5
    errors: list[BaseException] = []
    start = threading.Barrier(writers)

    def write(n: int) -> None:
        db = open_db(opener)
        try:
            start.wait()
            for r in range(rounds):
                assert save_probe_samples(db, rows(n, n + r)) == len(SHAPES)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    db = open_db(opener)
    stored = list(iter_probe_samples(db, LONG_AGO))
    db.close()
    assert sorted(r.key for r in stored) == sorted(SHAPES)  # one row a shape
    # each row is one writer's whole sample (never a mix of two writes)
    assert all(r.title == f"Page {(r.taken_at - T0).seconds}" for r in stored)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
@pytest.mark.parametrize("newest_first", [True, False], ids=["newest-first", "newest-last"])
def test_a_shape_given_twice_in_one_write_keeps_its_newest_sample(
    backend: str, newest_first: bool, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    if backend == "sqlite":
        db = open_db(tmp_path / "twice.db")
    else:
        db = empty_pg(request.getfixturevalue("pg_url"))
    key = ("https", "twice.test", 2, False, "html")
    old = ProbeRow(key, 404, None, None, T0)
    new = ProbeRow(key, 200, "Portal", "portal " * 30, T0 + timedelta(hours=5))
    given = [new, old] if newest_first else [old, new]
    assert save_probe_samples(db, given) == 1
    [row] = list(iter_probe_samples(db, LONG_AGO))
    assert (row.status, row.title, row.taken_at) == (200, "Portal", new.taken_at)
    db.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_samples_are_read_by_host(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    if backend == "sqlite":
        db = open_db(tmp_path / "hosts.db")
    else:
        db = empty_pg(request.getfixturevalue("pg_url"))
    save_probe_samples(db, rows(0, 0))
    assert list(iter_probe_samples(db, LONG_AGO, [])) == []
    got = {r.key for r in iter_probe_samples(db, LONG_AGO, ["host3.test", "host7.test", "x"])}
    assert got == {k for k in SHAPES if k[1] in ("host3.test", "host7.test")}
    assert len(got) == 10
    # older than ``since``: not read, by host either
    assert list(iter_probe_samples(db, T0 + timedelta(seconds=1), ["host3.test"])) == []
    db.close()
