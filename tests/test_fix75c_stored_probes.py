"""Soft-404 probe samples kept in the store for later runs (issue 12, round 75).

A check run writes the samples of the probes it sent (per host and path shape: status,
title, the start of the text, when) to the store; the next run reads those younger than
``probe_max_age_days`` and sends no probe for their shapes.  Older samples are never
used; 0 turns the reuse off; a stored catch-all page still makes its host's pages soft
404s, and one unlike the page checked is probed afresh.  SQLite and PostgreSQL stores,
one process and worker processes.  Real loopback servers: a probe is a request whose
path holds ``bibcheck-``, counted in the server's own log.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from rich.console import Console

from bibcheck.check.engine import check_urls
from bibcheck.check.run import CheckReport, run_check
from bibcheck.check.settings import CheckSettings
from bibcheck.cli.render import render_check_report
from bibcheck.config import Settings, build_settings
from bibcheck.errors import ConfigError
from bibcheck.model import LinkCheck
from bibcheck.model import LinkStatus as S
from bibcheck.net.soft404 import PageSample, ProbeCache, ProbeLedger, TakenSample, probe_key
from bibcheck.store import Store, open_db
from bibcheck.store.probes import ProbeRow, iter_probe_samples, save_probe_samples
from tests.netserver import SiteServer

T0 = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
DAY = timedelta(days=1)
HONEST = "site.test"  # a missing path answers 404
CATCHALL = "catchall.test"  # every path answers 200 with the same portal page


# --------------------------------------------------------------------------
# the stores
# --------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        db = open_db(tmp_path / "probes.db")
        yield db
        db.close()
        return
    pytest.importorskip("psycopg")
    pg_server = request.getfixturevalue("pg_server")
    url = pg_server.create_database("fix75c_probes")
    db = open_db(url)
    try:
        yield db
    finally:
        db.close()
        pg_server.drop_database(url)


def cite(db: Store, urls: list[str]) -> None:
    """A document whose references cite ``urls`` (untitled: no probe is spared so)."""
    db.insert_rows("documents", [{"id": "doc1", "path": "doc1.md"}])
    db.insert_rows(
        "references", [{"id": f"ref{i}", "document_id": "doc1"} for i in range(len(urls))]
    )
    db.insert_rows("urls", [{"url": u, "host": "", "key": u} for u in urls])
    db.insert_rows(
        "reference_urls", [{"reference_id": f"ref{i}", "url": u} for i, u in enumerate(urls)]
    )


def probes(server: SiteServer, host: str | None = None) -> list[str]:
    return [p for _m, h, p in server.stats.log if "bibcheck-" in p and host in (None, h)]


def check(
    db: Store, server: SiteServer, settings: CheckSettings, at: datetime, **changes: object
) -> tuple[CheckReport, dict[str, S]]:
    """One ``bibcheck check --refresh`` at ``at`` (every cited URL due again)."""
    seen: dict[str, S] = {}
    server.stats.reset()
    report = run_check(
        db,
        Settings(check=dataclasses.replace(settings, soft404_probe=True, **changes)),
        refresh=True,
        clock=lambda: at,
        on_result=lambda r: seen.__setitem__(r.url, r.status),
    )
    return report, seen


# --------------------------------------------------------------------------
# runs on a store
# --------------------------------------------------------------------------

# (host, paths of one shape, their verdicts, the probe's status and title): a site whose
# missing paths answer 404; one that answers a missing article's path with a page of
# its own (titled by the path); a catch-all site (every path the same portal page)
SITES = [
    (HONEST, ["/cp1251", "/login"], S.ALIVE, 404, None),
    (HONEST, ["/a/kept-one", "/a/kept-two", "/a/kept-three"], S.ALIVE, 200, "Article bibcheck-"),
    (CATCHALL, ["/docs/kept-one", "/docs/kept-two"], S.SOFT_404, 200, "Catchall portal"),
]


@pytest.mark.parametrize(
    ("host", "paths", "verdict", "status", "title"),
    SITES,
    ids=["missing-404", "other-page-200", "catch-all"],
)
def test_a_second_run_within_the_age_sends_no_probe_and_judges_alike(
    store: Store,
    http_server: SiteServer,
    net_settings: CheckSettings,
    host: str,
    paths: list[str],
    verdict: S,
    status: int,
    title: str | None,
) -> None:
    urls = [http_server.url(p, host) for p in paths]
    cite(store, urls)
    first, verdicts = check(store, http_server, net_settings, T0)
    assert verdicts == dict.fromkeys(urls, verdict)
    assert len(probes(http_server, host)) == 1
    assert (first.summary.probes_sent, first.summary.probes_stored, first.probes_kept) == (1, 0, 1)
    [row] = list(iter_probe_samples(store, T0 - DAY))
    assert row.key == probe_key(urls[0]) and row.taken_at == T0
    assert row.status == status
    assert (row.title or "").startswith(title or "") and (row.title is None) is (title is None)

    again, verdicts = check(store, http_server, net_settings, T0 + 2 * DAY)
    assert verdicts == dict.fromkeys(urls, verdict)  # the same verdicts as a fresh probe
    assert probes(http_server) == []
    assert len(http_server.stats.log) == len(urls)  # each URL once, nothing more
    assert (again.summary.probes_sent, again.summary.probes_stored) == (0, 1)
    assert again.summary.host_stats[host].probes_stored == 1  # per host, too
    assert again.probes_kept == 0  # nothing new to keep: the stored sample stays as taken
    console = Console(record=True, width=200)
    render_check_report(console, again)
    shown = console.export_text()
    assert "0 sent, 1 answered by samples kept from earlier runs" in shown
    assert "kept probes" in shown
    [row] = list(iter_probe_samples(store, T0 - DAY))
    assert row.taken_at == T0


@pytest.mark.parametrize(
    ("later", "changes", "probed"),
    [
        (2 * DAY, {}, 0),  # within the default age (3 days)
        (4 * DAY, {}, 1),  # older than it: never used
        (2 * DAY, {"probe_max_age_days": 1.0}, 1),  # a shorter age set
        (2 * DAY, {"probe_max_age_days": 0.0}, 1),  # 0: every run probes afresh
        (9 * DAY, {"probe_max_age_days": 10.0}, 0),  # a longer one
        (-DAY, {}, 1),  # taken "after" this run's clock: not trusted
    ],
    ids=["within-age", "after-age", "shorter-age", "disabled", "longer-age", "clock-behind"],
)
def test_only_a_sample_younger_than_the_age_answers(
    store: Store,
    http_server: SiteServer,
    net_settings: CheckSettings,
    later: timedelta,
    changes: dict[str, float],
    probed: int,
) -> None:
    urls = [http_server.url(p, HONEST) for p in ("/cp1251", "/login")]
    cite(store, urls)
    check(store, http_server, net_settings, T0)
    report, verdicts = check(store, http_server, net_settings, T0 + later, **changes)
    assert verdicts == dict.fromkeys(urls, S.ALIVE)
    assert len(probes(http_server, HONEST)) == probed
    assert (report.summary.probes_sent, report.summary.probes_stored) == (probed, 1 - probed)
    if probed and changes.get("probe_max_age_days") != 0.0:
        # the fresh sample replaces the old one in the store
        [row] = list(iter_probe_samples(store, T0 - 30 * DAY))
        assert row.taken_at == T0 + later


def test_a_stored_catch_all_page_unlike_the_page_is_probed_afresh(
    store: Store, http_server: SiteServer, net_settings: CheckSettings
) -> None:
    # the site's catch-all page has changed since the sample was taken (a portal's news):
    # a page unlike the stored one proves nothing, so a fresh probe decides, as without
    # the store; a page like the stored one is a soft 404 without a probe
    urls = [http_server.url(f"/docs/changed-{i}", CATCHALL) for i in range(3)]
    cite(store, urls)
    key = probe_key(urls[0])
    old = "Welcome to the old portal. Yesterday's headlines and a list of departments. " * 3
    save_probe_samples(store, [ProbeRow(key, 200, "Catchall portal", old, T0)])
    report, verdicts = check(store, http_server, net_settings, T0 + DAY)
    assert verdicts == dict.fromkeys(urls, S.SOFT_404)
    assert len(probes(http_server, CATCHALL)) == 1  # once for the shape, not per page
    assert (report.summary.probes_sent, report.summary.probes_stored) == (1, 0)
    [row] = list(iter_probe_samples(store, T0))
    assert row.taken_at == T0 + DAY and row.text != old


def test_a_stored_404_does_not_hide_a_catch_all_page_that_matches_it(
    store: Store, http_server: SiteServer, net_settings: CheckSettings
) -> None:
    # an honest site's stored sample (404) answers for its shape: its pages are alive
    urls = [http_server.url(p, HONEST) for p in ("/cp1251", "/search")]
    cite(store, urls)
    save_probe_samples(store, [ProbeRow(probe_key(urls[0]), 404, None, None, T0)])
    report, verdicts = check(store, http_server, net_settings, T0 + DAY)
    assert verdicts == dict.fromkeys(urls, S.ALIVE)
    assert probes(http_server) == []
    assert report.summary.probes_stored == 1


def test_the_age_setting_is_a_config_key() -> None:
    assert CheckSettings().probe_max_age_days == 3.0
    assert build_settings({"probe_max_age_days": 0}).check.probe_max_age_days == 0.0
    assert build_settings({"probe_max_age_days": 10}).check.probe_max_age_days == 10.0
    with pytest.raises(ConfigError):
        build_settings({"probe_max_age_days": -1})


# --------------------------------------------------------------------------
# worker processes: every worker is given the samples, and hands back its own
# --------------------------------------------------------------------------


def test_worker_processes_use_and_keep_samples(
    http_server: SiteServer, net_settings: CheckSettings
) -> None:
    settings = dataclasses.replace(net_settings, soft404_probe=True, processes=2)
    urls = [
        *(http_server.url(p, HONEST) for p in ("/cp1251", "/login")),
        *(http_server.url(f"/docs/workers-{i}", CATCHALL) for i in range(3)),
    ]
    expected = {u: S.ALIVE if HONEST in u else S.SOFT_404 for u in urls}

    def run(ledger: ProbeLedger) -> tuple[dict[str, S], int, int]:
        seen: dict[str, LinkCheck] = {}
        http_server.stats.reset()
        summary = check_urls(
            urls, settings, on_result=lambda r: seen.__setitem__(r.url, r), probes=ledger
        )
        assert summary.processes == 2
        return {u: r.status for u, r in seen.items()}, summary.probes_sent, summary.probes_stored

    first = ProbeLedger()
    assert run(first) == (expected, 2, 0)
    assert sorted(t.sample.status for t in first.taken) == [200, 404]
    second = ProbeLedger(known=list(first.taken))
    assert run(second) == (expected, 0, 2)
    assert probes(http_server) == []
    assert second.taken == []


# --------------------------------------------------------------------------
# the cache's rules (the fetch is a counter: no HTTP here)
# --------------------------------------------------------------------------

URL = "https://portal.example/docs/page-1"
KEY = probe_key(URL)


def counting() -> tuple[list[str], Callable[[str], Awaitable[PageSample | None]]]:
    sent: list[str] = []

    async def fetch(url: str) -> PageSample | None:
        sent.append(url)
        return PageSample(404, None, None)

    return sent, fetch


@pytest.mark.parametrize(
    ("taken", "max_age", "used"),
    [
        (T0 - DAY, timedelta(days=3), True),
        (T0 - 3 * DAY + timedelta(seconds=1), timedelta(days=3), True),
        (T0 - 3 * DAY - timedelta(seconds=1), timedelta(days=3), False),
        (T0 - timedelta(minutes=1), timedelta(0), False),
        (T0 + DAY, timedelta(days=3), False),
    ],
    ids=["a-day-old", "just-young-enough", "just-too-old", "age-zero", "from-the-future"],
)
def test_the_cache_uses_a_known_sample_only_while_young(
    taken: datetime, max_age: timedelta, used: bool
) -> None:
    async def go() -> tuple[PageSample | None, list[str], ProbeCache]:
        known = [TakenSample(KEY, PageSample(404, None, None), taken)]
        cache = ProbeCache(known, max_age=max_age, clock=lambda: T0)
        sent, fetch = counting()
        sample = await cache.get(URL, fetch)
        await cache.get("https://portal.example/docs/page-2", fetch)
        return sample, sent, cache

    sample, sent, cache = asyncio.run(go())
    assert sample is not None and sample.status == 404
    assert sample.stored is used
    assert len(sent) == (0 if used else 1)
    assert (cache.stored, cache.fetched, cache.reused) == (int(used), int(not used), 1)
    assert [t.taken_at for t in cache.taken()] == ([] if used else [T0])


def test_a_fresh_dead_sibling_replaces_a_stored_sample() -> None:
    async def go() -> tuple[PageSample | None, ProbeCache]:
        stored = PageSample(200, "Portal", "Welcome to the portal, news and links. " * 3)
        cache = ProbeCache(
            [TakenSample(KEY, stored, T0 - DAY)], max_age=timedelta(days=3), clock=lambda: T0
        )
        cache.seed_missing("https://portal.example/docs/gone", 404)
        _sent, fetch = counting()
        return await cache.get(URL, fetch), cache

    sample, cache = asyncio.run(go())
    assert sample == PageSample(404, None, None)
    assert (cache.stored, cache.spared, cache.fetched) == (0, 1, 0)


# --------------------------------------------------------------------------
# the command line: bibcheck check [--refresh] [--probe-max-age DAYS]
# --------------------------------------------------------------------------


def test_cli_check_reuses_kept_samples_unless_told_not_to(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    http_server: SiteServer,
    ca_file: Path,
) -> None:
    from tests.helpers import run_cli as run
    from tests.test_check_run import manuscript, write_config

    monkeypatch.chdir(tmp_path)
    write_config(tmp_path, ca_file)
    paper = tmp_path / "paper.md"
    paper.write_bytes(manuscript([http_server.url("/cp1251"), http_server.url("/login")]))
    assert run(["ingest", str(paper)], capsys)[0] == 0
    runs = [
        (["check"], 1, "1 sent, 0 answered by samples kept"),
        (["check", "--refresh"], 0, "0 sent, 1 answered by samples kept"),
        (["check", "--refresh", "--probe-max-age", "0"], 1, "1 sent, 0 answered"),
        (["check", "--refresh", "--probe-max-age", "5"], 0, "0 sent, 1 answered"),
    ]
    for args, probed, said in runs:
        http_server.stats.reset()
        code, out, err = run(args, capsys)
        assert code == 0, err
        assert len(probes(http_server, HONEST)) == probed, args
        assert said in " ".join(out.split()), out
