"""Polite, counted, retried requests to registry APIs and web sites.

A :class:`Gate` per API (``crossref``, ``openalex``, ``doi``) and per web
site holds:

* at most ``concurrency`` requests in flight (one by default);
* a minimum interval between request starts: the configured one, or what
  the API advertises - Crossref sends ``x-rate-limit-limit: 50`` and
  ``x-rate-limit-interval: 1s``, which allows one start every 20 ms;
* parking: a ``429``/``503`` with ``Retry-After`` (seconds or an HTTP date)
  pushes the API's next start back by that much.

:class:`ApiClient` sends one request through its gate, retries transport
failures, 5xx and 429 (honouring ``Retry-After`` up to ``max_retry_after``,
else giving up at once) and counts every request sent.  An API that fails
``unreachable_after`` requests in a row is *down* for the rest of the run:
further calls fail at once, so an offline run ends quickly and every verdict
that needed that API says ``unverifiable`` (degraded), never ``not_found``.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from bibcheck.net.verdicts import retry_after_seconds
from bibcheck.verify.http import Response, Transport, TransportError
from bibcheck.verify.settings import VerifySettings

__all__ = ["Answer", "ApiClient", "Gate", "rate_limit_interval"]

THROTTLE = frozenset({429, 503})
JSON_ACCEPT = "application/json"

Sleep = Callable[[float], Awaitable[None]]


def rate_limit_interval(headers: Mapping[str, str]) -> float | None:
    """Seconds between request starts that ``x-rate-limit-limit``/``-interval`` allow."""
    limit = headers.get("x-rate-limit-limit", "").strip()
    interval = headers.get("x-rate-limit-interval", "").strip().lower()
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h)?", interval)
    if not limit.isdigit() or int(limit) <= 0 or m is None:
        return None
    scale = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}[m.group(2) or "s"]
    return float(m.group(1)) * scale / int(limit)


@dataclass
class Gate:
    """In-flight limit, spacing and parking for one API or one web site."""

    name: str
    concurrency: int = 1
    min_interval: float = 0.0
    monotonic: Callable[[], float] = time.monotonic
    sleep: Sleep = asyncio.sleep
    advertised: float = 0.0  # from the API's rate-limit headers
    next_start: float = 0.0
    starts: list[float] = field(default_factory=list)
    in_flight: int = 0
    max_in_flight: int = 0
    _slots: asyncio.Semaphore | None = None
    _lock: asyncio.Lock | None = None

    def _ready(self) -> tuple[asyncio.Semaphore, asyncio.Lock]:
        if self._slots is None or self._lock is None:
            self._slots = asyncio.Semaphore(max(1, self.concurrency))
            self._lock = asyncio.Lock()
        return self._slots, self._lock

    async def __aenter__(self) -> Gate:
        slots, lock = self._ready()
        await slots.acquire()
        async with lock:  # starts are spaced one after another
            wait = self.next_start - self.monotonic()
            if wait > 0:
                await self.sleep(wait)
            start = max(self.monotonic(), self.next_start)
            self.next_start = start + max(self.min_interval, self.advertised)
            self.starts.append(start)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.in_flight -= 1
        slots, _lock = self._ready()
        slots.release()

    def observe(self, headers: Mapping[str, str]) -> None:
        interval = rate_limit_interval(headers)
        if interval is not None:
            self.advertised = interval

    def park(self, seconds: float) -> None:
        """No start before ``seconds`` from now."""
        self.next_start = max(self.next_start, self.monotonic() + seconds)


@dataclass(frozen=True, slots=True)
class Answer:
    """The outcome of one API call: an HTTP answer, or why there is none."""

    status: int | None  # None: no usable answer (network, throttled beyond the cap, down)
    body: bytes = b""
    url: str = ""
    reason: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    @property
    def failed(self) -> bool:
        """No answer that says anything about the work (network, 5xx, throttling)."""
        return self.status is None or self.status >= 500 or self.status in THROTTLE

    def json(self) -> Any:
        """The decoded JSON body; None when it is not JSON."""
        try:
            return json.loads(self.body.decode("utf-8", errors="replace"))
        except ValueError:
            return None


class ApiClient:
    """Requests through per-API gates, with retries, counting and a down switch."""

    def __init__(
        self,
        transport: Transport,
        settings: VerifySettings,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        sleep: Sleep = asyncio.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.transport = transport
        self.settings = settings
        self.clock = clock
        self.sleep = sleep
        self.monotonic = monotonic
        self.gates: dict[str, Gate] = {}
        self.requests: Counter[str] = Counter()
        self.failures_in_a_row: Counter[str] = Counter()
        self.down: dict[str, str] = {}  # api -> why it is considered down

    def gate(self, name: str, *, site: bool = False) -> Gate:
        if name not in self.gates:
            self.gates[name] = Gate(
                name,
                concurrency=1 if site else self.settings.api_concurrency,
                min_interval=self.settings.page_interval
                if site
                else self.settings.api_min_interval,
                monotonic=self.monotonic,
                sleep=self.sleep,
            )
        return self.gates[name]

    def headers(self, accept: str = JSON_ACCEPT) -> dict[str, str]:
        agent = self.settings.net.user_agent
        if self.settings.mailto and "mailto:" not in agent:
            agent = f"{agent} (mailto:{self.settings.mailto})"
        return {"Accept": accept, "User-Agent": agent, "Accept-Encoding": "gzip, deflate"}

    async def get(
        self, api: str, url: str, *, accept: str = JSON_ACCEPT, site: bool = False
    ) -> Answer:
        """GET ``url`` through ``api``'s gate; never raises for network trouble."""
        if api in self.down:
            return Answer(None, url=url, reason=f"{api} is unreachable: {self.down[api]}")
        gate = self.gate(api, site=site)
        attempts = self.settings.retries + 1
        reason = ""
        for attempt in range(1, attempts + 1):
            try:
                async with gate:
                    self.requests[api] += 1
                    response = await self.transport.fetch(url, self.headers(accept))
            except TransportError as exc:
                reason = str(exc)
                if attempt < attempts:
                    await self.sleep(self._backoff(attempt))
                continue
            gate.observe(response.headers)
            wait = self._throttle_wait(response, attempt)
            if wait is None:
                return self._answered(api, response)
            if wait > self.settings.max_retry_after:
                reason = f"HTTP {response.status}, asked to wait {wait:.0f} s"
                break
            reason = f"HTTP {response.status}"
            gate.park(wait)
        return self._failed(api, url, reason, site=site)

    def _throttle_wait(self, response: Response, attempt: int) -> float | None:
        """Seconds to wait before asking again, or None when the answer is final."""
        if response.status in THROTTLE:
            asked = retry_after_seconds(response.headers.get("retry-after"), self.clock())
            return asked if asked is not None else self._backoff(attempt)
        if response.status >= 500:
            return self._backoff(attempt)
        return None

    def _answered(self, api: str, response: Response) -> Answer:
        self.failures_in_a_row[api] = 0
        return Answer(response.status, response.body, response.url, "", response.headers)

    def _failed(self, api: str, url: str, reason: str, *, site: bool) -> Answer:
        self.failures_in_a_row[api] += 1
        if not site and self.failures_in_a_row[api] >= self.settings.unreachable_after:
            self.down[api] = reason
        return Answer(None, url=url, reason=reason or "no answer")

    def _backoff(self, attempt: int) -> float:
        return float(self.settings.net.backoff * (2.0 ** (attempt - 1)))

    @property
    def api_requests(self) -> int:
        """Requests sent to registry APIs (web sites not counted)."""
        return sum(n for name, n in self.requests.items() if not name.startswith("site:"))
