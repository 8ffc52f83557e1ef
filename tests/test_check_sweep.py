"""The order hosts are started in: worked through one at a time while many are
waiting, then every host started (the sweep) so that the host with most work
left is known and served first to the end - a slow host is never the one
started last.  Real local servers for the engine; the scheduler alone for
the order of its choices.  No timed assertions."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from bibcheck.check.engine import check_urls
from bibcheck.check.scheduler import HostScheduler
from bibcheck.check.settings import CheckSettings
from bibcheck.model import LinkCheck
from bibcheck.model import LinkStatus as S
from tests.netserver import SiteServer, on_hosts

FAST = tuple(f"f{i}.sweep.test" for i in range(3))
SLOW = "slow.sweep.test"


def dispatch_order(scheduler: HostScheduler, elapsed: dict[str, float], count: int) -> list[str]:
    """The hosts of ``count`` checks run one after another, each taking ``elapsed[host]``."""

    async def go() -> list[str]:
        order = []
        for _ in range(count):
            task = await scheduler.next_task()
            assert task is not None
            host, _url = task
            scheduler.prepay(host)
            scheduler.task_done(host, elapsed[host])
            order.append(host)
        return order

    return asyncio.run(go())


def test_started_hosts_are_worked_through_while_many_hosts_wait() -> None:
    """Ten hosts of three URLs, one check at a time, 0.5 s each: starting all the
    others would take longer than a kept-alive connection stays open, so a host
    is worked through over its connection before the next is started."""
    scheduler = HostScheduler(per_host=1, min_interval=0.0, concurrency=1)
    hosts = [f"h{i}.test" for i in range(10)]
    for k in range(3):
        for host in hosts:
            scheduler.add(f"https://{host}/{k}", host)
    order = dispatch_order(scheduler, dict.fromkeys(hosts, 0.5), 12)
    assert order == [h for h in hosts[:4] for _ in range(3)]
    assert not scheduler.sweeping


def test_once_the_rest_can_be_started_soon_unstarted_hosts_take_turns() -> None:
    """When every host not started yet can be started within a second, they take
    every other turn: all are started before the first host's queue is empty."""
    scheduler = HostScheduler(per_host=1, min_interval=0.0, concurrency=1)
    hosts = [f"h{i}.test" for i in range(4)]
    for k in range(6):
        for host in hosts:
            scheduler.add(f"https://{host}/{k}", host)
    order = dispatch_order(scheduler, dict.fromkeys(hosts, 0.01), 24)
    assert scheduler.sweeping
    first = {host: order.index(host) for host in hosts}
    assert first[hosts[0]] == 0
    last_of_first = max(i for i, h in enumerate(order) if h == hosts[0])
    assert all(first[h] < last_of_first for h in hosts[1:])  # started early, not in turn
    assert sorted(order) == sorted(hosts * 6)  # every URL once


def test_after_the_sweep_the_host_with_most_work_left_goes_first() -> None:
    scheduler = HostScheduler(per_host=1, min_interval=0.0, concurrency=1)
    slow, fast = "slow.test", ["a.test", "b.test"]
    for k in range(5):
        for host in (*fast, slow):  # the slow host's URLs come last
            scheduler.add(f"https://{host}/{k}", host)
    elapsed = {slow: 0.3, fast[0]: 0.01, fast[1]: 0.01}
    order = dispatch_order(scheduler, elapsed, 15)
    assert order[-1] != slow
    # started before the fast hosts are done, and once known to be slow (5 x 0.3 s of
    # work) served first, to its end
    started = order.index(slow)
    assert started < min(max(i for i, h in enumerate(order) if h == f) for f in fast)
    assert order[started : started + 5] == [slow] * 5


@pytest.fixture
def latency_server() -> Iterator[SiteServer]:
    """The fast hosts answer at once, the slow host after 50 ms."""
    server = SiteServer(latency=lambda host: 0.05 if host == SLOW else 0.0).start()
    yield server
    server.stop()


def test_a_slow_host_is_not_the_one_served_last(
    net_settings: CheckSettings, latency_server: SiteServer
) -> None:
    """One check at a time; the slow host's URLs come last.  Worked through in
    the order given, the slow host would be started last and be the run's tail;
    instead every host is started early and the slow one, known to be slow, is
    served while the fast ones still have work."""
    hosts = (*FAST, SLOW)
    settings = on_hosts(
        net_settings,
        hosts,
        per_host=1,
        concurrency=1,
        min_interval=0.0,
        soft404_probe=False,
    )
    urls = [latency_server.url(f"/a/sweep-{h}-{k}", h) for h in hosts for k in range(5)]
    latency_server.stats.reset()
    results: list[LinkCheck] = []
    check_urls(urls, settings, on_result=results.append)
    assert [r.status for r in results] == [S.ALIVE] * len(urls)
    served = [host for _method, host, path in latency_server.stats.log if "sweep-" in path]
    assert sorted(served) == sorted(h for h in hosts for _ in range(5))  # each URL once
    assert served[-1] != SLOW
    assert served.index(SLOW) < max(i for i, h in enumerate(served) if h == FAST[0])
