"""The one HTTP layer of bibcheck: every request of the check and archive stages.

Two transports carry the requests (``client`` in the settings): aiohttp
(asyncio; :class:`AiohttpTransport`) and libcurl through pycurl
(:mod:`bibcheck.net.curl`).  Everything but the transport is shared: hops,
redirects, retries, ``Retry-After``, backoff, the capped and decoded body
(:class:`BodyReader`), the :class:`Exchange`, statistics.  Why aiohttp and not
httpx: measured on this project's machine (``benchmarks/http_client_bench.py``)
aiohttp spends about a tenth of httpx's CPU per request (0.26 ms against 3.0 ms
over HTTPS with keep-alive), and CPU is what limits a link checker with
thousands of hosts in flight; libcurl less again (README, Benchmarks, rounds 13
and 14).  HTTP/2 would save at most ``per_host - 1`` handshakes per host, which
keep-alive already saves.

One :class:`HttpClient` per run holds one connection pool with keep-alive
per host, the address policy's resolver (:mod:`bibcheck.net.dns`: every
connection, at every redirect hop, goes only to addresses the policy
allows), and per-host statistics.  It offers:

* :meth:`HttpClient.send` - one exchange, no redirects followed, within one
  **total deadline** (``timeout``: connection, TLS, status line, headers and
  body together; ``connect_timeout`` also bounds the connection alone).  The
  body is streamed and at most a capped number of bytes is read (after
  decompression, done here so that a gzip bomb stays capped too);
* :meth:`HttpClient.exchange` - the same, retried on timeouts, resets and
  the retryable status codes with exponential backoff plus jitter, honouring
  ``Retry-After`` (seconds or HTTP date) up to ``max_retry_after``; a longer
  demand marks the exchange ``deferred`` at once;
* :meth:`HttpClient.follow` - a redirect chain followed by hand, each hop
  pre-checked and passed through the policy, loops and more than
  ``max_redirects`` hops ending it with a verdict.

Only network exceptions (:data:`NETWORK_ERRORS`) become verdicts; anything
else is a bug and propagates.  Every exchange passes the :class:`RequestGate`
(pacing and in-flight accounting of the caller) and every retry wait goes
through it too, so the caller decides how a host is parked.
"""

from __future__ import annotations

import asyncio
import functools
import http.client
import inspect
import random
import ssl
import weakref
import zlib
from asyncio import sslproto
from collections import Counter, OrderedDict
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

import aiohttp
from yarl import URL

from bibcheck.lazyre import lazy_compile

try:
    import uvloop
except ImportError:  # not on Windows: asyncio's own loop then
    uvloop = None  # type: ignore[assignment]

from bibcheck.model import LinkStatus
from bibcheck.net import verdicts
from bibcheck.net.collector import tuned_collector
from bibcheck.net.dns import PolicyResolver
from bibcheck.net.pages import PAGE_TEXT_CHARS, TEXT_TYPES, extract_page, mime_of
from bibcheck.net.policy import AddressPolicy, ForbiddenAddressError
from bibcheck.net.precheck import precheck
from bibcheck.net.settings import CLIENTS, NetSettings
from bibcheck.net.verdicts import Verdict
from bibcheck.urls import host_key, normalize_host

ERROR_BODY_BYTES = 64_000  # enough of an error page to recognise a bot wall
CHUNK = 65_536
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
ACCEPT_LANGUAGE = "en,ru;q=0.9,*;q=0.5"
JITTER = 0.25
KEEPALIVE_S = 4.0  # idle connections are closed after this (before servers do: Apache 5 s)

NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    aiohttp.ClientError,
    OSError,  # ssl.SSLError, socket.gaierror, ConnectionError...
    TimeoutError,  # the total deadline, aiohttp's connect timeout
    ForbiddenAddressError,
    http.client.HTTPException,  # the curl transport's malformed answers (header block too long)
)
"""What a request may raise that is the network's fault, not bibcheck's."""

Sleep = Callable[[float], object]  # time.sleep-like or asyncio.sleep-like
T = TypeVar("T")


def run_loop(main: Coroutine[Any, Any, T]) -> T:
    """Run ``main`` in a new event loop: uvloop's where it is installed (a dependency
    except on Windows; less CPU per request), else asyncio's; the garbage collector
    tuned for many requests in flight meanwhile (:mod:`bibcheck.net.collector`)."""
    factory = uvloop.new_event_loop if uvloop is not None else None
    with tuned_collector(), asyncio.Runner(loop_factory=factory) as runner:
        return runner.run(main)


async def pause(sleep: Sleep, seconds: float) -> None:
    """Wait with an injected ``sleep`` that may be synchronous or a coroutine function."""
    outcome = sleep(seconds)
    if inspect.isawaitable(outcome):
        await outcome


# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BodyRule:
    """Which bodies are read, and how many bytes at most."""

    max_bytes: int
    types: tuple[str, ...] = TEXT_TYPES
    error_bytes: int = ERROR_BODY_BYTES
    any_type: bool = False  # read every media type (an API client), not only ``types``

    def limit(self, status: int, headers: Mapping[str, str]) -> int:
        if status in verdicts.REDIRECT_CODES:
            return 0
        mime = mime_of(headers.get("content-type", "text/html"))
        if not self.any_type and mime not in self.types:
            return 0
        if 200 <= status < 300:
            return self.max_bytes
        return min(self.max_bytes, self.error_bytes)


@dataclass(frozen=True, slots=True)
class RetryRule:
    """Which answers are asked again: status codes, jitter, bot walls."""

    codes: frozenset[int] = verdicts.RETRYABLE_CODES
    jitter: float = JITTER
    skip_challenges: bool = True  # a bot wall does not go away by asking again


@dataclass(slots=True)
class Exchange:
    """One HTTP request and its (possibly truncated) answer."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes = b""
    attempts: int = 1
    deferred: float | None = None  # Retry-After beyond the limit, in seconds
    page_chars: int = PAGE_TEXT_CHARS
    _page: tuple[str | None, str | None] | None = None

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    def page(self) -> tuple[str | None, str | None]:
        """(title, visible text), extracted once."""
        if self._page is None:
            self._page = extract_page(self.body, self.content_type, max_chars=self.page_chars)
        return self._page

    def slim(self) -> Exchange:
        """This exchange without its body (the page kept): cheap to keep in memory."""
        page = self.page()
        return Exchange(
            self.url, self.status, self.headers, b"", self.attempts, self.deferred,
            self.page_chars, page,
        )  # fmt: skip


@dataclass(slots=True)
class Chain:
    """A followed redirect chain: the last exchange, or the verdict that ended it."""

    start: str
    method: str = "GET"
    redirects: list[str] = field(default_factory=list)
    codes: list[int] = field(default_factory=list)
    last: Exchange | None = None
    verdict: Verdict | None = None

    @property
    def final_url(self) -> str:
        return self.redirects[-1] if self.redirects else self.start


@dataclass(slots=True)
class HostStats:
    """What one run asked of one host."""

    requests: int = 0
    retries: int = 0
    connections: int = 0
    politeness_wait_s: float = 0.0
    max_in_flight: int = 0
    probes_stored: int = 0  # soft-404 probes not sent: a sample kept from an earlier run


# --------------------------------------------------------------------------
# Gates: the caller's pacing
# --------------------------------------------------------------------------


class RequestGate(Protocol):
    """Wraps every single HTTP exchange to ``host`` and every wait before a retry.

    ``sent`` is told when a request has really gone out (after a new
    connection's TCP and TLS set-up), so that pacing can count from then.
    """

    def request(self, host: str) -> AbstractAsyncContextManager[None]: ...

    async def wait_retry(self, host: str, seconds: float) -> None: ...

    def sent(self, host: str) -> None: ...

    def step_aside(self) -> None:
        """The calling task now waits for an answer another task (or process) fetches:
        any request turn it holds is given back, so that the other can take it."""
        ...


class HopRouter(Protocol):
    """Where the hops to hosts a client does not serve itself go.

    When several processes share a run's hosts, each host's requests are
    made by the one process that owns it (its pacing, in-flight count and
    Retry-After parking live there); a redirect to another process's host is
    handed to that process, which makes the request and returns the answer.
    """

    def owns(self, host: str) -> bool: ...

    async def hop(self, method: str, url: str) -> Exchange | Verdict: ...


class NoGate:
    """A gate that neither paces nor counts; retry waits use ``sleep``."""

    def __init__(self, sleep: Sleep = asyncio.sleep) -> None:
        self.sleep = sleep

    @asynccontextmanager
    async def request(self, host: str) -> AsyncIterator[None]:
        yield

    async def wait_retry(self, host: str, seconds: float) -> None:
        await pause(self.sleep, seconds)

    def sent(self, host: str) -> None:
        pass

    def step_aside(self) -> None:
        pass


# --------------------------------------------------------------------------
# Reading a body: capped, decompressed here
# --------------------------------------------------------------------------


class _Inflater:
    """gzip/deflate decoding that never produces more than asked for."""

    def __init__(self, encoding: str) -> None:
        self.raw_fallback = encoding == "deflate"
        wbits = 16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self.z = zlib.decompressobj(wbits)
        self.produced = 0

    def feed(self, data: bytes, room: int) -> bytes:
        out = bytearray()
        while data and room > len(out):
            try:
                piece = self.z.decompress(data, room - len(out))
            except zlib.error:
                if not (self.raw_fallback and self.produced == 0):
                    raise
                self.raw_fallback = False  # "deflate" sent without its zlib header
                self.z = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            out += piece
            self.produced += len(piece)
            data = self.z.unconsumed_tail
            if not piece:
                break
        return bytes(out)


_SAFE = "!#$%&'()*+,/:;=?@[]~"  # what stays as written (requests' requote_uri keeps these too)


# A URL already in the form wire_url gives: lower-case scheme and ASCII host name, a
# port without leading zeros, a path, and only characters quote() keeps (no fragment,
# no user info, no empty query).  Most cited URLs are; they skip the parsing.
_WIRE_CHARS = r"A-Za-z0-9_.~!$%&'()*+,/:;=@\[\]\-"
_WIRE_READY_RE = lazy_compile(
    rf"https?://[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::(?P<port>[1-9][0-9]{{0,4}}))?"
    rf"/[{_WIRE_CHARS}]*(?:\?[{_WIRE_CHARS}?]+)?"
)


def wire_url(url: str) -> URL:
    """``url`` as sent: exactly as cited, except that the host is IDNA-encoded and
    non-ASCII characters and spaces are percent-encoded (existing escapes are kept:
    ``%3A`` is not turned back into ``:``, which some servers tell apart)."""
    ready = _WIRE_READY_RE.fullmatch(url)
    if ready is not None and int(ready["port"] or 0) <= 65535:
        return URL(url, encoded=True)
    return _wire_url_parsed(url)


def _wire_url_parsed(url: str) -> URL:
    """:func:`wire_url` for any URL: parsed, normalised and quoted."""
    parts = urlsplit(url)
    host = normalize_host(parts.hostname or "")
    if ":" in host:
        host = f"[{host}]"
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = (userinfo + "@" if userinfo else "") + host
    if parts.port is not None:
        netloc += f":{parts.port}"
    path = quote(parts.path or "/", safe=_SAFE)
    query = quote(parts.query, safe=_SAFE)
    text = urlunsplit((parts.scheme.lower(), netloc, path, query, ""))
    return URL(text, encoded=True)


class BodyReader:
    """A body decoded and capped as it arrives, whatever the transport delivers it in:
    at most ``limit`` bytes after decompression (done here, so that a gzip bomb stays
    capped too).  :meth:`feed` says when no more is wanted."""

    __slots__ = ("inflater", "limit", "out", "done")

    def __init__(self, encoding: str, limit: int) -> None:
        encoding = encoding.strip().lower()
        self.inflater = _Inflater(encoding) if encoding in ("gzip", "x-gzip", "deflate") else None
        self.limit = limit
        self.out = bytearray()
        # an encoding we did not ask for (br, zstd...): no text to read
        self.done = limit <= 0 or (encoding not in ("", "identity") and self.inflater is None)

    def feed(self, chunk: bytes) -> bool:
        """Take ``chunk``; True once the cap is reached or the stream is corrupt."""
        if self.done:
            return True
        room = self.limit - len(self.out)
        if self.inflater is not None:
            try:
                self.out += self.inflater.feed(chunk, room)
            except zlib.error:
                self.done = True  # a corrupt stream: keep what was decoded
                return True
        else:
            self.out += chunk[:room]
        if len(self.out) >= self.limit:
            self.done = True
        return self.done

    def body(self) -> bytes:
        return bytes(self.out)


async def read_capped(resp: aiohttp.ClientResponse, limit: int) -> bytes:
    """At most ``limit`` bytes of the (decoded) body; then stop reading."""
    reader = BodyReader(resp.headers.get("content-encoding", "identity"), limit)
    if not reader.done:
        async for chunk in resp.content.iter_chunked(CHUNK):
            if reader.feed(chunk):
                break
    return reader.body()


# --------------------------------------------------------------------------
# The client
# --------------------------------------------------------------------------


TLS_READ_BUFFER = 32 * 1024


def _smaller_tls_buffers() -> None:
    """asyncio gives every TLS connection a 256 KiB read buffer (CPython's
    ``SSLProtocol.max_size``), written through at once: with hundreds of
    connections open that is most of a checker's memory.  32 KiB holds two TLS
    records (16 KiB each, the most one can carry); reads only get smaller."""
    if getattr(sslproto.SSLProtocol, "max_size", 0) > TLS_READ_BUFFER:
        sslproto.SSLProtocol.max_size = TLS_READ_BUFFER


@functools.lru_cache(maxsize=8)
def ssl_context(extra_ca: str | None) -> ssl.SSLContext:
    """The system trust store, plus ``extra_ca`` (a PEM file) when given.

    Built once per process (loading the trust store costs milliseconds of CPU):
    a worker of the fleet opens a client per job, thousands per run.
    """
    context = ssl.create_default_context()
    if extra_ca:
        context.load_verify_locations(cafile=extra_ca)
    return context


_HOST: ContextVar[str] = ContextVar("bibcheck_request_host", default="")

Limit = Callable[[int, Mapping[str, str]], int]
"""Body bytes to read given the status and the (lower-cased) headers: :meth:`BodyRule.limit`."""


def default_headers(settings: NetSettings) -> dict[str, str]:
    """The headers of every request (both transports send the same)."""
    return {
        "User-Agent": settings.user_agent,
        "Accept": ACCEPT,
        "Accept-Language": ACCEPT_LANGUAGE,
        "Accept-Encoding": "gzip, deflate",  # decoded by BodyReader, within the cap
    }


class Transport(Protocol):
    """What differs between HTTP libraries: one request on a pooled connection.

    Everything else (hops, redirects, retries, ``Retry-After``, backoff, the
    :class:`Exchange`, the capped and decoded body, statistics) is
    :class:`HttpClient`'s.  A transport resolves names only through the client's
    :class:`~bibcheck.net.dns.PolicyResolver`, counts new connections in
    :meth:`HttpClient.host_stats` and tells the gate when a request goes out.
    """

    async def fetch(
        self,
        method: str,
        target: URL,
        headers: Mapping[str, str] | None,
        data: Mapping[str, str] | None,
        host: str,
        limit: Limit | None,
    ) -> tuple[int, dict[str, str], bytes]:
        """(status, lower-cased headers, body capped at ``limit(status, headers)``);
        raises one of :data:`NETWORK_ERRORS` on network trouble."""
        ...

    def release_host(self, host: str) -> int:
        """Let ``host``'s idle kept-alive connections go now (the run is done with it):
        how many were let go."""
        ...

    def hosts_connected(self) -> list[str]:
        """The hosts with connections :meth:`release_host` could let go."""
        ...

    async def close(self, *, abort: bool) -> None: ...


class _Connector(aiohttp.TCPConnector):
    """aiohttp's connector, telling its client about new connections and request starts.

    aiohttp writes a request as soon as :meth:`connect` has handed it a
    connection (a kept-alive one, or a new one after its TCP and TLS set-up),
    with no wait in between: that moment is when the request goes out.
    (aiohttp's tracing would say the same, at the price of a dozen signal
    objects per request.)
    """

    def __init__(self, client: HttpClient, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = client
        self._known: weakref.WeakSet[object] = weakref.WeakSet()

    async def connect(
        self, req: aiohttp.ClientRequest, traces: list[Any], timeout: aiohttp.ClientTimeout
    ) -> aiohttp.connector.Connection:
        conn = await super().connect(req, traces, timeout)
        host = _HOST.get()
        if host:
            protocol = conn.protocol
            if protocol is not None and protocol not in self._known:
                self._known.add(protocol)
                self._client.host_stats(host).connections += 1
            self._client.gate.sent(host)
        return conn


class AiohttpTransport:
    """The aiohttp transport: one session, one connector with keep-alive."""

    def __init__(self, client: HttpClient, resolver: PolicyResolver) -> None:
        _smaller_tls_buffers()
        settings = client.settings
        connector = _Connector(
            client,
            limit=client.limit,
            limit_per_host=0,  # the caller's scheduler enforces per-host limits
            resolver=resolver,
            use_dns_cache=False,  # the resolver caches (after the policy)
            ssl=ssl_context(settings.ca_bundle),
            keepalive_timeout=client.keepalive,
        )
        self.session = aiohttp.ClientSession(
            connector=connector,
            headers=default_headers(settings),
            auto_decompress=False,  # decoded by read_capped, within the cap
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=settings.connect_timeout),
            trust_env=False,  # a proxy would resolve names out of the policy's sight
        )
        # aiohttp silently sends an idempotent request a second time when its
        # connection breaks; retries are ours to count, pace and back off (aiohttp's
        # own test client turns this off the same way).
        if hasattr(self.session, "_retry_connection"):
            self.session._retry_connection = False

    async def fetch(
        self,
        method: str,
        target: URL,
        headers: Mapping[str, str] | None,
        data: Mapping[str, str] | None,
        host: str,
        limit: Limit | None,
    ) -> tuple[int, dict[str, str], bytes]:
        _HOST.set(host)  # this task's request: for the connector's accounting
        async with self.session.request(
            method,
            target,
            allow_redirects=False,
            headers=dict(headers) if headers else None,
            data=dict(data) if data is not None else None,
        ) as resp:
            got = {k.lower(): v for k, v in resp.headers.items()}
            cap = limit(resp.status, got) if limit is not None else 0
            body = await read_capped(resp, cap) if cap > 0 else b""
        return resp.status, got, body

    def release_host(self, host: str) -> int:
        return 0  # aiohttp's pool keeps them to its own expiry (keep-alive)

    def hosts_connected(self) -> list[str]:
        return []

    async def close(self, *, abort: bool) -> None:
        connector = self.session.connector
        if abort and connector is not None:
            await connector.close(abort_ssl=True)
        await self.session.close()


class HttpClient:
    """One per run: connection pools, the policy's resolver, retries, statistics.

    Use it inside a running event loop and :meth:`close` it at the end.
    ``limit`` caps the connections open at once (requests in flight).
    ``memo`` > 0 keeps that many GET answers (without bodies) so that a URL
    reached twice in a run (cited, and the target of another URL's
    redirect) is fetched once.
    """

    def __init__(
        self,
        settings: NetSettings,
        *,
        policy: AddressPolicy | None = None,
        gate: RequestGate | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        sleep: Sleep = asyncio.sleep,
        rng: random.Random | None = None,
        body: BodyRule | None = None,
        retry: RetryRule | None = None,
        limit: int = 100,
        memo: int = 0,
        keepalive: float = KEEPALIVE_S,
        page_chars: int = PAGE_TEXT_CHARS,
    ) -> None:
        self.settings = settings
        self.policy = policy or AddressPolicy(
            allow_private=settings.allow_private,
            allow_hosts=settings.allow_hosts,
            resolve=settings.resolve,
        )
        self.gate: RequestGate = gate or NoGate(sleep)
        self.clock = clock
        self.rng = rng or random.Random()
        self.body = body or BodyRule(settings.max_bytes)
        self.retry = retry or RetryRule()
        self.limit = max(1, limit)
        self.keepalive = keepalive
        self.page_chars = page_chars
        self.stats: dict[str, HostStats] = {}
        self._in_flight: Counter[str] = Counter()
        self._memo_size = memo
        self._memo: OrderedDict[str, asyncio.Future[Exchange | Verdict]] = OrderedDict()
        self._transport: Transport | None = None
        self.resolver: PolicyResolver | None = None
        self.router: HopRouter | None = None  # set by a worker sharing a run's hosts

    # -- transport ----------------------------------------------------

    def start(self) -> Transport:
        """The transport, set up on first use (trust store, connection pool, resolver)."""
        if self._transport is None:
            self.resolver = PolicyResolver(self.policy)
            if self.settings.client == "curl":
                from bibcheck.net.curl import CurlTransport  # pycurl only when chosen

                self._transport = CurlTransport(self, self.resolver)
            elif self.settings.client == "aiohttp":
                self._transport = AiohttpTransport(self, self.resolver)
            else:
                raise ValueError(f"unknown HTTP client {self.settings.client!r}: {CLIENTS}")
        return self._transport

    async def close(self, *, abort: bool = False) -> None:
        """Close every connection; ``abort``: TLS connections without the closing
        exchange (at the end of a run: hundreds of them would cost a noticeable
        fraction of a second, as a worker process ending with them does not)."""
        if self._transport is not None:
            transport, self._transport = self._transport, None
            await transport.close(abort=abort)
        if self.resolver is not None:
            await self.resolver.close()

    def release_host(self, host: str) -> None:
        """The run is done with ``host``: its idle connections may go now (libcurl's
        transport shuts them down; aiohttp's keeps them to its own expiry)."""
        if self._transport is not None:
            self._transport.release_host(host)

    def hosts_connected(self) -> list[str]:
        """Hosts with connections :meth:`release_host` could let go."""
        return self._transport.hosts_connected() if self._transport is not None else []

    def host_stats(self, host: str) -> HostStats:
        stats = self.stats.get(host)
        if stats is None:
            stats = self.stats[host] = HostStats()
        return stats

    @property
    def connections_opened(self) -> int:
        return sum(s.connections for s in self.stats.values())

    @property
    def requests_sent(self) -> int:
        return sum(s.requests for s in self.stats.values())

    # -- one exchange ---------------------------------------------------

    async def send(
        self,
        method: str,
        url: str,
        *,
        read_body: bool = True,
        headers: Mapping[str, str] | None = None,
        data: Mapping[str, str] | None = None,
        host: str | None = None,
    ) -> Exchange:
        """One request (no redirects, no retries) within the total deadline.

        Raises one of :data:`NETWORK_ERRORS` on network trouble.  ``host``: the
        URL's :func:`~bibcheck.urls.host_key` when the caller knows it.
        """
        host = host_key(url) if host is None else host
        stats = self.host_stats(host)
        async with self.gate.request(host):
            stats.requests += 1
            self._in_flight[host] += 1
            stats.max_in_flight = max(stats.max_in_flight, self._in_flight[host])
            try:
                async with asyncio.timeout(self.settings.timeout):
                    # (inline, not a coroutine of its own: one frame less per request)
                    try:
                        target = wire_url(url)
                    except ValueError as exc:  # a URL the HTTP library cannot express
                        raise aiohttp.InvalidURL(url) from exc
                    transport = self._transport or self.start()
                    limit = self.body.limit if read_body else None
                    status, got, body = await transport.fetch(
                        method, target, headers, data, host, limit
                    )
                    return Exchange(url, status, got, body, page_chars=self.page_chars)
            finally:
                self._in_flight[host] -= 1

    # -- retries --------------------------------------------------------

    async def exchange(
        self,
        method: str,
        url: str,
        *,
        read_body: bool = True,
        retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        data: Mapping[str, str] | None = None,
        host: str | None = None,
    ) -> Exchange | Verdict:
        """One request to ``url`` (no redirects), retried per the settings (``host``:
        the URL's :func:`~bibcheck.urls.host_key` when the caller knows it)."""
        retries = self.settings.retries if retries is None else retries
        host = host_key(url) if host is None else host
        refused = self.policy.check_host(host, 0)
        if refused is not None:
            return Verdict(LinkStatus.FORBIDDEN_ADDRESS, f"{url} is a {refused}; refusing")
        attempt = 0
        while True:
            attempt += 1
            try:
                ex = await self.send(
                    method, url, read_body=read_body, headers=headers, data=data, host=host
                )
            except NETWORK_ERRORS as exc:
                verdict = verdicts.classify_exception(exc)
                if attempt > retries or not verdict.retryable:
                    return verdict
                await self._wait_retry(host, self.backoff(attempt))
                continue
            ex.attempts = attempt
            wait = self.retry_wait(ex)
            if wait is None or attempt > retries:
                return ex
            if wait > self.settings.max_retry_after:
                ex.deferred = wait
                return ex
            await self._wait_retry(host, wait)

    async def _wait_retry(self, host: str, seconds: float) -> None:
        self.host_stats(host).retries += 1
        await self.gate.wait_retry(host, seconds)

    def retry_wait(self, ex: Exchange) -> float | None:
        """Seconds to wait before retrying ``ex``, or None if it is final."""
        if ex.status not in self.retry.codes or ex.status in self.settings.accepted_status:
            return None
        if self.retry.skip_challenges:
            title, text = ex.page()
            if verdicts.challenge_evidence(ex.status, ex.headers, title, text):
                return None
        asked = verdicts.retry_after_seconds(ex.headers.get("retry-after"), self.clock())
        if asked is not None:
            return asked
        return self.backoff(ex.attempts)

    def backoff(self, attempt: int) -> float:
        base = self.settings.backoff * (2.0 ** (attempt - 1))
        return base * (1.0 + self.retry.jitter * self.rng.random()) if self.retry.jitter else base

    # -- redirect chains -------------------------------------------------

    async def follow(self, url: str, method: str = "GET", *, host: str | None = None) -> Chain:
        """Follow redirects by hand from ``url`` (each hop retried as needed; ``host``:
        ``url``'s :func:`~bibcheck.urls.host_key` when the caller knows it)."""
        chain = Chain(start=url, method=method)
        visits: Counter[str] = Counter()
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            visits[current] += 1
            outcome = await self.hop(method, current, host=host if current == url else None)
            if isinstance(outcome, Verdict):
                chain.verdict = outcome
                return chain
            chain.last = outcome
            target = redirect_target(outcome)
            if target is None:
                return chain
            chain.codes.append(outcome.status)
            chain.redirects.append(target)
            problem = bad_redirect(target)
            if problem is not None:
                chain.verdict = problem
                return chain
            if visits[target] >= 2:
                chain.verdict = verdicts.too_many_redirects(len(chain.codes), loop=True)
                return chain
            current = target  # GET and HEAD keep their method on every redirect code
        chain.verdict = verdicts.too_many_redirects(self.settings.max_redirects, loop=False)
        return chain

    async def hop(self, method: str, url: str, *, host: str | None = None) -> Exchange | Verdict:
        """One hop of a chain; a GET answered earlier in this run is not asked again.
        (``host``: ``url``'s :func:`~bibcheck.urls.host_key` when the caller knows it.)"""
        host = host_key(url) if host is None else host
        if self.router is not None and not self.router.owns(host):
            self.gate.step_aside()
            return await self.router.hop(method, url)  # another process's host
        if method != "GET" or self._memo_size <= 0:
            return await self.exchange(method, url, read_body=method == "GET", host=host)
        known = self._memo.get(url)
        if known is not None:
            self._memo.move_to_end(url)
            if not known.done():
                self.gate.step_aside()  # the task fetching it may need the turn this one holds
            return await asyncio.shield(known)
        future: asyncio.Future[Exchange | Verdict] = asyncio.get_running_loop().create_future()
        self._memo[url] = future
        if len(self._memo) > self._memo_size:
            self._memo.popitem(last=False)
        try:
            outcome = await self.exchange(method, url, read_body=True, host=host)
        except BaseException:
            self._memo.pop(url, None)
            future.cancel()
            raise
        future.set_result(outcome.slim() if isinstance(outcome, Exchange) else outcome)
        return outcome


def redirect_target(ex: Exchange) -> str | None:
    location = ex.headers.get("location")
    if ex.status not in verdicts.REDIRECT_CODES or not location:
        return None
    try:
        return urljoin(ex.url, location.strip())
    except ValueError:  # "http://[::1/x": reported by bad_redirect as an invalid URL
        return location.strip()


def bad_redirect(target: str) -> Verdict | None:
    verdict = precheck(target)
    if verdict is None:
        return None
    if verdict.status is LinkStatus.UNSUPPORTED_SCHEME:
        return Verdict(verdict.status, f"redirects to an {verdict.reason}")
    return Verdict(LinkStatus.SERVER_ERROR, f"redirects to an invalid URL {target!r}")
