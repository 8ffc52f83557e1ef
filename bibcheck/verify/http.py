"""The verify stage's one seam to the network: ``fetch(url, headers) -> Response``.

Everything the stage sends (registry APIs, cited pages, archived copies)
goes through a :class:`Transport`: one asynchronous call that follows
redirects, each hop through the address policy, and returns the final
answer with a capped body, or raises :class:`TransportError` when there is
no HTTP answer at all.  Politeness (one request in flight per API, spacing,
``Retry-After``) and retries are the caller's (:mod:`bibcheck.verify.api`),
so that a transport stays a thin adapter.

:class:`NetTransport` is that adapter over the project's HTTP layer,
:class:`bibcheck.net.client.HttpClient` (the link checker's connection pools,
address policy at every hop, ``resolve`` overrides, total deadline,
User-Agent and extra CA), in the caller's event loop.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urljoin

from bibcheck.net.client import BodyRule, HttpClient, RetryRule
from bibcheck.net.precheck import precheck
from bibcheck.net.settings import NetSettings
from bibcheck.net.verdicts import Verdict

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


class NetTransport:
    """A :class:`Transport` over :class:`bibcheck.net.client.HttpClient`.

    One request per hop, no retries (the caller's), any media type read up to
    ``max_bytes``; ``workers`` caps the connections open at once.
    """

    def __init__(
        self, settings: NetSettings, *, max_bytes: int = 8_000_000, workers: int = 16
    ) -> None:
        self.settings = settings
        self.max_bytes = max_bytes
        self._client = HttpClient(
            settings,
            body=BodyRule(max_bytes, error_bytes=max_bytes, any_type=True),
            retry=RetryRule(codes=frozenset()),
            limit=workers,
        )

    async def fetch(self, url: str, headers: Mapping[str, str]) -> Response:
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            problem = precheck(current)
            if problem is not None:
                raise TransportError(f"{current}: {problem.reason}")
            outcome = await self._client.exchange("GET", current, headers=headers, retries=0)
            if isinstance(outcome, Verdict):  # no HTTP answer at all
                raise TransportError(f"{outcome.status.value}: {outcome.reason}")
            answer = Response(outcome.status, outcome.headers, outcome.body, current)
            location = answer.headers.get("location")
            if answer.status not in REDIRECTS or not location:
                return answer
            try:
                current = urljoin(current, location.strip())
            except ValueError as exc:  # an unparsable Location
                raise TransportError(f"{current}: redirects to {location!r}") from exc
        raise TransportError(f"{url}: more than {self.settings.max_redirects} redirects")

    async def close(self) -> None:
        await self._client.close()
