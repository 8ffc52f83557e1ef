"""`bibcheck archive` end to end against a local fake archive (and the local test site).

Each case is one kind of archive history: several captures around the
citation date, captures only after it, only error/redirect captures, soft-404
captures, no capture at all, CDX failing, a Memento-only capture, Save Page
Now, and content drift of live pages.
"""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

from sqlite_utils import Database

from bibcheck.archive import run_archive
from bibcheck.archive.choose import Capture
from bibcheck.archive.client import ArchiveClient
from bibcheck.archive.lookup import Hit, Job, Looker
from bibcheck.check.settings import CheckSettings
from bibcheck.export.json import archives_json
from bibcheck.model import ArchiveLookup, ArchiveOutcome
from bibcheck.model import LinkStatus as S
from bibcheck.store.archives import latest_lookups
from tests.archive_helpers import T0, Cite, Sleeps, archive_settings, cite
from tests.archiveserver import ArchiveServer, Snap
from tests.netserver import HOME, SiteServer, article

FOUND, NOT_ARCHIVED, FAILED = (
    ArchiveOutcome.FOUND,
    ArchiveOutcome.NOT_ARCHIVED,
    ArchiveOutcome.LOOKUP_FAILED,
)


def run(
    db: Database, fake: ArchiveServer, net: CheckSettings, **kw: object
) -> dict[str, ArchiveLookup]:
    settings_kw = {k: v for k, v in kw.items() if k not in ("all_urls", "save", "refresh")}
    run_kw = {k: v for k, v in kw.items() if k in ("all_urls", "save", "refresh")}
    run_archive(
        db, archive_settings(net, fake, **settings_kw), clock=lambda: T0, sleep=Sleeps(), **run_kw
    )  # type: ignore[arg-type]
    return latest_lookups(db)


# --------------------------------------------------------------------------
# choosing the capture
# --------------------------------------------------------------------------


def test_several_captures_the_closest_at_or_before_the_access_date(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    url = "http://dead.test/a/several"
    fake.add(
        url,
        Snap("20180105000000", title="The treaty history (old)"),
        Snap("20200301101010", title="The treaty history"),
        Snap("20200312230000", title="The treaty history, as read"),  # the access day itself
        Snap("20200313000001", title="The treaty history, next day"),
        Snap("20210101000000", title="The treaty history, later"),
    )
    cite(db, [Cite(url, access="12.03.2020")])
    found = run(db, fake, net_settings)[url]
    assert found.outcome is FOUND and found.verified
    assert found.snapshot_timestamp == "20200312230000"
    assert found.snapshot_url == f"{fake.base()}/web/20200312230000/{url}"
    assert found.target_date == date(2020, 3, 12) and found.archive == "wayback"
    # one CDX query (at or before) and one verification: the title confirmed the page
    assert [p.split("?")[0] for p in fake.paths()] == [
        "/cdx/search/cdx",
        f"/web/20200312230000/{url}",
    ]


def test_year_only_reference_aims_at_the_end_of_the_year(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    url = "http://dead.test/a/year-only"
    fake.add(
        url,
        Snap("20190601000000", title="The treaty history"),
        Snap("20200102000000", title="The treaty history"),
    )
    cite(db, [Cite(url, access=None, year=2019)])
    found = run(db, fake, net_settings)[url]
    assert found.snapshot_timestamp == "20190601000000"
    assert found.target_date == date(2019, 12, 31)


def test_captures_only_after_the_date_take_the_closest_after(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    url = "http://dead.test/a/only-after"
    fake.add(
        url,
        Snap("20230101000000", title="The treaty history"),
        Snap("20210505000000", title="The treaty history"),
    )
    cite(db, [Cite(url)])
    found = run(db, fake, net_settings)[url]
    assert found.outcome is FOUND and found.snapshot_timestamp == "20210505000000"
    assert "no usable capture before" in found.detail
    cdx = [p for p in fake.paths("/cdx")]
    assert len(cdx) == 2 and "to=20200312235959" in cdx[0] and "from=20200313000000" in cdx[1]


def test_captures_all_errors_or_redirects_are_not_archived(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    url = "http://dead.test/a/all-errors"
    fake.add(
        url,
        Snap("20190101000000", status=404, title="404 Not Found"),
        Snap("20200101000000", status=302, location="http://dead.test/"),
        Snap("20210101000000", status=500, title="Server error"),
    )
    cite(db, [Cite(url)])
    lookup = run(db, fake, net_settings)[url]
    assert lookup.outcome is NOT_ARCHIVED and lookup.snapshot_url is None
    assert not fake.paths("/web/")  # CDX filtered them out: nothing was ever replayed
    assert all("filter=statuscode%3A2.." in p for p in fake.paths("/cdx"))


def test_soft404_capture_is_skipped_for_an_earlier_real_one(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    url = "http://dead.test/a/soft"
    fake.add(
        url,
        Snap("20190101000000", title="The treaty history"),
        Snap("20200301000000", title="Page not found", text="Sorry, no such page."),
    )
    cite(db, [Cite(url)])
    found = run(db, fake, net_settings)[url]
    assert found.outcome is FOUND and found.snapshot_timestamp == "20190101000000"
    assert "20200301000000" in found.detail and "soft 404" in found.detail


def test_capture_of_the_home_page_is_a_soft404(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    url = "http://dead.test/a/went-home"
    fake.add(url, Snap("20200301000000", body=HOME))  # the site served its home page here
    fake.add("http://dead.test/", Snap("20200301000005", body=HOME))
    cite(db, [Cite(url)])  # cited title differs from the page title: in doubt
    lookup = run(db, fake, net_settings)[url]
    assert lookup.outcome is NOT_ARCHIVED
    assert "home page" in lookup.detail
    assert any(
        p.startswith("/web/20200301000000/http://dead.test/") and p.endswith("test/")
        for p in fake.paths("/web/")
    )  # compared with the home capture of that time


def test_replay_redirecting_to_another_url_is_never_offered(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    url = "http://dead.test/a/sneaky"
    # the index says 200, but the replay redirects to a capture of another page
    fake.add(
        url,
        Snap("20190101000000", title="The treaty history"),
        Snap("20200301000000", title="The treaty history", location="http://dead.test/elsewhere"),
    )
    fake.add("http://dead.test/elsewhere", Snap("20200301000000", title="Elsewhere"))
    cite(db, [Cite(url)])
    lookup = run(db, fake, net_settings)[url]
    assert lookup.outcome is FOUND and lookup.snapshot_timestamp == "20190101000000"
    assert "redirect to http://dead.test/elsewhere" in lookup.detail


def test_replay_redirect_to_the_nearest_timestamp_of_the_same_url_is_followed(
    fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    url = "http://dead.test/a/rounded"
    fake.add(url, Snap("20200101000000", title="The treaty history"))
    client = ArchiveClient(archive_settings(net_settings, fake), clock=lambda: T0, sleep=Sleeps())
    looker = Looker(client, lambda: T0)
    # a day-precision timestamp: the archive redirects to the capture's exact one
    job = Job(url, date(2020, 3, 12), ("The treaty history",))

    async def verify() -> Hit | str:
        try:
            return await looker.verify(job, Capture("20200101", url, 200))
        finally:
            await client.close()

    hit = asyncio.run(verify())
    assert not isinstance(hit, str)
    assert hit.capture.timestamp == "20200101000000"
    assert hit.snapshot_url == f"{fake.base()}/web/20200101000000/{url}"


def test_url_with_no_capture_is_not_archived(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    url = "http://dead.test/a/never-captured"
    cite(db, [Cite(url)])
    lookup = run(db, fake, net_settings)[url]
    assert lookup.outcome is NOT_ARCHIVED and lookup.detail == "no successful (2xx) capture"
    assert len(fake.paths("/cdx")) == 2  # before and after the date


def test_cdx_failure_falls_back_to_the_availability_api(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    url = "http://dead.test/a/cdx-down"
    fake.add(url, Snap("20200101000000", title="The treaty history"))
    fake.fail["/cdx"] = 500
    cite(db, [Cite(url)])
    found = run(db, fake, net_settings)[url]
    assert found.outcome is FOUND and found.snapshot_timestamp == "20200101000000"
    assert found.snapshot_url == f"{fake.base()}/web/20200101000000/{url}"
    assert "availability API" in found.detail
    assert any("timestamp=20200312" in p for p in fake.paths("/wayback/available"))


def test_memento_aggregator_covers_other_archives(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    url = "http://dead.test/a/elsewhere-only"
    fake.add_mementos(
        url,
        Snap("20190101000000", title="The treaty history"),
        Snap("20200201000000", title="The treaty history"),
        Snap("20200601000000", title="The treaty history"),
    )
    cite(db, [Cite(url)])
    found = run(db, fake, net_settings, memento_url=f"{fake.base('memento.test')}/timemap/json/")[
        url
    ]
    assert found.outcome is FOUND and found.archive == "memento:memento.test"
    assert found.snapshot_url == f"{fake.base('memento.test')}/mem/20200201000000/{url}"
    assert found.snapshot_timestamp == "20200201000000"


def test_default_looks_up_only_urls_that_are_not_alive(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    cites = [
        Cite(f"http://dead.test/a/{s.value}", status=s)
        for s in (
            S.ALIVE,
            S.MOVED,
            S.DEAD,
            S.SOFT_404,
            S.BLOCKED,
            S.TIMEOUT,
            S.DNS_ERROR,
            S.TLS_ERROR,
        )
    ]
    cites.append(Cite("http://dead.test/a/never-checked", status=None))
    cites.append(Cite("ftp://dead.test/file", status=S.UNSUPPORTED_SCHEME))
    cite(db, cites)
    progress: list[tuple[int, int]] = []
    report = run_archive(
        db,
        archive_settings(net_settings, fake),
        clock=lambda: T0,
        sleep=Sleeps(),
        on_progress=lambda d, t: progress.append((d, t)),
    )
    looked = set(latest_lookups(db))
    assert looked == {c.url for c in cites} - {
        "http://dead.test/a/alive",
        "http://dead.test/a/moved",
        "ftp://dead.test/file",
    }
    assert report.selected == report.due == 7 and report.by_outcome == {NOT_ARCHIVED: 7}
    assert progress == [(i, 7) for i in range(8)]
    everything = run_archive(
        db, archive_settings(net_settings, fake), clock=lambda: T0, sleep=Sleeps(), all_urls=True
    )
    assert everything.selected == 9 and everything.due == 2  # the 7 others are fresh


def test_results_are_cached_until_max_age_and_failures_retried(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    ok, broken = "http://dead.test/a/cached", "http://dead.test/a/retry"
    fake.add(ok, Snap("20200101000000", title="The treaty history"))
    fake.add(broken, Snap("20200101000000", title="The treaty history"))
    cite(db, [Cite(ok), Cite(broken)])
    settings = archive_settings(net_settings, fake, max_age=timedelta(days=30))
    run_archive(db, settings, clock=lambda: T0, sleep=Sleeps())
    assert latest_lookups(db)[ok].outcome is FOUND
    # simulate a failed lookup stored for the second URL
    from bibcheck.store.archives import save_lookup

    save_lookup(db, ArchiveLookup(broken, FAILED, T0, detail="Wayback: timeout"))
    fake.log.clear()
    warm = run_archive(db, settings, clock=lambda: T0 + timedelta(days=1), sleep=Sleeps())
    assert warm.due == 1 and {p.split("url=")[1][:40] for p in fake.paths("/cdx")} == {
        "http%3A%2F%2Fdead.test%2Fa%2Fretry&outpu"
    }
    assert latest_lookups(db)[broken].outcome is FOUND
    later = run_archive(db, settings, clock=lambda: T0 + timedelta(days=31), sleep=Sleeps())
    assert later.due == 2
    forced = run_archive(
        db, settings, clock=lambda: T0 + timedelta(days=31), sleep=Sleeps(), refresh=True
    )
    assert forced.due == 2
    history = list(db.query("select count(*) as n from archive_lookups"))[0]["n"]
    assert history == 8  # history kept: every lookup is a new row


# --------------------------------------------------------------------------
# live pages: drift, quotations, Save Page Now
# --------------------------------------------------------------------------


def test_drift_of_live_pages_against_the_capture_near_the_citation_date(
    db: Database, fake: ArchiveServer, http_server: SiteServer, net_settings: CheckSettings
) -> None:
    stable = http_server.url("/a/stable-page")
    changed = http_server.url("/a/changed-page")
    quote = "the treaty was signed in 1998 by both parties"
    fake.add(stable, Snap("20200301000000", body=article("stable-page")))
    fake.add(
        changed,
        Snap(
            "20200301000000",
            title="Article changed-page",
            text=f"Originally this page said that {quote}. " * 5,
        ),
    )
    cite(
        db,
        [
            Cite(stable, title="Article stable-page", status=S.ALIVE),
            Cite(changed, title="Article changed-page", status=S.ALIVE, quote=quote),
        ],
    )
    assert run(db, fake, net_settings) == {}  # alive pages are not looked up by default
    lookups = run(db, fake, net_settings, all_urls=True)
    same, moved = lookups[stable], lookups[changed]
    assert same.outcome is FOUND and same.drifted is False
    assert same.drift_score is not None and same.drift_score > 0.95
    assert moved.outcome is FOUND and moved.drifted is True
    assert moved.drift_score is not None and moved.drift_score < 0.6
    assert moved.quote_in_snapshot is True and moved.quote_in_live is False
    assert "no longer in the live page" in moved.detail
    exported = {a["url"]: a for a in archives_json(db)}
    assert exported[changed]["drift"]["drifted"] is True
    assert exported[stable]["drift"] == {
        "score": same.drift_score,
        "drifted": False,
        "quote_in_live": None,
        "quote_in_snapshot": None,
    }


def test_save_page_now_captures_a_live_page_with_no_snapshot(
    db: Database, fake: ArchiveServer, http_server: SiteServer, net_settings: CheckSettings
) -> None:
    url = http_server.url("/a/to-be-saved")
    cite(db, [Cite(url, status=S.ALIVE)])
    fake.save_page = article("to-be-saved")
    saved = run(db, fake, net_settings, save=True, save_auth="key:secret")[url]
    assert saved.outcome is FOUND and saved.snapshot_timestamp == fake.save_timestamp
    assert saved.snapshot_url == f"{fake.base()}/web/{fake.save_timestamp}/{url}"
    assert "Save Page Now" in saved.detail and saved.verified
    assert saved.drifted is None  # a capture made today is not near the 2020 citation
    posts = [e for e in fake.log if e.method == "POST"]
    assert len(posts) == 1 and posts[0].path == "/save"
    auth = [h.get("Authorization") for h in fake.request_headers if h.get("Authorization")]
    assert auth == ["LOW key:secret"]
    assert len(fake.paths("/save/status/")) == fake.save_pending_polls + 1


def test_save_page_now_error_leaves_the_url_not_archived_and_due_with_save(
    db: Database, fake: ArchiveServer, http_server: SiteServer, net_settings: CheckSettings
) -> None:
    url = http_server.url("/a/refused-save")
    cite(db, [Cite(url, status=S.ALIVE)])
    fake.save_error = "This URL is excluded."
    lookup = run(db, fake, net_settings, save=True)[url]
    assert lookup.outcome is NOT_ARCHIVED
    assert "Save Page Now failed: This URL is excluded." in lookup.detail
    fake.save_error = None
    assert run(db, fake, net_settings, save=True)[url].outcome is FOUND  # due again with --save


def test_save_is_not_used_for_dead_pages(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    url = "http://dead.test/a/dead-unsaved"
    cite(db, [Cite(url)])
    assert run(db, fake, net_settings, save=True)[url].outcome is NOT_ARCHIVED
    assert not fake.paths("/save")


# --------------------------------------------------------------------------
# JSON export
# --------------------------------------------------------------------------


def test_archives_json_section(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    found, missing = "http://dead.test/a/json-found", "http://dead.test/a/json-missing"
    fake.add(found, Snap("20200101000000", title="The treaty history"))
    cite(db, [Cite(missing), Cite(found)])
    run(db, fake, net_settings)
    section = archives_json(db)
    assert [a["url"] for a in section] == sorted([found, missing])
    first = section[0]
    assert set(first) >= {
        "url",
        "outcome",
        "snapshot_url",
        "snapshot_timestamp",
        "archive",
        "target_date",
        "verified",
        "drift",
    }
    assert first == {
        "url": found,
        "outcome": "found",
        "snapshot_url": f"{fake.base()}/web/20200101000000/{found}",
        "snapshot_timestamp": "20200101000000",
        "archive": "wayback",
        "target_date": "2020-03-12",
        "verified": True,
        "drift": None,
        "looked_up_at": T0.isoformat(),
        "detail": "",
    }
    assert section[1]["outcome"] == "not_archived" and section[1]["verified"] is False
    assert section[1]["snapshot_url"] is None and section[1]["drift"] is None


def test_unreachable_archive_stops_the_run_early(
    db: Database, fake: ArchiveServer, net_settings: CheckSettings
) -> None:
    urls = [f"http://dead.test/a/gone-{i}" for i in range(6)]
    cite(db, [Cite(u) for u in urls])
    fake.fail["/"] = 503  # every archive endpoint answers 503
    settings = archive_settings(net_settings, fake)
    report = run_archive(db, settings, clock=lambda: T0, sleep=Sleeps())
    assert report.stopped and "3 lookups in a row" in report.stopped
    assert report.by_outcome == {ArchiveOutcome.LOOKUP_FAILED: 3}
    assert report.not_looked_up == 3
    assert len(latest_lookups(db)) == 3  # the rest is left for the next run


def test_saves_are_counted_by_the_saved_flag(
    db: Database, fake: ArchiveServer, http_server: SiteServer, net_settings: CheckSettings
) -> None:
    url = http_server.url("/a/saved-flag")
    other = "http://dead.test/a/mentions-save"
    fake.add(other, Snap("20200101000000", title="The treaty history"))
    cite(db, [Cite(url, status=S.ALIVE), Cite(other)])
    fake.save_page = article("saved-flag")
    report = run_archive(
        db, archive_settings(net_settings, fake), clock=lambda: T0, sleep=Sleeps(), save=True
    )
    lookups = latest_lookups(db)
    assert lookups[url].saved and not lookups[other].saved
    assert report.saved == 1
    from bibcheck.store.archives import save_lookup

    # wording is not what counts: a detail that mentions Save Page Now is no save
    save_lookup(db, ArchiveLookup(other, FOUND, T0, detail="Save Page Now: not needed"))
    assert latest_lookups(db)[other].saved is False
