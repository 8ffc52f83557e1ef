"""How a multi-process check run gets to its first request (bibcheck.check.pool / worker).

* A coordinator running one thread forks its workers itself (on Linux): they have
  everything imported already, so they are ready at once; the choice is made per
  run (``start_method``: another thread running, or no ``fork``, starts fresh
  interpreters as before).
* The first hosts are handed out as soon as the online check's sample is read:
  the workers check them while the coordinator reads the rest.

Real worker processes on real loopback servers; the counts asserted are the servers'.
"""

from __future__ import annotations

import dataclasses
import json
import multiprocessing as mp
import os
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from bibcheck.check import pool
from bibcheck.check.settings import CheckSettings
from bibcheck.check.summary import Tally
from tests.helpers import process_state as _state
from tests.netserver import SiteServer
from tests.test_check_processes import HOSTS, mixed_urls, run
from tests.test_check_processes import settings as settings  # the fixture

needs_linux_fork = pytest.mark.skipif(
    not hasattr(os, "fork") or not Path("/proc/self/status").exists(),
    reason="needs os.fork and /proc",
)


@pytest.mark.parametrize(
    ("fork", "fork_here", "threads", "method"),
    [
        (True, True, 1, "here"),  # Linux, the coordinator alone: it forks the workers
        (True, True, 2, "leader"),  # another thread (a progress display): never fork it
        (True, True, 5, "leader"),
        (True, False, 1, "leader"),  # not Linux: a fresh interpreter forks the others
        (False, True, 1, "each"),  # no fork at all: a process each
        (False, False, 3, "each"),
    ],
)
def test_start_method(fork: bool, fork_here: bool, threads: int, method: str) -> None:
    assert pool.start_method(fork=fork, fork_here=fork_here, threads=threads) == method


def _own_session(pid: int) -> bool:
    """Has ``pid`` opened a session of its own? The copy calls ``setsid`` first thing
    after the fork, but on a loaded machine it may not have run yet: wait for it (a
    bounded wait for an event, not a timing assertion)."""
    deadline = time.monotonic() + 30
    while os.getsid(pid) != pid and time.monotonic() < deadline:
        time.sleep(0.01)
    return os.getsid(pid) == pid


def _force_here(monkeypatch: pytest.MonkeyPatch) -> None:
    # the test servers run in threads of this process: the real choice would not fork
    # it; the forked copies never touch those threads (they only check and report)
    monkeypatch.setattr(pool, "start_method", lambda **_kw: "here")


@needs_linux_fork
def test_workers_forked_by_the_coordinator_are_its_children_in_sessions_of_their_own(
    settings: CheckSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    _force_here(monkeypatch)
    coordinator = pool._Coordinator(settings, 3, Tally(lambda _r: None, None, None))
    coordinator.start()
    try:
        pids = [w.pid for w in coordinator.workers]
        assert all(w.process is None and w.child for w in coordinator.workers)
        assert all(pid is not None for pid in pids)
        for pid in pids:
            assert pid is not None
            state = _state(pid)
            assert state is not None and state[0] == os.getpid()
            assert _own_session(pid)  # a session (and CPU autogroup) of its own
    finally:
        coordinator.stop()
    assert all(w.gone for w in coordinator.workers)
    for pid in pids:
        assert pid is not None
        assert _state(pid) is None
        with pytest.raises(ChildProcessError):  # reaped: no zombie left
            os.waitpid(pid, os.WNOHANG)


@needs_linux_fork
def test_workers_forked_by_the_coordinator_give_the_verdicts_of_one_process(
    settings: CheckSettings, https_server: SiteServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    urls = mixed_urls(https_server, "forked-here")
    alone, one = run(urls, dataclasses.replace(settings, processes=1))
    _force_here(monkeypatch)
    shared, two = run(urls, settings)
    assert two.processes == 2
    assert set(shared) == set(urls)
    for url in urls:
        a, b = alone[url], shared[url]
        assert (a.status, a.http_status, a.final_url, a.redirects, a.reason) == (
            b.status,
            b.http_status,
            b.final_url,
            b.redirects,
            b.reason,
        ), url
    assert two.requests_sent == one.requests_sent
    assert two.by_status == one.by_status


def _check_alone(conn: Connection, urls: list[str], settings: CheckSettings) -> None:
    """In a fresh process of one thread (as ``bibcheck check`` without a terminal)."""
    from bibcheck.check.engine import check_urls

    results: dict[str, str] = {}
    summary = check_urls(urls, settings, on_result=lambda r: results.update({r.url: r.status}))
    conn.send((results, summary.processes, summary.requests_sent, os.getpid()))


@needs_linux_fork
def test_a_coordinator_of_one_thread_forks_its_workers_itself(
    settings: CheckSettings,
    https_server: SiteServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    urls = mixed_urls(https_server, "alone")
    alone, one = run(urls, dataclasses.replace(settings, processes=1))
    # the run's timeline (read by bibcheck.check.timeline as the new process imports it)
    monkeypatch.setenv("BIBCHECK_TIMELINE", str(tmp_path))
    parent, child = mp.get_context("spawn").Pipe()
    process = mp.get_context("spawn").Process(target=_check_alone, args=(child, urls, settings))
    process.start()
    try:
        assert parent.poll(120), "the run did not end"
        results, processes, requests, coordinator = parent.recv()
    finally:
        process.join(30)
    assert processes == 2
    assert results == {u: r.status for u, r in alone.items()}
    assert requests == one.requests_sent
    marks: dict[int, list[str]] = {}
    traced: list[tuple[str, str, float]] = []
    waits: list[float] = []
    for path in tmp_path.glob("timeline-*.jsonl"):
        pid = int(path.stem.split("-")[1])
        records = [json.loads(x) for x in path.read_text().splitlines()]
        marks[pid] = [r["mark"] for r in records if "mark" in r]
        traced.extend(e for r in records if r.get("mark") == "trace" for e in r["events"])
        waits.extend(r["runq"] for r in records if "runq" in r)
    # every exchange of the workers is traced: its turn, its going out, its end
    kinds = [kind for kind, _host, _at in traced]
    assert kinds.count("enter") == kinds.count("exit") == requests
    assert 0 < kinds.count("sent") <= requests  # refused or failed ones never went out
    assert waits and all(w >= 0.0 for w in waits)
    assert marks[coordinator].count("forked") == 2
    workers = [pid for pid in marks if pid != coordinator]
    assert len(workers) == 2  # forked copies, no started interpreter
    assert all("worker_forked" in marks[pid] for pid in workers)


def test_the_first_hosts_are_checked_while_the_rest_is_still_read(
    settings: CheckSettings, https_server: SiteServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The URL source stops half-way until the server has seen a request: a coordinator
    that read everything before handing any host out would wait in vain."""
    monkeypatch.setattr(pool, "SLICE_FIRST", 4)
    monkeypatch.setattr(pool, "SLICE", 4)
    hosts = HOSTS[:4] + tuple(f"x{i}.bench.test" for i in range(8))
    settings = dataclasses.replace(
        settings,
        resolve={**settings.resolve, **{h: "127.0.0.1" for h in hosts}},
        allow_hosts=settings.allow_hosts | frozenset(hosts),
    )
    tag = f"stream-{time.monotonic_ns()}"
    urls = [https_server.url(f"/a/{tag}-{i}", hosts[i % len(hosts)]) for i in range(60)]
    seen_while_reading: list[int] = []

    def source() -> Iterator[str]:
        yield from urls[:30]
        deadline = time.monotonic() + 60  # a wait for the workers' start, not a timing
        while not https_server.stats.requests_for(f"/a/{tag}") and time.monotonic() < deadline:
            time.sleep(0.02)
        seen_while_reading.append(len(https_server.stats.requests_for(f"/a/{tag}")))
        yield from urls[30:]

    results: dict[str, object] = {}
    got = pool.check_in_processes(
        source(),
        settings,
        2,
        on_result=lambda r: results.update({r.url: r}),
        expected=len(urls),
    )
    assert seen_while_reading and seen_while_reading[0] > 0
    assert set(results) == set(urls)
    assert got.checked == len(urls) and got.processes == 2
