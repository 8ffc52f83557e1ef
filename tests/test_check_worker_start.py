"""How a multi-process check run starts its workers (bibcheck.check.pool / worker).

Where ``os.fork`` exists, one process is started for all the workers: it
imports what they need once and forks the others (so they do not import
side by side); without it, each worker is a process of its own.  Both give
the verdicts of one process, and a stopped run leaves no worker behind
(worker 0's process reaps the workers it forked).
Real worker processes on real loopback servers.
"""

from __future__ import annotations

import dataclasses
import os
import time
from pathlib import Path

import pytest

from bibcheck.check import pool
from bibcheck.check.settings import CheckSettings
from bibcheck.check.summary import Tally
from tests.helpers import process_state as _state
from tests.netserver import SiteServer
from tests.test_check_processes import mixed_urls, run
from tests.test_check_processes import settings as settings  # the fixture

needs_fork = pytest.mark.skipif(
    not hasattr(os, "fork") or not Path("/proc/self/status").exists(),
    reason="needs os.fork and /proc",
)


def _seen(results: dict[str, object]) -> dict[str, tuple[object, ...]]:
    return {
        u: (r.status, r.http_status, r.final_url, r.redirects, r.reason)  # type: ignore[attr-defined]
        for u, r in results.items()
    }


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "process-each"])
def test_three_workers_give_the_verdicts_of_one_however_started(
    settings: CheckSettings,
    https_server: SiteServer,
    fork: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if fork and not hasattr(os, "fork"):
        pytest.skip("needs os.fork")
    monkeypatch.setattr(pool, "FORK", fork)
    urls = mixed_urls(https_server, f"start-{fork}")
    alone, one = run(urls, dataclasses.replace(settings, processes=1))
    shared, three = run(urls, dataclasses.replace(settings, processes=3))
    assert (one.processes, three.processes) == (1, 3)
    assert set(shared) == set(urls)
    assert _seen(shared) == _seen(alone)  # type: ignore[arg-type]
    assert three.requests_sent == one.requests_sent
    assert three.by_status == one.by_status


def _children(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            state = _state(int(entry.name))
            if state is not None and state[0] == parent:
                found.append(int(entry.name))
    return found


@needs_fork
def test_one_process_is_started_and_forks_the_other_workers(
    settings: CheckSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pool, "FORK", True)
    coordinator = pool._Coordinator(settings, 3, Tally(lambda _r: None, None, None))
    coordinator.start()
    try:
        leader = coordinator.workers[0].process
        assert leader is not None
        assert [w.process for w in coordinator.workers[1:]] == [None, None]
        deadline = time.monotonic() + 60  # a wait for the imports, not a timed assertion
        while len(_children(leader.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        forked = _children(leader.pid)
        assert len(forked) == 2
        # each in a session of its own, as a started worker (and a CPU autogroup of its own):
        # a forked child calls setsid() first thing, but a loaded machine may show it before
        while [os.getsid(pid) for pid in forked] != forked and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [os.getsid(pid) for pid in forked] == forked
    finally:
        coordinator.stop()
    assert leader.returncode is not None
    assert all(w.gone for w in coordinator.workers)
    assert sorted(w.pid for w in coordinator.workers[1:]) == sorted(forked)  # type: ignore[type-var]
    deadline = time.monotonic() + 10
    while any(_state(pid) for pid in forked) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [pid for pid in forked if _state(pid)] == []  # no worker left behind
