"""A check worker keeps its caller's CPU priority (bibcheck.check.worker.new_session).

On Linux a new session is a new CPU autogroup, created at nice 0 whatever the caller's
group was: a worker in a session of its own escaped a caller run at lower priority (and
lost a caller's higher one, e.g. the benchmark's, to the servers and to lychee, which stay
in the caller's group).  Each worker now gives its new group the caller's nice value.

Real worker processes however started (forked by the coordinator, one started process
forking the others, a started process each), in a fresh process whose own session's
autogroup is set to a nice value above 0 (allowed without privilege).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from bibcheck.check import pool
from bibcheck.check.settings import CheckSettings
from bibcheck.check.summary import Tally
from bibcheck.check.worker import autogroup_nice

NICE = 3

needs_autogroup = pytest.mark.skipif(
    not hasattr(os, "fork") or not Path("/proc/self/autogroup").exists(),
    reason="needs os.fork and CPU autogroups (/proc/self/autogroup)",
)


def _in_own_session(pid: int) -> bool:
    """Wait (bounded; an event, not a timing assertion) until ``pid`` has run its
    ``setsid`` and set its group: both come first thing after the fork or start."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if os.getsid(pid) == pid and autogroup_nice(pid) == NICE:
            return True
        time.sleep(0.01)
    return os.getsid(pid) == pid


def _workers_nice(conn: Connection, method: str) -> None:
    """In a fresh process: a session of its own at autogroup nice ``NICE``, then a
    coordinator's workers started by ``method``; sends what their groups say."""
    os.setsid()
    with open("/proc/self/autogroup", "w", encoding="ascii") as group:
        group.write(str(NICE))
    pool.start_method = lambda **_kw: method  # type: ignore[assignment]
    settings = CheckSettings(processes=3, concurrency=6)
    coordinator = pool._Coordinator(settings, 3, Tally(lambda _r: None, None, None))
    coordinator.start()
    try:
        pids = [w.pid if w.process is None else w.process.pid for w in coordinator.workers]
        if None in pids:  # forked by the one started worker: its children
            leader = pids[0]
            assert leader is not None
            children = Path(f"/proc/{leader}/task/{leader}/children")
            deadline = time.monotonic() + 30
            while len(children.read_text().split()) < 2 and time.monotonic() < deadline:
                time.sleep(0.01)
            pids = [leader, *map(int, children.read_text().split())]
        seen = [
            (_in_own_session(pid), autogroup_nice(pid), autogroup_nice() == NICE) for pid in pids
        ]
    finally:
        coordinator.stop()
    conn.send(seen)


@needs_autogroup
@pytest.mark.parametrize("method", ["here", "leader", "each"])
def test_workers_keep_the_callers_autogroup_nice(method: str) -> None:
    parent, child = mp.get_context("spawn").Pipe()
    process = mp.get_context("spawn").Process(target=_workers_nice, args=(child, method))
    process.start()
    try:
        assert parent.poll(120), "the coordinator's process did not answer"
        seen = parent.recv()
    finally:
        process.join(60)
    assert len(seen) == 3
    for own_session, nice, caller_nice in seen:
        assert caller_nice  # the caller's group really was at NICE
        assert own_session  # each worker in a session (an autogroup) of its own...
        assert nice == NICE  # ...at the caller's priority, not the default 0
