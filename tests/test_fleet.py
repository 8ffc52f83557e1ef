"""The worker fleet end to end: real PostgreSQL, real `bibcheck worker` processes, HTTPS.

Three workers check a run queued by host against a loopback HTTPS server
that records every request start and the requests in flight per host.  One
worker is SIGKILLed in the middle of a slow host's job.  The tests assert
what the issue asks: per-host limit and interval never exceeded across the
workers, exactly one observation per URL for the run, and the killed
worker's job finished by the others within the stalled-job timeout.
"""

from __future__ import annotations

import dataclasses
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bibcheck.check.settings import CheckSettings
from bibcheck.config import Settings
from bibcheck.fleet.app import ensure_schema, make_app
from bibcheck.fleet.check import _chunks, enqueue_check, finish_drained_runs
from bibcheck.manuscript import parse_bytes
from bibcheck.store import Store, open_db
from bibcheck.store.documents import save_document
from bibcheck.store.links import cited_urls
from tests.conftest_pg import empty_pg
from tests.fleethelpers import start_worker, wait_until
from tests.helpers import run_cli
from tests.netserver import Certs, SiteServer

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

HOSTS = tuple(f"h{i}.bench.test" for i in range(5))
SLOW = "slow.bench.test"
PER_HOST, INTERVAL = 2, 0.15
STALLED_AFTER = 3.0
TOLERANCE = 0.03


def _latency(host: str) -> float:
    return 1.0 if host.startswith("slow.") else 0.05


@pytest.fixture(scope="module")
def server(pki_certs: Certs) -> Iterator[SiteServer]:
    srv = SiteServer(tls=pki_certs.server_context(), latency=_latency).start()
    yield srv
    srv.stop()


def _cite_all(store: Store, urls: list[str]) -> None:
    notes = "\n\n".join(
        f"<sup>{i}</sup> Page {i} [Electronic resource]. - URL: <{u}>."
        for i, u in enumerate(urls, start=1)
    )
    claims = " ".join(f"Claim {i}<sup>{i}</sup>." for i in range(1, len(urls) + 1))
    doc = parse_bytes(f"{claims}\n\n---\n\n{notes}\n".encode(), "fleet.md")
    save_document(store, doc, size=1, now=datetime.now(UTC))


def _settings(server: SiteServer, ca_file: Path) -> Settings:
    names = (*HOSTS, SLOW)
    check = dataclasses.replace(
        CheckSettings(),
        timeout=5.0,
        connect_timeout=2.0,
        retries=1,
        backoff=0.01,
        per_host=PER_HOST,
        min_interval=INTERVAL,
        resolve={h: "127.0.0.1" for h in names},
        allow_hosts=frozenset(names),
        ca_bundle=str(ca_file),
        soft404_probe=False,
    )
    return Settings(check=check)


def _gaps(starts: list[float]) -> list[float]:
    ordered = sorted(starts)
    return [b - a for a, b in zip(ordered, ordered[1:], strict=False)]


def test_three_workers_one_killed(pg_url: str, server: SiteServer, ca_file: Path) -> None:
    store = empty_pg(pg_url)
    port = server.port
    urls = [f"https://{h}:{port}/a/p{i}" for h in HOSTS for i in range(9)]
    urls += [f"https://{SLOW}:{port}/a/s{i}" for i in range(8)]
    _cite_all(store, urls)
    assert sorted(cited_urls(store)) == sorted(urls)
    ensure_schema(store)
    app = make_app(pg_url)
    server.stats.reset()
    with app.open():
        queued = enqueue_check(app, store, _settings(server, ca_file), chunk=4)
    assert queued.due == len(urls) and queued.hosts == len(HOSTS) + 1
    assert len(queued.jobs) == len(HOSTS) * 3 + 2  # chunks of 4: 9 -> 3 jobs, 8 -> 2
    args = ("--concurrency", "4", "--heartbeat", "0.5", "--stalled-after", str(STALLED_AFTER))
    workers = [start_worker(pg_url, f"w{i}", *args) for i in range(3)]
    try:
        # SIGKILL the worker that took the slow host's first job, in the middle of it
        try:
            wait_until(lambda: any(w.started_job_for(SLOW) for w in workers), 60, "the slow job")
        except AssertionError:
            raise AssertionError("".join(line for w in workers for line in w.lines[-15:])) from None
        victim = next(w for w in workers if w.started_job_for(SLOW))
        time.sleep(1.2)  # a request or two of the job are out
        victim.kill()
        killed_at = time.monotonic()

        def drained() -> bool:
            (row,) = store.query(
                "select count(*) as n from procrastinate_jobs where status in ('todo', 'doing')"
            )
            return row["n"] == 0

        wait_until(drained, 60, "the queue to drain")
        drained_after = time.monotonic() - killed_at
    finally:
        for w in workers:
            w.stop()
    states = {
        r["status"]: r["n"]
        for r in store.query(
            "select status::text as status, count(*) as n from procrastinate_jobs group by status"
        )
    }
    assert states == {"succeeded": len(queued.jobs)}, states
    # exactly one observation per URL for the run
    rows = list(
        store.query(
            "select url, count(*) as n from link_checks where run_id = ? group by url",
            [queued.run_id],
        )
    )
    assert sorted(r["url"] for r in rows) == sorted(urls)
    assert {r["n"] for r in rows} == {1}
    statuses = {r["status"] for r in store.query("select status from link_checks")}
    assert statuses == {"alive"}
    # the killed worker's job went to another worker within the stalled-job timeout
    retried = [
        r
        for r in store.query(
            "select attempts from procrastinate_jobs where lock = ?", [f"host:{SLOW}"]
        )  # fmt: skip
    ]
    assert any(r["attempts"] >= 1 for r in retried)
    assert drained_after < STALLED_AFTER + 15
    # politeness as the server saw it, across every worker (the killed one too)
    assert max(server.stats.max_in_flight[h] for h in (*HOSTS, SLOW)) <= PER_HOST
    by_host: dict[str, list[float]] = defaultdict(list)
    for host, at in server.stats.starts:
        by_host[host].append(at)
    for host in (*HOSTS, SLOW):
        assert min(_gaps(by_host[host])) >= INTERVAL - TOLERANCE, host
    # the run is closed once its queue drained
    finish_drained_runs(store)
    (run,) = store.query("select finished_at, degraded from check_runs where id = ?",
                         [queued.run_id])  # fmt: skip
    assert run["finished_at"] is not None and run["degraded"] == 0


def test_status_shows_the_queue(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["status", "--db", pg_url], capsys)
    assert code == 0
    assert "check_host" in out and "workers:" in out


def test_distributing_needs_postgres(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.db"
    open_db(db).close()
    code, _, err = run_cli(["check", "--distributed", "--db", str(db)], capsys)
    assert code == 2 and "needs a PostgreSQL database" in err
    code, _, err = run_cli(["worker", "--db", str(db), "--once"], capsys)
    assert code == 2 and "needs a PostgreSQL database" in err


def test_anchors_of_one_page_are_one_fetch(pg_url: str, server: SiteServer, ca_file: Path) -> None:
    """The anchors of a references page (``refs#a``, ``refs#b``) are one page on the wire:
    a fleet job fetches it once and stores its observation for every anchor, as
    ``bibcheck check`` does on one machine."""
    store = empty_pg(pg_url)
    port = server.port
    page = f"https://{HOSTS[0]}:{port}/a/refs"
    urls = [f"{page}#n{i}" for i in range(5)] + [f"https://{HOSTS[0]}:{port}/a/zz"]
    _cite_all(store, urls)
    ensure_schema(store)
    app = make_app(pg_url)
    server.stats.reset()
    with app.open():
        queued = enqueue_check(app, store, _settings(server, ca_file), chunk=2)
    # chunks of 2, but the five anchors of one page stay in one job
    assert len(queued.jobs) == 2
    worker = start_worker(pg_url, "w0", "--concurrency", "4", "--heartbeat", "0.5")
    try:

        def drained() -> bool:
            (row,) = store.query(
                "select count(*) as n from procrastinate_jobs where status in ('todo', 'doing')"
            )
            return row["n"] == 0

        wait_until(drained, 60, "the queue to drain")
    finally:
        worker.stop()
    fetched = [path for _, host, path in server.stats.log if host.startswith(HOSTS[0])]
    assert sorted(fetched) == ["/a/refs", "/a/zz"]
    rows = store.query("select url, status from link_checks where run_id = ?", [queued.run_id])
    assert sorted((r["url"], r["status"]) for r in rows) == sorted((u, "alive") for u in urls)


@pytest.mark.parametrize(
    ("urls", "chunk", "parts"),
    [
        (["a", "b", "c"], 2, [["a", "b"], ["c"]]),
        (["p#1", "p#2", "p#3", "q"], 2, [["p#1", "p#2", "p#3"], ["q"]]),
        (["a", "p#1", "p#2"], 2, [["a", "p#1", "p#2"]]),
        (["a", "b", "p#1", "p#2"], 2, [["a", "b"], ["p#1", "p#2"]]),
        ([], 3, []),
    ],
    ids=["plain", "page-kept-whole", "page-joins-the-chunk-it-starts-in", "page-own-chunk", "none"],
)
def test_chunks_keep_a_page_whole(urls: list[str], chunk: int, parts: list[list[str]]) -> None:
    assert _chunks(urls, chunk) == parts
