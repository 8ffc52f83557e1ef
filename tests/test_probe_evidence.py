"""Soft-404 probes made unnecessary by sound evidence from the run itself.

A probe (a surely-missing sibling path) is needed only while nothing tells how a
host answers missing paths of a (origin, depth, shape).  A cited sibling of the same
key that answered a plain 404/410 to GET, without a redirect, tells it: a site that
answers every path with its 200 page cannot give that answer.  Real loopback
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

HOSTS = tuple(f"p{i}.probe.test" for i in range(4)) + ("catchall.probe.test",)


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
        processes=1,
    )


def run(urls: list[str], settings: CheckSettings) -> tuple[dict[str, S], CheckRunSummary]:
    results: dict[str, LinkCheck] = {}
    summary = check_urls(urls, settings, on_result=lambda r: results.__setitem__(r.url, r))
    return {u: r.status for u, r in results.items()}, summary


def probes_seen(server: SiteServer, host: str) -> list[str]:
    return [p for _m, h, p in server.stats.log if h == host and "bibcheck-" in p]


@pytest.mark.parametrize(
    ("first", "first_status", "probes"),
    [
        ("/missing/old-page", S.DEAD, 0),  # 404, same depth and shape as /a/<name>
        ("/status/410", S.DEAD, 0),  # 410, same shape
        ("/status/404", S.DEAD, 0),
        # no evidence about the articles' shape: the probe is still sent
        ("/redirect/301?to=/missing/gone", S.DEAD, 1),  # a 404 reached by a redirect
        ("/status/403", S.BLOCKED, 1),  # not an answer about missing paths
        ("/missing/deeper/page", S.DEAD, 1),  # another depth
        ("/missing/old-page.html", S.DEAD, 1),  # another extension
        ("/missing/old-page/", S.DEAD, 1),  # a trailing slash is another shape
    ],
    ids=[
        "404-sibling",
        "410-sibling",
        "404-status-path",
        "404-after-redirect",
        "403",
        "other-depth",
        "other-extension",
        "trailing-slash",
    ],
)
def test_a_dead_sibling_answers_for_the_probe(
    settings: CheckSettings,
    server: SiteServer,
    first: str,
    first_status: S,
    probes: int,
) -> None:
    host = HOSTS[0]
    server.stats.reset()
    dead = server.url(first, host)
    articles = [server.url(f"/a/evidence-{i}", host) for i in range(5)]
    statuses, summary = run([dead, *articles], settings)
    assert statuses == {dead: first_status} | {u: S.ALIVE for u in articles}
    assert len(probes_seen(server, host)) == probes
    assert summary.probes_sent == probes
    assert summary.probes_spared == 1 - probes
    # every URL fetched once, plus the probe if one was needed (and the redirect's hop)
    hops = 1 if first.startswith("/redirect/") else 0
    assert len(server.stats.log) == 6 + hops + probes


def test_an_article_before_its_dead_sibling_still_gets_its_probe(
    settings: CheckSettings, server: SiteServer
) -> None:
    # without deferred probes (``probe_after_siblings`` off) the evidence counts only
    # once it is there: the first article's verdict was already made with a probe, and
    # the 404 that comes later changes nothing (with them: tests/test_fix67f_probe_defer.py)
    host = HOSTS[1]
    server.stats.reset()
    article = server.url("/a/early", host)
    dead = server.url("/missing/late", host)
    later = server.url("/a/later", host)
    settings = dataclasses.replace(settings, probe_after_siblings=False)
    statuses, summary = run([article, dead, later], settings)
    assert statuses == {article: S.ALIVE, dead: S.DEAD, later: S.ALIVE}
    assert len(probes_seen(server, host)) == 1
    assert (summary.probes_sent, summary.probes_spared) == (1, 0)


@pytest.mark.parametrize("processes", [1, 2], ids=["one-process", "two-processes"])
def test_a_catch_all_site_is_still_found_beside_a_host_with_dead_siblings(
    settings: CheckSettings, server: SiteServer, processes: int
) -> None:
    # the evidence is per host: a 404 on one host spares no probe of another, and a
    # site that answers every path with its 200 page can give no such evidence
    server.stats.reset()
    honest, catchall = HOSTS[2], HOSTS[4]
    dead = server.url("/missing/one", honest)
    honest_pages = [server.url(f"/a/honest-{i}", honest) for i in range(3)]
    catchall_pages = [server.url(f"/docs/page-{i}", catchall) for i in range(3)]
    catchall_dead = server.url("/missing/one", catchall)  # cited dead, answers 200 here
    urls = [dead, *honest_pages, catchall_dead, *catchall_pages]
    statuses, summary = run(urls, dataclasses.replace(settings, processes=processes))
    assert summary.processes == processes
    assert statuses == (
        {dead: S.DEAD}
        | {u: S.ALIVE for u in honest_pages}
        | {u: S.SOFT_404 for u in [catchall_dead, *catchall_pages]}
    )
    assert probes_seen(server, honest) == []
    assert len(probes_seen(server, catchall)) == 1
    assert (summary.probes_sent, summary.probes_spared) == (1, 1)


def test_no_probe_setting_seeds_nothing(settings: CheckSettings, server: SiteServer) -> None:
    host = HOSTS[3]
    server.stats.reset()
    urls = [server.url("/missing/x", host), server.url("/a/y", host)]
    statuses, summary = run(urls, dataclasses.replace(settings, soft404_probe=False))
    assert list(statuses.values()) == [S.DEAD, S.ALIVE]
    assert (summary.probes_sent, summary.probes_spared) == (0, 0)
    assert probes_seen(server, host) == []


def test_a_seed_never_replaces_a_probe_already_known() -> None:
    # a probe fetched (or in flight) for the key stays what the key's pages are compared
    # with; only a 404 or 410 is evidence of how missing paths are answered
    async def scenario() -> tuple[PageSample | None, int, int, int]:
        cache = ProbeCache()
        fetched = PageSample(200, "Home", "the same page for every path " * 3)

        async def fetch(_url: str) -> PageSample:
            return fetched

        await cache.get("https://s.test/a/one", fetch)
        cache.seed_missing("https://s.test/a/gone", 404)
        sample = await cache.get("https://s.test/a/two", fetch)
        return sample, cache.fetched, cache.reused, cache.spared

    assert asyncio.run(scenario()) == (
        PageSample(200, "Home", "the same page for every path " * 3),
        1,
        1,
        0,
    )


@pytest.mark.parametrize("status", [200, 301, 403, 500], ids=["200", "301", "403", "500"])
def test_only_a_404_or_410_can_seed(status: int) -> None:
    async def scenario() -> None:
        ProbeCache().seed_missing("https://s.test/a/x", status)

    with pytest.raises(ValueError, match="404 or 410"):
        asyncio.run(scenario())
