"""Benchmark of the link-checking engine against simulated web sites.

A child process runs the test server (tests/netserver.py) simulating H
virtual hosts ``hNNN.bench.test`` (all mapped to 127.0.0.1 through the
engine's ``resolve`` map).  Each host answers after its own latency (spread
over 20-200 ms) and serves at most ``--server-cap`` requests at once.  URLs
are spread over the hosts with a Zipf-like skew, so a few hosts carry much of
the work - the case where a FIFO of URLs would stall.

For each run it prints the wall time, the theoretical lower bound, their
ratio, the requests sent (client) and seen (server), and the maximum number
of requests in flight per host *as measured by the server*.  The bound is
``max(max_h(requests_h * latency_h / allowed_h), sum_h(requests_h * latency_h)
/ concurrency)`` with ``allowed_h = min(per_host, server_cap)``; with a
``min_interval`` each host also needs at least ``(requests_h - 1) *
min_interval``.

Run from the repository root::

    .venv/bin/python benchmarks/check_bench.py            # N=1000 and N=10000
    .venv/bin/python benchmarks/check_bench.py --quick    # N=1000 only
    .venv/bin/python benchmarks/check_bench.py --n 5000 --hosts 50
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing as mp
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bibcheck.check.engine import CheckRunSummary, check_urls  # noqa: E402
from bibcheck.check.settings import CheckSettings  # noqa: E402
from bibcheck.model import LinkCheck, LinkStatus  # noqa: E402


def host_names(count: int) -> list[str]:
    return [f"h{i:03d}.bench.test" for i in range(count)]


def latencies(hosts: list[str], seed: int) -> dict[str, float]:
    """20-200 ms, evenly spread, assigned to hosts in a shuffled order."""
    rng = random.Random(seed)
    n = len(hosts)
    values = [0.02 + 0.18 * i / max(1, n - 1) for i in range(n)]
    rng.shuffle(values)
    return dict(zip(hosts, values, strict=True))


def make_urls(n: int, hosts: list[str], port: int, seed: int, skew: float) -> list[str]:
    """n distinct URLs, host h chosen with weight 1 / (rank + 1) ** skew."""
    rng = random.Random(seed)
    weights = [1.0 / (rank + 1) ** skew for rank in range(len(hosts))]
    chosen = rng.choices(hosts, weights=weights, k=n)
    return [f"http://{host}:{port}/a/u{i}" for i, host in enumerate(chosen)]


# --------------------------------------------------------------------------
# The server, in its own process (no GIL shared with the client)
# --------------------------------------------------------------------------


def serve(conn: Connection, lat: dict[str, float], cap: int) -> None:
    from tests.netserver import SiteServer

    server = SiteServer(
        latency=lambda host: lat.get(host, 0.0), host_cap={h: cap for h in lat}
    ).start()
    conn.send(server.port)
    while True:
        command = conn.recv()
        if command == "stats":
            with server.stats.lock:
                per_host = Counter(host for _m, host, _p in server.stats.log)
                conn.send((dict(per_host), dict(server.stats.max_in_flight)))
        elif command == "reset":
            server.stats.reset()
            conn.send("ok")
        else:
            server.stop()
            conn.send("bye")
            return


@dataclass
class ServerHandle:
    process: mp.process.BaseProcess
    conn: Connection
    port: int

    def ask(self, command: str) -> object:
        self.conn.send(command)
        return self.conn.recv()


def start_server(lat: dict[str, float], cap: int) -> ServerHandle:
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    process = ctx.Process(target=serve, args=(child, lat, cap), daemon=True)
    process.start()
    port = parent.recv()
    return ServerHandle(process, parent, int(port))


# --------------------------------------------------------------------------
# One run
# --------------------------------------------------------------------------


@dataclass
class RunReport:
    label: str
    n: int
    wall: float
    bound: float
    summary: CheckRunSummary
    server_requests: int
    server_max_in_flight: int
    client_max_in_flight: int
    alive: int

    def line(self) -> str:
        return (
            f"{self.label:<34} N={self.n:>6}  wall={self.wall:7.2f}s  bound={self.bound:7.2f}s  "
            f"ratio={self.wall / self.bound:5.2f}  sent={self.summary.requests_sent:>6}  "
            f"server_saw={self.server_requests:>6}  max_in_flight/host: "
            f"server={self.server_max_in_flight} client={self.client_max_in_flight}  "
            f"alive={self.alive}/{self.summary.checked}"
        )


def lower_bound(
    per_host_requests: dict[str, int],
    lat: dict[str, float],
    allowed: int,
    concurrency: int,
    min_interval: float,
) -> float:
    host_bound = max(
        max(n * lat.get(h, 0.0) / allowed, (n - 1) * min_interval)
        for h, n in per_host_requests.items()
    )
    total_work = sum(n * lat.get(h, 0.0) for h, n in per_host_requests.items())
    return max(host_bound, total_work / concurrency)


def run_once(
    label: str,
    server: ServerHandle,
    urls: list[str],
    settings: CheckSettings,
    lat: dict[str, float],
    server_cap: int,
) -> RunReport:
    server.ask("reset")
    statuses: Counter[LinkStatus] = Counter()
    progress = Progress(len(urls))

    def on_result(result: LinkCheck) -> None:
        statuses[result.status] += 1

    began = time.monotonic()
    summary = check_urls(urls, settings, on_result=on_result, on_progress=progress)
    wall = time.monotonic() - began
    progress.done()
    stats = server.ask("stats")
    assert isinstance(stats, tuple)
    per_host: dict[str, int] = stats[0]
    max_in_flight: dict[str, int] = stats[1]
    allowed = min(settings.per_host, server_cap)
    bound = lower_bound(per_host, lat, allowed, settings.concurrency, settings.min_interval)
    return RunReport(
        label=label,
        n=len(urls),
        wall=wall,
        bound=bound,
        summary=summary,
        server_requests=sum(per_host.values()),
        server_max_in_flight=max(max_in_flight.values(), default=0),
        client_max_in_flight=max(summary.max_in_flight_per_host.values(), default=0),
        alive=statuses[LinkStatus.ALIVE],
    )


def store_runs(server: ServerHandle, urls: list[str], settings: CheckSettings) -> str:
    """A cold ``bibcheck check`` run through the store, then a warm one inside max-age."""
    from bibcheck.check.run import run_check
    from bibcheck.config import Settings
    from bibcheck.store import open_db

    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "bench.db")
        db.execute("pragma foreign_keys = off")  # cite the URLs without documents
        db.table("urls").insert_all({"url": u, "host": "", "key": u} for u in urls)
        db.table("reference_urls").insert_all(
            {"reference_id": f"r{i}", "url": u} for i, u in enumerate(urls)
        )
        server.ask("reset")
        began = time.monotonic()
        cold = run_check(db, Settings(check=settings))
        cold_s = time.monotonic() - began
        server.ask("reset")
        began = time.monotonic()
        warm = run_check(db, Settings(check=settings))
        warm_s = time.monotonic() - began
        stats = server.ask("stats")
        assert isinstance(stats, tuple)
        warm_requests = sum(stats[0].values())
        db.close()
    return (
        f"store: cold run {len(urls)} URLs {cold_s:.2f} s ({cold.stored} stored); "
        f"warm re-run inside max-age: {warm.due} due, {warm.summary.requests_sent} requests "
        f"sent, {warm_requests} seen by the server, {warm_s:.2f} s"
    )


class Progress:
    """A one-line progress display on stderr."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last > 0.5 or done == total:
            self.last = now
            print(f"\r  {done}/{total}", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        print("\r" + " " * 30 + "\r", end="", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    parser.add_argument("--n", type=int, action="append", help="URLs per run (repeatable)")
    parser.add_argument("--hosts", type=int, default=100)
    parser.add_argument("--quick", action="store_true", help="N=1000 only, no default-pacing run")
    parser.add_argument("--per-host", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--server-cap", type=int, default=4, help="server-side in-flight cap")
    parser.add_argument("--skew", type=float, default=0.7, help="Zipf exponent of URL spread")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)

    sizes: list[int] = args.n or ([1000] if args.quick else [1000, 10_000])
    hosts = host_names(args.hosts)
    lat = latencies(hosts, args.seed)
    server = start_server(lat, args.server_cap)
    base = CheckSettings(
        per_host=args.per_host,
        concurrency=args.concurrency,
        min_interval=0.0,
        retries=0,
        timeout=10.0,
        resolve={h: "127.0.0.1" for h in hosts},
        allow_hosts=frozenset(hosts),
    )
    print(
        f"{args.hosts} hosts, latency 20-200 ms, server cap {args.server_cap}/host, "
        f"per_host={args.per_host}, concurrency={args.concurrency}, skew={args.skew}"
    )
    runs: list[tuple[str, int, CheckSettings]] = [("min_interval=0", n, base) for n in sizes]
    if not args.quick:
        paced = dataclasses.replace(base, min_interval=0.5)
        runs.append(("min_interval=0.5 (default)", 1000, paced))
        no_probe = dataclasses.replace(base, soft404_probe=False)
        runs.append(("min_interval=0, soft404 probe off", sizes[-1], no_probe))
    try:
        for label, n, settings in runs:
            urls = make_urls(n, hosts, server.port, args.seed + n, args.skew)
            report = run_once(label, server, urls, settings, lat, args.server_cap)
            print(report.line(), flush=True)
        urls = make_urls(sizes[-1], hosts, server.port, args.seed, args.skew)
        print(store_runs(server, urls, base), flush=True)
    finally:
        server.ask("stop")
        server.process.join(timeout=5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
