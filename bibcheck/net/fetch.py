"""Check one URL: HTTP exchanges, redirects, retries, content sniffing -> LinkCheck.

How a URL is checked:

1. cheap syntax checks (scheme, host, IP literal against the address policy);
2. optionally a HEAD chain (``use_head``); a HEAD that does not end in 2xx is
   never trusted and is confirmed with GET (servers answer HEAD with 405,
   501, 403, 404, 400... while GET works);
3. a GET chain: redirects are followed by hand (``allow_redirects=False``)
   so that every hop passes the address policy and the chain is recorded;
   loops and more than ``max_redirects`` hops give ``TOO_MANY_REDIRECTS``;
4. each exchange is retried on timeouts, resets, 5xx and 429 with exponential
   backoff plus jitter, honouring ``Retry-After`` (seconds or HTTP date) up to
   ``max_retry_after``; a longer demand gives ``DEFERRED`` at once;
5. the body is streamed and at most ``max_bytes`` are read (a cap, not an
   error); the ``<title>`` and the start of the visible text are kept;
6. bot walls, soft 404s and redirect kinds are judged by :mod:`bibcheck.net.verdicts`
   and :mod:`bibcheck.net.soft404`.

All waiting for retries goes through the injected ``sleep`` so tests are fast;
pacing between requests to one host is the engine's business (see
:class:`RequestGate`).  Text extraction uses regular expressions rather than a
full HTML parser: it only needs the title and a rough text sample, and it must
stay cheap on megabyte pages.
"""

from __future__ import annotations

import html
import random
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol
from urllib.parse import urljoin, urlsplit

import charset_normalizer
import requests

from bibcheck.model import LinkCheck, LinkStatus
from bibcheck.net import soft404
from bibcheck.net import verdicts as classify
from bibcheck.net.policy import AddressPolicy, PolicyAdapter
from bibcheck.net.settings import NetSettings
from bibcheck.net.verdicts import Verdict
from bibcheck.urls import host_key, normalize_host

PAGE_TEXT_CHARS = 4000
ERROR_BODY_BYTES = 64_000  # enough of an error page to recognise a bot wall
CHUNK = 16_384
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
ACCEPT_LANGUAGE = "en,ru;q=0.9,*;q=0.5"
JITTER = 0.25


class RequestGate(Protocol):
    """Wraps every single HTTP exchange (request + body read) to ``host``.

    The engine uses it to pace request starts and to count requests in flight.
    """

    def request(self, host: str) -> AbstractContextManager[None]: ...


class NoGate:
    """A gate that neither waits nor counts (stand-alone use and tests)."""

    def request(self, host: str) -> AbstractContextManager[None]:
        return nullcontext()


# --------------------------------------------------------------------------
# Syntax checks
# --------------------------------------------------------------------------

_LABEL_RE = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")


def _host_problem(host: str) -> str | None:
    if host.startswith("[") or ":" in host:
        return None  # IPv6 literal, already validated by urlsplit
    ascii_host = normalize_host(host)
    if not ascii_host.isascii() or len(ascii_host) > 253:
        return f"bad host name {host!r}"
    labels = ascii_host.split(".")
    if any(not _LABEL_RE.match(label) for label in labels):
        return f"bad host name {host!r}"
    return None


def precheck(url: str) -> Verdict | None:
    """A verdict if the URL cannot be fetched at all (no network needed)."""
    if not url or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return classify.invalid_url("empty or contains spaces/control characters")
    try:
        parts = urlsplit(url)
        _ = parts.port
    except ValueError as e:
        return classify.invalid_url(str(e))
    scheme = parts.scheme.lower()
    if not scheme:
        return classify.invalid_url("no scheme (http:// or https://)")
    if scheme not in ("http", "https"):
        return classify.unsupported_scheme(scheme)
    if not parts.hostname:
        return classify.invalid_url("no host")
    problem = _host_problem(parts.hostname)
    return classify.invalid_url(problem) if problem else None


# --------------------------------------------------------------------------
# Body -> title and text
# --------------------------------------------------------------------------

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_DROP_RE = re.compile(
    r"<(script|style|noscript|template|svg|head)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
_TAG_RE = re.compile(r"<[^>]*>")
_SPACE_RE = re.compile(r"\s+")


def _charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _decode_strict(body: bytes, encoding: str) -> str | None:
    """``body`` decoded, tolerating only a character cut at the very end (size cap)."""
    try:
        return body.decode(encoding)
    except LookupError:
        return None
    except UnicodeDecodeError as e:
        if e.start >= len(body) - 4:
            return body[: e.start].decode(encoding, errors="replace")
        return None


def decode_body(body: bytes, content_type: str) -> str:
    """Text of ``body``: header charset, then meta charset, UTF-8, then detection.

    Declared charsets are often wrong on old sites (UTF-8 declared, cp1251
    sent), so each candidate must decode cleanly before it is believed.
    """
    candidates = [_charset(content_type)]
    if m := _CHARSET_RE.search(body[:4096]):
        candidates.append(m.group(1).decode("ascii", "replace"))
    candidates.append("utf-8")
    for name in candidates:
        text = _decode_strict(body, name) if name else None
        if text is not None:
            return text
    best = charset_normalizer.from_bytes(body[:65536]).best()
    encoding = best.encoding if best is not None else "latin-1"
    return body.decode(encoding, errors="replace")


def _clean(text: str) -> str:
    return _SPACE_RE.sub(" ", html.unescape(text)).strip()


def extract_page(body: bytes, content_type: str) -> tuple[str | None, str | None]:
    """(title, first part of the visible text) of an HTML or plain-text body."""
    mime = content_type.split(";")[0].strip().lower()
    if mime not in TEXT_TYPES or not body:
        return None, None
    text = decode_body(body, content_type)
    if mime == "text/plain":
        return None, _clean(text)[:PAGE_TEXT_CHARS]
    title_m = _TITLE_RE.search(text)
    title = _clean(_TAG_RE.sub(" ", title_m.group(1))) if title_m else None
    visible = _TAG_RE.sub(" ", _DROP_RE.sub(" ", _COMMENT_RE.sub(" ", text)))
    return title or None, _clean(visible)[:PAGE_TEXT_CHARS]


# --------------------------------------------------------------------------
# One exchange, one chain
# --------------------------------------------------------------------------


@dataclass(slots=True)
class Exchange:
    """One HTTP request and its (possibly truncated) answer."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes = b""
    attempts: int = 1
    deferred: float | None = None  # Retry-After beyond the limit, in seconds
    _page: tuple[str | None, str | None] | None = None

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    def page(self) -> tuple[str | None, str | None]:
        """(title, visible text), extracted once."""
        if self._page is None:
            self._page = extract_page(self.body, self.content_type)
        return self._page


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


def equivalent_urls(a: str, b: str) -> bool:
    """True if ``b`` only canonicalises ``a``: http/https, ``www.``, port, slash."""

    def norm(url: str) -> tuple[str, str, str]:
        p = urlsplit(url)
        host = normalize_host(p.hostname or "")
        host = host[4:] if host.startswith("www.") else host
        return host, (p.path or "/").rstrip("/") or "/", p.query

    try:
        return norm(a) == norm(b)
    except ValueError:
        return False


class Fetcher:
    """Turns one URL into one :class:`LinkCheck`.  Thread-safe: one session per thread."""

    def __init__(
        self,
        settings: NetSettings,
        *,
        policy: AddressPolicy | None = None,
        gate: RequestGate | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        sleep: Callable[[float], None] = time.sleep,
        probe_cache: soft404.ProbeCache | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.settings = settings
        self.policy = policy or AddressPolicy(
            allow_private=settings.allow_private,
            allow_hosts=settings.allow_hosts,
            resolve=settings.resolve,
        )
        self.gate: RequestGate = gate or NoGate()
        self.clock = clock
        self.sleep = sleep
        self.probe_cache = probe_cache or soft404.ProbeCache()
        self.rng = rng or random.Random()
        self._extra_ca = Path(settings.ca_bundle).read_text() if settings.ca_bundle else None
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()

    # -- sessions -------------------------------------------------------

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.trust_env = False  # proxies would bypass the address policy
            adapter = PolicyAdapter(self.policy, extra_ca_pem=self._extra_ca)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            session.headers.update(
                {
                    "User-Agent": self.settings.user_agent,
                    "Accept": ACCEPT,
                    "Accept-Language": ACCEPT_LANGUAGE,
                }
            )
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def close(self) -> None:
        with self._lock:
            for session in self._sessions:
                session.close()
            self._sessions.clear()

    # -- public ---------------------------------------------------------

    def check(self, url: str) -> LinkCheck:
        """Check ``url``; never raises for network or HTTP trouble."""
        started = time.monotonic()
        checked_at = self.clock()
        verdict = precheck(url)
        if verdict is not None:
            return LinkCheck(url, verdict.status, checked_at, reason=verdict.reason)
        chain: Chain | None = None
        if self.settings.use_head:
            chain = self.follow(url, "HEAD")
            if not self._head_is_enough(chain):
                chain = None
        if chain is None:
            chain = self.follow(url, "GET")
        verdict = self.judge(url, chain)
        return self._result(url, chain, verdict, checked_at, started)

    # -- chains ---------------------------------------------------------

    def _head_is_enough(self, chain: Chain) -> bool:
        """A HEAD answer is only trusted when it is 2xx or cannot change with GET."""
        if chain.verdict is not None:
            final = {
                LinkStatus.DNS_ERROR,
                LinkStatus.TLS_ERROR,
                LinkStatus.FORBIDDEN_ADDRESS,
                LinkStatus.INVALID_URL,
                LinkStatus.UNSUPPORTED_SCHEME,
                LinkStatus.DEFERRED,
            }
            return chain.verdict.status in final
        return chain.last is not None and 200 <= chain.last.status < 300

    def follow(self, url: str, method: str) -> Chain:
        """Follow redirects by hand from ``url`` (each hop retried as needed)."""
        chain = Chain(start=url, method=method)
        visits: Counter[str] = Counter()
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            visits[current] += 1
            outcome = self.exchange(method, current, read_body=method == "GET")
            if isinstance(outcome, Verdict):
                chain.verdict = outcome
                return chain
            chain.last = outcome
            target = self._redirect_target(outcome)
            if target is None:
                return chain
            chain.codes.append(outcome.status)
            chain.redirects.append(target)
            problem = self._bad_redirect(target)
            if problem is not None:
                chain.verdict = problem
                return chain
            if visits[target] >= 2:
                chain.verdict = classify.too_many_redirects(len(chain.codes), loop=True)
                return chain
            current = target  # GET and HEAD keep their method on every redirect code
        chain.verdict = classify.too_many_redirects(self.settings.max_redirects, loop=False)
        return chain

    @staticmethod
    def _redirect_target(ex: Exchange) -> str | None:
        location = ex.headers.get("location")
        if ex.status not in classify.REDIRECT_CODES or not location:
            return None
        return urljoin(ex.url, location.strip())

    def _bad_redirect(self, target: str) -> Verdict | None:
        verdict = precheck(target)
        if verdict is None:
            return None
        if verdict.status is LinkStatus.UNSUPPORTED_SCHEME:
            return Verdict(verdict.status, f"redirects to an {verdict.reason}")
        return Verdict(LinkStatus.SERVER_ERROR, f"redirects to an invalid URL {target!r}")

    # -- single exchange with retries -----------------------------------

    def exchange(
        self, method: str, url: str, *, read_body: bool, retries: int | None = None
    ) -> Exchange | Verdict:
        """One request to ``url`` (no redirects), retried per the settings."""
        retries = self.settings.retries if retries is None else retries
        refused = self.policy.check_host(urlsplit(url).hostname or "", 0)
        if refused is not None:
            return Verdict(LinkStatus.FORBIDDEN_ADDRESS, f"{url} is a {refused}; refusing")
        attempt = 0
        while True:
            attempt += 1
            try:
                ex = self._send(method, url, read_body=read_body)
            except Exception as exc:  # network trouble of any kind becomes a verdict
                verdict = classify.classify_exception(exc)
                if attempt > retries or not classify.is_retryable_exception(exc):
                    return verdict
                self.sleep(self._backoff(attempt))
                continue
            ex.attempts = attempt
            wait = self._retry_wait(ex)
            if wait is None or attempt > retries:
                return ex
            if wait > self.settings.max_retry_after:
                ex.deferred = wait
                return ex
            self.sleep(wait)

    def _retry_wait(self, ex: Exchange) -> float | None:
        """Seconds to wait before retrying ``ex``, or None if it is final."""
        if ex.status not in classify.RETRYABLE_CODES or ex.status in self.settings.accepted_status:
            return None
        title, text = ex.page()
        if classify.challenge_evidence(ex.status, ex.headers, title, text):
            return None  # a bot wall does not go away by asking again
        asked = classify.retry_after_seconds(ex.headers.get("retry-after"), self.clock())
        if asked is not None:
            return asked
        return self._backoff(ex.attempts)

    def _backoff(self, attempt: int) -> float:
        base = self.settings.backoff * (2.0 ** (attempt - 1))
        return base * (1.0 + JITTER * self.rng.random())

    def _send(self, method: str, url: str, *, read_body: bool) -> Exchange:
        session = self._session()
        timeout = (self.settings.connect_timeout, self.settings.timeout)
        with self.gate.request(host_key(url)):
            deadline = time.monotonic() + self.settings.timeout
            resp = session.request(method, url, stream=True, allow_redirects=False, timeout=timeout)
            with resp:
                headers = {k.lower(): v for k, v in resp.headers.items()}
                body = b""
                limit = self._body_limit(resp.status_code, headers) if read_body else 0
                if limit > 0:
                    body = b"".join(_read_capped(resp, limit, deadline))
        return Exchange(url=url, status=resp.status_code, headers=headers, body=body)

    def _body_limit(self, status: int, headers: Mapping[str, str]) -> int:
        if status in classify.REDIRECT_CODES:
            return 0
        mime = headers.get("content-type", "text/html").split(";")[0].strip().lower()
        if mime not in TEXT_TYPES:
            return 0
        if 200 <= status < 300:
            return self.settings.max_bytes
        return min(self.settings.max_bytes, ERROR_BODY_BYTES)

    # -- judging --------------------------------------------------------

    def judge(self, url: str, chain: Chain) -> Verdict:
        """The verdict for a followed chain."""
        if chain.verdict is not None:
            return chain.verdict
        ex = chain.last
        assert ex is not None
        title, text = ex.page()
        challenge = classify.challenge_evidence(ex.status, ex.headers, title, text)
        if challenge is not None:
            return classify.blocked_verdict(ex.status, challenge)
        if ex.deferred is not None:
            return classify.deferred_verdict(ex.status, ex.deferred)
        verdict = classify.classify_status(ex.status, self.settings.accepted_status)
        if verdict.status is not LinkStatus.ALIVE:
            if ex.attempts > 1:
                return Verdict(verdict.status, f"{verdict.reason} (after {ex.attempts} attempts)")
            return verdict
        evidence = self._soft404(url, chain, title, text)
        if evidence is not None:
            return classify.classify_soft404(evidence.kind, evidence.detail)
        if chain.redirects:
            trivial = equivalent_urls(url, chain.final_url)
            return classify.classify_redirect_chain(chain.codes, chain.final_url, trivial)
        return verdict

    def _soft404(
        self, url: str, chain: Chain, title: str | None, text: str | None
    ) -> soft404.Evidence | None:
        final = chain.final_url
        evidence = soft404.redirect_target(url, final) if chain.redirects else None
        evidence = evidence or soft404.parking_page(title, text, final)
        evidence = evidence or soft404.not_found_text(title, text)
        if evidence is not None or not self._probe_applies(chain):
            return evidence
        sample = self.probe_cache.get(final, self._sample)
        if sample is None:
            return None
        return soft404.same_as_missing_page(soft404.PageSample(200, title, text), sample)

    def _probe_applies(self, chain: Chain) -> bool:
        ex = chain.last
        return (
            self.settings.soft404_probe
            and chain.method == "GET"
            and ex is not None
            and ex.status == 200
            and ex.content_type.split(";")[0].strip().lower() in TEXT_TYPES[:2]
        )

    def _sample(self, url: str) -> soft404.PageSample | None:
        """Fetch a probe URL once (no retries, no redirects followed)."""
        outcome = self.exchange("GET", url, read_body=True, retries=0)
        if isinstance(outcome, Verdict):
            return None
        title, text = outcome.page()
        return soft404.PageSample(outcome.status, title, text)

    def _result(
        self, url: str, chain: Chain, verdict: Verdict, checked_at: datetime, started: float
    ) -> LinkCheck:
        ex = chain.last
        status_code = ex.status if ex is not None and chain.verdict is None else None
        title, text = ex.page() if ex is not None else (None, None)
        return LinkCheck(
            url=url,
            status=verdict.status,
            checked_at=checked_at,
            reason=verdict.reason,
            http_status=status_code,
            final_url=chain.final_url if chain.redirects else None,
            redirects=tuple(chain.redirects),
            elapsed_ms=int((time.monotonic() - started) * 1000),
            page_title=title,
            page_text=text,
        )


def _read_capped(resp: requests.Response, limit: int, deadline: float) -> Iterator[bytes]:
    """Yield body chunks until ``limit`` bytes or ``deadline``; then stop reading."""
    total = 0
    for chunk in resp.iter_content(CHUNK):
        piece = chunk[: limit - total]
        total += len(piece)
        yield piece
        if total >= limit or time.monotonic() > deadline:
            return
