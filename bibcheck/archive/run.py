"""One ``bibcheck archive`` run: pick the URLs, look each up politely, store each result.

Which URLs: by default every cited URL whose latest link check is not
``alive``/``moved`` (dead, soft 404, failing, blocked, timeouts, DNS/TLS
errors, and URLs never checked); with ``all_urls`` every cited URL; with
``save`` also the live ones (Save Page Now needs to know they have no
snapshot).  URLs that cannot be fetched at all (invalid, not http(s)) are
left out.  A URL whose latest lookup is still fresh (``lookup_due``) is
skipped unless ``refresh``; with ``save``, a live URL last found
``not_archived`` is due again, so that it gets saved.

If the archive fails ``UNREACHABLE_AFTER`` lookups in a row (no network,
archive down), the run stops: the remaining URLs are left for the next run
instead of each waiting out its own timeouts and retries.

Lookups run one after another (the archive's own limit of one request per
``min_interval`` makes parallelism pointless) and each result is stored the
moment it is known, so an interrupted run keeps what it learnt.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bibcheck.archive.choose import target_date
from bibcheck.archive.client import ArchiveClient
from bibcheck.archive.lookup import Job, Looker
from bibcheck.archive.save import SavePageNow
from bibcheck.archive.settings import ArchiveSettings
from bibcheck.model import ArchiveLookup, ArchiveOutcome
from bibcheck.net.client import Sleep, run_loop
from bibcheck.net.precheck import precheck
from bibcheck.store.archives import (
    citation_dates,
    cited_titles,
    latest_lookups,
    lookup_due,
    quoted_claims,
    save_lookup,
)
from bibcheck.store.base import Store
from bibcheck.store.links import OK, cited_urls, link_states


@dataclass(frozen=True, slots=True)
class ArchiveReport:
    """What a run did.  ``requests`` counts requests per archive (and per live site)."""

    cited: int  # distinct cited URLs
    selected: int  # of those, chosen for lookup (not alive, or all)
    due: int  # of those, with no fresh lookup (looked up in this run)
    by_outcome: dict[ArchiveOutcome, int]
    saved: int  # snapshots made by Save Page Now
    drifted: int
    requests: dict[str, int]
    elapsed_s: float
    stopped: str = ""  # why the run stopped early (the archive unreachable), or ""
    not_looked_up: int = 0  # due URLs left for the next run after an early stop


UNREACHABLE_AFTER = 3


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class ArchivePlan:
    cited: int  # distinct cited URLs
    selected: int  # of those, chosen for lookup
    jobs: list[Job]  # the due ones, with what is known of each


def plan_archive(
    db: Store,
    settings: ArchiveSettings,
    *,
    all_urls: bool,
    save: bool,
    refresh: bool,
    now: datetime,
) -> ArchivePlan:
    """Which URLs a run looks up (see the module docstring), with their citation data."""
    cited = cited_urls(db)
    alive = {s.url for s in link_states(db) if s.latest.status in OK}
    selected = [u for u in cited if precheck(u) is None and (all_urls or save or u not in alive)]
    latest = latest_lookups(db, selected)
    due = [
        u
        for u in selected
        if refresh
        or lookup_due(latest.get(u), now, settings.max_age)
        or (save and u in alive and latest[u].outcome is ArchiveOutcome.NOT_ARCHIVED)
    ]
    return ArchivePlan(len(cited), len(selected), _jobs(db, due, alive))


def run_archive(
    db: Store,
    settings: ArchiveSettings,
    *,
    all_urls: bool = False,
    save: bool = False,
    refresh: bool = False,
    clock: Callable[[], datetime] = _now,
    sleep: Sleep = asyncio.sleep,
    monotonic: Callable[[], float] = time.monotonic,
    on_progress: Callable[[int, int], None] | None = None,
    on_result: Callable[[ArchiveLookup], None] | None = None,
) -> ArchiveReport:
    """Look up every selected, due URL in the archives and store the lookups."""
    started = monotonic()
    plan = plan_archive(db, settings, all_urls=all_urls, save=save, refresh=refresh, now=clock())
    jobs = plan.jobs
    client = ArchiveClient(settings, clock=clock, sleep=sleep, monotonic=monotonic)
    saver = SavePageNow(client, sleep=sleep, monotonic=monotonic) if save else None
    looker = Looker(client, clock, saver)
    tally = run_loop(_look_up_all(db, jobs, looker, on_progress, on_result, uuid.uuid4().hex))
    return ArchiveReport(
        cited=plan.cited,
        selected=plan.selected,
        due=len(jobs),
        by_outcome=dict(tally.outcomes),
        saved=tally.saved,
        drifted=tally.drifted,
        requests=client.gate.counts(),
        elapsed_s=monotonic() - started,
        stopped=tally.stopped,
        not_looked_up=len(jobs) - tally.looked_up,
    )


@dataclass
class _Tally:
    outcomes: Counter[ArchiveOutcome] = field(default_factory=Counter)
    saved: int = 0
    drifted: int = 0
    looked_up: int = 0
    stopped: str = ""


async def _look_up_all(
    db: Store,
    jobs: list[Job],
    looker: Looker,
    on_progress: Callable[[int, int], None] | None,
    on_result: Callable[[ArchiveLookup], None] | None,
    run_id: str,
) -> _Tally:
    """Look the jobs up one after another, storing each lookup at once."""
    tally = _Tally()
    failed_in_a_row = 0
    last_detail = ""
    try:
        looker.client.http.start()  # set up (trust store...) before the first request
        _progress(on_progress, 0, len(jobs))
        for done, job in enumerate(jobs, start=1):
            if failed_in_a_row >= UNREACHABLE_AFTER:
                tally.stopped = (
                    f"the archive failed {failed_in_a_row} lookups in a row "
                    f"(last: {last_detail}); stopped, the rest is left for the next run"
                )
                break
            lookup = await looker.look_up(job)
            tally.looked_up += 1
            failed = lookup.outcome is ArchiveOutcome.LOOKUP_FAILED
            failed_in_a_row = failed_in_a_row + 1 if failed else 0
            last_detail = lookup.detail
            save_lookup(db, lookup, run_id)
            tally.outcomes[lookup.outcome] += 1
            tally.saved += lookup.saved
            tally.drifted += bool(lookup.drifted)
            if on_result is not None:
                on_result(lookup)
            _progress(on_progress, done, len(jobs))
    finally:
        await looker.client.close()
    return tally


def _progress(callback: Callable[[int, int], None] | None, done: int, total: int) -> None:
    if callback is not None:
        callback(done, total)


def _jobs(db: Store, urls: list[str], alive: set[str]) -> list[Job]:
    dates = citation_dates(db)
    titles = cited_titles(db)
    quotes = quoted_claims(db)
    return [
        Job(
            url=u,
            target=target_date(*dates.get(u, (None, None, None))),
            titles=tuple(titles.get(u, ())),
            quotes=tuple(quotes.get(u, ())),
            alive=u in alive,
        )
        for u in urls
    ]
