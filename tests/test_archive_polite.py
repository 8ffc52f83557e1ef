"""Politeness and failure towards the archive: rate, 429/Retry-After, timeouts, policy."""

from __future__ import annotations

import dataclasses
import time
from datetime import timedelta

from sqlite_utils import Database

from bibcheck.archive import ArchiveSettings, run_archive
from bibcheck.check.settings import CheckSettings
from bibcheck.model import ArchiveOutcome
from bibcheck.store.archives import latest_lookups
from tests.archive_helpers import T0, Cite, Sleeps, archive_settings, cite
from tests.archiveserver import ArchiveServer, Snap

RATE_INTERVAL = 0.2
TOLERANCE = 0.03  # arrival jitter on loopback


def gaps(starts: list[float]) -> list[float]:
    return [b - a for a, b in zip(starts, starts[1:], strict=False)]


def test_request_rate_towards_the_archive(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    urls = [f"http://dead.test/a/rate-{i}" for i in range(3)]
    for url in urls:
        fake.add(url, Snap("20200101000000", title="The treaty history"))
    urls.append("http://dead.test/a/rate-none")  # no capture: two CDX queries
    cite(db, [Cite(u) for u in urls])
    settings = archive_settings(net_settings, fake, min_interval=RATE_INTERVAL)
    report = run_archive(db, settings, clock=lambda: T0, sleep=time.sleep)
    starts = fake.starts()
    assert len(starts) == 8 == report.requests["wayback"]
    assert min(gaps(starts)) >= RATE_INTERVAL - TOLERANCE
    rate = (len(starts) - 1) / (starts[-1] - starts[0])
    print(
        f"\nobserved archive request rate: {rate:.2f}/s over {len(starts)} requests "
        f"(limit {1 / RATE_INTERVAL:.0f}/s; smallest gap {min(gaps(starts)):.3f} s)"
    )
    assert rate <= 1 / RATE_INTERVAL + 0.5


def test_429_with_retry_after_is_honoured_then_retried(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    url = "http://dead.test/a/throttled"
    fake.add(url, Snap("20200101000000", title="The treaty history"))
    fake.throttle(1, retry_after="1")
    cite(db, [Cite(url)])
    settings = archive_settings(net_settings, fake, min_interval=0.05)
    run_archive(db, settings, clock=lambda: T0, sleep=time.sleep)
    assert latest_lookups(db)[url].outcome is ArchiveOutcome.FOUND
    starts = fake.starts()
    assert [p.split("?")[0] for p in fake.paths()][:2] == ["/cdx/search/cdx"] * 2
    assert gaps(starts)[0] >= 1.0 - TOLERANCE  # waited as asked before asking again
    assert all(g >= 0.05 - TOLERANCE for g in gaps(starts))


def test_429_asking_too_long_a_wait_fails_the_lookup_for_the_next_run(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    url = "http://dead.test/a/throttled-long"
    fake.add(url, Snap("20200101000000", title="The treaty history"))
    fake.throttle(10, retry_after="3600")
    cite(db, [Cite(url)])
    sleeps = Sleeps()
    run_archive(db, archive_settings(net_settings, fake), clock=lambda: T0, sleep=sleeps)
    lookup = latest_lookups(db)[url]
    assert lookup.outcome is ArchiveOutcome.LOOKUP_FAILED
    assert "asks to wait 3600 s" in lookup.detail
    assert not any(s >= 3600 for s in sleeps.asked)
    fake.throttle(0)
    run_archive(
        db,
        archive_settings(net_settings, fake),
        clock=lambda: T0 + timedelta(hours=1),
        sleep=sleeps,
    )
    assert latest_lookups(db)[url].outcome is ArchiveOutcome.FOUND  # failures are retried


def test_archive_timing_out_is_lookup_failed(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    url = "http://dead.test/a/slow-archive"
    fake.add(url, Snap("20200101000000", title="The treaty history"))
    fake.slow["/"] = 0.8
    cite(db, [Cite(url)])
    settings = archive_settings(net_settings, fake, timeout=0.2)
    sleeps = Sleeps()
    run_archive(db, settings, clock=lambda: T0, sleep=sleeps)
    lookup = latest_lookups(db)[url]
    assert lookup.outcome is ArchiveOutcome.LOOKUP_FAILED
    assert "CDX" in lookup.detail and "availability API" in lookup.detail
    assert "timeout" in lookup.detail
    assert len(fake.paths("/cdx")) == 2 and len(fake.paths("/wayback/available")) == 2


def test_private_archive_address_is_refused_without_allow(
    db: Database, fake: ArchiveServer
) -> None:
    url = "http://dead.test/a/private"
    fake.add(url, Snap("20200101000000", title="The treaty history"))
    cite(db, [Cite(url)])
    base = f"http://127.0.0.1:{fake.port}"
    settings = ArchiveSettings(
        check=CheckSettings(retries=0, timeout=1.0, connect_timeout=1.0),
        cdx_url=f"{base}/cdx/search/cdx",
        available_url=f"{base}/wayback/available",
        snapshot_base=f"{base}/web/",
        save_url=f"{base}/save",
        min_interval=0.0,
    )
    run_archive(db, settings, clock=lambda: T0, sleep=Sleeps())
    lookup = latest_lookups(db)[url]
    assert lookup.outcome is ArchiveOutcome.LOOKUP_FAILED
    assert "forbidden_address" in lookup.detail
    assert fake.log == []  # nothing reached the server
    allowed = dataclasses.replace(
        settings, check=dataclasses.replace(settings.check, allow_private=True)
    )
    run_archive(db, allowed, clock=lambda: T0, sleep=Sleeps(), refresh=True)
    assert latest_lookups(db)[url].outcome is ArchiveOutcome.FOUND


def test_user_agent_of_check_is_sent_to_the_archive(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    cite(db, [Cite("http://dead.test/a/ua")])
    net = dataclasses.replace(net_settings, user_agent="bibcheck-test (+mailto:ed@example.org)")
    run_archive(db, archive_settings(net, fake), clock=lambda: T0, sleep=Sleeps())
    assert {h.get("User-Agent") for h in fake.request_headers} == {
        "bibcheck-test (+mailto:ed@example.org)"
    }
