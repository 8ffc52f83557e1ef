"""Fake scholarly registries on 127.0.0.1 that speak the real JSON formats.

One :class:`RegistryServer` (ThreadingHTTPServer, port 0, HTTP or HTTPS)
answers for several virtual hosts, chosen by the ``Host`` header:

``api.crossref.test`` - the Crossref REST API
    ``GET /works/{doi}``: ``{"status": "ok", "message-type": "work",
    "message-version": "1.0.0", "message": {...}}``, or 404 ``Resource not
    found.`` (text/plain).  ``GET /works?filter=...&rows=N``: a
    ``work-list`` message (``facets``, ``total-results``, ``items``,
    ``items-per-page``, ``query``); filters ``doi:`` and ``updates:`` may be
    repeated (OR, like the real API); an unknown filter is a 400
    ``validation-failure``.  ``GET /works?query.bibliographic=...&rows=N``:
    items ranked by a token-overlap score, each with its ``score`` (like the
    real service, it always answers with its best guesses).  Every answer
    carries ``x-rate-limit-limit`` / ``x-rate-limit-interval``.
``doi.test`` - the DOI proxy
    ``GET /api/handles/{doi}``: ``{"responseCode": 1, "handle", "values": [...]}``
    or HTTP 404 ``{"responseCode": 100, "handle"}``.  ``GET /{doi}`` with
    ``Accept: application/vnd.citationstyles.csl+json``: a 302 to
    ``data.doi.test/csl/{doi}`` (like doi.org handing over to the agency),
    which answers CSL-JSON; any other ``Accept`` redirects to the publisher's
    landing page (``publisher.test``, which answers 403 to bots).
``api.openalex.test`` - the OpenAlex API
    ``GET /works?filter=doi:A|B&per-page=N`` and ``GET /works?search=...``:
    ``{"meta": {...}, "results": [...], "group_by": []}``.
any other host - web pages from :attr:`RegistryServer.pages` (``(host, path)``
    -> (status, content type, body)), 404 otherwise.

Modes: ``throttle[host] = (n, retry_after)`` answers the next n requests to
a host with 429; ``fail[host] = n`` answers the next n with 500;
``ignore_filters`` makes the Crossref list endpoint ignore ``filter`` (a
server that does not honour it).  Every request is logged with its host,
path, ``Accept`` header and monotonic start time, and the number in flight
per host is tracked.
"""

from __future__ import annotations

import json
import re
import ssl
import threading
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

CROSSREF_HOST = "api.crossref.test"
DOI_HOST = "doi.test"
DATA_HOST = "data.doi.test"
OPENALEX_HOST = "api.openalex.test"
REGISTRY_HOSTS = (
    CROSSREF_HOST,
    DOI_HOST,
    DATA_HOST,
    OPENALEX_HOST,
    "publisher.test",
    "news.test",
    "archive.test",
    "blog.test",
)
CSL_TYPE = "application/vnd.citationstyles.csl+json"


# --------------------------------------------------------------------------
# records in the registries' own formats
# --------------------------------------------------------------------------


def date_parts(year: int, month: int | None = None, day: int | None = None) -> dict[str, Any]:
    parts = [p for p in (year, month, day) if p is not None]
    return {"date-parts": [parts]}


def crossref_record(
    doi: str,
    title: str,
    authors: Iterable[tuple[str, str]] = (),
    year: int | None = None,
    container: str = "",
    volume: str = "",
    issue: str = "",
    page: str = "",
    *,
    kind: str = "journal-article",
    subtype: str | None = None,
    updated_by: list[dict[str, Any]] | None = None,
    update_to: list[dict[str, Any]] | None = None,
    relation: dict[str, Any] | None = None,
    print_year: int | None = None,
    online_year: int | None = None,
    subtitle: str = "",
    original_title: str = "",
    short_container: str = "",
) -> dict[str, Any]:
    """A Crossref work record shaped like the real ones (fields we read, and some we don't)."""
    record: dict[str, Any] = {
        "indexed": {"date-parts": [[2024, 5, 1]], "date-time": "2024-05-01T10:00:00Z"},
        "reference-count": 12,
        "publisher": "Test Publisher",
        "content-domain": {"domain": [], "crossmark-restriction": False},
        "DOI": doi,
        "type": kind,
        "created": {"date-parts": [[year or 2000, 1, 2]], "timestamp": 946771200000},
        "source": "Crossref",
        "is-referenced-by-count": 3,
        "title": [title],
        "prefix": doi.split("/", 1)[0],
        "member": "12345",
        "container-title": [container] if container else [],
        "original-title": [original_title] if original_title else [],
        "language": "en",
        "deposited": {"date-parts": [[2023, 1, 1]]},
        "score": 1,
        "resource": {"primary": {"URL": f"https://publisher.test/{doi}"}},
        "subtitle": [subtitle] if subtitle else [],
        "short-title": [],
        "references-count": 12,
        "URL": f"https://doi.org/{doi}",
        "relation": relation or {},
        "subject": [],
        "author": [
            {
                "given": given,
                "family": family,
                "sequence": "first" if i == 0 else "additional",
                "affiliation": [],
            }
            for i, (family, given) in enumerate(authors)
        ],  # fmt: skip
        "reference": [{"key": f"ref{i}", "unstructured": "Some cited work."} for i in range(3)],
    }
    if short_container:
        record["short-container-title"] = [short_container]
    if year is not None:
        record["issued"] = date_parts(year, 3, 1)
        record["published"] = date_parts(year, 3, 1)
    if print_year is not None:
        record["published-print"] = date_parts(print_year, 6)
    if online_year is not None:
        record["published-online"] = date_parts(online_year, 12, 20)
    for key, value in (("volume", volume), ("issue", issue), ("page", page)):
        if value:
            record[key] = value
    if subtype:
        record["subtype"] = subtype
    if updated_by:
        record["updated-by"] = updated_by
    if update_to:
        record["update-to"] = update_to
    return record


def update_entry(
    doi: str, kind: str, label: str, *, source: str = "publisher", year: int = 2021
) -> dict[str, Any]:
    """One ``updated-by`` / ``update-to`` entry as Crossref writes it."""
    entry: dict[str, Any] = {
        "DOI": doi,
        "type": kind,
        "label": label,
        "source": source,
        "updated": {
            "date-parts": [[year, 7, 26]],
            "date-time": f"{year}-07-26T00:00:00Z",
            "timestamp": 1627257600000,
        },
    }
    if source == "retraction-watch":
        entry["record-id"] = "20946"
    return entry


def openalex_record(
    doi: str | None,
    title: str,
    authors: Iterable[str] = (),
    year: int | None = None,
    container: str = "",
    volume: str = "",
    issue: str = "",
    first_page: str = "",
    last_page: str = "",
    *,
    is_retracted: bool = False,
    kind: str = "article",
    work_id: str = "W1",
) -> dict[str, Any]:
    """An OpenAlex work object."""
    return {
        "id": f"https://openalex.org/{work_id}",
        "doi": f"https://doi.org/{doi}" if doi else None,
        "title": title,
        "display_name": title,
        "publication_year": year,
        "publication_date": f"{year}-03-01" if year else None,
        "type": kind,
        "authorships": [
            {
                "author_position": "first" if i == 0 else "middle",
                "author": {"id": f"https://openalex.org/A{i}", "display_name": name, "orcid": None},
                "institutions": [],
                "raw_author_name": name,
            }
            for i, name in enumerate(authors)
        ],
        "primary_location": {
            "is_oa": False,
            "source": {
                "id": "https://openalex.org/S1",
                "display_name": container,
                "type": "journal",
            }
            if container
            else None,
        },
        "biblio": {
            "volume": volume or None,
            "issue": issue or None,
            "first_page": first_page or None,
            "last_page": last_page or None,
        },
        "is_retracted": is_retracted,
        "is_paratext": False,
        "cited_by_count": 5,
    }


def csl_record(
    doi: str,
    title: str,
    authors: Iterable[tuple[str, str]] = (),
    year: int | None = None,
    container: str = "",
    *,
    kind: str = "article-journal",
    volume: str = "",
    page: str = "",
) -> dict[str, Any]:
    """CSL-JSON as DOI content negotiation returns it (DataCite-style: strings)."""
    record: dict[str, Any] = {
        "type": kind,
        "id": f"https://doi.org/{doi}",
        "DOI": doi,
        "URL": f"https://publisher.test/{doi}",
        "title": title,
        "author": [{"family": f, "given": g} for f, g in authors],
        "publisher": "Test Repository",
    }
    if year:
        record["issued"] = date_parts(year)
    if container:
        record["container-title"] = container
    if volume:
        record["volume"] = volume
    if page:
        record["page"] = page
    return record


# --------------------------------------------------------------------------
# the server
# --------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W_]+")


def _tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text.lower().replace("ё", "е")) if len(t) > 2]


@dataclass
class Logged:
    host: str
    path: str
    accept: str
    at: float


@dataclass
class Registry:
    """What the fake registries hold."""

    crossref: dict[str, dict[str, Any]] = field(default_factory=dict)  # doi -> record
    openalex: list[dict[str, Any]] = field(default_factory=list)
    handles: set[str] = field(default_factory=set)  # DOIs registered with another agency
    csl: dict[str, dict[str, Any]] = field(default_factory=dict)  # doi -> CSL-JSON

    def add_crossref(self, record: dict[str, Any]) -> None:
        self.crossref[record["DOI"].lower()] = record

    def registered(self, doi: str) -> bool:
        doi = doi.lower()
        return doi in self.crossref or doi in self.handles or doi in self.csl


class Handler(BaseHTTPRequestHandler):
    server: RegistryServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        pass

    @property
    def vhost(self) -> str:
        return (self.headers.get("Host") or "").rsplit(":", 1)[0].lower()

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        host = self.vhost
        server = self.server
        server.enter(host, self.path, self.headers.get("Accept", ""))
        try:
            latency = server.latency.get(host, 0.0)
            if latency:
                time.sleep(latency)
            if server.take(server.throttle, host):
                retry_after = server.throttle_after.get(host, "1")
                self.send_json(429, {"status": "failed"}, {"Retry-After": retry_after})
                return
            if server.take(server.fail, host):
                self.send_text(500, "Internal Server Error")
                return
            parts = urlsplit(self.path)
            query = parse_qs(parts.query)
            path = unquote(parts.path)
            if host == CROSSREF_HOST:
                self.crossref(path, query)
            elif host == DOI_HOST:
                self.doi(path)
            elif host == DATA_HOST:
                self.data(path)
            elif host == OPENALEX_HOST:
                self.openalex(path, query)
            else:
                self.page(host, parts.path)
        finally:
            server.leave(host)

    # -- answers ------------------------------------------------------------

    def send_body(self, code: int, body: bytes, content_type: str, headers: dict[str, str]) -> None:
        self.server.leave(self.vhost)  # the client may send its next request at once
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def send_json(
        self, code: int, data: Any, headers: dict[str, str] | None = None, ctype: str = ""
    ) -> None:
        all_headers = dict(headers or {})
        if self.vhost == CROSSREF_HOST:
            all_headers.setdefault("x-rate-limit-limit", str(self.server.rate_limit[0]))
            all_headers.setdefault("x-rate-limit-interval", self.server.rate_limit[1])
            all_headers.setdefault("Access-Control-Allow-Origin", "*")
        body = json.dumps(data, ensure_ascii=False).encode()
        self.send_body(code, body, ctype or "application/json;charset=utf-8", all_headers)

    def send_text(self, code: int, text: str, headers: dict[str, str] | None = None) -> None:
        self.send_body(code, text.encode(), "text/plain", headers or {})

    # -- Crossref -------------------------------------------------------------

    def crossref(self, path: str, query: dict[str, list[str]]) -> None:
        registry = self.server.registry
        if path.startswith("/works/"):
            record = registry.crossref.get(path[len("/works/") :].lower())
            if record is None:
                self.send_text(404, "Resource not found.")
                return
            message = {"status": "ok", "message-type": "work", "message-version": "1.0.0"}
            self.send_json(200, {**message, "message": record})
            return
        if path != "/works":
            self.send_text(404, "Resource not found.")
            return
        rows = int(query.get("rows", ["20"])[0])
        terms = query.get("query.bibliographic", [""])[0]
        items: list[dict[str, Any]]
        if "filter" in query and not self.server.ignore_filters:
            items = self.crossref_filter(",".join(query["filter"]))
            if items is None:
                return
        elif terms:
            items = self.crossref_search(terms)
        else:
            items = list(registry.crossref.values())
        message = {
            "facets": {},
            "total-results": len(items),
            "items": items[:rows],
            "items-per-page": rows,
            "query": {"start-index": 0, "search-terms": terms or None},
        }
        self.send_json(
            200,
            {"status": "ok", "message-type": "work-list", "message-version": "1.0.0",
             "message": message},
        )  # fmt: skip

    def crossref_filter(self, text: str) -> list[dict[str, Any]] | None:
        dois: set[str] = set()
        updates: set[str] = set()
        for part in text.split(","):
            name, _, value = part.partition(":")
            if name == "doi":
                dois.add(value.lower())
            elif name == "updates":
                updates.add(value.lower())
            else:
                self.send_json(
                    400,
                    {"status": "failed", "message-type": "validation-failure",
                     "message": [{"type": "filter-not-available", "value": name,
                                  "message": f"Filter {name} specified but there is no such "
                                  "filter for this route."}]},
                )  # fmt: skip
                return None
        out = []
        for doi, record in self.server.registry.crossref.items():
            targets = {u.get("DOI", "").lower() for u in record.get("update-to", [])}
            if (dois and doi in dois) or (updates and targets & updates):
                out.append(record)
        return out

    def crossref_search(self, terms: str) -> list[dict[str, Any]]:
        wanted = set(_tokens(terms))
        scored = []
        for record in self.server.registry.crossref.values():
            words = " ".join(
                [*record.get("title", []), *record.get("original-title", []),
                 *record.get("container-title", []),
                 *(a.get("family", "") for a in record.get("author", [])),
                 *(str(p[0]) for p in record.get("issued", {}).get("date-parts", []))]
            )  # fmt: skip
            overlap = len(wanted & set(_tokens(words)))
            if overlap:
                scored.append((overlap * 7.5, record))
        scored.sort(key=lambda sr: -sr[0])
        return [{**record, "score": score} for score, record in scored]

    # -- the DOI proxy --------------------------------------------------------

    def doi(self, path: str) -> None:
        registry = self.server.registry
        if path.startswith("/api/handles/"):
            doi = path[len("/api/handles/") :]
            if not registry.registered(doi):
                self.send_json(404, {"responseCode": 100, "handle": doi})
                return
            value = {"format": "string", "value": f"https://publisher.test/{doi}"}
            self.send_json(
                200,
                {"responseCode": 1, "handle": doi,
                 "values": [{"index": 1, "type": "URL", "data": value, "ttl": 86400,
                             "timestamp": "2019-03-01T00:00:00Z"}]},
            )  # fmt: skip
            return
        doi = path.lstrip("/")
        if not registry.registered(doi):
            self.send_body(404, b"DOI Not Found", "text/html", {})
            return
        port = self.server.port
        scheme = self.server.scheme
        if CSL_TYPE in self.headers.get("Accept", ""):
            target = f"{scheme}://{DATA_HOST}:{port}/csl/{doi}"
        else:
            target = f"{scheme}://publisher.test:{port}/{doi}"
        self.send_body(302, b"", "text/html", {"Location": target})

    def data(self, path: str) -> None:
        doi = path[len("/csl/") :].lower() if path.startswith("/csl/") else ""
        registry = self.server.registry
        record = registry.csl.get(doi)
        if record is None and doi in registry.crossref:
            cr = registry.crossref[doi]
            record = {
                k: v for k, v in cr.items() if k in ("DOI", "author", "issued", "volume", "page")
            }
            record["title"] = (cr.get("title") or [""])[0]
            record["container-title"] = (cr.get("container-title") or [""])[0]
            record["type"] = "article-journal"
        if record is None:
            self.send_text(404, "Not found")
            return
        self.send_json(200, record, ctype=CSL_TYPE)

    # -- OpenAlex -------------------------------------------------------------

    def openalex(self, path: str, query: dict[str, list[str]]) -> None:
        if path != "/works":
            self.send_json(404, {"error": "Not found"})
            return
        works = self.server.registry.openalex
        per_page = int(query.get("per-page", ["25"])[0])
        results: list[dict[str, Any]]
        if "filter" in query:
            text = query["filter"][0]
            name, _, values = text.partition(":")
            if name != "doi":
                self.send_json(403, {"error": "Invalid query parameters error.",
                                     "message": f"{name} is not a valid field."})  # fmt: skip
                return
            wanted = {v.lower().removeprefix("https://doi.org/") for v in values.split("|")}
            results = [w for w in works if (w.get("doi") or "").lower().removeprefix(
                "https://doi.org/") in wanted]  # fmt: skip
        elif "search" in query:
            terms = set(_tokens(query["search"][0]))
            scored = []
            for work in works:
                overlap = len(terms & set(_tokens(work.get("title") or "")))
                if overlap:
                    scored.append((overlap * 11.3, work))
            scored.sort(key=lambda sw: -sw[0])
            results = [{**w, "relevance_score": s} for s, w in scored]
        else:
            results = list(works)
        meta = {"count": len(results), "db_response_time_ms": 7, "page": 1,
                "per_page": per_page, "groups_count": None}  # fmt: skip
        self.send_json(200, {"meta": meta, "results": results[:per_page], "group_by": []})

    # -- web pages ------------------------------------------------------------

    def page(self, host: str, path: str) -> None:
        found = self.server.pages.get((host, path))
        if found is None:
            self.send_body(404, b"<html><title>404 Not Found</title></html>", "text/html", {})
            return
        status, ctype, body = found
        self.send_body(status, body, ctype, {})


class RegistryServer(ThreadingHTTPServer):
    """The fake registries and web sites, with request logs and modes."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, *, tls: ssl.SSLContext | None = None) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.tls = tls
        self.registry = Registry()
        self.pages: dict[tuple[str, str], tuple[int, str, bytes]] = {}
        self.lock = threading.Lock()
        self.log: list[Logged] = []
        self.in_flight: Counter[str] = Counter()
        self.max_in_flight: Counter[str] = Counter()
        self._open: set[int] = set()
        self.throttle: Counter[str] = Counter()
        self.throttle_after: dict[str, str] = {}
        self.fail: Counter[str] = Counter()
        self.latency: dict[str, float] = {}
        self.rate_limit: tuple[int, str] = (50, "1s")
        self.ignore_filters = False
        self.thread: threading.Thread | None = None

    # -- bookkeeping ------------------------------------------------------------

    def enter(self, host: str, path: str, accept: str) -> None:
        with self.lock:
            self.log.append(Logged(host, path, accept, time.monotonic()))
            self.in_flight[host] += 1
            self._open.add(threading.get_ident())
            self.max_in_flight[host] = max(self.max_in_flight[host], self.in_flight[host])

    def leave(self, host: str) -> None:
        with self.lock:
            ident = threading.get_ident()
            if ident in self._open:
                self._open.discard(ident)
                self.in_flight[host] -= 1

    def take(self, counter: Counter[str], host: str) -> bool:
        with self.lock:
            if counter[host] > 0:
                counter[host] -= 1
                return True
            return False

    def requests(self, host: str | None = None) -> list[Logged]:
        with self.lock:
            return [e for e in self.log if host is None or e.host == host]

    def reset(self) -> None:
        with self.lock:
            self.registry = Registry()
            self.pages.clear()
            self.log.clear()
            self.in_flight.clear()
            self.max_in_flight.clear()
            self.throttle.clear()
            self.throttle_after.clear()
            self.fail.clear()
            self.latency.clear()
            self.rate_limit = (50, "1s")
            self.ignore_filters = False

    # -- serving ----------------------------------------------------------------

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def scheme(self) -> str:
        return "https" if self.tls else "http"

    def url(self, host: str, path: str = "/") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def add_page(self, url_path: str, body: str, *, host: str = "news.test", status: int = 200,
                 content_type: str = "text/html; charset=utf-8") -> str:  # fmt: skip
        self.pages[(host, url_path)] = (status, content_type, body.encode())
        return self.url(host, url_path)

    def finish_request(self, request: Any, client_address: Any) -> None:
        if self.tls is not None:
            try:
                request = self.tls.wrap_socket(request, server_side=True)
            except (ssl.SSLError, OSError):
                return
        super().finish_request(request, client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass

    def start(self) -> RegistryServer:
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


def article_page(
    title: str,
    text: str,
    *,
    site: str = "News agency",
    og: bool = True,
    author: str = "",
    published: str = "",
    h1: bool = True,
) -> str:
    """A news or blog page as such sites write them: metadata in the head, the article below."""
    head = [f"<title>{title} | {site}</title>", '<meta charset="utf-8">']
    if og:
        head.append(f'<meta property="og:title" content="{title}">')
        head.append(f'<meta property="og:site_name" content="{site}">')
    if author:
        head.append(f'<meta name="author" content="{author}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    body = [f"<header><nav><a href='/'>{site}</a> <a href='/news'>News</a></nav></header>"]
    if h1:
        body.append(f"<h1>{title}</h1>")
    body += [f"<p>{para}</p>" for para in text.split("\n\n")]
    body.append("<footer>© Agency. All rights reserved.</footer>")
    return (
        "<!doctype html><html><head>" + "".join(head) + "<script>var ads = 1;</script></head>"
        "<body>" + "".join(body) + "</body></html>"
    )
