"""The one loopback test server: virtual hosts on 127.0.0.1 behind a route table.

:class:`LoopbackServer` (a ThreadingHTTPServer on 127.0.0.1, port 0, HTTP or
HTTPS) dispatches every request by its ``Host`` header through a route table
(``fnmatch`` pattern -> :class:`Route`), so a test can point any number of
made-up names at it through the engine's ``resolve`` map.  Two kinds of
route exist: :class:`Site` (an ordinary web site with every behaviour the
link checker must judge, below) and the fake web archive of
``tests/archiveserver.py``.  :class:`SiteServer` is a server whose every
host is a :class:`Site`; the fake archive is a server whose every host is
the archive.  With ``tls`` it speaks HTTPS with trustme certificates chosen
by SNI: a good one signed by the test CA, one for the wrong name
(``wrongname.test``), an expired one (``expired.test``) and one from an
unknown CA (``untrusted.test``).

Hosts of a :class:`Site` (by name; any other name behaves like ``site.test``):

* ``catchall.*``  - every path answers 200 with the same page (soft-404 site)
* ``parked.*``    - every path answers a domain-parking page

Paths on an ordinary site::

    /                      home page                /a/<name>    an article (200;
                                                    /a/<name>-gone: a deleted one, 404)
    /w/<name>              a work titled ``work_title(name)`` (words not in the URL)
                           and the site's name; /w/<name>-gone: a deleted one, 404
    /status/<n>            answers status n         /slow?s=     sleeps, then 200
    /redirect/<n>?to=URL   redirect with code n     /slow-body?s= headers now, body later
    /chain/<k>?code=301    k redirects, then /a/end /loop/a, /loop/b  redirect loop
    /gohome /gologin /gosearch  redirect to home/login/search pages
    /soft404 /soft404-ru   200 "page not found"     /parked      parking page
    /challenge             403 + cf-mitigated       /challenge-200  200 "Just a moment..."
    /head405 /head404      HEAD fails, GET 200      /pdf         a PDF
    /flaky/<key>?fail=k&code=503&retry_after=5[&date=1]  first k calls fail, then 200
    /huge?mb=N             streams N MiB            /reset       TCP reset, no answer
    /upgrade/<x>?port=N    http: 301 to https://host:N/upgrade/<x>?port=N; https: 200
    /cp1251                windows-1251 page        /drop        closes without answer
    /hang                  reads the request, never answers (until the client leaves)
    /trickle/<part>?n=     sends the status line, the headers or a fixed-length body
                           one byte per second (part: status, headers, body)
    /gzip-bomb?mb=N        N MiB of zeros gzip-compressed (about N KiB on the wire)
    /chunked-bomb          an endless chunked body

Every request is recorded (method, host, path, headers, start time) and the
number of requests in flight per host is tracked; the maximum is what the
engine tests and the benchmark assert.  Connections accepted are counted.
``latency`` (host -> seconds) delays every answer of a host and ``host_cap``
(host -> n) lets at most n requests of a host be served at once: the others
queue (``cap_mode="queue"``, a small server) or are answered 429 at once
(``cap_mode="reject"``, a rate-limiting server; counted in ``rejected``).
"""

from __future__ import annotations

import dataclasses
import email.utils
import fnmatch
import functools
import socket
import ssl
import struct
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Protocol, Self
from urllib.parse import parse_qs, quote, urlsplit

import trustme

from bibcheck.check.settings import CheckSettings

TEST_HOSTS = (
    "site.test",
    "other.test",
    "catchall.test",
    "parked.test",
    "public.test",
    "wrongname.test",
    "expired.test",
    "untrusted.test",
)


def html_page(title: str, body: str, charset: str = "utf-8") -> bytes:
    text = (
        f"<!doctype html><html><head><meta charset='{charset}'><title>{title}</title>"
        f"<style>body{{color:#333}}</style><script>var x = 1;</script></head>"
        f"<body><h1>{title}</h1><p>{body}</p></body></html>"
    )
    return text.encode(charset)


def article(name: str) -> bytes:
    body = (
        f"This is the article called {name}. It discusses cooperation between "
        f"research institutions in some depth, with references and notes. "
    ) * 5
    return html_page(f"Article {name}", body)


_TITLE_WORDS = (
    "cooperation regional institutions networks governance trade research policy "
    "archives memory migration rivers cities energy reform history press schools "
    "borders markets labour health culture science museums identity"
).split()


def work_title(name: str) -> str:
    """A made-up title of 6 words for the work at ``/w/<name>``, the same in every
    process, with no word of the URL in it."""
    seed = zlib.crc32(name.encode())
    picked = [_TITLE_WORDS[(seed >> (4 * i)) % len(_TITLE_WORDS)] for i in range(5)]
    return "On " + " ".join(picked).capitalize()


def work(name: str) -> bytes:
    title = work_title(name)
    body = (f"This is the work called {title}. It discusses cooperation in depth. ") * 5
    return html_page(f"{title} | Test site", body)


HOME = html_page("Test site home", "Welcome to the test site. Latest news, articles and more. " * 5)
NOT_FOUND = html_page("404 Not Found", "The requested URL was not found on this server.")
SOFT_404 = html_page("Page not found", "Sorry, we could not find that page.")
SOFT_404_RU = html_page(
    "Страница не найдена", "Запрашиваемая страница не существует.", "windows-1251"
)
PARKING = html_page(
    "parked.test", "This domain is for sale! Buy this domain today. Parked free by ParkingCrew."
)
CATCHALL = html_page(
    "Catchall portal", "Welcome to the portal. Everything you need is here, news and links. " * 5
)
CHALLENGE = html_page(
    "Just a moment...", "Checking your browser before accessing the site. Enable JavaScript."
)
LOGIN = html_page("Sign in", "Please sign in to continue. Username, password.")
SEARCH = html_page("Search results", "No results for your query.")


# --------------------------------------------------------------------------
# Statistics
# --------------------------------------------------------------------------


@functools.lru_cache(maxsize=4)
def _gzip_zeros(total: int) -> bytes:
    """``total`` bytes of zeros, gzip-compressed: made once per size, so that a loaded
    machine does not spend the client's timeout compressing 256 MiB for each request."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"\0" * (1024 * 1024)
    parts = [packer.compress(block) for _ in range(total // len(block))]
    return b"".join(parts) + packer.flush()


@dataclass
class Logged:
    """One request as the server saw it."""

    at: float  # monotonic
    method: str
    host: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class ServerStats:
    """What the server saw; thread-safe."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    log: list[tuple[str, str, str]] = field(default_factory=list)  # (method, host, path)
    records: list[Logged] = field(default_factory=list)  # with headers and start times
    starts: list[tuple[str, float]] = field(default_factory=list)  # (host, monotonic time)
    ends: list[tuple[str, float]] = field(default_factory=list)  # (host, time answered)
    in_flight: Counter[str] = field(default_factory=Counter)
    max_in_flight: dict[str, int] = field(default_factory=dict)
    counters: Counter[str] = field(default_factory=Counter)  # for /flaky
    bytes_sent: dict[str, int] = field(default_factory=dict)  # for /huge, by path
    connections: int = 0  # TCP connections accepted
    rejected: Counter[str] = field(default_factory=Counter)  # 429s of the cap, per host
    durations: dict[str, float] = field(default_factory=dict)  # trickles, by path

    def enter(
        self, method: str, host: str, path: str, headers: dict[str, str] | None = None
    ) -> None:
        now = time.monotonic()
        with self.lock:
            self.log.append((method, host, path))
            self.records.append(Logged(now, method, host, path, headers or {}))
            self.starts.append((host, now))
            self.in_flight[host] += 1
            self.max_in_flight[host] = max(self.max_in_flight.get(host, 0), self.in_flight[host])

    def leave(self, host: str) -> None:
        now = time.monotonic()
        with self.lock:
            self.in_flight[host] -= 1
            self.ends.append((host, now))

    def reject(self, host: str) -> None:
        with self.lock:
            self.rejected[host] += 1

    def bump(self, key: str) -> int:
        with self.lock:
            self.counters[key] += 1
            return self.counters[key]

    def requests_for(self, path_prefix: str, host: str | None = None) -> list[tuple[str, str, str]]:
        with self.lock:
            return [
                e
                for e in self.log
                if e[2].startswith(path_prefix) and (host is None or e[1] == host)
            ]

    def reset(self) -> None:
        with self.lock:
            self.log.clear()
            self.starts.clear()
            self.ends.clear()
            self.in_flight.clear()
            self.max_in_flight.clear()
            self.counters.clear()
            self.bytes_sent.clear()
            self.connections = 0
            self.records.clear()
            self.rejected.clear()
            self.durations.clear()


# --------------------------------------------------------------------------
# Handler: records, caps, latency, then the route of the Host
# --------------------------------------------------------------------------


class Route(Protocol):
    """What answers the requests of the hosts a route is mounted on."""

    def handle(self, h: Handler, method: str) -> None: ...


class Handler(BaseHTTPRequestHandler):
    server: LoopbackServer
    protocol_version = "HTTP/1.1"
    _in_flight = False
    _form: dict[str, list[str]] | None = None
    disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls between header and body

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        pass

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_HEAD(self) -> None:
        self._dispatch("HEAD")

    def do_POST(self) -> None:
        self._dispatch("POST")

    @property
    def vhost(self) -> str:
        return (self.headers.get("Host") or "").rsplit(":", 1)[0].lower()

    def form(self) -> dict[str, list[str]]:
        """The url-encoded form of a POST (read once)."""
        if self._form is None:
            length = int(self.headers.get("Content-Length") or 0)
            self._form = parse_qs(self.rfile.read(length).decode()) if length else {}
        return self._form

    def _dispatch(self, method: str) -> None:
        host = self.vhost
        srv = self.server
        self._form = None  # a handler serves every request of a keep-alive connection
        self._in_flight = True
        srv.stats.enter(method, host, self.path, dict(self.headers))
        try:
            cap = srv.host_caps.get(host)
            if cap is None:
                self._route(method, host)
            elif srv.cap_mode == "reject":
                if cap.acquire(blocking=False):
                    try:
                        self._route(method, host)
                    finally:
                        cap.release()
                else:
                    srv.stats.reject(host)
                    self.send(429, b"Too many requests", {"Retry-After": "1"}, "text/plain")
            else:
                with cap:
                    self._route(method, host)
        finally:
            self._answered()

    def _answered(self) -> None:
        """Stop counting this request as in flight.

        Called just *before* the answer is written: once the client has the
        answer it may send its next request at once, and that must not be
        seen overlapping with this one.
        """
        if self._in_flight:
            self._in_flight = False
            self.server.stats.leave(self.vhost)

    def _route(self, method: str, host: str) -> None:
        delay = self.server.latency(host)
        if delay:
            time.sleep(delay)
        self.server.route_for(host).handle(self, method)

    def send(
        self,
        code: int,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        content_type: str = "text/html; charset=utf-8",
    ) -> None:
        self.send_response(code)
        all_headers = {"Content-Type": content_type, "Content-Length": str(len(body))}
        all_headers.update(headers or {})
        for name, value in all_headers.items():
            self.send_header(name, value)
        self._answered()
        self.end_headers()
        if self.command != "HEAD":
            try:
                self.wfile.write(body)
            except OSError:
                self.close_connection = True

    def redirect(self, code: int, location: str) -> None:
        self.send(code, b"", {"Location": location})

    def query(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}


# --------------------------------------------------------------------------
# Route: an ordinary web site
# --------------------------------------------------------------------------


class Site:
    """Every behaviour of a web site the link checker must judge (see the module doc)."""

    def handle(self, h: Handler, method: str) -> None:
        host = h.vhost
        if host.startswith("catchall."):
            h.send(200, CATCHALL)
        elif host.startswith("parked."):
            h.send(200, PARKING)
        else:
            self._site(h, method, urlsplit(h.path).path, h.query())

    def _site(self, h: Handler, method: str, path: str, q: dict[str, str]) -> None:
        simple: dict[str, Callable[[], None]] = {
            "/": lambda: h.send(200, HOME),
            "/index.html": lambda: h.send(200, HOME),
            "/login": lambda: h.send(200, LOGIN),
            "/search": lambda: h.send(200, SEARCH),
            "/gohome": lambda: h.redirect(301, "/"),
            "/gologin": lambda: h.redirect(302, "/login?next=" + quote("/private/doc")),
            "/gosearch": lambda: h.redirect(302, "/search?q=missing+doc"),
            "/soft404": lambda: h.send(200, SOFT_404),
            "/soft404-ru": lambda: h.send(200, SOFT_404_RU, content_type="text/html"),
            "/parked": lambda: h.send(200, PARKING),
            "/challenge": lambda: h.send(403, CHALLENGE, {"cf-mitigated": "challenge"}),
            "/challenge-200": lambda: h.send(200, CHALLENGE),
            "/loop/a": lambda: h.redirect(302, "/loop/b"),
            "/loop/b": lambda: h.redirect(302, "/loop/a"),
            "/pdf": lambda: h.send(200, b"%PDF-1.4 fake", content_type="application/pdf"),
            "/cp1251": lambda: h.send(
                200,
                html_page("Статья о сотрудничестве", "Текст статьи. " * 20, "windows-1251"),
                content_type="text/html; charset=windows-1251",
            ),
            "/reset": lambda: self._reset(h),
            "/drop": lambda: self._drop(h),
            "/huge": lambda: self._huge(h, q),
            "/slow": lambda: self._slow(h, q),
            "/slow-body": lambda: self._slow_body(h, q),
            "/head405": lambda: self._head_fails(h, method, 405),
            "/head404": lambda: self._head_fails(h, method, 404),
            "/hang": lambda: self._hang(h),
            "/gzip-bomb": lambda: self._gzip_bomb(h, q),
            "/chunked-bomb": lambda: self._chunked_bomb(h),
        }
        if path in simple:
            simple[path]()
            return
        head, _, rest = path.lstrip("/").partition("/")
        prefixed: dict[str, Callable[[str], None]] = {
            "a": lambda name: (
                h.send(404, NOT_FOUND) if name.endswith("-gone") else h.send(200, article(name))
            ),
            "w": lambda name: (
                h.send(404, NOT_FOUND) if name.endswith("-gone") else h.send(200, work(name))
            ),
            "status": lambda n: h.send(int(n), html_page(f"Status {n}", f"Status {n}.")),
            "redirect": lambda n: h.redirect(int(n), q.get("to", "/a/target")),
            "chain": lambda k: self._chain(h, int(k), q),
            "flaky": lambda key: self._flaky(h, key, q),
            "upgrade": lambda rest: self._upgrade(h, rest, q),
            "trickle": lambda part: self._trickle(h, part, q),
            "headers": lambda kb: self._many_headers(h, int(kb), q),
        }
        if head in prefixed and rest:
            prefixed[head](rest)
        else:
            h.send(404, NOT_FOUND)

    def _many_headers(self, h: Handler, kb: int, q: dict[str, str]) -> None:
        """A page after ``kb`` header lines of 1 KiB each; ``early=1``: a 103 answer with
        headers of its own first; ``fold=1``: an obsolete folded header line too."""
        raw = bytearray()
        if q.get("early"):
            raw += b"HTTP/1.1 103 Early Hints\r\nLink: </early.css>\r\nX-Early: yes\r\n\r\n"
        body = html_page("Many headers", f"{kb} KiB of headers.")
        raw += b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        raw += b"Content-Length: %d\r\n" % len(body)
        for i in range(kb):
            raw += b"X-Pad-%05d: %s\r\n" % (i, b"p" * 1008)  # 1,024 bytes with its CRLF
        if q.get("fold"):
            raw += b"X-Folded: first\r\n   second part\r\n"
        raw += b"\r\n"
        if h.command != "HEAD":
            raw += body
        h._answered()
        h.wfile.write(bytes(raw))

    def _upgrade(self, h: Handler, rest: str, q: dict[str, str]) -> None:
        """Plain HTTP: 301 to the same path on https://host:<port>; HTTPS: 200."""
        if h.server.tls is not None:
            h.send(200, article(f"upgraded {rest}"))
        else:
            h.redirect(301, f"https://{h.vhost}:{q.get('port', '443')}{h.path}")

    def _head_fails(self, h: Handler, method: str, code: int) -> None:
        if method == "HEAD":
            h.send(code, b"")
        else:
            h.send(200, article("head-test"))

    def _chain(self, h: Handler, k: int, q: dict[str, str]) -> None:
        code = int(q.get("code", "301"))
        if k <= 0:
            h.redirect(code, q.get("to", "/a/end"))
        else:
            h.redirect(code, f"/chain/{k - 1}?code={code}&to={quote(q.get('to', '/a/end'))}")

    def _flaky(self, h: Handler, key: str, q: dict[str, str]) -> None:
        count = h.server.stats.bump(key)
        if count > int(q.get("fail", "1")):
            h.send(200, article(f"flaky-{key}"))
            return
        headers: dict[str, str] = {}
        if "retry_after" in q:
            seconds = int(q["retry_after"])
            if q.get("date"):
                when = h.server.now() + seconds
                headers["Retry-After"] = email.utils.formatdate(when, usegmt=True)
            else:
                headers["Retry-After"] = str(seconds)
        h.send(int(q.get("code", "503")), html_page("Busy", "Try later."), headers)

    def _slow(self, h: Handler, q: dict[str, str]) -> None:
        time.sleep(float(q.get("s", "1")))
        h.send(200, article("slow"))

    def _slow_body(self, h: Handler, q: dict[str, str]) -> None:
        body = article("slow-body")
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.flush()
        time.sleep(float(q.get("s", "1")))
        h.wfile.write(body)

    def _huge(self, h: Handler, q: dict[str, str]) -> None:
        total = int(float(q.get("mb", "20")) * 1024 * 1024)
        chunk = (b"<p>" + b"x" * 1020 + b"</p>") * 64  # 65536 bytes
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(total))
        h.end_headers()
        prefix = b"<html><head><title>Huge</title></head><body>"
        h.wfile.write(prefix)
        sent = len(prefix)
        try:
            while sent < total:
                piece = chunk[: total - sent]
                h.wfile.write(piece)
                sent += len(piece)
        except OSError:
            h.close_connection = True
        finally:
            with h.server.stats.lock:
                h.server.stats.bytes_sent[h.path] = sent

    def _reset(self, h: Handler) -> None:
        # SO_LINGER with timeout 0: close() sends RST instead of FIN
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.close_connection = True
        h.connection.close()

    def _drop(self, h: Handler) -> None:
        h.close_connection = True

    def _hang(self, h: Handler) -> None:
        """Never answer; give up when the client hangs up (or after 60 s)."""
        h.connection.settimeout(60)
        try:
            h.connection.recv(1)  # returns b"" when the client closes
        except OSError:
            pass
        h.close_connection = True

    def _trickle(self, h: Handler, part: str, q: dict[str, str]) -> None:
        """One byte per ``every`` seconds of the status line, the headers or the body."""
        every = float(q.get("every", "1"))
        body = article("trickled")
        head = (
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
            + "".join(f"X-Filler-{i}: {'x' * 20}\r\n" for i in range(20))
            + f"Content-Length: {len(body)}\r\n\r\n"
        ).encode()
        h._answered()
        slow_from = {"status": 0, "headers": head.index(b"\r\n") + 2, "body": len(head)}[part]
        data = head + body
        started = time.monotonic()
        try:
            h.wfile.write(data[:slow_from])
            h.wfile.flush()
            for i in range(slow_from, len(data)):
                time.sleep(every)
                h.wfile.write(data[i : i + 1])
                h.wfile.flush()
        except OSError:
            pass
        finally:
            with h.server.stats.lock:
                h.server.stats.durations[h.path] = time.monotonic() - started
            h.close_connection = True

    def _gzip_bomb(self, h: Handler, q: dict[str, str]) -> None:
        """``mb`` MiB of zeros, gzip-compressed (a ratio of about 1000:1)."""
        total = int(float(q.get("mb", "256")) * 1024 * 1024)
        h.send(200, _gzip_zeros(total), {"Content-Encoding": "gzip"})

    def _chunked_bomb(self, h: Handler) -> None:
        """An endless chunked body of markup, until the client hangs up."""
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Transfer-Encoding", "chunked")
        h._answered()
        h.end_headers()
        chunk = b"<p>" + b"y" * 8000 + b"</p>"
        sent = 0
        try:
            prefix = b"<html><head><title>Endless</title></head><body>"
            h.wfile.write(b"%x\r\n%s\r\n" % (len(prefix), prefix))
            while sent < 2_000_000_000:
                h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent += len(chunk)
        except OSError:
            pass
        finally:
            with h.server.stats.lock:
                h.server.stats.bytes_sent[h.path] = sent
            h.close_connection = True


# --------------------------------------------------------------------------
# Server
# --------------------------------------------------------------------------


@dataclass
class Certs:
    """Test PKI: a trusted CA and certificates good and bad."""

    ca: trustme.CA
    good: trustme.LeafCert
    wrong_name: trustme.LeafCert
    expired: trustme.LeafCert
    untrusted: trustme.LeafCert

    @classmethod
    def create(cls, extra_names: tuple[str, ...] = ()) -> Certs:
        import datetime as dt

        ca = trustme.CA()
        names = ("localhost", "127.0.0.1", *TEST_HOSTS, "*.bench.test", *extra_names)
        past = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
        return cls(
            ca=ca,
            good=ca.issue_cert(*names),
            wrong_name=ca.issue_cert("somewhere-else.example"),
            expired=ca.issue_cert(
                "expired.test", not_before=past - dt.timedelta(days=30), not_after=past
            ),
            untrusted=trustme.CA().issue_cert("untrusted.test", "localhost"),
        )

    def write_ca(self, path: Path) -> Path:
        self.ca.cert_pem.write_to_path(str(path))
        return path

    def server_context(self) -> ssl.SSLContext:
        """A context that picks the certificate by SNI name."""
        by_name: dict[str, ssl.SSLContext] = {}
        for name, leaf in (
            ("wrongname.test", self.wrong_name),
            ("expired.test", self.expired),
            ("untrusted.test", self.untrusted),
        ):
            ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            leaf.configure_cert(ctx)
            by_name[name] = ctx
        default = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.good.configure_cert(default)

        def pick(sock: ssl.SSLObject | ssl.SSLSocket, name: str | None, _: Any) -> None:
            if name in by_name:
                sock.context = by_name[name]

        default.sni_callback = pick
        return default


class LoopbackServer(ThreadingHTTPServer):
    """ThreadingHTTPServer on 127.0.0.1:0: statistics, caps, latency, a route table."""

    daemon_threads = True
    request_queue_size = 1024
    allow_reuse_address = True

    def __init__(
        self,
        *,
        routes: list[tuple[str, Route]],
        tls: ssl.SSLContext | None = None,
        latency: Callable[[str], float] | None = None,
        host_cap: dict[str, int] | None = None,
        cap_mode: str = "queue",
        now: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes = routes
        self.tls = tls
        self.stats = ServerStats()
        self.latency: Callable[[str], float] = latency or (lambda _host: 0.0)
        self.host_caps = {h: threading.BoundedSemaphore(n) for h, n in (host_cap or {}).items()}
        self.cap_mode = cap_mode
        self.now = now
        self.thread: threading.Thread | None = None

    def route_for(self, host: str) -> Route:
        for pattern, route in self.routes:
            if fnmatch.fnmatchcase(host, pattern):
                return route
        raise LookupError(f"no route for host {host!r}")

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def scheme(self) -> str:
        return "https" if self.tls else "http"

    def url(self, path: str = "/", host: str = "site.test") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def finish_request(self, request: Any, client_address: Any) -> None:
        with self.stats.lock:
            self.stats.connections += 1
        if self.tls is not None:
            try:  # handshake in the handler thread, never in the accept loop
                request = self.tls.wrap_socket(request, server_side=True)
            except (ssl.SSLError, OSError):
                return
        super().finish_request(request, client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients hanging up (size cap, resets, timeouts) are expected

    def start(self) -> Self:
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


class SiteServer(LoopbackServer):
    """A server whose every host is an ordinary :class:`Site`."""

    def __init__(
        self,
        *,
        tls: ssl.SSLContext | None = None,
        latency: Callable[[str], float] | None = None,
        host_cap: dict[str, int] | None = None,
        cap_mode: str = "queue",
        now: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(
            routes=[("*", Site())],
            tls=tls,
            latency=latency,
            host_cap=host_cap,
            cap_mode=cap_mode,
            now=now,
        )


def resolve_map(hosts: tuple[str, ...] = TEST_HOSTS) -> dict[str, str]:
    """Point every test host name at loopback."""
    return {h: "127.0.0.1" for h in hosts}


def on_hosts(settings: CheckSettings, hosts: tuple[str, ...], **changes: Any) -> CheckSettings:
    """``settings`` also resolving and allowing ``hosts`` on loopback, with ``changes`` (a
    test's limits) applied."""
    names = (*settings.resolve, *hosts)
    return dataclasses.replace(
        settings, resolve=resolve_map(names), allow_hosts=frozenset(names), **changes
    )
