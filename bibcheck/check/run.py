"""One ``bibcheck check`` run: pick the due URLs, check them, store the results.

Joins the store (what is cited, what is stale) to the engine
(:func:`bibcheck.check.engine.check_urls`).  The due URLs are streamed from
the database (counted first, then read again as the engine asks for them),
and results are written in small batched transactions - at least every
:data:`BATCH` results or :data:`BATCH_SECONDS` - so memory stays flat in the
number of URLs and an interrupted run keeps everything it learnt (the batch
in hand is written before the interruption is passed on); the next run
resumes with the URLs still due.  With each due URL go the titles the stored
references citing it give (read a page of URLs ahead): a page titled so needs no
soft-404 probe (:mod:`bibcheck.net.cited_title`).  The soft-404 probe samples earlier
runs kept (:mod:`bibcheck.store.probes`), those younger than ``probe_max_age_days``, are
given to the engine, and the samples this run took are kept at its end (an interrupted
run's too: Ctrl-C, SIGTERM at the command line, and those its worker processes took
before they were told to stop).  The fleet's jobs (:mod:`bibcheck.fleet.check`) read
and keep samples through :func:`known_probes` and :func:`keep_probes` as well.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from bibcheck import __version__
from bibcheck.check import timeline
from bibcheck.check.engine import CheckRunSummary, EngineStatus, check_urls, rough_host
from bibcheck.check.settings import CheckSettings
from bibcheck.model import LinkCheck
from bibcheck.net.client import Sleep
from bibcheck.net.soft404 import PageSample, ProbeLedger, TakenSample
from bibcheck.store.base import Store
from bibcheck.store.links import (
    cited_urls,
    finish_run,
    iter_cited_titles,
    iter_due_urls,
    save_checks,
    start_run,
)
from bibcheck.store.probes import ProbeRow, iter_probe_samples, save_probe_samples

BATCH = 200
BATCH_SECONDS = 1.0


class RunSettings(Protocol):
    """What a check run needs to know (:class:`bibcheck.config.Settings` has it all)."""

    @property
    def check(self) -> CheckSettings: ...
    @property
    def max_age(self) -> timedelta: ...
    @property
    def max_age_failed(self) -> timedelta: ...
    @property
    def include(self) -> tuple[str, ...]: ...
    @property
    def exclude(self) -> tuple[str, ...]: ...
    def wants(self, url: str) -> bool: ...


@dataclass(frozen=True, slots=True)
class CheckReport:
    run_id: str
    summary: CheckRunSummary
    cited: int  # distinct URLs cited by the stored documents
    due: int  # of those, stale or never checked (and not excluded)
    excluded: int
    stored: int  # observations written
    probes_kept: int = 0  # soft-404 probe samples written for later runs


def _now() -> datetime:
    return datetime.now(UTC)


class _Writer:
    """Buffers observations and writes them in batches."""

    def __init__(self, db: Store, run_id: str) -> None:
        self.db = db
        self.run_id = run_id
        self.buffer: list[LinkCheck] = []
        self.stored = 0
        self.last = time.monotonic()

    def add(self, check: LinkCheck) -> None:
        self.buffer.append(check)
        if len(self.buffer) >= BATCH or time.monotonic() - self.last >= BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            self.stored += save_checks(self.db, self.run_id, self.buffer)
            self.buffer = []
        self.last = time.monotonic()


def run_check(
    db: Store,
    settings: RunSettings,
    *,
    refresh: bool = False,
    clock: Callable[[], datetime] | None = None,
    sleep: Sleep | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_status: Callable[[EngineStatus], None] | None = None,
    on_result: Callable[[LinkCheck], None] | None = None,
) -> CheckReport:
    """Check every due URL and store the observations (``clock`` and ``sleep``: the
    real ones unless given; given, they keep the run in one process)."""
    timeline.mark("run_check")
    now = (clock or _now)()
    cited = cited_urls(db)
    wanted = sum(1 for u in cited if settings.wants(u))

    def due() -> Iterator[str]:
        for url in iter_due_urls(
            db, now, settings.max_age, settings.max_age_failed, refresh=refresh
        ):
            if settings.wants(url):
                yield url

    count = fetches = 0
    hosts: set[str] = set()  # how many, for the number of processes

    def counted() -> Iterator[str]:  # one reading counts both (the due URLs are read again
        nonlocal count  # as the engine asks for them)
        for url in due():
            count += 1
            yield url

    for url in one_per_page(counted(), {}):
        fetches += 1
        hosts.add(rough_host(url))
    timeline.mark("counted", urls=count, hosts=len(hosts))
    probes = ProbeLedger(known=known_probes(db, settings.check, now))
    run_id = start_run(db, describe(settings, refresh), __version__, now)
    writer = _Writer(db, run_id)
    siblings: dict[str, list[str]] = {}  # fetched URL -> the other anchors on its page
    # fetched URL -> the titles its references give (a page so titled needs no soft-404
    # probe); put in as the URL is read, taken out by the engine
    titles: dict[str, tuple[str, ...]] = {}

    def store(check: LinkCheck) -> None:
        writer.add(check)
        for url in siblings.pop(check.url, ()):
            writer.add(dataclasses.replace(check, url=url))
        if on_result is not None:
            on_result(check)

    try:
        summary = check_urls(
            iter_cited_titles(db, one_per_page(due(), siblings), titles),
            settings.check,
            on_result=store,
            on_progress=on_progress,
            on_status=on_status,
            clock=clock,
            sleep=sleep,
            expected=fetches,
            hosts=len(hosts),
            cited=titles,
            probes=probes,
        )
    except BaseException:
        writer.flush()
        keep_probes(db, probes.taken)
        finish_run(db, run_id, True, "interrupted", (clock or _now)())
        raise
    timeline.mark("engine_done")
    writer.flush()
    kept = keep_probes(db, probes.taken) if not summary.degraded else 0
    finish_run(db, run_id, summary.degraded, summary.degraded_reason, (clock or _now)())
    timeline.mark("stored")
    return CheckReport(run_id, summary, len(cited), count, len(cited) - wanted, writer.stored, kept)


def known_probes(
    db: Store, settings: CheckSettings, now: datetime, netlocs: Iterable[str] | None = None
) -> list[TakenSample]:
    """The soft-404 probe samples kept by earlier runs that this run may use: none when
    probes are off or ``probe_max_age_days`` is 0, else those younger than it (with
    ``netlocs``: of these hosts only, as a fleet job reads them)."""
    if not settings.soft404_probe or settings.probe_max_age_days <= 0:
        return []
    since = now - timedelta(days=settings.probe_max_age_days)
    return [
        TakenSample(row.key, PageSample(row.status, row.title, row.text), row.taken_at)
        for row in iter_probe_samples(db, since, netlocs)
    ]


def keep_probes(db: Store, taken: Iterable[TakenSample]) -> int:
    """Write the samples a run took for later runs; how many."""
    return save_probe_samples(
        db,
        (
            ProbeRow(t.key, t.sample.status, t.sample.title, t.sample.text, t.taken_at)
            for t in taken
        ),
    )


def one_per_page(urls: Iterable[str], siblings: dict[str, list[str]]) -> Iterator[str]:
    """``urls`` (sorted) with those that differ only by their fragment fetched once: the
    anchors of one references page (``refs.html#id12``, ``refs.html#id40``) are one page on
    the wire.  ``siblings`` gets, for each URL yielded, the others of its page (before it is
    yielded), whose observation is the same."""
    group: list[str] = []
    for url in urls:
        if group and url.partition("#")[0] == group[0].partition("#")[0]:
            group.append(url)
            continue
        if group:
            if len(group) > 1:
                siblings[group[0]] = group[1:]
            yield group[0]
        group = [url]
    if group:
        if len(group) > 1:
            siblings[group[0]] = group[1:]
        yield group[0]


def describe(settings: RunSettings, refresh: bool) -> dict[str, object]:
    data = dataclasses.asdict(settings.check)
    data.update(
        max_age_s=settings.max_age.total_seconds(),
        max_age_failed_s=settings.max_age_failed.total_seconds(),
        include=list(settings.include),
        exclude=list(settings.exclude),
        refresh=refresh,
    )
    return data
