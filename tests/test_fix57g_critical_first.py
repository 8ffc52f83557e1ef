"""A host on the critical path gets its next check before idle hosts' routine work.

The depth rule (``HostScheduler._critical``) gives a host a second (third...)
check in flight when its own remaining work at its current depth outlasts the
whole queue at the overall concurrency.  That check must then be dispatched
ahead of the next check of a host that merely has an idle kept-alive
connection: otherwise, where the overall concurrency binds (thousands of
hosts), there is always such a host ready, the critical host waits at depth one
until the queue is nearly empty, and its long chain of slow checks becomes the
tail of the run (issue 12: the benchmark's slowest hosts, started late, were
answered last, 0.4-1.2 s after 95% of the URLs).

The scheduler alone, driven step by step: no network, no timed assertions.
"""

from __future__ import annotations

import asyncio

import pytest

from bibcheck.check.scheduler import HostScheduler

SLOW, QUICK = "slow.test", "quick.test"


async def _take(scheduler: HostScheduler) -> str:
    task = await scheduler.next_task()
    assert task is not None
    host, _url = task
    scheduler.prepay(host)
    return host


async def _choice_after_a_critical_host_is_known(
    slow_urls: int, quick_urls: int, slow_latency: float, concurrency: int
) -> tuple[str, bool]:
    """The quick host has been served, has nothing in flight and has work left; the
    slow host's latency is known and, if it was critical from the start, one of its
    two checks is still in flight.  Which goes next, and is the slow host critical?"""
    scheduler = HostScheduler(per_host=2, min_interval=0.0, concurrency=concurrency)
    for k in range(slow_urls):
        scheduler.add(f"https://{SLOW}/a/{k}", SLOW)
    for k in range(quick_urls):
        scheduler.add(f"https://{QUICK}/a/{k}", QUICK)
    first = await _take(scheduler)  # the most work (both unknown): the slow host
    assert first == SLOW
    scheduler.sent(SLOW)  # its request went out: in flight
    second = await _take(scheduler)
    if second == SLOW:  # already critical on the default latency: its second check
        scheduler.sent(SLOW)
        second = await _take(scheduler)  # the slow host is at per_host now
    assert second == QUICK
    scheduler.task_done(QUICK, 0.01)  # served: idle, kept-alive, work left
    scheduler.task_done(SLOW, slow_latency)  # one slow check ends, one is in flight
    critical = scheduler._critical(SLOW, 1)
    return await _take(scheduler), critical


@pytest.mark.parametrize(
    ("slow_urls", "quick_urls", "slow_latency", "concurrency", "expected"),
    [
        # a long chain of slow checks against little other work: one more check of it first
        (20, 5, 1.0, 4, SLOW),
        (40, 3, 0.4, 8, SLOW),
        (12, 6, 2.0, 2, SLOW),
        # the slow host's work is short against the queue: no second check of it (its one
        # check ends), and of the two idle hosts the one with most work left goes first
        # (before: a host placed while its check was in flight kept the lower rank after
        # the check ended)
        (3, 60, 0.05, 2, QUICK),
        (2, 30, 0.2, 4, QUICK),
    ],
)
def test_a_critical_host_goes_before_an_idle_host(
    slow_urls: int, quick_urls: int, slow_latency: float, concurrency: int, expected: str
) -> None:
    chosen, critical = asyncio.run(
        _choice_after_a_critical_host_is_known(slow_urls, quick_urls, slow_latency, concurrency)
    )
    assert chosen == expected
    assert critical is (expected == SLOW)
