"""One check run shared between worker processes (bibcheck.check.pool / worker).

The same verdicts as in one process; every per-host rule kept across
processes (a redirect to a host another worker owns is made by that owner,
paced by its rules, and fetched once; a foreign host's soft-404 probe is
fetched once, by its owner); the offline decision taken once for the run;
Ctrl-C keeps what was stored and leaves no worker behind.  Real loopback
servers and real worker processes; the counts asserted are the servers'.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bibcheck.check.engine import CheckRunSummary, check_urls
from bibcheck.check.settings import CheckSettings
from bibcheck.model import LinkCheck
from bibcheck.model import LinkStatus as S
from tests.netserver import SiteServer, on_hosts

HOSTS = tuple(f"w{i}.bench.test" for i in range(4)) + ("catchall.bench.test", "parked.bench.test")
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def settings(net_settings: CheckSettings) -> CheckSettings:
    return on_hosts(
        net_settings,
        HOSTS,
        per_host=2,
        concurrency=16,
        processes=2,
    )


def run(
    urls: list[str], settings: CheckSettings, **kw: object
) -> tuple[dict[str, LinkCheck], CheckRunSummary]:
    results: dict[str, LinkCheck] = {}

    def keep(result: LinkCheck) -> None:
        assert result.url not in results  # one result per URL
        results[result.url] = result

    summary = check_urls(urls, settings, on_result=keep, **kw)  # type: ignore[arg-type]
    return results, summary


def starts_by_host(server: SiteServer) -> dict[str, list[float]]:
    found: dict[str, list[float]] = {}
    for host, at in server.stats.starts:
        found.setdefault(host, []).append(at)
    return {h: sorted(t) for h, t in found.items()}


# --------------------------------------------------------------------------
# the same verdicts
# --------------------------------------------------------------------------


def mixed_urls(server: SiteServer, tag: str) -> list[str]:
    """Every kind of answer, on several hosts, with redirects between hosts."""
    urls: list[str] = []
    for i, host in enumerate(HOSTS[:4]):
        other = HOSTS[(i + 1) % 4]
        urls += [
            server.url(f"/a/{tag}-page-{i}", host),
            server.url(f"/a/{tag}-second-{i}", host),
            server.url(f"/status/404?{tag}={i}", host),
            server.url(f"/status/410?{tag}={i}", host),
            server.url(f"/status/403?{tag}={i}", host),
            server.url(f"/redirect/301?to=/a/{tag}-moved-{i}", host),
            server.url(f"/redirect/302?to={server.url(f'/a/{tag}-across-{i}', other)}", host),
            server.url(f"/redirect/301?to={server.url(f'/status/404?{tag}-x={i}', other)}", host),
            server.url(f"/soft404?{tag}={i}", host),
            server.url(f"/challenge?{tag}={i}", host),
            server.url(f"/gohome?{tag}={i}", host),
            server.url(f"/pdf?{tag}={i}", host),
            server.url(f"/loop/a?{tag}={i}", host),
            server.url(f"/docs/{tag}/{i}/page", "catchall.bench.test"),
            server.url(
                f"/redirect/302?to={server.url(f'/d/{tag}{i}', 'catchall.bench.test')}", host
            ),
            server.url(f"/x/{tag}{i}", "parked.bench.test"),
        ]
    return urls


def first_tries(summary: CheckRunSummary) -> int:
    return summary.requests_sent - sum(h.retries for h in summary.host_stats.values())


def test_two_processes_give_the_verdicts_of_one(
    settings: CheckSettings, https_server: SiteServer
) -> None:
    urls = mixed_urls(https_server, "same")
    alone, one = run(urls, dataclasses.replace(settings, processes=1))
    shared, two = run(urls, settings)
    assert (one.processes, two.processes) == (1, 2)
    assert set(alone) == set(shared) == set(urls)
    seen = {
        u: (r.status, r.http_status, r.final_url, r.redirects, r.reason, r.page_title)
        for u, r in shared.items()
    }
    assert seen == {
        u: (r.status, r.http_status, r.final_url, r.redirects, r.reason, r.page_title)
        for u, r in alone.items()
    }
    assert {r.status for r in shared.values()} >= {
        S.ALIVE, S.DEAD, S.BLOCKED, S.MOVED, S.SOFT_404, S.TOO_MANY_REDIRECTS,
    }  # fmt: skip
    # the same work: every request, probe and answer shared once, whatever the partition
    # (retries excepted: a request that times out on a loaded machine is tried again)
    assert first_tries(two) == first_tries(one)
    assert (two.probes_sent, two.probes_reused) == (one.probes_sent, one.probes_reused)
    assert two.by_status == one.by_status and two.by_host == one.by_host
    assert two.checked == one.checked == len(urls) and two.not_checked == 0
    assert set(two.host_stats) == set(one.host_stats)
    assert two.concurrency == settings.concurrency  # split between the processes, not doubled


def test_progress_and_status_come_from_the_calling_thread(
    settings: CheckSettings, http_server: SiteServer
) -> None:
    urls = [http_server.url(f"/a/progress-{i}", HOSTS[i % 4]) for i in range(40)]
    progress: list[tuple[int, int]] = []
    statuses = []
    results, summary = run(
        urls, settings, on_progress=lambda d, t: progress.append((d, t)), on_status=statuses.append
    )
    assert summary.processes == 2 and len(results) == 40
    assert progress == [(i, 40) for i in range(1, 41)]
    assert statuses and statuses[-1].done == 40 and statuses[-1].total == 40


# --------------------------------------------------------------------------
# per-host rules across processes
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def paced_server() -> Iterator[SiteServer]:
    """20 ms per answer, at most 2 requests of a host at once (429 beyond)."""
    server = SiteServer(
        latency=lambda _host: 0.02, host_cap={h: 2 for h in HOSTS}, cap_mode="reject"
    ).start()
    yield server
    server.stop()


@pytest.mark.parametrize("processes", [1, 2], ids=["one-process", "two-processes"])
def test_a_redirect_to_another_workers_host_is_paced_by_its_owner(
    settings: CheckSettings, paced_server: SiteServer, processes: int
) -> None:
    """Hosts redirect into each other; whichever worker owns a host, the server sees its
    requests spaced by the interval, never more in flight than allowed, and a redirect
    target that is also cited fetched once.  (A check dispatched for a URL a redirect is
    already fetching used to hold its host's turn while waiting for that fetch, which
    needed the turn: a deadlock, in one process as in two.)"""
    paced_server.stats.reset()
    a, b, c = HOSTS[:3]
    urls = []
    for i in range(4):
        urls.append(paced_server.url(f"/a/direct-{i}", b))
        urls.append(paced_server.url(f"/a/own-{i}", a))
        target = paced_server.url(f"/a/target-{i}", b)
        urls.append(paced_server.url(f"/redirect/302?to={target}", a))
        urls.append(paced_server.url(f"/redirect/302?to={target}", c))
        urls.append(target)  # cited too
        back = paced_server.url(f"/a/back-{i}", a)
        urls.append(paced_server.url(f"/redirect/302?to={back}", b))
    interval = 0.3
    chosen = dataclasses.replace(settings, min_interval=interval, processes=processes)
    results, summary = run(urls, chosen)
    assert summary.processes == processes
    assert {r.status for r in results.values()} == {S.ALIVE}
    for i in range(4):  # one fetch each, though three URLs lead there
        assert len(paced_server.stats.requests_for(f"/a/target-{i}", b)) == 1
    assert dict(paced_server.stats.rejected) == {}  # never a 429
    assert all(n <= 2 for n in paced_server.stats.max_in_flight.values())
    for host, times in starts_by_host(paced_server).items():
        gaps = [y - x for x, y in zip(times, times[1:], strict=False)]
        # spaced by the interval as the server sees it (slack for the server's thread
        # wake-ups on a loaded machine; unpaced requests would be milliseconds apart)
        assert min(gaps) >= interval - 0.1, (host, gaps)
    seen = {h: len(t) for h, t in starts_by_host(paced_server).items()}
    assert {h: summary.host_stats[h].requests for h in seen} == seen
    assert summary.requests_sent == sum(seen.values())


def test_the_probe_of_another_workers_host_is_fetched_once(
    settings: CheckSettings, http_server: SiteServer
) -> None:
    http_server.stats.reset()
    catchall = "catchall.bench.test"
    direct = [http_server.url(f"/docs/{i}/page", catchall) for i in range(4)]
    via = [
        http_server.url(f"/redirect/302?to={http_server.url(f'/docs/v{i}/page', catchall)}", h)
        for i, h in enumerate(HOSTS[:4])
    ]
    results, summary = run(direct + via, settings)
    assert {r.status for r in results.values()} == {S.SOFT_404}
    probes = [p for _m, h, p in http_server.stats.log if h == catchall and "bibcheck-" in p]
    assert len(probes) == 1  # one (host, path shape), one probe, by the host's owner
    assert (summary.probes_sent, summary.probes_reused) == (1, 7)


# --------------------------------------------------------------------------
# offline, once for the run
# --------------------------------------------------------------------------


def test_an_offline_machine_is_recognised_before_any_check(settings: CheckSettings) -> None:
    urls = [f"https://h{i}.invalid/page" for i in range(8)] + ["ftp://files.invalid/x"]
    results, summary = run(urls, dataclasses.replace(settings, resolve={}))
    assert summary.degraded and "offline" in summary.degraded_reason
    assert summary.requests_sent == 0
    assert [r.status for r in results.values()] == [S.UNSUPPORTED_SCHEME]  # needs no network
    assert summary.not_checked == 8 and summary.checked == 1


def test_dns_errors_count_once_a_name_resolves(
    settings: CheckSettings, http_server: SiteServer
) -> None:
    dead = [f"https://gone{i}.invalid/page" for i in range(4)]
    live = [http_server.url(f"/a/resolves-{i}", HOSTS[i % 4]) for i in range(4)]
    results, summary = run(dead + live, settings)
    assert not summary.degraded
    assert {u: r.status for u, r in results.items()} == {
        **{u: S.DNS_ERROR for u in dead},
        **{u: S.ALIVE for u in live},
    }
    assert not any(r.offline for r in results.values())


def test_failing_canaries_stop_the_run_before_any_check(
    settings: CheckSettings, http_server: SiteServer
) -> None:
    http_server.stats.reset()
    urls = [http_server.url(f"/a/canary-{i}", HOSTS[i % 4]) for i in range(6)]
    canaries = ("https://canary.invalid/",)
    results, summary = run(urls, dataclasses.replace(settings, canary_urls=canaries))
    assert summary.degraded and "canary" in summary.degraded_reason
    assert results == {} and summary.not_checked == 6
    assert http_server.stats.log == []


# --------------------------------------------------------------------------
# interruption
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def slow_server() -> Iterator[SiteServer]:
    server = SiteServer(latency=lambda _host: 0.25).start()
    yield server
    server.stop()


def workers_of(marker: str, caller: int, command: bytes) -> list[int]:
    """Live worker processes of the run tagged with ``marker`` whose coordinator is the
    process ``caller`` (command line ``command``): started ones (``python -m
    bibcheck.check.worker``) or copies of the caller forked by it (its command line)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == caller:
            continue
        try:
            environ = (entry / "environ").read_bytes()
            cmdline = (entry / "cmdline").read_bytes()
            status = (entry / "status").read_text()
        except OSError:
            continue
        zombie = any(line.startswith("State:") and "Z" in line for line in status.splitlines())
        if marker.encode() not in environ or zombie:
            continue
        if b"bibcheck.check.worker" in cmdline or cmdline == command:
            found.append(int(entry.name))
    return found


BIBCHECK = [sys.executable, "-m", "bibcheck"]


def write_project(tmp_path: Path, urls: list[str], hosts: tuple[str, ...], extra: str) -> None:
    """A manuscript citing ``urls`` (GOST-style notes) and a bibcheck.toml for the hosts."""
    notes = "\n\n".join(
        f"<sup>{i}</sup> Source {i} [Electronic resource]. - 2023. - URL: <{u}>"
        for i, u in enumerate(urls, 1)
    )
    claims = " ".join(f"Claim {i}<sup>{i}</sup>." for i in range(1, len(urls) + 1))
    (tmp_path / "paper.md").write_text(f"{claims}\n\n---\n\n{notes}\n", encoding="utf-8")
    names = ", ".join(f'"{h}"' for h in hosts)
    resolve = "".join(f'"{h}" = "127.0.0.1"\n' for h in hosts)
    (tmp_path / "bibcheck.toml").write_text(
        f"min_interval = 0\nretries = 0\ntimeout = 5\nper_host = 1\nconcurrency = 4\n"
        f"{extra}allow_hosts = [{names}]\n[resolve]\n{resolve}",
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    ("flag", "shown"), [("2", "(2 processes)."), ("1", " s.")], ids=["two", "one"]
)
def test_the_processes_option_of_bibcheck_check(
    tmp_path: Path, http_server: SiteServer, flag: str, shown: str
) -> None:
    """`--processes` overrides the config file, and the summary says how many shared the run."""
    hosts = HOSTS[:4]
    urls = [http_server.url(f"/a/option-{flag}-{i}", hosts[i % 4]) for i in range(12)]
    write_project(tmp_path, urls, hosts, "processes = 3\n")
    ingest = subprocess.run(
        [*BIBCHECK, "ingest", "paper.md"], cwd=tmp_path, capture_output=True, timeout=60
    )
    assert ingest.returncode == 0, ingest.stderr
    check = subprocess.run(
        [*BIBCHECK, "check", "--processes", flag],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COLUMNS": "300"},
    )
    assert check.returncode == 0, check.stderr
    line = next(x for x in check.stdout.splitlines() if "requests sent" in x)
    assert "12 checked" in line and line.rstrip().endswith(shown), line
    with sqlite3.connect(tmp_path / "bibcheck.db") as conn:
        assert conn.execute("select count(*) from link_checks").fetchone()[0] == 12


def _sigint_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
def test_ctrl_c_keeps_what_was_stored_and_stops_the_workers(
    tmp_path: Path, slow_server: SiteServer, ca_file: Path
) -> None:
    """`bibcheck check` over two processes, interrupted: exit 130, results kept."""
    hosts = HOSTS[:4]
    # 160 URLs at 4 in flight and 0.25 s each: 10 s of work, interrupted after the first
    # batches are stored, with ample margin on a loaded machine
    urls = [slow_server.url(f"/a/interrupted-{i}", hosts[i % 4]) for i in range(160)]
    write_project(tmp_path, urls, hosts, "processes = 2\n")
    marker = f"BIBCHECK_TEST_RUN={os.getpid()}-{time.monotonic_ns()}"
    env = {**os.environ, marker.split("=")[0]: marker.split("=")[1]}
    ingest = subprocess.run(
        [*BIBCHECK, "ingest", "paper.md"], cwd=tmp_path, env=env, capture_output=True, timeout=60
    )
    assert ingest.returncode == 0, ingest.stderr
    check = subprocess.Popen(
        [*BIBCHECK, "check"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # Ctrl-C as at a terminal, even when the tests run as a background job (which
        # inherits SIGINT ignored, and Python would then not raise KeyboardInterrupt)
        preexec_fn=_sigint_default,
    )
    command = Path(f"/proc/{check.pid}/cmdline").read_bytes()
    db = tmp_path / "bibcheck.db"
    stored = 0
    deadline = time.monotonic() + 60
    while stored < 6 and time.monotonic() < deadline and check.poll() is None:
        time.sleep(0.1)
        with sqlite3.connect(db) as conn:
            stored = conn.execute("select count(*) from link_checks").fetchone()[0]
    assert 6 <= stored < len(urls), "the run must be interrupted half-way"
    assert len(workers_of(marker, check.pid, command)) == 2
    check.send_signal(signal.SIGINT)
    _out, err = check.communicate(timeout=30)
    assert check.returncode == 130, err
    assert b"everything stored so far is kept" in err
    with sqlite3.connect(db) as conn:
        kept = conn.execute("select count(*) from link_checks").fetchone()[0]
        run_row = conn.execute("select degraded, degraded_reason from check_runs").fetchone()
    assert stored <= kept < len(urls)
    assert run_row == (1, "interrupted")
    deadline = time.monotonic() + 10
    while workers_of(marker, check.pid, command) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert workers_of(marker, check.pid, command) == []  # no worker left behind
