"""One ``bibcheck check`` run: pick the due URLs, check them, store each result.

Joins the store (what is cited, what is stale) to the engine
(:func:`bibcheck.check.engine.check_urls`).  Each result is written the moment it
arrives, in its own transaction, so an interrupted run keeps everything it
learnt and the next run resumes with the URLs still due.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from bibcheck import __version__
from bibcheck.check.engine import CheckRunSummary, check_urls
from bibcheck.check.settings import CheckSettings
from bibcheck.model import LinkCheck
from bibcheck.store.base import Store
from bibcheck.store.links import cited_urls, due_urls, finish_run, save_check, start_run


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


def _now() -> datetime:
    return datetime.now(UTC)


def run_check(
    db: Store,
    settings: RunSettings,
    *,
    refresh: bool = False,
    clock: Callable[[], datetime] = _now,
    sleep: Callable[[float], None] = time.sleep,
    on_progress: Callable[[int, int], None] | None = None,
    on_result: Callable[[LinkCheck], None] | None = None,
) -> CheckReport:
    """Check every due URL and store the observations."""
    now = clock()
    cited = cited_urls(db)
    wanted = [u for u in cited if settings.wants(u)]
    due = [
        u
        for u in due_urls(db, now, settings.max_age, settings.max_age_failed, refresh=refresh)
        if settings.wants(u)
    ]
    run_id = start_run(db, _describe(settings, refresh), __version__, now)
    stored = 0

    def store(check: LinkCheck) -> None:
        nonlocal stored
        if save_check(db, run_id, check):
            stored += 1
        if on_result is not None:
            on_result(check)

    try:
        summary = check_urls(
            due, settings.check, on_result=store, on_progress=on_progress, clock=clock, sleep=sleep
        )
    except BaseException:
        finish_run(db, run_id, True, "interrupted", clock())
        raise
    finish_run(db, run_id, summary.degraded, summary.degraded_reason, clock())
    return CheckReport(run_id, summary, len(cited), len(due), len(cited) - len(wanted), stored)


def _describe(settings: RunSettings, refresh: bool) -> dict[str, object]:
    data = dataclasses.asdict(settings.check)
    data.update(
        max_age_s=settings.max_age.total_seconds(),
        max_age_failed_s=settings.max_age_failed.total_seconds(),
        include=list(settings.include),
        exclude=list(settings.exclude),
        refresh=refresh,
    )
    return data
