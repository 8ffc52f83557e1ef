"""What a check run reports: progress snapshots, the tally of delivered results, the summary.

Shared by the one-process engine (:mod:`.engine`) and the coordinator of
several (:mod:`.pool`), which merges its workers' summaries with
:func:`merge_worker_summaries`.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from bibcheck.model import LinkCheck, LinkStatus
from bibcheck.net.client import HostStats
from bibcheck.urls import host_key

STATUS_EVERY = 0.5  # seconds between two status reports


@dataclass(frozen=True, slots=True)
class EngineStatus:
    """A snapshot for progress displays."""

    done: int
    total: int
    in_flight: int
    hosts_waiting: int  # hosts held back by pacing or Retry-After right now
    elapsed_s: float
    rate: float  # URLs per second so far

    @property
    def eta_s(self) -> float | None:
        if self.rate <= 0 or self.total <= self.done:
            return None
        return (self.total - self.done) / self.rate


@dataclass
class CheckRunSummary:
    """What a run did.  ``by_host`` maps host -> verdict -> count."""

    checked: int
    by_status: dict[LinkStatus, int]
    by_host: dict[str, dict[LinkStatus, int]]
    degraded: bool
    degraded_reason: str
    requests_sent: int
    max_in_flight_per_host: dict[str, int]
    elapsed_s: float
    not_checked: int = 0
    host_stats: dict[str, HostStats] = field(default_factory=dict)
    connections_opened: int = 0
    probes_sent: int = 0
    probes_reused: int = 0
    probes_spared: int = 0  # not sent: a sibling of the same host and shape answered 404/410
    probes_titled: int = 0  # pages judged without one: titled as the reference citing them
    concurrency: int = 0  # checks in flight allowed
    notes: list[str] = field(default_factory=list)  # limits the run met (file descriptors)
    processes: int = 1  # event-loop processes the hosts were shared between
    early_starts: int = 0  # request starts to a host closer than min_interval (always 0)
    probes_stored: int = 0  # not sent: a sample an earlier run took (the store's) answered


class Tally:
    """Hands results to the caller as they come and counts them (in the calling thread)."""

    def __init__(
        self,
        on_result: Callable[[LinkCheck], None],
        on_progress: Callable[[int, int], None] | None,
        on_status: Callable[[EngineStatus], None] | None,
    ) -> None:
        self.on_result = on_result
        self.on_progress = on_progress
        self.on_status = on_status
        self.started = time.monotonic()
        self.delivered = 0
        self.total = 0
        self.by_status: Counter[LinkStatus] = Counter()
        self.by_host: dict[str, Counter[LinkStatus]] = {}
        self.last_status = 0.0

    def deliver(self, result: LinkCheck, in_flight: int, hosts_waiting: Callable[[], int]) -> None:
        self.on_result(result)
        self.delivered += 1
        self.total = max(self.total, self.delivered)
        self.by_status[result.status] += 1
        self.by_host.setdefault(host_key(result.url), Counter())[result.status] += 1
        if self.on_progress is not None:
            self.on_progress(self.delivered, self.total)
        self.report(in_flight, hosts_waiting, force=False)

    def report(self, in_flight: int, hosts_waiting: Callable[[], int], *, force: bool) -> None:
        """Emit a status (at most every ``STATUS_EVERY`` unless forced); ``hosts_waiting``
        is counted only then (it looks at every host)."""
        now = time.monotonic()
        if self.on_status is None or (not force and now - self.last_status < STATUS_EVERY):
            return
        self.last_status = now
        elapsed = now - self.started
        self.on_status(
            EngineStatus(
                done=self.delivered,
                total=self.total,
                in_flight=in_flight,
                hosts_waiting=hosts_waiting(),
                elapsed_s=elapsed,
                rate=self.delivered / elapsed if elapsed > 0 else 0.0,
            )
        )

    @property
    def elapsed_s(self) -> float:
        return time.monotonic() - self.started

    def counts(self) -> tuple[dict[LinkStatus, int], dict[str, dict[LinkStatus, int]]]:
        return dict(self.by_status), {h: dict(c) for h, c in self.by_host.items()}


def merge_worker_summaries(parts: Iterable[CheckRunSummary]) -> CheckRunSummary:
    """The network side of several workers' summaries as one (hosts are disjoint).

    The caller fills in what it counted itself: results delivered, verdicts,
    elapsed time, degradation.
    """
    merged = CheckRunSummary(
        checked=0,
        by_status={},
        by_host={},
        degraded=False,
        degraded_reason="",
        requests_sent=0,
        max_in_flight_per_host={},
        elapsed_s=0.0,
        processes=0,
    )
    for part in parts:
        merged.requests_sent += part.requests_sent
        merged.max_in_flight_per_host.update(part.max_in_flight_per_host)
        merged.host_stats.update(part.host_stats)
        merged.connections_opened += part.connections_opened
        merged.probes_sent += part.probes_sent
        merged.probes_reused += part.probes_reused
        merged.probes_spared += part.probes_spared
        merged.probes_titled += part.probes_titled
        merged.probes_stored += part.probes_stored
        merged.early_starts += part.early_starts
        merged.concurrency += part.concurrency
        merged.notes.extend(n for n in part.notes if n not in merged.notes)
        merged.processes += 1
    return merged
