"""Settings of every request bibcheck sends: timeouts, caps, retries, address policy.

Shared by the link checker and the archive client (both talk to the web through
:mod:`bibcheck.net`); the checker adds its scheduling settings in
:class:`bibcheck.check.settings.CheckSettings`.  Times are in seconds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bibcheck import __version__

# the package's own version, not importlib.metadata's: reading the installed metadata
# cost every process that sends requests about 10 ms of CPU at its start
USER_AGENT = (
    f"bibcheck/{__version__} (+https://github.com/bibcheck/bibcheck; citation link checker)"
)

CLIENTS = ("aiohttp", "curl")  # the HTTP libraries under bibcheck.net.client (``client``)


@dataclass(frozen=True, slots=True)
class NetSettings:
    """How one request is made: timeouts, size and redirect caps, retries, addresses."""

    timeout: float = 15.0  # read timeout, and limit for reading a body
    connect_timeout: float = 10.0
    max_bytes: int = 1_000_000  # body bytes read at most (a cap, not an error)
    max_redirects: int = 10
    retries: int = 2
    backoff: float = 1.0
    max_retry_after: float = 120.0
    use_head: bool = False
    allow_private: bool = False
    user_agent: str = USER_AGENT
    accepted_status: frozenset[int] = frozenset()  # extra codes counted as alive
    resolve: Mapping[str, str] = field(default_factory=dict)  # host -> IP override
    ca_bundle: str | None = None  # extra CA (PEM file) trusted besides the default store
    soft404_probe: bool = True
    # host names exempt from the address check (tests, intranet users only)
    allow_hosts: frozenset[str] = frozenset()
    # the HTTP library under bibcheck.net.client: "curl" (pycurl, libcurl's connection
    # pool driven from the event loop: less CPU per request, README Benchmarks "Round 14"
    # and "Round 15") or "aiohttp"
    client: str = "curl"
