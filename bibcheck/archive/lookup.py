"""Look one URL up: find captures, choose, verify, judge drift -> one ArchiveLookup.

Order of sources:

1. Wayback CDX, captures at or before the target date (closest first); if
   none of the first ``max_candidates`` is usable, captures after it
   (closest first).  If CDX fails, the availability API's closest capture.
2. The Memento aggregator (when configured) if the Wayback Machine gave
   nothing usable.
3. Save Page Now (``--save``) for a live URL that no archive holds.

A candidate is offered only after its snapshot has been fetched from the
archive and judged: it must answer 2xx (following the archive's own
redirects to the nearest timestamp of the *same* URL), and it must not be a
soft 404 - its text must not say "not found", and when its title does not
confirm the cited title, it must not be a copy of the site's home page
captured at the same time.

Outcomes: ``found`` (a verified snapshot), ``not_archived`` (every source
answered and none holds a usable capture) and ``lookup_failed`` (a source
failed and nothing usable was found: tried again next run).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bibcheck.archive import choose
from bibcheck.archive.choose import Capture
from bibcheck.archive.client import ArchiveClient, ArchiveError
from bibcheck.archive.drift import drift, quotes_present
from bibcheck.archive.memento import Memento
from bibcheck.archive.pages import page_of
from bibcheck.archive.save import SavePageNow
from bibcheck.archive.wayback import Wayback, split_snapshot_url
from bibcheck.model import ArchiveLookup, ArchiveOutcome
from bibcheck.net.precheck import equivalent_urls
from bibcheck.urls import host_key


@dataclass(frozen=True, slots=True)
class Job:
    """What is known about a cited URL before looking it up."""

    url: str
    target: date | None
    titles: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    alive: bool = False  # the latest link check found the page alive (or moved)


@dataclass(frozen=True, slots=True)
class Hit:
    """A verified snapshot and what it says."""

    capture: Capture
    snapshot_url: str
    title: str | None
    text: str | None
    note: str = ""
    saved: bool = False  # captured now by Save Page Now


@dataclass(frozen=True, slots=True)
class DriftResult:
    score: float | None = None
    drifted: bool | None = None
    quote_in_live: bool | None = None
    quote_in_snapshot: bool | None = None
    note: str = ""


class Looker:
    """Runs the lookups of one ``bibcheck archive`` run (sequentially)."""

    def __init__(
        self,
        client: ArchiveClient,
        clock: Callable[[], datetime],
        saver: SavePageNow | None = None,
    ) -> None:
        self.client = client
        self.settings = client.settings
        self.clock = clock
        self.wayback = Wayback(client)
        base = self.settings.memento_url
        self.memento = Memento(client, base) if base else None
        self.saver = saver

    # -- one URL ----------------------------------------------------------

    async def look_up(self, job: Job) -> ArchiveLookup:
        failures: list[str] = []
        rejected: list[str] = []
        hit = await self._source("Wayback", self._wayback(job, rejected), failures)
        if hit is None and self.memento is not None:
            hit = await self._source("Memento", self._memento(job, rejected), failures)
        if hit is None and self.saver is not None and job.alive and not failures:
            # a failed save leaves the URL not archived (and due again with --save)
            hit = await self._source("Save Page Now", self._save(job, rejected), rejected)
        if hit is None:
            return self._miss(job, failures, rejected)
        return await self._found(job, hit, failures + rejected)

    @staticmethod
    async def _source(
        name: str, find: Coroutine[Any, Any, Hit | None], failures: list[str]
    ) -> Hit | None:
        try:
            return await find
        except ArchiveError as e:
            failures.append(f"{name}: {e}")
            return None

    def _miss(self, job: Job, failures: list[str], rejected: list[str]) -> ArchiveLookup:
        if failures:
            outcome, detail = ArchiveOutcome.LOOKUP_FAILED, "; ".join(failures + rejected)
        else:
            outcome = ArchiveOutcome.NOT_ARCHIVED
            detail = "; ".join(rejected) or "no successful (2xx) capture"
        return ArchiveLookup(
            url=job.url,
            outcome=outcome,
            looked_up_at=self.clock(),
            target_date=job.target,
            archive="",
            detail=detail,
        )

    async def _found(self, job: Job, hit: Hit, passed_over: list[str]) -> ArchiveLookup:
        result = await self._drift(job, hit) if job.alive else DriftResult()
        skipped = [f"passed over {p}" for p in passed_over]
        notes = [n for n in (hit.note, *skipped, result.note) if n]
        return ArchiveLookup(
            url=job.url,
            outcome=ArchiveOutcome.FOUND,
            looked_up_at=self.clock(),
            archive=hit.capture.archive,
            snapshot_url=hit.snapshot_url,
            snapshot_timestamp=hit.capture.timestamp,
            target_date=job.target,
            verified=True,
            drift_score=result.score,
            drifted=result.drifted,
            quote_in_live=result.quote_in_live,
            quote_in_snapshot=result.quote_in_snapshot,
            detail="; ".join(notes),
            saved=hit.saved,
        )

    # -- sources ----------------------------------------------------------

    async def _wayback(self, job: Job, rejected: list[str]) -> Hit | None:
        try:
            before = await self.wayback.before(job.url, job.target)
        except ArchiveError as cdx_error:
            try:
                closest = await self.wayback.closest(job.url, job.target)
            except ArchiveError as e:
                raise ArchiveError(f"CDX: {cdx_error}; availability API: {e}") from e
            hit = await self._first(job, choose.order_candidates(closest, job.target), rejected)
            return dataclasses.replace(hit, note="found by the availability API") if hit else None
        earlier, _ = choose.split_by_target(before, job.target)
        hit = await self._first(job, earlier, rejected)
        if hit is not None or job.target is None:
            return hit
        after = await self.wayback.after(job.url, job.target)
        _, later = choose.split_by_target(after, job.target)
        hit = await self._first(job, later, rejected)
        return (
            dataclasses.replace(hit, note="no usable capture before the target date")
            if (hit)
            else None
        )

    async def _memento(self, job: Job, rejected: list[str]) -> Hit | None:
        assert self.memento is not None
        captures = await self.memento.captures(job.url)
        return await self._first(job, choose.order_candidates(captures, job.target), rejected)

    async def _save(self, job: Job, rejected: list[str]) -> Hit | None:
        assert self.saver is not None
        capture = await self.saver.save(job.url)
        hit = await self.verify(job, capture)
        if isinstance(hit, str):
            rejected.append(f"Save Page Now capture {capture.timestamp}: {hit}")
            return None
        return dataclasses.replace(hit, note="captured now by Save Page Now", saved=True)

    # -- verification -----------------------------------------------------

    async def _first(
        self, job: Job, candidates: Sequence[Capture], rejected: list[str]
    ) -> Hit | None:
        for capture in candidates[: self.settings.max_candidates]:
            hit = await self.verify(job, capture)
            if isinstance(hit, Hit):
                return hit
            rejected.append(f"{capture.archive} capture {capture.timestamp}: {hit}")
        return None

    async def verify(self, job: Job, capture: Capture) -> Hit | str:
        """The verified snapshot, or why this capture is not usable."""
        wanted = capture.uri or self.wayback.snapshot(capture)
        ex, final = await self.client.follow(wanted)
        if ex.status >= 500:
            raise ArchiveError(f"{final} answered HTTP {ex.status}")
        if not 200 <= ex.status < 300:
            return f"the archive answers HTTP {ex.status}"
        if final != wanted:
            moved = self._same_capture(capture, final)
            if isinstance(moved, str):
                return moved
            capture = moved
        title, text = page_of(ex)
        problem = choose.capture_problem(capture.original, title, text)
        if problem is not None:
            return problem
        if capture.uri is None and await self._home_copy(job, capture, title, text):
            return "the capture is a copy of the site's home page (a soft 404)"
        return Hit(capture, final, title, text)

    def _same_capture(self, capture: Capture, final: str) -> Capture | str:
        """The capture the archive redirected to, if it is still of the cited URL."""
        if capture.uri is not None:  # Memento: stay on the archive's host
            if host_key(final) != host_key(capture.uri):
                return f"the memento redirects away to {final}"
            return dataclasses.replace(capture, uri=final)
        parts = split_snapshot_url(self.settings.snapshot_base, final)
        if parts is None or not equivalent_urls(parts[1], capture.original):
            return f"the capture is a redirect to {parts[1] if parts else final}"
        return dataclasses.replace(capture, timestamp=parts[0], original=parts[1])

    async def _home_copy(
        self, job: Job, capture: Capture, title: str | None, text: str | None
    ) -> bool:
        if not all(choose.in_doubt(title, t) for t in job.titles or (None,)):
            return False
        home = choose.home_url(capture.original)
        if home is None:
            return False
        try:
            ex, _ = await self.client.follow(
                self.wayback.snapshot(dataclasses.replace(capture, original=home))
            )
        except ArchiveError:
            return False  # cannot compare: the text checks above stand
        if not 200 <= ex.status < 300:
            return False
        return choose.is_home_copy(title, text, *page_of(ex))

    # -- drift ------------------------------------------------------------

    async def _drift(self, job: Job, hit: Hit) -> DriftResult:
        window = self.settings.drift_window
        if not choose.near(hit.capture.timestamp, job.target, window):
            return DriftResult(note="no capture near the citation date to compare with")
        try:
            ex, _ = await self.client.follow(job.url)
        except ArchiveError as e:
            return DriftResult(note=f"live page not fetched for the drift check: {e}")
        if not 200 <= ex.status < 300:
            return DriftResult(note=f"live page answered HTTP {ex.status}; no drift check")
        live_title, live_text = page_of(ex)
        found = drift(live_title, live_text, hit.title, hit.text, self.settings.drift_threshold)
        threshold = self.settings.quote_threshold
        in_live = quotes_present(job.quotes, live_text, threshold)
        in_old = quotes_present(job.quotes, hit.text, threshold)
        lost_quote = in_old is True and in_live is False
        drifted: bool | None = None
        if found is not None or lost_quote:
            drifted = bool(found is not None and found.drifted) or lost_quote
        note = "the quotation is in the capture, no longer in the live page" if lost_quote else ""
        return DriftResult(found.score if found else None, drifted, in_live, in_old, note)
