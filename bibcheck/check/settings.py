"""Settings of a check run: the network settings plus scheduling and politeness."""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.net.settings import USER_AGENT, NetSettings

__all__ = ["USER_AGENT", "CheckSettings"]


@dataclass(frozen=True, slots=True)
class CheckSettings(NetSettings):
    """Everything that tunes a check run.  Times are in seconds."""

    per_host: int = 2  # checks in flight per host
    min_interval: float = 0.5  # between request starts to one host
    # checks in flight overall (bounded by the open-file limit); 512 by measurement (README,
    # Benchmarks): more in flight was no faster on a 2-core machine, fewer was slower
    concurrency: int = 512
    processes: int = 0  # event-loop processes sharing the hosts; 0: one per CPU (at most 4)
    canary_urls: tuple[str, ...] = ()
    # a needed soft-404 probe waits behind its host's queued URLs: a cited sibling of its
    # path shape answering 404/410 meanwhile makes it unnecessary (README, "Politeness";
    # off by default: README, Benchmarks, round 67, for what it costs)
    probe_after_siblings: bool = False
    # days a soft-404 probe's sample kept in the store answers for its host and path shape
    # in later runs (0: every run probes afresh); 3: the re-checks of failures (every 12 h)
    # and of a manuscript within the week reuse them, while the full re-check a week
    # later (max_age_days, 7) always probes afresh (README, "Politeness")
    probe_max_age_days: float = 3.0
