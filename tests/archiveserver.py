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
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.netserver import Handler, Logged, LoopbackServer

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


class Archive:
    """The route of the fake archive: its state is the :class:`ArchiveServer`'s."""

    def __init__(self, archive: ArchiveServer) -> None:
        self.archive = archive

    def handle(self, h: Handler, method: str) -> None:
        srv = self.archive
        form = h.form()
        for prefix, seconds in list(srv.slow.items()):
            if h.path.startswith(prefix):
                time.sleep(seconds)
        if srv.take_throttle():
            h.send(429, b"Too many requests", {"Retry-After": srv.retry_after}, "text/plain")
            return
        for prefix, status in list(srv.fail.items()):
            if h.path.startswith(prefix):
                h.send(status, page("Error", f"Error {status}"))
                return
        self._route(h, method, form)

    @staticmethod
    def _json(h: Handler, data: Any, code: int = 200) -> None:
        h.send(code, json.dumps(data).encode(), content_type="application/json")

    def _route(self, h: Handler, method: str, form: dict[str, list[str]]) -> None:
        parts = urlsplit(h.path)
        q = parse_qs(parts.query)
        if parts.path == "/cdx/search/cdx":
            self._cdx(h, q)
        elif parts.path == "/wayback/available":
            self._available(h, q)
        elif parts.path.startswith("/web/"):
            self._replay(h, h.path[len("/web/") :], "/web/", self.archive.captures)
        elif parts.path.startswith("/mem/"):
            self._replay(h, h.path[len("/mem/") :], "/mem/", self.archive.mementos)
        elif parts.path.startswith("/timemap/json/"):
            self._timemap(h, h.path[len("/timemap/json/") :])
        elif parts.path == "/save" and method == "POST":
            self._save(h, form)
        elif parts.path.startswith("/save/status/"):
            self._save_status(h, parts.path.rsplit("/", 1)[1])
        else:
            h.send(404, page("Not found", "No such endpoint."))

    # -- CDX ----------------------------------------------------------------

    def _cdx(self, h: Handler, q: dict[str, list[str]]) -> None:
        url = q.get("url", [""])[0]
        snaps = sorted(self.archive.captures.get(url, []), key=lambda s: s.timestamp)
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
        self._json(h, [names, *table] if table else [])

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

    def _available(self, h: Handler, q: dict[str, list[str]]) -> None:
        url = q.get("url", [""])[0]
        wanted = pad(q.get("timestamp", ["2100"])[0], upper=False)
        good = [s for s in self.archive.captures.get(url, []) if 200 <= s.status < 300]
        if not good:
            self._json(h, {"url": url, "archived_snapshots": {}})
            return
        best = min(good, key=lambda s: abs(int(s.timestamp) - int(wanted)))
        base = f"http://archive.test:{self.archive.port}/web/"
        closest = {
            "available": True,
            "url": f"{base}{best.timestamp}/{url}",
            "timestamp": best.timestamp,
            "status": str(best.status),
        }
        self._json(h, {"url": url, "archived_snapshots": {"closest": closest}})

    # -- replay -------------------------------------------------------------

    def _replay(self, h: Handler, rest: str, prefix: str, archive: dict[str, list[Snap]]) -> None:
        stamp, _, url = rest.partition("/")
        ts = re.sub(r"\D", "", stamp)
        raw = stamp.endswith("id_")
        snaps = archive.get(url, [])
        if not snaps:
            h.send(404, page("Wayback Machine", "The Wayback Machine has not archived that URL."))
            return
        exact = next((s for s in snaps if s.timestamp == ts), None)
        if exact is None:
            wanted = int(pad(ts or "2100", upper=False))
            near = min(snaps, key=lambda s: abs(int(s.timestamp) - wanted))
            h.send(302, b"", {"Location": f"{prefix}{near.timestamp}{'id_' if raw else ''}/{url}"})
            return
        if 300 <= exact.status < 400 or exact.location:
            target = exact.location or "/"
            code = exact.status if 300 <= exact.status < 400 else 302
            h.send(code, b"", {"Location": f"{prefix}{exact.timestamp}/{target}"})
            return
        body = exact.content()
        if not raw and exact.mimetype == "text/html":
            body = body.replace(b"<body>", b"<body>" + TOOLBAR.format(ts=ts).encode(), 1)
        h.send(
            exact.status,
            body,
            {"Memento-Datetime": ts},
            content_type=f"{exact.mimetype}; charset=utf-8",
        )

    # -- Memento ------------------------------------------------------------

    def _timemap(self, h: Handler, url: str) -> None:
        snaps = self.archive.mementos.get(url)
        if not snaps:
            h.send(404, page("Not found", "No mementos."))
            return
        base = f"http://memento.test:{self.archive.port}/mem/"
        items = [
            {"datetime": _iso(s.timestamp), "uri": f"{base}{s.timestamp}/{url}"} for s in snaps
        ]
        self._json(
            h,
            {
                "original_uri": url,
                "timegate_uri": f"http://memento.test:{self.archive.port}/timegate/{url}",
                "timemap_uri": {
                    "json_format": f"http://memento.test:{self.archive.port}/timemap/json/{url}"
                },
                "mementos": {"first": items[0], "last": items[-1], "list": items},
            },
        )

    # -- Save Page Now ------------------------------------------------------

    def _save(self, h: Handler, form: dict[str, list[str]]) -> None:
        url = form.get("url", [""])[0]
        if not url:
            self._json(h, {"status": "error", "message": "no url"}, 400)
            return
        job = self.archive.new_job(url, h.headers.get("Authorization"))
        self._json(h, {"url": url, "job_id": job})

    def _save_status(self, h: Handler, job_id: str) -> None:
        self._json(h, self.archive.poll_job(job_id))


def _iso(ts: str) -> str:
    return f"{ts[0:4]}-{ts[4:6]}-{ts[6:8]}T{ts[8:10]}:{ts[10:12]}:{ts[12:14]}Z"


@dataclass
class Job:
    url: str
    auth: str | None
    polls: int = 0


class ArchiveServer(LoopbackServer):
    """A loopback server whose every host is the fake archive."""

    def __init__(self) -> None:
        super().__init__(routes=[("*", Archive(self))])
        self.lock = threading.Lock()
        self.captures: dict[str, list[Snap]] = {}
        self.mementos: dict[str, list[Snap]] = {}
        self.slow: dict[str, float] = {}
        self.fail: dict[str, int] = {}
        self.retry_after = "1"
        self._throttle = 0
        self.jobs: dict[str, Job] = {}
        self.save_pending_polls = 2
        self.save_error: str | None = None
        self.save_timestamp = "20261128120000"
        self.save_page = page("Saved page", "The page as Save Page Now captured it today. " * 4)

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
            self.jobs.clear()
            self.save_error = None
        self.stats.reset()

    # -- records -------------------------------------------------------------

    @property
    def log(self) -> list[Logged]:
        return self.stats.records

    @property
    def request_headers(self) -> list[dict[str, str]]:
        return [e.headers for e in self.log]

    def paths(self, prefix: str = "/") -> list[str]:
        return [e.path for e in self.log if e.path.startswith(prefix)]

    def starts(self) -> list[float]:
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
