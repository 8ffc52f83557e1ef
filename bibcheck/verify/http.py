"""The verify stage's one seam to the network: ``fetch(url, headers) -> Response``.

Everything the stage sends (registry APIs, cited pages, archived copies)
goes through a :class:`Transport`: one asynchronous call that follows
redirects, each hop through the address policy, and returns the final
answer with a capped body, or raises :class:`TransportError` when there is
no HTTP answer at all.  Politeness (one request in flight per API, spacing,
``Retry-After``) and retries are the caller's (:mod:`bibcheck.verify.api`),
so that a transport stays a thin adapter.

:class:`NetTransport` is that adapter over the project's HTTP layer,
:class:`bibcheck.net.fetch.Fetcher` (the link checker's sessions, address
policy, ``resolve`` overrides, timeouts, User-Agent and extra CA); its
blocking exchanges run in worker threads.  When the asynchronous engine
replaces that layer, only this class changes.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urljoin

from bibcheck.net import verdicts as classify
from bibcheck.net.fetch import Fetcher, _read_capped, precheck
from bibcheck.net.settings import NetSettings
from bibcheck.urls import host_key

__all__ = ["NetTransport", "Response", "Transport", "TransportError"]

REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class Response:
    """The final answer to a request (after redirects)."""

    status: int
    headers: Mapping[str, str]  # names in lower case
    body: bytes
    url: str  # the URL that answered

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


class TransportError(Exception):
    """No HTTP answer: DNS, refused or reset connection, timeout, TLS, address policy."""


class Transport(Protocol):
    async def fetch(self, url: str, headers: Mapping[str, str]) -> Response: ...

    async def close(self) -> None: ...


class _Fetcher(Fetcher):
    """The link checker's fetcher, sending the caller's headers and reading any body."""

    def get_once(self, url: str, headers: Mapping[str, str], max_bytes: int) -> Response:
        refused = self.policy.check_host(host_key(url), 0)
        if refused is not None:
            raise TransportError(f"{url} is a {refused}; refusing")
        timeout = (self.settings.connect_timeout, self.settings.timeout)
        try:
            deadline = time.monotonic() + self.settings.timeout
            resp = self._session().get(
                url, headers=dict(headers), stream=True, allow_redirects=False, timeout=timeout
            )
            with resp:
                got = {k.lower(): v for k, v in resp.headers.items()}
                body = (
                    b""
                    if resp.status_code in REDIRECTS
                    else b"".join(_read_capped(resp, max_bytes, deadline))
                )
        except Exception as exc:  # network trouble of any kind: no answer
            verdict = classify.classify_exception(exc)
            raise TransportError(f"{verdict.status.value}: {verdict.reason}") from None
        return Response(resp.status_code, got, body, url)


class NetTransport:
    """A :class:`Transport` over :class:`bibcheck.net.fetch.Fetcher` (worker threads)."""

    def __init__(
        self, settings: NetSettings, *, max_bytes: int = 8_000_000, workers: int = 16
    ) -> None:
        self.settings = settings
        self.max_bytes = max_bytes
        self._fetcher = _Fetcher(settings)
        # its own threads: a hanging web site must not hold up the registries' requests
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="verify-http")

    async def fetch(self, url: str, headers: Mapping[str, str]) -> Response:
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            problem = precheck(current)
            if problem is not None:
                raise TransportError(f"{current}: {problem.reason}")
            answer = await asyncio.get_running_loop().run_in_executor(
                self._pool, self._fetcher.get_once, current, headers, self.max_bytes
            )
            location = answer.headers.get("location")
            if answer.status not in REDIRECTS or not location:
                return answer
            current = urljoin(current, location.strip())
        raise TransportError(f"{url}: more than {self.settings.max_redirects} redirects")

    async def close(self) -> None:
        self._pool.shutdown(wait=True)
        self._fetcher.close()
