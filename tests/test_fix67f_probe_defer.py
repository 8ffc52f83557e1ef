"""A needed soft-404 probe waits behind its host's queued URLs (issue 12, round 67).

The first article of a host that answers 200 with a page to compare needs the host's
random-path probe.  The probe is queued at the end of the host's queue instead of
being sent at once: a cited sibling of the same (origin, depth, shape) that answers a
plain 404/410 meanwhile tells how the host answers missing paths, and the probe is not
sent at all.  A site that answers every path with its 200 page gives no such answer,
so its probe is still sent and its pages still judged soft 404s.  Real loopback
servers; the requests counted are the server's own.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator

import pytest

from bibcheck.check.engine import CheckRunSummary, check_urls
from bibcheck.check.settings import CheckSettings
from bibcheck.model import LinkCheck
from bibcheck.model import LinkStatus as S
from bibcheck.net.soft404 import PageSample, ProbeCache
from tests.netserver import SiteServer, on_hosts

HOSTS = tuple(f"d{i}.defer.test" for i in range(8)) + ("catchall.defer.test",)
CATCHALL = HOSTS[-1]


@pytest.fixture(scope="module")
def server() -> Iterator[SiteServer]:
    site = SiteServer().start()
    yield site
    site.stop()


@pytest.fixture
def settings(net_settings: CheckSettings) -> CheckSettings:
    return on_hosts(
        net_settings,
        HOSTS,
        per_host=1,  # a host's URLs one after the other, in the order given
        concurrency=8,
        soft404_probe=True,
        probe_after_siblings=True,  # off by default
        processes=1,
    )


def run(urls: list[str], settings: CheckSettings) -> tuple[dict[str, S], CheckRunSummary]:
    results: dict[str, LinkCheck] = {}
    summary = check_urls(urls, settings, on_result=lambda r: results.__setitem__(r.url, r))
    return {u: r.status for u, r in results.items()}, summary


def probes_seen(server: SiteServer, host: str) -> list[str]:
    return [p for _m, h, p in server.stats.log if h == host and "bibcheck-" in p]


# (the cited paths of one host in the order given, their verdicts): the articles come
# first, the dead sibling of their shape later, yet no probe is sent
LATE_DEAD_SIBLING = [
    (["/a/one", "/missing/late", "/a/two"], [S.ALIVE, S.DEAD, S.ALIVE]),
    (["/a/one", "/a/two", "/a/three", "/missing/last"], [S.ALIVE] * 3 + [S.DEAD]),
    (["/a/one", "/status/410"], [S.ALIVE, S.DEAD]),
    (["/a/one", "/a/two", "/status/404", "/a/three"], [S.ALIVE, S.ALIVE, S.DEAD, S.ALIVE]),
]


@pytest.mark.parametrize(
    ("paths", "verdicts"),
    LATE_DEAD_SIBLING,
    ids=["404-between", "404-last", "410-after-one", "404-in-the-middle"],
)
def test_a_later_dead_sibling_spares_the_probe(
    settings: CheckSettings, server: SiteServer, paths: list[str], verdicts: list[S]
) -> None:
    host = HOSTS[0]
    server.stats.reset()
    urls = [server.url(p, host) for p in paths]
    statuses, summary = run(urls, settings)
    assert statuses == dict(zip(urls, verdicts, strict=True))
    assert probes_seen(server, host) == []
    assert (summary.probes_sent, summary.probes_spared) == (0, 1)
    assert len(server.stats.log) == len(urls)  # every URL once, nothing more


@pytest.mark.parametrize(
    ("count", "stem"),
    [(2, "two"), (4, "four")],
    ids=["two-articles", "four-articles"],
)
def test_the_probe_goes_after_the_hosts_queued_urls(
    settings: CheckSettings, server: SiteServer, count: int, stem: str
) -> None:
    # no sibling answers for it: the probe is sent, as the host's last request
    host = HOSTS[1]
    server.stats.reset()
    urls = [server.url(f"/a/{stem}-{i}", host) for i in range(count)]
    statuses, summary = run(urls, settings)
    assert set(statuses.values()) == {S.ALIVE}
    paths = [p for _m, h, p in server.stats.log if h == host]
    assert len(paths) == count + 1
    assert "bibcheck-" in paths[-1]
    assert (summary.probes_sent, summary.probes_spared) == (1, 0)


@pytest.mark.parametrize("processes", [1, 2], ids=["one-process", "two-processes"])
def test_a_catch_all_site_is_still_found_while_its_neighbour_is_spared(
    settings: CheckSettings, server: SiteServer, processes: int
) -> None:
    server.stats.reset()
    honest = HOSTS[2]
    honest_pages = [server.url(f"/a/honest-{i}", honest) for i in range(3)]
    honest_dead = server.url("/missing/late", honest)
    catchall_pages = [server.url(f"/docs/page-{i}", CATCHALL) for i in range(3)]
    catchall_dead = server.url("/missing/late", CATCHALL)  # answers 200 there
    urls = [*honest_pages, honest_dead, *catchall_pages, catchall_dead]
    statuses, summary = run(urls, dataclasses.replace(settings, processes=processes))
    assert statuses == (
        {u: S.ALIVE for u in honest_pages}
        | {honest_dead: S.DEAD}
        | {u: S.SOFT_404 for u in [*catchall_pages, catchall_dead]}
    )
    assert probes_seen(server, honest) == []
    assert len(probes_seen(server, CATCHALL)) == 1
    assert (summary.probes_sent, summary.probes_spared) == (1, 1)


@pytest.mark.parametrize(
    ("per_host", "concurrency", "interval"),
    [(1, 1, 0.0), (1, 2, 0.05), (2, 8, 0.05)],
    ids=["one-slot-in-all", "one-per-host-paced", "two-per-host-paced"],
)
def test_politeness_holds_with_deferred_probes(
    settings: CheckSettings,
    server: SiteServer,
    per_host: int,
    concurrency: int,
    interval: float,
) -> None:
    # checks waiting for a deferred probe give their slot back (one slot in all must
    # not deadlock), and the probe passes the host's gate like any request
    server.stats.reset()
    hosts = HOSTS[3:6]
    urls = [server.url(f"/a/polite-{i}", h) for h in hosts for i in range(4)]
    dead = server.url("/missing/polite", hosts[0])
    tuned = dataclasses.replace(
        settings, per_host=per_host, concurrency=concurrency, min_interval=interval
    )
    statuses, summary = run([*urls, dead], tuned)
    assert statuses == {u: S.ALIVE for u in urls} | {dead: S.DEAD}
    assert (summary.probes_sent, summary.probes_spared) == (2, 1)
    assert probes_seen(server, hosts[0]) == []
    assert summary.early_starts == 0
    assert all(server.stats.max_in_flight.get(h, 0) <= per_host for h in hosts)


class FakeQueue:
    """A ProbeQueue that defers every probe until ``full`` is set."""

    def __init__(self) -> None:
        self.queued: list[str] = []
        self.is_full = False

    def full(self) -> bool:
        return self.is_full

    def queue(self, url: str) -> bool:
        self.queued.append(url)
        return True


PAGE = PageSample(200, "Home", "the same page for every path " * 3)


@pytest.mark.parametrize(
    ("seed", "fill", "sent_by_turn", "fetched", "spared", "status"),
    [
        (404, False, False, 0, 1, 404),  # a sibling's 404 answers before the probe's turn
        (410, False, False, 0, 1, 410),
        (None, False, True, 1, 0, 200),  # no sibling answered: sent when its turn comes
        (None, True, False, 1, 0, 200),  # too many wait: the next sibling sends it itself
    ],
    ids=["seed-404", "seed-410", "its-turn", "queue-full"],
)
def test_a_deferred_probe_is_answered_by_a_seed_or_sent(
    seed: int | None, fill: bool, sent_by_turn: bool, fetched: int, spared: int, status: int
) -> None:
    async def scenario() -> tuple[PageSample | None, PageSample | None, bool, int, int]:
        cache = ProbeCache()
        queue = FakeQueue()

        async def fetch(_url: str) -> PageSample:
            return PAGE

        first = asyncio.create_task(cache.get("https://s.test/a/one", fetch, queue=queue))
        await asyncio.sleep(0)
        assert queue.queued == ["https://s.test/a/one"] and not first.done()
        if seed is not None:
            cache.seed_missing("https://s.test/a/gone", seed)
        queue.is_full = fill
        sibling = asyncio.create_task(cache.get("https://s.test/a/two", fetch, queue=queue))
        await asyncio.sleep(0)
        turn = await cache.fetch_deferred("https://s.test/a/one", fetch)
        return await first, await sibling, turn, cache.fetched, cache.spared

    first, sibling, turn, fetched_count, spared_count = asyncio.run(scenario())
    assert first is not None and first.status == status
    assert sibling == first
    assert (turn, fetched_count, spared_count) == (sent_by_turn, fetched, spared)
