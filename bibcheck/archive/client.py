"""A polite HTTP client for web archives, on the one HTTP layer of :mod:`bibcheck.net.client`.

It adds nothing to *how* a request is made - the same
:class:`~bibcheck.net.client.HttpClient` as ``bibcheck check``, with the
same address policy, ``resolve`` overrides, total deadline, User-Agent and
body size cap (JSON bodies are read too) - only *when*:

* :class:`ArchiveGate` spaces request starts to each archive by
  ``min_interval`` (one key per archive: every Internet Archive endpoint
  shares the key ``wayback`` although they live on two host names);
* a 429 or 503 answer pushes the archive's next start back by its
  ``Retry-After`` (or an exponential backoff), then the request is retried;
  a demand longer than ``max_retry_after`` ends the step as failed.

Every failure of a step (network trouble, retries exhausted, an unusable
answer) is an :class:`ArchiveError`, which the run turns into the outcome
``lookup_failed``.  Waiting goes through the injected ``sleep``.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bibcheck.archive.settings import ArchiveSettings
from bibcheck.model import LinkStatus
from bibcheck.net.client import BodyRule, Exchange, HttpClient, RetryRule, Sleep, pause
from bibcheck.net.pages import TEXT_TYPES
from bibcheck.net.verdicts import Verdict

THROTTLE_CODES = frozenset({429, 503})
JSON_TYPES = ("application/json", "text/json", "application/javascript")
ARCHIVE_RETRY = RetryRule(codes=THROTTLE_CODES, jitter=0.0, skip_challenges=False)
CONNECTIONS = 8  # the archive stage asks one thing at a time; a few pools suffice


class ArchiveError(Exception):
    """A step of a lookup failed; says nothing about whether the page is archived."""


@dataclass
class ArchiveGate:
    """Paces request starts per archive key; records them (for reports and tests).

    The :class:`~bibcheck.net.client.RequestGate` of the archive client.
    Requests run one at a time (the archive stage is sequential).
    """

    min_interval: float
    keys: Mapping[str, str]  # host -> archive key; other hosts are their own key
    monotonic: Callable[[], float] = time.monotonic
    sleep: Sleep = asyncio.sleep
    next_start: dict[str, float] = field(default_factory=dict)
    starts: dict[str, list[float]] = field(default_factory=dict)

    def key(self, host: str) -> str:
        return self.keys.get(host, host)

    @asynccontextmanager
    async def request(self, host: str) -> AsyncIterator[None]:
        key = self.key(host)
        now = self.monotonic()
        due = self.next_start.get(key, now)
        if due > now:
            await pause(self.sleep, due - now)
        start = max(self.monotonic(), due)
        self.next_start[key] = start + self.min_interval
        self.starts.setdefault(key, []).append(start)
        yield

    async def wait_retry(self, host: str, seconds: float) -> None:
        """Before a retry: the archive's next start moves back (the request waits for it)."""
        self.cool_down(host, seconds)

    def sent(self, host: str) -> None:
        """The request really went out now: the archive's next start counts from here."""
        key = self.key(host)
        self.next_start[key] = max(
            self.next_start.get(key, 0.0), self.monotonic() + self.min_interval
        )

    def step_aside(self) -> None:
        """Nothing to give back: the archive stage holds no turns (one request at a time)."""

    def cool_down(self, host: str, seconds: float) -> None:
        """No request to ``host``'s archive before ``seconds`` from now."""
        key = self.key(host)
        later = self.monotonic() + seconds
        self.next_start[key] = max(self.next_start.get(key, 0.0), later)

    def counts(self) -> dict[str, int]:
        return {key: len(starts) for key, starts in sorted(self.starts.items())}


class ArchiveClient:
    """GET/POST to archives through the gate, with 429/Retry-After handling.

    Use it inside a running event loop; :meth:`close` it at the end.
    """

    def __init__(
        self,
        settings: ArchiveSettings,
        *,
        clock: Callable[[], datetime],
        sleep: Sleep = asyncio.sleep,
        monotonic: Callable[[], float] = time.monotonic,
        gate: ArchiveGate | None = None,
    ) -> None:
        self.settings = settings
        self.net = settings.network()
        self.clock = clock
        self.sleep = sleep
        # A worker fleet passes a gate whose pacing all its workers share.
        self.gate = gate or ArchiveGate(
            settings.min_interval, settings.archive_hosts(), monotonic=monotonic, sleep=sleep
        )
        self.http = HttpClient(
            self.net,
            gate=self.gate,
            clock=clock,
            sleep=sleep,
            body=BodyRule(self.net.max_bytes, types=TEXT_TYPES + JSON_TYPES),
            retry=ARCHIVE_RETRY,
            limit=CONNECTIONS,
        )

    async def close(self) -> None:
        await self.http.close()

    # -- single requests --------------------------------------------------

    async def get(self, url: str) -> Exchange:
        """One GET (no redirects followed); raises :class:`ArchiveError` on failure."""
        return _usable(url, await self.http.exchange("GET", url))

    async def post(self, url: str, data: Mapping[str, str], headers: Mapping[str, str]) -> Exchange:
        """One POST of a form (no redirects followed)."""
        return _usable(url, await self.http.exchange("POST", url, data=data, headers=headers))

    async def get_json(self, url: str) -> Any:
        """GET ``url`` and decode its JSON body (an empty 200 body is ``None``)."""
        ex = await self.get(url)
        if not 200 <= ex.status < 300:
            raise ArchiveError(f"{url} answered HTTP {ex.status}")
        return decode_json(ex, url)

    async def follow(self, url: str) -> tuple[Exchange, str]:
        """GET ``url`` following redirects: (last exchange, final URL)."""
        chain = await self.http.follow(url)
        if chain.verdict is not None:
            if chain.verdict.status is LinkStatus.TOO_MANY_REDIRECTS:
                raise ArchiveError(f"{url}: {chain.verdict.reason}")
            return _usable(chain.final_url, chain.verdict), chain.final_url
        assert chain.last is not None
        return _usable(chain.final_url, chain.last), chain.final_url


def _usable(url: str, outcome: Exchange | Verdict) -> Exchange:
    """The exchange, or the :class:`ArchiveError` that ends the step."""
    if isinstance(outcome, Verdict):
        raise ArchiveError(f"{url}: {outcome.status.value}: {outcome.reason}")
    if outcome.deferred is not None:
        raise ArchiveError(
            f"{url}: the archive asks to wait {outcome.deferred:.0f} s (HTTP {outcome.status})"
        )
    if outcome.status in THROTTLE_CODES:
        raise ArchiveError(f"{url}: HTTP {outcome.status} after {outcome.attempts} attempts")
    return outcome


def decode_json(ex: Exchange, url: str) -> Any:
    """The JSON body of ``ex``; :class:`ArchiveError` when it is not JSON."""
    text = ex.body.decode("utf-8", errors="replace").strip()
    if not text:
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ArchiveError(f"{url}: answer is not JSON ({e.msg})") from e
