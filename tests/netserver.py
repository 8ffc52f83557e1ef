"""A local HTTP/HTTPS test server that simulates many web sites on 127.0.0.1.

One :class:`SiteServer` listens on 127.0.0.1 (port 0) and serves *virtual
hosts*: the behaviour depends on the ``Host`` header and the path, so a test
can point any number of made-up names (``site.test``, ``catchall.test``...)
at it through the engine's ``resolve`` map.  With ``tls=True`` it speaks
HTTPS with trustme certificates chosen by SNI: a good one signed by the test
CA, one for the wrong name (``wrongname.test``), an expired one
(``expired.test``) and one from an unknown CA (``untrusted.test``).

Hosts (by name; any other name behaves like ``site.test``):

* ``catchall.*``  - every path answers 200 with the same page (soft-404 site)
* ``parked.*``    - every path answers a domain-parking page

Paths on an ordinary site::

    /                      home page                /a/<name>    an article (200)
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

Every request is recorded (method, host, path) and the number of requests in
flight per host is tracked; the maximum is what the engine tests and the
benchmark assert.  ``latency`` (host -> seconds) delays every answer of a host
and ``host_cap`` (host -> n) lets at most n requests of a host be served at
once (others queue), like a small real server.
"""

from __future__ import annotations

import email.utils
import socket
import ssl
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import trustme

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


@dataclass
class ServerStats:
    """What the server saw; thread-safe."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    log: list[tuple[str, str, str]] = field(default_factory=list)  # (method, host, path)
    starts: list[tuple[str, float]] = field(default_factory=list)  # (host, monotonic time)
    in_flight: Counter[str] = field(default_factory=Counter)
    max_in_flight: dict[str, int] = field(default_factory=dict)
    counters: Counter[str] = field(default_factory=Counter)  # for /flaky
    bytes_sent: dict[str, int] = field(default_factory=dict)  # for /huge, by path
    connections: int = 0  # TCP connections accepted

    def enter(self, method: str, host: str, path: str) -> None:
        with self.lock:
            self.log.append((method, host, path))
            self.starts.append((host, time.monotonic()))
            self.in_flight[host] += 1
            self.max_in_flight[host] = max(self.max_in_flight.get(host, 0), self.in_flight[host])

    def leave(self, host: str) -> None:
        with self.lock:
            self.in_flight[host] -= 1

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
            self.in_flight.clear()
            self.max_in_flight.clear()
            self.counters.clear()
            self.bytes_sent.clear()
            self.connections = 0


# --------------------------------------------------------------------------
# Handler
# --------------------------------------------------------------------------


class Handler(BaseHTTPRequestHandler):
    server: SiteServer
    protocol_version = "HTTP/1.1"
    _in_flight = False
    disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls between header and body

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        pass

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_HEAD(self) -> None:
        self._dispatch("HEAD")

    # -- plumbing -------------------------------------------------------

    @property
    def vhost(self) -> str:
        return (self.headers.get("Host") or "").rsplit(":", 1)[0].lower()

    def _dispatch(self, method: str) -> None:
        host = self.vhost
        self._in_flight = True
        self.server.stats.enter(method, host, self.path)
        try:
            cap = self.server.host_caps.get(host)
            if cap is None:
                self._route(method, host)
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
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if host.startswith("catchall."):
            self.send(200, CATCHALL)
        elif host.startswith("parked."):
            self.send(200, PARKING)
        else:
            self._site(method, parts.path, query)

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
            self.wfile.write(body)

    def redirect(self, code: int, location: str) -> None:
        self.send(code, b"", {"Location": location})

    # -- the ordinary site ----------------------------------------------

    def _site(self, method: str, path: str, q: dict[str, str]) -> None:
        simple: dict[str, Callable[[], None]] = {
            "/": lambda: self.send(200, HOME),
            "/index.html": lambda: self.send(200, HOME),
            "/login": lambda: self.send(200, LOGIN),
            "/search": lambda: self.send(200, SEARCH),
            "/gohome": lambda: self.redirect(301, "/"),
            "/gologin": lambda: self.redirect(302, "/login?next=" + quote("/private/doc")),
            "/gosearch": lambda: self.redirect(302, "/search?q=missing+doc"),
            "/soft404": lambda: self.send(200, SOFT_404),
            "/soft404-ru": lambda: self.send(200, SOFT_404_RU, content_type="text/html"),
            "/parked": lambda: self.send(200, PARKING),
            "/challenge": lambda: self.send(403, CHALLENGE, {"cf-mitigated": "challenge"}),
            "/challenge-200": lambda: self.send(200, CHALLENGE),
            "/loop/a": lambda: self.redirect(302, "/loop/b"),
            "/loop/b": lambda: self.redirect(302, "/loop/a"),
            "/pdf": lambda: self.send(200, b"%PDF-1.4 fake", content_type="application/pdf"),
            "/cp1251": lambda: self.send(
                200,
                html_page("Статья о сотрудничестве", "Текст статьи. " * 20, "windows-1251"),
                content_type="text/html; charset=windows-1251",
            ),
            "/reset": self._reset,
            "/drop": self._drop,
            "/huge": lambda: self._huge(q),
            "/slow": lambda: self._slow(q),
            "/slow-body": lambda: self._slow_body(q),
            "/head405": lambda: self._head_fails(method, 405),
            "/head404": lambda: self._head_fails(method, 404),
        }
        if path in simple:
            simple[path]()
            return
        head, _, rest = path.lstrip("/").partition("/")
        prefixed: dict[str, Callable[[str], None]] = {
            "a": lambda name: self.send(200, article(name)),
            "status": lambda n: self.send(int(n), html_page(f"Status {n}", f"Status {n}.")),
            "redirect": lambda n: self.redirect(int(n), q.get("to", "/a/target")),
            "chain": lambda k: self._chain(int(k), q),
            "flaky": lambda key: self._flaky(key, q),
            "upgrade": lambda rest: self._upgrade(rest, q),
        }
        if head in prefixed and rest:
            prefixed[head](rest)
        else:
            self.send(404, NOT_FOUND)

    def _upgrade(self, rest: str, q: dict[str, str]) -> None:
        """Plain HTTP: 301 to the same path on https://host:<port>; HTTPS: 200."""
        if self.server.tls is not None:
            self.send(200, article(f"upgraded {rest}"))
        else:
            self.redirect(301, f"https://{self.vhost}:{q.get('port', '443')}{self.path}")

    def _head_fails(self, method: str, code: int) -> None:
        if method == "HEAD":
            self.send(code, b"")
        else:
            self.send(200, article("head-test"))

    def _chain(self, k: int, q: dict[str, str]) -> None:
        code = int(q.get("code", "301"))
        if k <= 0:
            self.redirect(code, q.get("to", "/a/end"))
        else:
            self.redirect(code, f"/chain/{k - 1}?code={code}&to={quote(q.get('to', '/a/end'))}")

    def _flaky(self, key: str, q: dict[str, str]) -> None:
        count = self.server.stats.bump(key)
        if count > int(q.get("fail", "1")):
            self.send(200, article(f"flaky-{key}"))
            return
        headers: dict[str, str] = {}
        if "retry_after" in q:
            seconds = int(q["retry_after"])
            if q.get("date"):
                when = self.server.now() + seconds
                headers["Retry-After"] = email.utils.formatdate(when, usegmt=True)
            else:
                headers["Retry-After"] = str(seconds)
        self.send(int(q.get("code", "503")), html_page("Busy", "Try later."), headers)

    def _slow(self, q: dict[str, str]) -> None:
        time.sleep(float(q.get("s", "1")))
        self.send(200, article("slow"))

    def _slow_body(self, q: dict[str, str]) -> None:
        body = article("slow-body")
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.flush()
        time.sleep(float(q.get("s", "1")))
        self.wfile.write(body)

    def _huge(self, q: dict[str, str]) -> None:
        total = int(float(q.get("mb", "20")) * 1024 * 1024)
        chunk = (b"<p>" + b"x" * 1020 + b"</p>") * 64  # 65536 bytes
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(total))
        self.end_headers()
        prefix = b"<html><head><title>Huge</title></head><body>"
        self.wfile.write(prefix)
        sent = len(prefix)
        try:
            while sent < total:
                piece = chunk[: total - sent]
                self.wfile.write(piece)
                sent += len(piece)
        except OSError:
            self.close_connection = True
        finally:
            with self.server.stats.lock:
                self.server.stats.bytes_sent[self.path] = sent

    def _reset(self) -> None:
        # SO_LINGER with timeout 0: close() sends RST instead of FIN
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def _drop(self) -> None:
        self.close_connection = True


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


class SiteServer(ThreadingHTTPServer):
    """ThreadingHTTPServer on 127.0.0.1:0 with virtual hosts and statistics."""

    daemon_threads = True
    request_queue_size = 1024
    allow_reuse_address = True

    def __init__(
        self,
        *,
        tls: ssl.SSLContext | None = None,
        latency: Callable[[str], float] | None = None,
        host_cap: dict[str, int] | None = None,
        now: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.tls = tls
        self.stats = ServerStats()
        self.latency: Callable[[str], float] = latency or (lambda _host: 0.0)
        self.host_caps = {h: threading.BoundedSemaphore(n) for h, n in (host_cap or {}).items()}
        self.now = now
        self.thread: threading.Thread | None = None

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
        pass  # clients hanging up (size cap, resets) are expected

    def start(self) -> SiteServer:
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


def resolve_map(hosts: tuple[str, ...] = TEST_HOSTS) -> dict[str, str]:
    """Point every test host name at loopback."""
    return {h: "127.0.0.1" for h in hosts}
