"""The libcurl transport of :class:`~bibcheck.net.client.HttpClient` (``client = "curl"``).

pycurl's ``CurlMulti`` driven from the running event loop: libcurl tells which
sockets to watch (``M_SOCKETFUNCTION`` -> ``add_reader``/``add_writer``) and
when to wake it (``M_TIMERFUNCTION`` -> ``call_later``); each request is an easy
handle taken from a pool of reused handles and added to the multi handle, whose
connection cache keeps connections alive between requests (``MAXAGE_CONN``: the
client's keep-alive idle time).  Only the transport differs from aiohttp's:
redirects, retries, the capped and decoded body (:class:`~bibcheck.net.client.
BodyReader`), the exchange and the statistics are the client's.

The address policy holds at every connection: the host name is resolved by the
client's :class:`~bibcheck.net.dns.PolicyResolver` (cached, ``resolve``
overrides, private addresses refused) and the connection is pinned to exactly
those addresses with ``CURLOPT_RESOLVE``; ``OPENSOCKETFUNCTION`` checks the
address of every socket libcurl is about to connect as a second guard.  TLS is
verified against the system store plus the extra CA (``ca_bundle``), with SNI
and the host name check by the URL's name.  No automatic redirects, no
automatic decompression (``Accept-Encoding`` is sent as a plain header), HTTP/1.1.
"""

from __future__ import annotations

import asyncio
import errno
import functools
import hashlib
import http.client
import os
import resource
import socket
import ssl
import tempfile
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import aiohttp
import pycurl
from yarl import URL

from bibcheck.net.client import BodyReader, Limit, NoGate, default_headers
from bibcheck.net.dns import PolicyResolver
from bibcheck.net.limits import RESERVED_FDS
from bibcheck.net.policy import ForbiddenAddressError, forbidden_reason

if TYPE_CHECKING:
    from bibcheck.net.client import HttpClient

DRAIN_BYTES = 65_536  # read past the cap (discarded) so that a short answer keeps its connection
MAX_HEADER_BYTES = 65_536  # a longer header block is a malformed answer (aiohttp: 8 KiB a line)
MAX_HEADER_LINE = 8_190  # aiohttp's limit for one header line
# RESOLVE entries a transport keeps for reuse (CurlTransport._pin): a run of 100,000 hosts
# holds no more than this many at a time
PINS_KEPT = 4096


class MalformedAnswerError(http.client.HTTPException):
    """The server's answer is not HTTP the client can read (libcurl's parse errors)."""


@functools.lru_cache(maxsize=8)
def ca_file(extra_ca: str | None) -> str | None:
    """A PEM file with the system trust store and ``extra_ca`` (None: libcurl's own default).

    A file, not a blob: libcurl caches a file's parsed store across handshakes
    (``CA_CACHE_TIMEOUT``), so the store is loaded once per process.  Named by its
    content in the temporary directory and left there: the worker processes of a
    run (forked or started) share it, and none of them may remove it under another.
    """
    if not extra_ca:
        return None
    paths = ssl.get_default_verify_paths()
    parts: list[bytes] = []
    for name in (paths.cafile, paths.openssl_cafile):
        if name and os.path.isfile(name):
            with open(name, "rb") as fh:
                parts.append(fh.read())
            break
    with open(extra_ca, "rb") as fh:
        parts.append(fh.read())
    data = b"\n".join(parts)
    digest = hashlib.sha256(data).hexdigest()[:24]
    path = os.path.join(tempfile.gettempdir(), f"bibcheck-ca-{digest}.pem")
    if not os.path.isfile(path):
        fd, partial = tempfile.mkstemp(prefix="bibcheck-ca-", suffix=".part")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(partial, path)  # atomic: a concurrent reader sees all of it or nothing
    return path


def idle_connections(in_flight: int) -> int:
    """How many idle connections libcurl may keep alive: what the open-file limit leaves
    besides ``in_flight`` requests (:mod:`bibcheck.net.limits`), at least ``in_flight``.

    aiohttp does not cap its idle connections (its keep-alive time does); libcurl's
    cache evicts the oldest beyond ``M_MAXCONNECTS``, so a cap as small as the
    requests in flight made a run with a thousand hosts open three times the
    connections (README, Benchmarks, round 14).
    """
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return 8 * in_flight
    return max(in_flight, soft - RESERVED_FDS - in_flight)


class _Slot:
    """One reused easy handle and the state of the request it carries."""

    __slots__ = (
        "curl", "transport", "host", "bypass", "status", "headers", "header_bytes",
        "limit", "reader", "drained", "capped", "malformed", "refused", "future",
        "last_header", "plain", "went", "result", "conn",
    )  # fmt: skip

    def __init__(self, transport: CurlTransport) -> None:
        self.transport = transport
        self.plain = True  # GET/HEAD only so far (other methods leave the handle unpooled)
        # woken when the request goes out (``went``) or the transfer ends (``result``)
        self.future: asyncio.Future[None] | None = None
        self.reset("", True, None)
        c = self.curl = pycurl.Curl()
        settings = transport.settings
        c.setopt(pycurl.NOSIGNAL, 1)
        c.setopt(pycurl.HTTP_VERSION, pycurl.CURL_HTTP_VERSION_1_1)
        c.setopt(pycurl.PROTOCOLS, pycurl.PROTO_HTTP | pycurl.PROTO_HTTPS)
        c.setopt(pycurl.FOLLOWLOCATION, 0)
        c.setopt(pycurl.PROXY, "")  # no proxy: it would resolve names out of the policy's sight
        c.setopt(pycurl.NOPROXY, "*")
        c.setopt(pycurl.HTTP_CONTENT_DECODING, 0)  # BodyReader decodes within the cap
        c.setopt(pycurl.CONNECTTIMEOUT_MS, max(1, int(settings.connect_timeout * 1000)))
        c.setopt(pycurl.TIMEOUT_MS, max(1, int(settings.timeout * 1000)))
        c.setopt(pycurl.MAXAGE_CONN, max(1, round(transport.keepalive)))
        # every request pins its name with RESOLVE (the policy's addresses), so libcurl's
        # own DNS cache holds only those pins; kept "forever" it is never pruned, a walk
        # over every host's entry at each transfer (1.3-2.5% of a worker's CPU at 1,000
        # hosts).  A pin is replaced by the next request's for the same name and port
        c.setopt(pycurl.DNS_CACHE_TIMEOUT, -1)
        c.setopt(pycurl.SSL_VERIFYPEER, 1)
        c.setopt(pycurl.SSL_VERIFYHOST, 2)
        if transport.cainfo is not None:
            c.setopt(pycurl.CAINFO, transport.cainfo)
        c.setopt(pycurl.HEADERFUNCTION, self.header)
        c.setopt(pycurl.WRITEFUNCTION, self.write)
        c.setopt(pycurl.OPENSOCKETFUNCTION, self.opensocket)
        c.setopt(pycurl.PREREQFUNCTION, self.prereq)
        c.setopt(pycurl.HTTPHEADER, transport.header_lines)

    def reset(self, host: str, bypass: bool, limit: Limit | None) -> None:
        self.host = host
        self.bypass = bypass
        self.limit = limit
        self.status = 0
        self.headers: dict[str, str] = {}
        self.header_bytes = 0
        self.last_header = ""
        self.reader: BodyReader | None = None
        self.drained = 0
        self.capped = False
        self.malformed = ""
        self.refused: ForbiddenAddressError | None = None
        self.went = False
        self.result: tuple[int, str] | None = None
        # the connection the transfer opened, if it did: (descriptor, local end, peer end)
        self.conn: tuple[int, tuple[str, int], tuple[str, int]] | None = None

    # -- libcurl's callbacks (run inside socket_action) --------------------

    def header(self, line: bytes) -> int | None:
        self.header_bytes += len(line)
        if self.header_bytes > MAX_HEADER_BYTES or len(line) > MAX_HEADER_LINE:
            self.malformed = "header block too long"
            return 0
        if line.startswith(b"HTTP/"):
            parts = line.split(None, 2)
            try:
                self.status = int(parts[1])
            except (IndexError, ValueError):
                self.malformed = "invalid status line"
                return 0
            self.headers = {}  # a 1xx answer's headers are not the final answer's
            return None
        text = line.decode("utf-8", "surrogateescape")
        if text in ("\r\n", "\n"):
            if self.status >= 200:
                cap = self.limit(self.status, self.headers) if self.limit is not None else 0
                self.reader = BodyReader(self.headers.get("content-encoding", "identity"), cap)
            return None
        if text[:1] in (" ", "\t") and self.last_header:  # an obsolete folded line
            key = self.last_header
            self.headers[key] = f"{self.headers[key]} {text.strip()}".strip()
            return None
        name, sep, value = text.partition(":")
        if sep:
            key = name.strip().lower()
            self.headers[key] = value.strip()
            self.last_header = key
        return None

    def write(self, data: bytes) -> int | None:
        reader = self.reader
        if reader is None or reader.done:
            self.drained += len(data)
            if self.drained > DRAIN_BYTES:
                self.capped = True  # enough: hang up (read_capped's early stop)
                return 0
            return None
        reader.feed(data)
        return None

    def opensocket(self, purpose: int, address: Any) -> Any:
        ip = address.addr[0]
        if not self.bypass:
            why = forbidden_reason(ip)
            if why is not None:
                self.refused = ForbiddenAddressError(self.host, ip, why)
                return pycurl.SOCKET_BAD
        sock = socket.socket(address.family, address.socktype, address.protocol)
        # pycurl keeps a duplicate of the descriptor; this one is closed once it has
        self.transport.loop.call_soon(sock.close)
        return sock

    def prereq(self, primary_ip: str, local_ip: str, primary_port: int, local_port: int) -> int:
        # The request goes out now.  The gate is told so by the request's own task
        # (woken here): it keeps per-task state in context variables, which this
        # callback of the event loop does not run in.
        self.went = True
        future = self.future
        if future is not None and not future.done():
            future.set_result(None)
        return int(pycurl.PREREQFUNC_OK)


class CurlTransport:
    """libcurl under :class:`~bibcheck.net.client.HttpClient` (see the module's doc)."""

    def __init__(self, client: HttpClient, resolver: PolicyResolver) -> None:
        self.client = client
        self.settings = client.settings
        self.resolver = resolver
        self.policy = client.policy
        self.keepalive = client.keepalive
        self.loop = asyncio.get_running_loop()
        self.cainfo = ca_file(self.settings.ca_bundle)
        self.defaults = default_headers(self.settings)
        self.header_lines = self._lines(None)
        self.multi = pycurl.CurlMulti()
        self.multi.setopt(pycurl.M_SOCKETFUNCTION, self._on_socket)
        self.multi.setopt(pycurl.M_TIMERFUNCTION, self._on_timer)
        self.multi.setopt(pycurl.M_MAXCONNECTS, idle_connections(client.limit))
        per_host = int(getattr(self.settings, "per_host", 0) or 0)
        if not isinstance(client.gate, NoGate) and per_host > 0:
            # the gate already keeps a host's requests within per_host: never queue inside
            self.multi.setopt(pycurl.M_MAX_HOST_CONNECTIONS, per_host)
        self._idle: list[_Slot] = []
        self._active: dict[Any, _Slot] = {}
        self._fds: dict[int, int] = {}  # fd -> pycurl.POLL_* registered
        self._timer: asyncio.TimerHandle | None = None
        self._closed = False
        self._all: list[_Slot] = []
        # host -> its connections as libcurl opened them: (descriptor, local address,
        # peer address), so that a host done with can be let go (release_host)
        self._conns: dict[str, list[tuple[int, tuple[str, int], tuple[str, int]]]] = {}
        self._busy: dict[str, int] = {}  # host -> its transfers under way
        # (name, port) -> (the addresses pinned, libcurl's RESOLVE entry for them)
        self._pins: dict[tuple[str, int], tuple[list[str], list[str]]] = {}

    def _pin(self, name: str, port: int, addresses: list[str]) -> list[str]:
        """libcurl's RESOLVE entry pinning ``name`` to ``addresses``: written once per
        name and port and kept while the policy's answer stays the same (every request
        to a host gives the same entry again)."""
        kept = self._pins.get((name, port))
        if kept is not None and kept[0] == addresses:
            return kept[1]
        pinned = ",".join(f"[{ip}]" if ":" in ip else ip for ip in addresses)
        entry = [f"{name}:{port}:{pinned}"]
        if len(self._pins) >= PINS_KEPT:  # a run's hosts come a few at a time: start afresh
            self._pins.clear()
        self._pins[(name, port)] = (list(addresses), entry)
        return entry

    def _lines(self, extra: Mapping[str, str] | None) -> list[str]:
        merged = dict(self.defaults)
        if extra:
            for name, value in extra.items():
                for known in [k for k in merged if k.lower() == name.lower()]:
                    del merged[known]
                merged[name] = value
        return [f"{k}: {v}" for k, v in merged.items()] + ["Expect:"]

    # -- one request ----------------------------------------------------

    async def fetch(
        self,
        method: str,
        target: URL,
        headers: Mapping[str, str] | None,
        data: Mapping[str, str] | None,
        host: str,
        limit: Limit | None,
    ) -> tuple[int, dict[str, str], bytes]:
        if self._closed:
            raise aiohttp.ClientConnectionError("the HTTP client is closed")
        name = target.raw_host or ""
        port = target.port or (443 if target.scheme == "https" else 80)
        addresses = await self.resolver.addresses(name, port)  # the policy's answer
        slot = self._idle.pop() if self._idle else self._new_slot()
        c = slot.curl
        slot.reset(host, self.policy.bypasses_check(name), limit)
        c.setopt(pycurl.URL, str(target))
        if ":" not in name:  # a name, not an IPv6 literal: pin it to the allowed addresses
            c.setopt(pycurl.RESOLVE, self._pin(name, port, addresses))
        custom = headers is not None and len(headers) > 0
        if custom:
            c.setopt(pycurl.HTTPHEADER, self._lines(headers))
        if method == "GET" and data is None:
            c.setopt(pycurl.HTTPGET, 1)
        elif method == "HEAD" and data is None:
            c.setopt(pycurl.NOBODY, 1)
        else:
            slot.plain = False
            if data is not None:
                c.setopt(pycurl.POSTFIELDS, urlencode(dict(data)))
            if method != "POST" or data is None:
                c.setopt(pycurl.CUSTOMREQUEST, method)
        slot.future = self.loop.create_future()
        self._active[c] = slot
        self.multi.add_handle(c)
        busy = self._busy
        busy[host] = busy.get(host, 0) + 1
        try:
            await slot.future
            if slot.went:
                self.client.gate.sent(host)
            # (libcurl sends a request again on a new connection when a kept-alive one
            # dies under it: PREREQFUNCTION runs again, before the transfer's end)
            while slot.result is None:
                slot.future = self.loop.create_future()
                await slot.future
            code, message = slot.result
            if code != 0 and not (code == pycurl.E_WRITE_ERROR and slot.capped):
                raise self._error(slot, code, message, str(target))
            if slot.status < 100:
                raise MalformedAnswerError("no status line")
            reader = slot.reader
            return slot.status, slot.headers, reader.body() if reader is not None else b""
        finally:
            if busy[host] > 1:
                busy[host] -= 1
            else:
                del busy[host]
            if self._active.pop(c, None) is not None:  # cancelled (deadline): abandon it
                self.multi.remove_handle(c)
            if not self._closed:
                connects = c.getinfo(pycurl.NUM_CONNECTS)
                if connects:
                    self.client.host_stats(host).connections += connects
                    self._remember(slot, host)
            slot.future = None
            self._release(slot, custom)

    def _remember(self, slot: _Slot, host: str) -> None:
        """Note the connection a transfer to ``host`` opened (its descriptor and both
        ends: the descriptor alone may be another connection's by the time it is let go)."""
        if slot.conn is not None and slot.conn[0] >= 0:
            self._conns.setdefault(host, []).append(slot.conn)

    def hosts_connected(self) -> list[str]:
        """The hosts whose connections this transport opened and has not let go."""
        return list(self._conns)

    def release_host(self, host: str) -> int:
        """Let ``host``'s idle kept-alive connections go now (the run is done with the
        host): each is shut down, so the server sees it end at once instead of at the
        end of the run, and libcurl drops it as dead from its pool.  A connection in use
        by a transfer is left alone, and so is a descriptor that no longer holds the
        connection noted (closed by libcurl and reused).  How many were shut down."""
        if self._closed or host in self._busy:
            return 0
        shut = 0
        for fd, local, peer in self._conns.pop(host, ()):
            try:
                sock = socket.socket(fileno=fd)
            except OSError:
                continue  # no socket any more
            try:
                if sock.getsockname()[:2] == local and sock.getpeername()[:2] == peer:
                    sock.shutdown(socket.SHUT_RDWR)
                    shut += 1
            except OSError:
                pass  # not connected any more
            finally:
                sock.detach()  # the descriptor stays libcurl's
        return shut

    def _new_slot(self) -> _Slot:
        slot = _Slot(self)
        self._all.append(slot)
        return slot

    def _release(self, slot: _Slot, custom: bool) -> None:
        if self._closed:
            return
        if not slot.plain:  # POST, custom methods: not worth resetting option by option
            self._all.remove(slot)
            slot.curl.close()
            return
        if custom:
            slot.curl.setopt(pycurl.HTTPHEADER, self.header_lines)
        slot.reader = None
        slot.limit = None
        self._idle.append(slot)

    def _error(self, slot: _Slot, code: int, message: str, url: str) -> BaseException:
        """The exception aiohttp would have raised for the same trouble."""
        if slot.refused is not None:
            return slot.refused
        if slot.malformed:
            return MalformedAnswerError(slot.malformed)
        if self._closed:
            return aiohttp.ClientConnectionError("the HTTP client was closed")
        detail = f"{message} (curl {code})"
        os_errno = int(slot.curl.getinfo(pycurl.OS_ERRNO) or 0)
        if code == pycurl.E_OPERATION_TIMEDOUT:
            return TimeoutError(detail)
        if code == pycurl.E_COULDNT_RESOLVE_HOST:
            return socket.gaierror(socket.EAI_NONAME, detail)
        if code == pycurl.E_URL_MALFORMAT:
            return aiohttp.InvalidURL(url)
        if code == pycurl.E_PEER_FAILED_VERIFICATION:
            exc = ssl.SSLCertVerificationError(1, detail)
            exc.verify_message = message.removeprefix("SSL certificate problem: ")
            if "subject name" in message or "does not match" in message:  # aiohttp's words
                name = URL(url).raw_host or ""
                exc.verify_message = f"Hostname mismatch, certificate is not valid for {name!r}."
            return exc
        if code in _TLS_CODES:
            return ssl.SSLError(detail)
        if code == pycurl.E_COULDNT_CONNECT:
            if os_errno == errno.ECONNREFUSED or "refused" in message.lower():
                return ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused")
            return OSError(os_errno or errno.EHOSTUNREACH, os.strerror(os_errno or 113))
        if code == pycurl.E_GOT_NOTHING:
            return http.client.RemoteDisconnected(detail)
        if code == pycurl.E_PARTIAL_FILE:
            return http.client.IncompleteRead(b"")
        if code in (pycurl.E_RECV_ERROR, pycurl.E_SEND_ERROR):
            if os_errno == errno.EPIPE:
                return BrokenPipeError(errno.EPIPE, detail)
            return ConnectionResetError(errno.ECONNRESET, detail)
        if code in _MALFORMED_CODES:
            return MalformedAnswerError(detail)
        return OSError(f"network error: {detail}")

    # -- the event loop drives libcurl ------------------------------------

    def _on_socket(self, what: int, fd: int, multi: Any, data: Any) -> None:
        # POLL_IN = 1 and POLL_OUT = 2 are bits (POLL_INOUT both, POLL_REMOVE = 4 neither):
        # only what changed is told to the loop
        if self._closed:
            return
        fds = self._fds
        had = fds.get(fd, 0)
        want = what & _POLL_BOTH
        change = had ^ want
        if change & _POLL_IN:
            if want & _POLL_IN:
                self.loop.add_reader(fd, self._act, fd, pycurl.CSELECT_IN)
            else:
                self.loop.remove_reader(fd)
        if change & _POLL_OUT:
            if want & _POLL_OUT:
                self.loop.add_writer(fd, self._act, fd, pycurl.CSELECT_OUT)
            else:
                self.loop.remove_writer(fd)
        if want:
            fds[fd] = want
        elif had:
            del fds[fd]

    def _on_timer(self, ms: int) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if ms >= 0 and not self._closed:
            self._timer = self.loop.call_later(ms / 1000.0, self._act, pycurl.SOCKET_TIMEOUT, 0)

    def _act(self, fd: int, event: int) -> None:
        if self._closed:
            return
        if fd == pycurl.SOCKET_TIMEOUT:
            self._timer = None
        self.multi.socket_action(fd, event)
        while True:
            queued, done, failed = self.multi.info_read()
            for c in done:
                self._finish(c, 0, "")
            for c, code, message in failed:
                self._finish(c, code, message)
            if not queued:
                break

    def _finish(self, c: Any, code: int, message: str) -> None:
        slot = self._active.pop(c, None)
        if slot is not None and code == 0 and c.getinfo(pycurl.NUM_CONNECTS):
            # its descriptor is told only while the handle holds the connection
            slot.conn = (
                int(c.getinfo(pycurl.ACTIVESOCKET)),
                (str(c.getinfo(pycurl.LOCAL_IP)), int(c.getinfo(pycurl.LOCAL_PORT))),
                (str(c.getinfo(pycurl.PRIMARY_IP)), int(c.getinfo(pycurl.PRIMARY_PORT))),
            )
        self.multi.remove_handle(c)
        if slot is not None:
            slot.result = (code, message)
            if slot.future is not None and not slot.future.done():
                slot.future.set_result(None)

    # -- the end ----------------------------------------------------------

    async def close(self, *, abort: bool) -> None:
        """Every transfer abandoned, every connection and handle closed, every
        descriptor given back (``abort`` makes no difference here)."""
        if self._closed:
            return
        for c, slot in list(self._active.items()):
            self.multi.remove_handle(c)
            slot.result = (pycurl.E_ABORTED_BY_CALLBACK, "client closed")
            if slot.future is not None and not slot.future.done():
                slot.future.set_result(None)
        self._active.clear()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        for fd in list(self._fds):
            self.loop.remove_reader(fd)
            self.loop.remove_writer(fd)
        self._fds.clear()
        self._closed = True
        self.multi.close()  # closes the cached connections
        for slot in self._all:
            slot.curl.close()
        self._all.clear()
        self._idle.clear()
        await asyncio.sleep(0)  # the duplicated sockets' originals are closed by call_soon


_POLL_IN = int(pycurl.POLL_IN)
_POLL_OUT = int(pycurl.POLL_OUT)
_POLL_BOTH = _POLL_IN | _POLL_OUT
assert pycurl.POLL_INOUT == _POLL_BOTH and not pycurl.POLL_REMOVE & _POLL_BOTH

_TLS_CODES = frozenset(
    {
        pycurl.E_SSL_CONNECT_ERROR,
        pycurl.E_SSL_CERTPROBLEM,
        pycurl.E_SSL_CIPHER,
        pycurl.E_SSL_ENGINE_NOTFOUND,
        pycurl.E_SSL_ENGINE_SETFAILED,
        pycurl.E_SSL_CACERT_BADFILE,
        pycurl.E_SSL_SHUTDOWN_FAILED,
        pycurl.E_SSL_CRL_BADFILE,
        pycurl.E_SSL_ISSUER_ERROR,
        getattr(pycurl, "E_SSL_PINNEDPUBKEYNOTMATCH", 90),
        getattr(pycurl, "E_SSL_INVALIDCERTSTATUS", 91),
    }
)
_MALFORMED_CODES = frozenset(
    {
        pycurl.E_UNSUPPORTED_PROTOCOL,
        8,  # CURLE_WEIRD_SERVER_REPLY (pycurl: E_FTP_WEIRD_SERVER_REPLY)
        pycurl.E_BAD_CONTENT_ENCODING,
        getattr(pycurl, "E_HTTP2", 16),
        getattr(pycurl, "E_TOO_LARGE", 100),
        pycurl.E_WRITE_ERROR,
    }
)
