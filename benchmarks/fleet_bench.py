"""Benchmark of the worker fleet: 1, 2 and 4 ``bibcheck worker`` processes on one run.

The scenario (defaults as issue 14 asks): 20,000 URLs over 2,000 hosts, every
host answering after ``--latency`` seconds (latency-bound: the work is
waiting, not computing), each worker capped at ``--concurrency`` requests in
flight so that the fleet, not one process, is what scales.  Per-host rules:
``--per-host`` requests in flight and ``--interval`` seconds between request
starts to a host.  The sites are the test server of ``tests/netserver.py``
(HTTPS, trustme CA) in ``--servers`` processes of their own, as in
``benchmarks/check_bench.py``.  PostgreSQL is a throwaway cluster started like
the tests' (``tests/pgserver.py``; or ``BIBCHECK_TEST_PG``).

For each fleet size the URLs are queued as one check run
(``bibcheck check --distributed`` does the same: jobs of one host each, lock
= host), the workers are already running and idle, and the clock runs from
queueing until the queue has drained.  Printed: wall time, throughput (URLs/s)
and speed-up over 1 worker; CPU milliseconds the workers spent per URL, CPU
seconds of the servers and the machine's load average (the machine is shared:
a load above its CPU count means the fleet competed for CPU); what the
servers saw - requests, the most requests in flight to one host, request
starts to one host closer than the interval (minus 20 ms of network jitter);
and, from the database, URLs of the run with
more than one observation (duplicates) or none (missing): both must be 0.

Run from the repository root (about 10 minutes with the defaults)::

    .venv/bin/python benchmarks/fleet_bench.py
    .venv/bin/python benchmarks/fleet_bench.py --urls 2000 --hosts 200 --workers 1,4
"""

from __future__ import annotations

import argparse
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT, ROOT / "benchmarks"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from check_bench import host_names, server_view, start_servers  # noqa: E402

from bibcheck.check.settings import CheckSettings  # noqa: E402
from bibcheck.config import Settings  # noqa: E402
from bibcheck.fleet.app import ensure_schema, make_app  # noqa: E402
from bibcheck.fleet.check import enqueue_check, finish_drained_runs  # noqa: E402
from bibcheck.store import Store, open_db  # noqa: E402
from tests.pgserver import PgServer  # noqa: E402


def cite(store: Store, urls: list[str]) -> None:
    """One document whose references cite ``urls`` (rows written directly: no parsing)."""
    now = datetime.now(UTC).isoformat()
    store.insert_rows(
        "documents",
        [{"id": "bench", "path": "bench.md", "reader": "bench", "parser_version": "0",
          "size": 0, "ingested_at": now}],
    )  # fmt: skip
    for i in range(0, len(urls), 5000):
        part = list(enumerate(urls))[i : i + 5000]
        with store.atomic():
            store.insert_rows(
                "references",
                ({"id": f"r{k}", "document_id": "bench", "origin": "literature", "label": str(k),
                  "raw": u, "line": k, "url": u} for k, u in part),
            )  # fmt: skip
            store.insert_rows("urls", ({"url": u, "host": "", "key": u} for _k, u in part))
            store.insert_rows(
                "reference_urls", ({"reference_id": f"r{k}", "url": u} for k, u in part)
            )


def start_workers(url: str, count: int, concurrency: int) -> list[subprocess.Popen[bytes]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "bibcheck", "worker", "--db", url, "--queue", "check"]
    cmd += ["--concurrency", str(concurrency)]
    return [
        subprocess.Popen([*cmd, "--name", f"bench{i}"], env=env, cwd=ROOT) for i in range(count)
    ]


def stop_workers(procs: list[subprocess.Popen[bytes]]) -> None:
    for p in procs:
        p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(timeout=60)
        except subprocess.TimeoutExpired:
            p.kill()


def wait_idle(store: Store, count: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        (row,) = store.query("select count(*) as n from procrastinate_workers")
        if row["n"] >= count:
            return
        time.sleep(0.2)
    raise SystemExit("the workers did not start")


def open_jobs(store: Store) -> int:
    (row,) = store.query(
        "select count(*) as n from procrastinate_jobs where status in ('todo', 'doing')"
    )
    return int(row["n"])


def results(store: Store, run_id: str, urls: int) -> tuple[int, int, int]:
    rows = list(
        store.query("select count(*) as n from link_checks where run_id = ? group by url", [run_id])
    )
    return len(rows), sum(1 for r in rows if r["n"] > 1), urls - len(rows)


def children_cpu() -> float:
    """CPU seconds of the finished child processes (the workers, once stopped)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--urls", type=int, default=20_000)
    parser.add_argument("--hosts", type=int, default=2_000)
    parser.add_argument("--latency", type=float, default=0.5)
    parser.add_argument("--concurrency", type=int, default=32, help="per worker")
    parser.add_argument("--per-host", type=int, default=2)
    parser.add_argument("--interval", type=float, default=0.1)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--servers", type=int, default=2)
    args = parser.parse_args(argv)
    hosts = host_names(args.hosts)
    sizes = [int(n) for n in args.workers.split(",")]
    print(
        f"fleet: {args.urls} URLs over {args.hosts} hosts, latency {args.latency} s, "
        f"per host {args.per_host} in flight / {args.interval} s apart, "
        f"{args.concurrency} in flight per worker; {os.cpu_count()} CPUs"
    )
    pg = PgServer().start()
    with tempfile.TemporaryDirectory() as tmp:
        servers, _owner, bundle = start_servers(
            args.servers, {h: args.latency for h in hosts}, 10_000, Path(tmp)
        )
        port = servers[0].port
        by_host = {h: servers[i % len(servers)].port for i, h in enumerate(hosts)}
        del port
        urls = [
            f"https://{h}:{by_host[h]}/a/u{i}"
            for i in range(args.urls)
            for h in [hosts[i % len(hosts)]]
        ]
        url = pg.create_database("fleet_bench")
        store = open_db(url)
        ensure_schema(store)
        cite(store, urls)
        check = CheckSettings(
            per_host=args.per_host,
            min_interval=args.interval,
            concurrency=args.concurrency,
            retries=1,
            timeout=30.0,
            resolve={h: "127.0.0.1" for h in hosts},
            allow_hosts=frozenset(hosts),
            ca_bundle=str(bundle),
            soft404_probe=False,
        )
        settings = Settings(check=check)
        app = make_app(url)
        base = None
        print(f"{'workers':>7} {'wall s':>8} {'URLs/s':>8} {'speed-up':>8} {'requests':>9} "
              f"{'max/host':>8} {'early':>6} {'dup':>5} {'missing':>7} {'worker ms/URL':>13} "
              f"{'server s':>8} {'load':>5}")  # fmt: skip
        for size in sizes:
            for server in servers:
                server.ask("reset")
            store.execute("delete from procrastinate_jobs")
            cpu_before = children_cpu()
            procs = start_workers(url, size, args.concurrency)
            try:
                wait_idle(store, size)
                began = time.monotonic()
                with app.open():
                    queued = enqueue_check(app, store, settings, refresh=True, chunk=200)
                while open_jobs(store):
                    time.sleep(0.25)
                wall = time.monotonic() - began
            finally:
                stop_workers(procs)
            worker_cpu = children_cpu() - cpu_before
            store.execute("delete from procrastinate_workers")
            finish_drained_runs(store)
            view = server_view(servers, args.interval)
            _seen, dup, missing = results(store, queued.run_id, len(urls))
            rate = len(urls) / wall
            base = base or rate
            requests = sum(view["requests"].values())  # type: ignore[attr-defined]
            print(
                f"{size:>7} {wall:>8.1f} {rate:>8.1f} {rate / base:>7.2f}x {requests:>9} "
                f"{view['max_in_flight']:>8} {view['early']:>6} {dup:>5} {missing:>7} "
                f"{1000 * worker_cpu / len(urls):>13.2f} {view['server_cpu']:>8.1f} "
                f"{os.getloadavg()[0]:>5.1f}",
                flush=True,
            )
        store.close()
        for server in servers:
            server.ask("stop")
    pg.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
