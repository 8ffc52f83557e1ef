"""A check that fetches its host's soft-404 probe gives back its slot ("lends" it): the
host's next check may start beside the probe, and the probe still counts against the
per-host cap (issue 12: no wasted wait, no politeness lost)."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator

import pytest

from bibcheck.check.engine import CheckRunSummary, check_urls
from bibcheck.check.scheduler import HostScheduler
from bibcheck.check.settings import CheckSettings
from bibcheck.model import LinkCheck
from bibcheck.model import LinkStatus as S
from tests.netserver import SiteServer, resolve_map

HOSTS = tuple(f"h{i}.lend.test" for i in range(16))


@pytest.fixture
def settings(net_settings: CheckSettings) -> CheckSettings:
    hosts = tuple(net_settings.resolve) + HOSTS
    return dataclasses.replace(
        net_settings,
        resolve=resolve_map(hosts),
        allow_hosts=frozenset(hosts),
        soft404_probe=True,
        use_head=False,
        min_interval=0.0,
    )


@pytest.fixture
def slow_server() -> Iterator[SiteServer]:
    """Every answer of every host takes 80 ms."""
    server = SiteServer(latency=lambda _host: 0.08).start()
    yield server
    server.stop()


def run(urls: list[str], settings: CheckSettings) -> tuple[list[LinkCheck], CheckRunSummary]:
    results: list[LinkCheck] = []
    summary = check_urls(urls, settings, on_result=results.append)
    return results, summary


async def _dispatched(scheduler: HostScheduler) -> str:
    """Dispatch the next check and let its first request go out."""
    got = await asyncio.wait_for(scheduler.next_task(), 1.0)
    assert got is not None
    host, _url = got
    scheduler.prepay(host)
    async with scheduler.request(host):
        scheduler.sent(host)
    return host


async def _blocked(scheduler: HostScheduler) -> bool:
    try:
        await asyncio.wait_for(scheduler.next_task(), 0.1)
    except TimeoutError:
        return True
    return False


@pytest.mark.parametrize("per_host", [1, 2, 3])
def test_a_lent_slot_still_counts_against_the_per_host_cap(per_host: int) -> None:
    async def go() -> None:
        scheduler = HostScheduler(per_host=per_host, min_interval=0.0)
        for i in range(per_host + 2):
            scheduler.add(f"https://a.test/p{i}", "a.test")
        for _ in range(per_host):
            await _dispatched(scheduler)
        assert await _blocked(scheduler)  # the cap: per_host checks in flight
        scheduler.lend("a.test", 0.05)  # one of them now only fetches the probe
        assert await _blocked(scheduler)  # the probe is a request in flight: still capped
        scheduler.returned("a.test")  # the probe answered
        assert await _dispatched(scheduler) == "a.test"  # the slot is free again

    asyncio.run(go())


def test_a_lent_slot_lets_the_hosts_next_check_start_beside_the_probe() -> None:
    async def go() -> None:
        scheduler = HostScheduler(per_host=2, min_interval=0.0)
        for i in range(3):
            scheduler.add(f"https://a.test/p{i}", "a.test")
        await _dispatched(scheduler)
        await _dispatched(scheduler)
        scheduler.task_done("a.test", 0.05)  # the second check ended
        scheduler.lend("a.test", 0.05)  # the first fetches the probe
        # one check's probe in flight, nothing else: the third check starts beside it
        assert await _dispatched(scheduler) == "a.test"
        assert await _blocked(scheduler) or scheduler.queued == 0

    asyncio.run(go())


@pytest.mark.parametrize("per_host", [1, 2])
def test_probes_never_exceed_the_per_host_cap_on_the_wire(
    settings: CheckSettings, slow_server: SiteServer, per_host: int
) -> None:
    urls = [slow_server.url(f"/a/lend{i}", HOSTS[i % 4]) for i in range(24)]
    results, summary = run(urls, dataclasses.replace(settings, per_host=per_host, concurrency=16))
    assert len(results) == 24 and all(r.status is S.ALIVE for r in results)
    assert summary.probes_sent == 4  # one per host and path shape
    assert all(slow_server.stats.max_in_flight[h] <= per_host for h in HOSTS[:4])
    assert summary.max_in_flight_per_host == {h: per_host for h in HOSTS[:4]}


def test_a_hosts_next_check_overlaps_its_probe_when_slots_are_spread(
    settings: CheckSettings, slow_server: SiteServer
) -> None:
    """Sixteen hosts of three URLs and eight slots: the overall concurrency binds, so each
    host gets one check at a time (the depth rule).  Its first check's probe no longer
    holds that one check slot: the host's second URL is fetched while the probe is in
    flight, two requests at once and never more than per_host."""
    urls = [slow_server.url(f"/a/spread{i}", HOSTS[i % 16]) for i in range(48)]
    results, summary = run(urls, dataclasses.replace(settings, per_host=2, concurrency=8))
    assert len(results) == 48 and all(r.status is S.ALIVE for r in results)
    assert summary.probes_sent == 16
    seen = [slow_server.stats.max_in_flight[h] for h in HOSTS]
    assert max(seen) == 2 and all(n <= 2 for n in seen)
