"""Settings of the archive stage: where the archives are, how politely to ask them.

Every base URL is a setting so that tests (a local fake archive) and mirrors
can point elsewhere.  Network policy (timeouts, User-Agent, the refusal of
private addresses, ``resolve`` overrides, body size caps) is not repeated
here: it is the :class:`~bibcheck.net.settings.NetSettings` of ``bibcheck check``,
carried in ``check``, so the archive obeys exactly the same rules.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import timedelta

from bibcheck.net.settings import NetSettings
from bibcheck.urls import host_key

WAYBACK_CDX = "https://web.archive.org/cdx/search/cdx"
WAYBACK_AVAILABLE = "https://archive.org/wayback/available"
WAYBACK_SNAPSHOT = "https://web.archive.org/web/"
WAYBACK_SAVE = "https://web.archive.org/save"
MEMENTO_TIMEMAP = "https://timetravel.mementoweb.org/timemap/json/"  # a suggested value


@dataclass(frozen=True, slots=True)
class ArchiveSettings:
    """Everything that tunes ``bibcheck archive``.  Times are in seconds."""

    check: NetSettings = field(default_factory=NetSettings)
    cdx_url: str = WAYBACK_CDX
    available_url: str = WAYBACK_AVAILABLE
    snapshot_base: str = WAYBACK_SNAPSHOT
    save_url: str = WAYBACK_SAVE
    memento_url: str | None = None  # a TimeMap (JSON) aggregator, e.g. MEMENTO_TIMEMAP
    min_interval: float = 1.0  # between request starts to one archive
    max_age: timedelta = timedelta(days=30)  # found / not_archived stay fresh this long
    timeout: float | None = None  # read timeout for archive requests; None: check.timeout
    drift_threshold: float = 0.6  # similarity below this means the page drifted
    drift_window: timedelta = timedelta(days=365)  # "near the citation date" for drift
    quote_threshold: float = 85.0  # rapidfuzz partial_ratio for "quotation still there"
    cdx_limit: int = 10  # captures asked for on each side of the target date
    max_candidates: int = 3  # captures verified at most per side before giving up
    save_auth: str | None = None  # "key:secret" for Save Page Now (sent as "LOW key:secret")
    save_interval: float = 10.0  # between two Save Page Now submissions
    save_poll: float = 5.0  # between two status polls of a Save Page Now job
    save_timeout: float = 180.0  # follow a Save Page Now job this long at most

    def network(self) -> NetSettings:
        """The check settings used for archive requests (archive timeout applied)."""
        if self.timeout is None:
            return self.check
        return dataclasses.replace(self.check, timeout=self.timeout)

    def archive_hosts(self) -> dict[str, str]:
        """Host name -> archive key used by the rate limiter."""
        hosts = {
            host_key(u): "wayback"
            for u in (self.cdx_url, self.available_url, self.snapshot_base, self.save_url)
        }
        if self.memento_url:
            hosts.setdefault(host_key(self.memento_url), "memento")
        return hosts
