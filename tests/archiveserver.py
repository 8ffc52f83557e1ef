"""A fake web archive on 127.0.0.1 that speaks the real Wayback and Memento formats.

One :class:`ArchiveServer` (ThreadingHTTPServer, port 0) answers for any host
name pointed at it (tests use ``archive.test`` and ``memento.test``):

* ``GET /cdx/search/cdx`` - the CDX API: ``url``, ``output=json``, ``fl``,
  ``filter=[!]field:regex`` (repeatable, full match), ``from``/``to``
  (1-14 digit timestamps, padded like the real server), ``limit`` (negative:
  the last N).  JSON output is a list of rows, header row first; ``[]`` when
  nothing matches.
* ``GET /wayback/available?url=&timestamp=`` - the availability API:
  ``{"url", "archived_snapshots": {"closest": {"available", "url",
  "timestamp", "status"}}}`` for the closest 2xx capture, ``{}`` when none.
* ``GET /web/<ts>[id_]/<url>`` - replay.  An exact timestamp serves the
  capture (2xx: the archived page with the Wayback toolbar; 3xx: a redirect to
  ``/web/<ts>/<target>``; 4xx/5xx: the archived error page with its status);
  any other timestamp redirects (302) to the nearest capture, like the real
  service; an unknown URL is a 404.
* ``GET /timemap/json/<url>`` - a Memento JSON TimeMap of ``mementos[url]``
  whose URIs point at ``/mem/<ts>/<url>`` on the same server; 404 if none.
* ``POST /save`` (form ``url=``) -> ``{"url", "job_id"}``;
  ``GET /save/status/<job>`` -> ``pending`` for ``save_pending_polls`` polls,
  then ``success`` with ``timestamp`` and ``original_url`` (and the new
  capture becomes part of the archive).

Modes: ``throttle(n, retry_after)`` answers the next n requests with 429;
``slow[prefix] = seconds`` delays matching paths; ``fail[prefix] = status``
answers matching paths with that status.  Every request is logged with its
monotonic start time so that tests can assert the client's request rate.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

TOOLBAR = (
    "<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id='wm-ipp'>The Wayback Machine - "
    "{ts} captures, Internet Archive, donate, close, help</div>"
    "<!-- END WAYBACK TOOLBAR INSERT -->"
)


def page(title: str, text: str) -> bytes:
    return (
        f"<!doctype html><html><head><title>{title}</title></head>"
        f"<body><h1>{title}</h1><p>{text}</p></body></html>"
    ).encode()


@dataclass
class Snap:
    """One capture: its timestamp, HTTP status and page (or redirect target)."""

    timestamp: str
    status: int = 200
    title: str = "Archived page"
    text: str = "The archived text of the page, as it was when captured. " * 4
    body: bytes | None = None  # exact page bytes, overriding title/text
    location: str | None = None  # target URL of a 3xx capture
    mimetype: str = "text/html"

    def content(self) -> bytes:
        return self.body if self.body is not None else page(self.title, self.text)

    def digest(self) -> str:
        return base64.b32encode(hashlib.sha1(self.content()).digest()).decode()


@dataclass
class Logged:
    at: float  # monotonic
    method: str
    host: str
    path: str


def surt(url: str) -> str:
    parts = urlsplit(url)
    host = ",".join(reversed((parts.hostname or "").split(".")))
    port = f":{parts.port}" if parts.port else ""
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{port}){parts.path or '/'}{query}".lower()


def pad(ts: str, upper: bool) -> str:
    """Pad a 1-14 digit timestamp like the CDX server: to the start or the end."""
    filler = "99991231235959" if upper else "00000101000000"
    return ts + filler[len(ts) :]


class Handler(BaseHTTPRequestHandler):
    server: ArchiveServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_HEAD(self) -> None:
        self._dispatch("HEAD")

    def do_POST(self) -> None:
        self._dispatch("POST")

    # -- plumbing ---------------------------------------------------------

    @property
    def host(self) -> str:
        return (self.headers.get("Host") or "").rsplit(":", 1)[0].lower()

    def _dispatch(self, method: str) -> None:
        srv = self.server
        srv.record(Logged(time.monotonic(), method, self.host, self.path), dict(self.headers))
        length = int(self.headers.get("Content-Length") or 0)
        form = parse_qs(self.rfile.read(length).decode()) if length else {}
        for prefix, seconds in list(srv.slow.items()):
            if self.path.startswith(prefix):
                time.sleep(seconds)
        if srv.take_throttle():
            self.send(429, b"Too many requests", {"Retry-After": srv.retry_after}, "text/plain")
            return
        for prefix, status in list(srv.fail.items()):
            if self.path.startswith(prefix):
                self.send(status, page("Error", f"Error {status}"))
                return
        self._route(method, form)

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
        self.end_headers()
        if self.command != "HEAD":
            try:
                self.wfile.write(body)
            except OSError:
                self.close_connection = True

    def send_json(self, data: Any, code: int = 200) -> None:
        self.send(code, json.dumps(data).encode(), content_type="application/json")

    def _route(self, method: str, form: dict[str, list[str]]) -> None:
        parts = urlsplit(self.path)
        q = parse_qs(parts.query)
        if parts.path == "/cdx/search/cdx":
            self._cdx(q)
        elif parts.path == "/wayback/available":
            self._available(q)
        elif parts.path.startswith("/web/"):
            self._replay(self.path[len("/web/") :], "/web/", self.server.captures)
        elif parts.path.startswith("/mem/"):
            self._replay(self.path[len("/mem/") :], "/mem/", self.server.mementos)
        elif parts.path.startswith("/timemap/json/"):
            self._timemap(self.path[len("/timemap/json/") :])
        elif parts.path == "/save" and method == "POST":
            self._save(form)
        elif parts.path.startswith("/save/status/"):
            self._save_status(parts.path.rsplit("/", 1)[1])
        else:
            self.send(404, page("Not found", "No such endpoint."))

    # -- CDX ----------------------------------------------------------------

    def _cdx(self, q: dict[str, list[str]]) -> None:
        url = q.get("url", [""])[0]
        snaps = sorted(self.server.captures.get(url, []), key=lambda s: s.timestamp)
        rows = [self._row(url, s) for s in snaps]
        for flt in q.get("filter", []):
            negate, _, spec = flt.partition("!") if flt.startswith("!") else ("", "", flt)
            name, _, regex = spec.partition(":")
            rows = [r for r in rows if bool(re.fullmatch(regex, r[name])) != bool(negate)]
        if "from" in q:
            rows = [r for r in rows if r["timestamp"] >= pad(q["from"][0], upper=False)]
        if "to" in q:
            rows = [r for r in rows if r["timestamp"] <= pad(q["to"][0], upper=True)]
        limit = int(q.get("limit", ["0"])[0])
        if limit > 0:
            rows = rows[:limit]
        elif limit < 0:
            rows = rows[limit:]
        fields = q.get("fl", ["urlkey,timestamp,original,mimetype,statuscode,digest,length"])[0]
        names = fields.split(",")
        table = [[r[n] for n in names] for r in rows]
        self.send_json([names, *table] if table else [])

    @staticmethod
    def _row(url: str, s: Snap) -> dict[str, str]:
        return {
            "urlkey": surt(url),
            "timestamp": s.timestamp,
            "original": url,
            "mimetype": s.mimetype,
            "statuscode": str(s.status),
            "digest": s.digest(),
            "length": str(len(s.content())),
        }

    # -- availability -------------------------------------------------------

    def _available(self, q: dict[str, list[str]]) -> None:
        url = q.get("url", [""])[0]
        wanted = pad(q.get("timestamp", ["2100"])[0], upper=False)
        good = [s for s in self.server.captures.get(url, []) if 200 <= s.status < 300]
        if not good:
            self.send_json({"url": url, "archived_snapshots": {}})
            return
        best = min(good, key=lambda s: abs(int(s.timestamp) - int(wanted)))
        base = f"http://archive.test:{self.server.port}/web/"
        closest = {
            "available": True,
            "url": f"{base}{best.timestamp}/{url}",
            "timestamp": best.timestamp,
            "status": str(best.status),
        }
        self.send_json({"url": url, "archived_snapshots": {"closest": closest}})

    # -- replay -------------------------------------------------------------

    def _replay(self, rest: str, prefix: str, archive: dict[str, list[Snap]]) -> None:
        stamp, _, url = rest.partition("/")
        ts = re.sub(r"\D", "", stamp)
        raw = stamp.endswith("id_")
        snaps = archive.get(url, [])
        if not snaps:
            self.send(
                404, page("Wayback Machine", "The Wayback Machine has not archived that URL.")
            )
            return
        exact = next((s for s in snaps if s.timestamp == ts), None)
        if exact is None:
            wanted = int(pad(ts or "2100", upper=False))
            near = min(snaps, key=lambda s: abs(int(s.timestamp) - wanted))
            self.send(
                302, b"", {"Location": f"{prefix}{near.timestamp}{'id_' if raw else ''}/{url}"}
            )
            return
        if 300 <= exact.status < 400 or exact.location:
            target = exact.location or "/"
            code = exact.status if 300 <= exact.status < 400 else 302
            self.send(code, b"", {"Location": f"{prefix}{exact.timestamp}/{target}"})
            return
        body = exact.content()
        if not raw and exact.mimetype == "text/html":
            body = body.replace(b"<body>", b"<body>" + TOOLBAR.format(ts=ts).encode(), 1)
        self.send(
            exact.status,
            body,
            {"Memento-Datetime": ts},
            content_type=f"{exact.mimetype}; charset=utf-8",
        )

    # -- Memento ------------------------------------------------------------

    def _timemap(self, url: str) -> None:
        snaps = self.server.mementos.get(url)
        if not snaps:
            self.send(404, page("Not found", "No mementos."))
            return
        base = f"http://memento.test:{self.server.port}/mem/"
        items = [
            {"datetime": _iso(s.timestamp), "uri": f"{base}{s.timestamp}/{url}"} for s in snaps
        ]
        self.send_json(
            {
                "original_uri": url,
                "timegate_uri": f"http://memento.test:{self.server.port}/timegate/{url}",
                "timemap_uri": {
                    "json_format": f"http://memento.test:{self.server.port}/timemap/json/{url}"
                },
                "mementos": {"first": items[0], "last": items[-1], "list": items},
            }
        )

    # -- Save Page Now ------------------------------------------------------

    def _save(self, form: dict[str, list[str]]) -> None:
        url = form.get("url", [""])[0]
        if not url:
            self.send_json({"status": "error", "message": "no url"}, 400)
            return
        job = self.server.new_job(url, self.headers.get("Authorization"))
        self.send_json({"url": url, "job_id": job})

    def _save_status(self, job_id: str) -> None:
        self.send_json(self.server.poll_job(job_id))


def _iso(ts: str) -> str:
    return f"{ts[0:4]}-{ts[4:6]}-{ts[6:8]}T{ts[8:10]}:{ts[10:12]}:{ts[12:14]}Z"


@dataclass
class Job:
    url: str
    auth: str | None
    polls: int = 0


class ArchiveServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.lock = threading.Lock()
        self.captures: dict[str, list[Snap]] = {}
        self.mementos: dict[str, list[Snap]] = {}
        self.slow: dict[str, float] = {}
        self.fail: dict[str, int] = {}
        self.retry_after = "1"
        self._throttle = 0
        self.log: list[Logged] = []
        self.request_headers: list[dict[str, str]] = []
        self.jobs: dict[str, Job] = {}
        self.save_pending_polls = 2
        self.save_error: str | None = None
        self.save_timestamp = "20261128120000"
        self.save_page = page("Saved page", "The page as Save Page Now captured it today. " * 4)
        self.thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients hanging up after a timeout are expected

    def base(self, host: str = "archive.test") -> str:
        return f"http://{host}:{self.port}"

    # -- configuration -------------------------------------------------------

    def add(self, url: str, *snaps: Snap) -> None:
        self.captures.setdefault(url, []).extend(snaps)

    def add_mementos(self, url: str, *snaps: Snap) -> None:
        self.mementos.setdefault(url, []).extend(snaps)

    def throttle(self, n: int, retry_after: str = "1") -> None:
        with self.lock:
            self._throttle = n
            self.retry_after = retry_after

    def take_throttle(self) -> bool:
        with self.lock:
            if self._throttle > 0:
                self._throttle -= 1
                return True
            return False

    def reset(self) -> None:
        with self.lock:
            self.captures.clear()
            self.mementos.clear()
            self.slow.clear()
            self.fail.clear()
            self._throttle = 0
            self.log.clear()
            self.request_headers.clear()
            self.jobs.clear()
            self.save_error = None

    # -- records -------------------------------------------------------------

    def record(self, entry: Logged, headers: dict[str, str]) -> None:
        with self.lock:
            self.log.append(entry)
            self.request_headers.append(headers)

    def paths(self, prefix: str = "/") -> list[str]:
        with self.lock:
            return [e.path for e in self.log if e.path.startswith(prefix)]

    def starts(self) -> list[float]:
        with self.lock:
            return [e.at for e in self.log]

    # -- Save Page Now -------------------------------------------------------

    def new_job(self, url: str, auth: str | None) -> str:
        with self.lock:
            job_id = f"spn2-{len(self.jobs) + 1:04x}"
            self.jobs[job_id] = Job(url, auth)
            return job_id

    def poll_job(self, job_id: str) -> dict[str, Any]:
        with self.lock:
            job = self.jobs.get(job_id)
            if job is None:
                return {"status": "error", "status_ext": "error:not-found", "message": "no job"}
            job.polls += 1
            if self.save_error is not None:
                return {
                    "status": "error",
                    "status_ext": "error:blocked-url",
                    "message": self.save_error,
                    "job_id": job_id,
                }
            if job.polls <= self.save_pending_polls:
                return {"status": "pending", "job_id": job_id}
            snap = Snap(self.save_timestamp, body=self.save_page)
            if not any(s.timestamp == snap.timestamp for s in self.captures.get(job.url, [])):
                self.captures.setdefault(job.url, []).append(snap)
            return {
                "status": "success",
                "job_id": job_id,
                "timestamp": self.save_timestamp,
                "original_url": job.url,
                "duration_sec": 1.5,
            }

    # -- lifecycle -----------------------------------------------------------

    def start(self) -> ArchiveServer:
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
