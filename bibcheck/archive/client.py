"""A polite HTTP client for web archives, built on the link checker's HTTP layer.

It adds nothing to *how* a request is made - :class:`bibcheck.net.fetch.Fetcher`
does that, with the same address policy, ``resolve`` overrides, timeouts,
User-Agent and body size cap as ``bibcheck check`` - only *when*:

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

import json
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

from bibcheck.archive.settings import ArchiveSettings
from bibcheck.model import LinkStatus
from bibcheck.net import verdicts as classify
from bibcheck.net.fetch import ERROR_BODY_BYTES, Exchange, Fetcher, _read_capped
from bibcheck.net.verdicts import Verdict
from bibcheck.urls import host_key

THROTTLE_CODES = frozenset({429, 503})
RETRYABLE_VERDICTS = frozenset({LinkStatus.TIMEOUT, LinkStatus.CONNECTION_ERROR})
JSON_TYPES = ("application/json", "text/json", "application/javascript")


class ArchiveError(Exception):
    """A step of a lookup failed; says nothing about whether the page is archived."""


@dataclass
class ArchiveGate:
    """Paces request starts per archive key; records them (for reports and tests).

    Implements :class:`bibcheck.net.fetch.RequestGate`.  Requests run one at a
    time (the archive stage is sequential), so no lock is needed.
    """

    min_interval: float
    keys: Mapping[str, str]  # host -> archive key; other hosts are their own key
    monotonic: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    next_start: dict[str, float] = field(default_factory=dict)
    starts: dict[str, list[float]] = field(default_factory=dict)

    def key(self, host: str) -> str:
        return self.keys.get(host, host)

    @contextmanager
    def request(self, host: str) -> Iterator[None]:
        key = self.key(host)
        now = self.monotonic()
        due = self.next_start.get(key, now)
        if due > now:
            self.sleep(due - now)
        start = max(self.monotonic(), due)
        self.next_start[key] = start + self.min_interval
        self.starts.setdefault(key, []).append(start)
        yield

    def cool_down(self, host: str, seconds: float) -> None:
        """No request to ``host``'s archive before ``seconds`` from now."""
        key = self.key(host)
        later = self.monotonic() + seconds
        self.next_start[key] = max(self.next_start.get(key, 0.0), later)

    def counts(self) -> dict[str, int]:
        return {key: len(starts) for key, starts in sorted(self.starts.items())}


class ArchiveFetcher(Fetcher):
    """The link checker's fetcher, reading JSON bodies too, and able to POST a form."""

    def _body_limit(self, status: int, headers: Mapping[str, str]) -> int:
        mime = headers.get("content-type", "").split(";")[0].strip().lower()
        if mime in JSON_TYPES:
            return self.settings.max_bytes if 200 <= status < 300 else ERROR_BODY_BYTES
        return super()._body_limit(status, headers)

    def post_form(
        self, url: str, data: Mapping[str, str], headers: Mapping[str, str]
    ) -> Exchange | Verdict:
        """One POST of a form (no redirects followed, no retries)."""
        refused = self.policy.check_host(host_key(url), 0)
        if refused is not None:
            return Verdict(LinkStatus.FORBIDDEN_ADDRESS, f"{url} is a {refused}; refusing")
        timeout = (self.settings.connect_timeout, self.settings.timeout)
        try:
            with self.gate.request(host_key(url)):
                deadline = time.monotonic() + self.settings.timeout
                resp = self._session().post(
                    url,
                    data=dict(data),
                    headers=dict(headers),
                    stream=True,
                    allow_redirects=False,
                    timeout=timeout,
                )
                with resp:
                    got = {k.lower(): v for k, v in resp.headers.items()}
                    limit = self._body_limit(resp.status_code, got)
                    body = b"".join(_read_capped(resp, limit, deadline)) if limit else b""
        except Exception as exc:  # network trouble of any kind becomes a verdict
            return classify.classify_exception(exc)
        return Exchange(url=url, status=resp.status_code, headers=got, body=body)


class ArchiveClient:
    """GET/POST to archives through the gate, with 429/Retry-After handling."""

    def __init__(
        self,
        settings: ArchiveSettings,
        *,
        clock: Callable[[], datetime],
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self.net = settings.network()
        self.clock = clock
        self.sleep = sleep
        self.gate = ArchiveGate(
            settings.min_interval, settings.archive_hosts(), monotonic=monotonic, sleep=sleep
        )
        self.fetcher = ArchiveFetcher(self.net, gate=self.gate, clock=clock, sleep=sleep)

    def close(self) -> None:
        self.fetcher.close()

    # -- single requests --------------------------------------------------

    def get(self, url: str) -> Exchange:
        """One GET (no redirects followed); raises :class:`ArchiveError` on failure."""
        return self._with_retries(
            url, lambda: self.fetcher.exchange("GET", url, read_body=True, retries=0)
        )

    def post(self, url: str, data: Mapping[str, str], headers: Mapping[str, str]) -> Exchange:
        return self._with_retries(url, lambda: self.fetcher.post_form(url, data, headers))

    def get_json(self, url: str) -> Any:
        """GET ``url`` and decode its JSON body (an empty 200 body is ``None``)."""
        ex = self.get(url)
        if not 200 <= ex.status < 300:
            raise ArchiveError(f"{url} answered HTTP {ex.status}")
        return decode_json(ex, url)

    def follow(self, url: str) -> tuple[Exchange, str]:
        """GET ``url`` following redirects: (last exchange, final URL)."""
        current = url
        hops = self.net.max_redirects
        for _hop in range(hops + 1):
            ex = self.get(current)
            location = ex.headers.get("location")
            if ex.status not in classify.REDIRECT_CODES or not location:
                return ex, current
            current = urljoin(current, location.strip())
        raise ArchiveError(f"{url}: more than {hops} redirects")

    # -- retries ----------------------------------------------------------

    def _with_retries(self, url: str, send: Callable[[], Exchange | Verdict]) -> Exchange:
        attempts = self.net.retries + 1
        for attempt in range(1, attempts + 1):
            outcome = send()
            last = attempt == attempts
            if isinstance(outcome, Verdict):
                if outcome.status not in RETRYABLE_VERDICTS or last:
                    raise ArchiveError(f"{url}: {outcome.status.value}: {outcome.reason}")
                self.sleep(self._backoff(attempt))
                continue
            if outcome.status not in THROTTLE_CODES:
                return outcome
            wait = self._throttle_wait(outcome, attempt)
            if wait > self.net.max_retry_after:
                raise ArchiveError(
                    f"{url}: the archive asks to wait {wait:.0f} s (HTTP {outcome.status})"
                )
            self.gate.cool_down(host_key(url), wait)
            if last:
                raise ArchiveError(f"{url}: HTTP {outcome.status} after {attempts} attempts")
        raise AssertionError("unreachable")  # pragma: no cover

    def _throttle_wait(self, ex: Exchange, attempt: int) -> float:
        asked = classify.retry_after_seconds(ex.headers.get("retry-after"), self.clock())
        return asked if asked is not None else self._backoff(attempt)

    def _backoff(self, attempt: int) -> float:
        return float(self.net.backoff * (2.0 ** (attempt - 1)))


def decode_json(ex: Exchange, url: str) -> Any:
    """The JSON body of ``ex``; :class:`ArchiveError` when it is not JSON."""
    text = ex.body.decode("utf-8", errors="replace").strip()
    if not text:
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ArchiveError(f"{url}: answer is not JSON ({e.msg})") from e
