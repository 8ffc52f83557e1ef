"""A started host whose kept-alive connection has stood idle for half the keep-alive
time goes before the busiest hosts (issue 12, round 68).

Among ready hosts the one with most work left goes first; where the overall
concurrency binds, a host with little work left waits behind the busy ones, its idle
connection expires (``KEEPALIVE_S``) and its next check costs a new TCP and TLS
set-up on both sides: on a loaded machine, where a 10,000-URL run took twice as
long, 1,243-1,630 connections were opened for 1,000 hosts.  Once its connection has
stood idle :data:`EXPIRING_S`, it goes first; once it is older than the keep-alive
(the connection is gone anyway), the busiest host goes first again.

The scheduler alone, driven step by step with explicit times: no network, no timed
assertions.
"""

from __future__ import annotations

import asyncio
import time

import pytest

from bibcheck.check.scheduler import EXPIRING_S, HostScheduler
from bibcheck.net.client import KEEPALIVE_S

BUSY, QUIET = "busy.test", "quiet.test"


async def _choice(busy: int, quiet: int, busy_s: float, quiet_s: float, after: float) -> str:
    """Both hosts served once and idle (the quiet one ended first), ``after`` seconds
    after the end of their checks: which ready host is taken next?"""
    scheduler = HostScheduler(per_host=1, min_interval=0.0, concurrency=1000)
    for k in range(busy):
        scheduler.add(f"https://{BUSY}/p/{k}", BUSY)
    for k in range(quiet):
        scheduler.add(f"https://{QUIET}/p/{k}", QUIET)
    for _ in range(2):
        task = await scheduler.next_task()
        assert task is not None
        scheduler.prepay(task[0])
        scheduler.sent(task[0])
    scheduler.task_done(QUIET, quiet_s)
    scheduler.task_done(BUSY, busy_s)
    host = scheduler._pop_ready(time.monotonic() + after)
    assert host is not None
    return host


@pytest.mark.parametrize(
    ("busy", "quiet", "busy_s", "quiet_s"),
    [
        (10, 2, 0.4, 0.05),  # the benchmark's shapes: a slow host and a quick one
        (30, 5, 1.0, 0.2),
        (8, 7, 0.3, 0.3),  # as slow, a little less work
    ],
)
def test_an_idle_connection_about_to_expire_goes_first(
    busy: int, quiet: int, busy_s: float, quiet_s: float
) -> None:
    chosen = [
        asyncio.run(_choice(busy, quiet, busy_s, quiet_s, after))
        for after in (0.0, EXPIRING_S + 0.01, KEEPALIVE_S + 0.5)
    ]
    # at once: the most work first; idle half the keep-alive: the quiet host, which
    # ended first; past the keep-alive (its connection is gone): the most work again
    assert chosen == [BUSY, QUIET, BUSY]
