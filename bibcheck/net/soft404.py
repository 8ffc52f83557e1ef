"""Soft-404 detection: pages that answer 200 but are not the cited page.

Four kinds of evidence, cheapest first:

* text - the title or the start of a short page says "page not found"
  (English and Russian patterns);
* parking - a domain-parking / "this domain is for sale" page;
* home / search / login - the request was redirected to the site's home
  page, a search page or a login page (judged from the final URL);
* random-path - the robust check: a surely-missing sibling path (same host,
  same depth) is fetched; if it also answers 200 with nearly the same page
  (equal titles, text similarity >= 90), the site answers *everything* with
  this page and the cited URL proves nothing.

Trade-offs: body patterns are only trusted on short pages (an article *about*
404 errors must not be flagged); pages with almost no visible text (JS
single-page apps) are never flagged by the random-path check, because every
path of such a site returns the same shell.  The probe result is cached per
(origin, depth, shape) for the whole run so a site costs a few probes at most;
the samples a run took may be kept (the store) and given to a later run's cache, which
uses those younger than its age limit instead of probing again (:class:`TakenSample`).
"""

from __future__ import annotations

import asyncio
import re
import secrets
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Protocol
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from rapidfuzz import fuzz

from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.urls import host_key, split_plain


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a page is judged a soft 404.  ``kind``: text, parking, home, search,
    login, random-path."""

    kind: str
    detail: str


@dataclass(frozen=True, slots=True)
class PageSample:
    """What a probe saw: status and, for HTML, title and visible text.  ``stored``: taken
    by an earlier run (see :meth:`ProbeCache.renew` for what that may not prove)."""

    status: int | None
    title: str | None
    text: str | None
    stored: bool = False


ProbeKey = tuple[str, str, int, bool, str]
"""(scheme, netloc, depth, trailing slash, extension): see :func:`probe_key`."""


@dataclass(frozen=True, slots=True)
class TakenSample:
    """A probe's sample and when it was taken: what a run keeps for the next ones."""

    key: ProbeKey
    sample: PageSample
    taken_at: datetime


# --------------------------------------------------------------------------
# Text patterns
# --------------------------------------------------------------------------

_NOT_FOUND_PATTERNS = [
    r"\b404\b",
    r"page (?:was )?not found",
    r"\bnot found\b",
    r"page (?:does not|doesn't|does no longer) exist",
    r"(?:page|document|article|file) (?:you (?:requested|are looking for|were looking for) )?"
    r"(?:could not|cannot|can't|couldn't) be found",
    r"(?:we|i) (?:couldn't|could not|can't|cannot) find (?:that|this|the) page",
    r"no longer (?:available|exists)",
    r"page (?:has been|was) (?:removed|deleted)",
    r"nothing (?:was )?found",
    r"страница не найдена",
    r"страницы не существует",
    r"страница не существует",
    r"не существует",
    r"ошибка 404",
    r"нет такой страницы",
    r"(?:документ|материал|статья|запись|файл|страница) (?:не найден[аоы]?|удален[аоы]?)",
]
_NOT_FOUND_RE = lazy_compile("|".join(f"(?:{p})" for p in _NOT_FOUND_PATTERNS), re.IGNORECASE)

_PARKING_PATTERNS = [
    r"(?:this|the) domain (?:name )?(?:is|may be|might be) for sale",
    r"buy this domain",
    r"domain (?:is )?for sale",
    r"this domain (?:has been|is) (?:registered|parked)",
    r"parked (?:free|domain)",
    r"domain parking",
    r"sedoparking|parkingcrew|bodis\.com|above\.com|afternic|hugedomains|dan\.com|"
    r"undeveloped\.com|domainmarket",
    r"(?:этот )?домен продаётся|(?:этот )?домен продается|купить (?:этот )?домен",
    r"домен (?:припаркован|зарегистрирован)",
]
_PARKING_RE = lazy_compile("|".join(f"(?:{p})" for p in _PARKING_PATTERNS), re.IGNORECASE)
PARKING_HOSTS = (
    "sedo.com",
    "dan.com",
    "afternic.com",
    "hugedomains.com",
    "parkingcrew.net",
    "bodis.com",
    "above.com",
    "undeveloped.com",
)

# Every alternative of the patterns above contains one of these words (lower case):
# the patterns, long alternations that scan slowly, only run where a word occurs.
_NOT_FOUND_HINTS = (
    "404", "found", "exist", "find", "no longer", "removed", "deleted",
    "найден", "существует", "нет такой", "удален",
)  # fmt: skip
_PARKING_HINTS = (
    "domain", "park", "bodis", "above.com", "afternic", "dan.com", "undeveloped", "домен",
)  # fmt: skip


def _search(pattern: Regex, hints: tuple[str, ...], text: str) -> re.Match[str] | None:
    low = text.lower()
    for hint in hints:  # a plain loop: ``any()`` over a generator costs twice as much
        if hint in low:
            return pattern.search(text)
    return None


# body patterns are only trusted on short pages, within their first part
SHORT_PAGE_CHARS = 3000
BODY_WINDOW_CHARS = 1000


def not_found_text(title: str | None, text: str | None) -> Evidence | None:
    """Evidence if the title, or the start of a short page, says "not found"."""
    if title and (m := _search(_NOT_FOUND_RE, _NOT_FOUND_HINTS, title)):
        return Evidence("text", f"page title says {m.group(0)!r}: {title.strip()[:120]!r}")
    if text and len(text) <= SHORT_PAGE_CHARS:
        if m := _search(_NOT_FOUND_RE, _NOT_FOUND_HINTS, text[:BODY_WINDOW_CHARS]):
            return Evidence("text", f"page text says {m.group(0)!r}")
    return None


def parking_page(title: str | None, text: str | None, final_url: str | None) -> Evidence | None:
    """Evidence that the page is a domain-parking or domain-for-sale page."""
    # the URL is parsed only when a marketplace's name occurs in it at all (most pages:
    # never); the host comparison below decides
    low = final_url.lower() if final_url else ""
    for named in PARKING_HOSTS:  # a plain loop: ``any()`` over a generator costs twice as much
        if named in low:
            host = (urlsplit(final_url).hostname or "") if final_url else ""
            for provider in PARKING_HOSTS:
                if host == provider or host.endswith("." + provider):
                    return Evidence("parking", f"redirected to the domain marketplace {host}")
            break
    for part in (title or "", (text or "")[:SHORT_PAGE_CHARS]):
        if m := _search(_PARKING_RE, _PARKING_HINTS, part):
            return Evidence("parking", f"domain parking page ({m.group(0)!r})")
    return None


# --------------------------------------------------------------------------
# Where a redirect ended
# --------------------------------------------------------------------------

_HOME_RE = lazy_compile(
    r"^/*(?:(?:en|ru|de|fr|es|it|uk|pl|pt|nl|zh|ja|kk|be)(?:[-_][a-z]{2})?(?:/+|$))?"
    r"(?:(?:index|default|home|main)(?:\.\w+)?)?/*$",
    re.IGNORECASE,
)
_SEARCH_RE = lazy_compile(r"(?:^|/)(?:search|find|poisk|поиск)(?:[./]|$)", re.IGNORECASE)
_LOGIN_RE = lazy_compile(
    r"(?:^|/)(?:log-?in|sign-?in|signin|auth|sso|oauth2?|cas|account/login|users/sign_in|"
    r"wp-login\.php|accounts?/login)(?:[./?]|$)",
    re.IGNORECASE,
)
_SEARCH_PARAMS = frozenset({"q", "query", "search", "s", "searchword", "text"})
# parameters that do not make a home page URL something else
_NEUTRAL_PARAMS = frozenset(
    {"returnurl", "return_to", "redirect_uri", "next", "continue", "ref", "from", "lang", "hl"}
)


def page_kind(url: str) -> str | None:
    """``"home"``, ``"search"`` or ``"login"`` if the URL is such a page."""
    parts = urlsplit(url)
    path = parts.path or "/"
    params = {k.lower() for k, _ in parse_qsl(parts.query, keep_blank_values=True)}
    meaningful = {p for p in params if p not in _NEUTRAL_PARAMS and not p.startswith("utm_")}
    if _LOGIN_RE.search(path):
        return "login"
    if _SEARCH_RE.search(path) or params & _SEARCH_PARAMS:
        return "search"
    if _HOME_RE.match(path) and not meaningful:
        return "home"
    return None


def redirect_target(original_url: str, final_url: str) -> Evidence | None:
    """Evidence if a redirect led from a specific page to home/search/login."""
    if final_url == original_url:
        return None
    target = page_kind(final_url)
    if target is None or page_kind(original_url) == target:
        return None
    what = {"home": "the site's home page", "search": "a search page", "login": "a login page"}
    return Evidence(target, f"redirected to {what[target]} {final_url}")


# --------------------------------------------------------------------------
# Random sibling path probe
# --------------------------------------------------------------------------

SIMILARITY_THRESHOLD = 90.0
MIN_TEXT_CHARS = 40  # below this a page is too empty to compare


def probe_url(url: str, token: str | None = None) -> str | None:
    """A surely-missing URL at the same depth as ``url``, or None for the root.

    ``/a/b/c/`` -> ``/a/b/<random>/``; ``/a/b/c.html`` -> ``/a/b/<random>.html``.
    """
    parts = urlsplit(url)
    path = parts.path or "/"
    trailing = path.endswith("/")
    segments = [s for s in path.split("/") if s]
    if not segments:
        return None
    token = token or "bibcheck-" + secrets.token_hex(8)
    last = segments[-1]
    ext = ""
    if not trailing and "." in last.strip("."):
        suffix = last.rsplit(".", 1)[1]
        if suffix.isalnum() and len(suffix) <= 5:
            ext = "." + suffix
    new_path = "/" + "/".join([*segments[:-1], token + ext]) + ("/" if trailing else "")
    return urlunsplit((parts.scheme, parts.netloc, new_path, "", ""))


@dataclass(slots=True)
class ProbeLedger:
    """A run's probe samples from and for the store: ``known``, those earlier runs took
    (the run uses those younger than its age limit); ``taken``, filled by the run with
    those it fetched."""

    known: list[TakenSample] = field(default_factory=list)
    taken: list[TakenSample] = field(default_factory=list)


def probe_key(url: str) -> ProbeKey:
    """Cache key: (scheme, netloc, depth, trailing slash, extension)."""
    plain = split_plain(url)
    if plain is not None:
        scheme, netloc, _host, path = plain
    else:
        parts = urlsplit(url)
        scheme, netloc, path = parts.scheme, parts.netloc.lower(), parts.path
    path = path or "/"
    segments = [s for s in path.split("/") if s]
    ext = segments[-1].rsplit(".", 1)[1] if segments and "." in segments[-1] else ""
    return (scheme, netloc, len(segments), path.endswith("/"), ext[:5])


COMPARED_CHARS = 2000  # of each page's text; a probe sample keeps no more


def same_title(a: PageSample, b: PageSample) -> bool:
    """Whether two pages have the same title (case and outer spaces aside; none = "")."""
    return (a.title or "").strip().lower() == (b.title or "").strip().lower()


def similarity(a: PageSample, b: PageSample) -> float:
    """0..100: how alike two pages are (titles must match when both present)."""
    if not same_title(a, b):
        return 0.0
    return float(fuzz.ratio((a.text or "")[:COMPARED_CHARS], (b.text or "")[:COMPARED_CHARS]))


def comparable(text: str | None) -> bool:
    """Whether a page has enough text to be compared with a probe: on a page that
    has not, the random-path check can never find evidence (no probe is worth sending)."""
    return len((text or "").strip()) >= MIN_TEXT_CHARS


def same_as_missing_page(page: PageSample, probe: PageSample) -> Evidence | None:
    """Evidence if the surely-missing probe answered 200 with the same page."""
    if probe.status != 200:
        return None
    if not comparable(page.text):
        return None
    score = similarity(page, probe)
    if score < SIMILARITY_THRESHOLD:
        return None
    return Evidence(
        "random-path",
        f"a random missing path on the same site returns the same page (similarity {score:.0f})",
    )


def _utcnow() -> datetime:
    return datetime.now(UTC)


class ProbeQueue(Protocol):
    """Where a needed probe may wait for its turn (the check engine's host queues)."""

    def full(self) -> bool:
        """Whether so many checks wait that no probe is deferred any more, and a
        deferred one is sent by the next check that needs it."""
        ...

    def queue(self, url: str) -> bool:
        """Queue the probe ``url`` needs behind its host's queued URLs (True); or
        decline (False), and it is sent at once."""
        ...


class ProbeCache:
    """Per-run cache of random-path probes: one fetch per (origin, depth, shape).

    Concurrent checks of one key wait for the single probe in flight.
    ``fetched`` and ``reused`` count probes sent and answers shared.

    A probe may be *deferred* (``queue`` of :meth:`get`): it is put at the end of its
    host's queue, and :meth:`fetch_deferred` sends it when its turn comes, unless a
    cited sibling of its key answered 404/410 meanwhile (:meth:`seed_missing`): the
    host's other URLs are checked first, and any of them may make it unnecessary.
    While the queue is full (too many checks wait), the next check that needs a
    deferred probe sends it itself, as it would without deferral.

    ``known``: samples earlier runs took (the store's); one younger than ``max_age``
    (by ``clock``; a zero ``max_age`` uses none) answers for its key as a probe sent
    now would, marked ``stored`` (see :meth:`renew`), and its first use counts in
    ``stored``.  :meth:`taken` gives the samples this run fetched, to keep.
    """

    def __init__(
        self,
        known: Iterable[TakenSample] = (),
        *,
        max_age: timedelta = timedelta(0),
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._samples: dict[ProbeKey, asyncio.Future[PageSample | None]] = {}
        self._seeded: set[ProbeKey] = set()
        # keys whose probe waits for its turn in its host's queue (not sent yet)
        self._deferred: set[ProbeKey] = set()
        # keys answered by a stored sample: not used yet / still in place
        self._stored_unused: set[ProbeKey] = set()
        self._stored: set[ProbeKey] = set()
        self._known: dict[ProbeKey, PageSample] = {}
        self._taken: dict[ProbeKey, TakenSample] = {}
        self._clock = clock or _utcnow
        if max_age > timedelta(0):
            now = self._clock()
            for item in known:
                if item.taken_at < now - max_age or item.taken_at > now:
                    continue  # too old (or from a clock ahead of this one): never used
                self._known[item.key] = replace(item.sample, stored=True)
        self.fetched = 0
        self.reused = 0
        self.spared = 0  # probes not sent: a sibling's own 404/410 answered for them
        self.titled = 0  # pages judged without a probe: titled as their citation says
        self.stored = 0  # probes not sent: a sample an earlier run took answered for them
        self.stored_hosts: Counter[str] = Counter()  # ``stored`` by host (host_key)

    def taken(self) -> list[TakenSample]:
        """The samples this run fetched (a probe that got no answer has none)."""
        return list(self._taken.values())

    def _recall(self, key: ProbeKey) -> asyncio.Future[PageSample | None] | None:
        """The future of ``key``: as known this run, else from a stored sample."""
        known = self._samples.get(key)
        if known is None and key in self._known:
            known = asyncio.get_running_loop().create_future()
            known.set_result(self._known.pop(key))
            self._samples[key] = known
            self._stored.add(key)
            self._stored_unused.add(key)
        return known

    def seed_missing(self, url: str, status: int) -> None:
        """Record that ``url`` itself answered ``status`` (404 or 410) to a GET that was
        not redirected: the host answers a missing path of this (origin, depth, shape)
        with an error, as a probe would have shown, so none is sent for this key.  A site
        that answers every path with its 200 page cannot give such an answer.  Nothing
        changes when the key's probe is already known or being fetched; a deferred
        probe not sent yet is answered by the seed (and counted as spared), and so is
        the key from now on where only a stored sample (an earlier run's) knew it."""
        if status not in (404, 410):
            raise ValueError(f"only a 404 or 410 tells how missing paths are answered: {status}")
        key = probe_key(url)
        if key in self._deferred:  # its probe waits for its turn: it will not be sent
            self._deferred.discard(key)
            self._samples[key].set_result(PageSample(status, None, None))
            self.spared += 1
            return
        self._known.pop(key, None)  # a fresh answer beats a stored sample not used yet
        if key in self._stored:  # and one in use: the seed answers from now on
            self._stored.discard(key)
            fresh = key in self._stored_unused
            self._stored_unused.discard(key)
            del self._samples[key]
            if not fresh:  # already used: counted in ``stored``, no seed counted
                answer: asyncio.Future[PageSample | None] = (
                    asyncio.get_running_loop().create_future()
                )
                answer.set_result(PageSample(status, None, None))
                self._samples[key] = answer
                return
        if key in self._samples:
            return
        future: asyncio.Future[PageSample | None] = asyncio.get_running_loop().create_future()
        future.set_result(PageSample(status, None, None))
        self._samples[key] = future
        self._seeded.add(key)

    async def get(
        self,
        url: str,
        fetch: Callable[[str], Awaitable[PageSample | None]],
        *,
        waiting: Callable[[], None] | None = None,
        queue: ProbeQueue | None = None,
    ) -> PageSample | None:
        """The probe sample for ``url``'s (origin, depth, shape), fetching it once.

        ``waiting`` is called when the answer is not known yet and another
        caller is fetching it: this caller then only waits.  ``queue``, when the
        probe is needed and not known, may defer it behind its host's other URLs:
        this caller then waits (``waiting``) for :meth:`fetch_deferred` or a sibling's
        404/410 to answer.
        """
        key = probe_key(url)
        known = self._recall(key)
        if known is not None and key in self._deferred and queue is not None and queue.full():
            self._deferred.discard(key)  # too many checks wait: this one sends it now
            target = probe_url(url)
            assert target is not None  # a key is deferred only when it has a probe URL
            return await self._fetch(key, target, known, fetch)
        if known is not None:
            if key in self._seeded:  # the first use of a seed is a probe not sent
                self._seeded.discard(key)
                self.spared += 1
            elif key in self._stored_unused:  # so is the first use of a stored sample
                self._stored_unused.discard(key)
                self.stored += 1
                self.stored_hosts[host_key(url)] += 1
            else:
                self.reused += 1
            if waiting is not None and not known.done():
                waiting()
            return await asyncio.shield(known)
        target = probe_url(url)  # a fresh random path, made only when it is fetched
        if target is None:
            return None
        future: asyncio.Future[PageSample | None] = asyncio.get_running_loop().create_future()
        self._samples[key] = future
        if queue is not None and not queue.full() and queue.queue(url):
            self._deferred.add(key)
            if waiting is not None:
                waiting()
            return await asyncio.shield(future)
        return await self._fetch(key, target, future, fetch)

    async def fetch_deferred(
        self, url: str, fetch: Callable[[str], Awaitable[PageSample | None]]
    ) -> bool:
        """Send the deferred probe of ``url``'s key now (its turn came), unless a
        sibling's 404/410 has answered for it: whether a probe was sent."""
        key = probe_key(url)
        if key not in self._deferred:
            return False
        self._deferred.discard(key)
        target = probe_url(url)
        assert target is not None  # a key is deferred only when it has a probe URL
        await self._fetch(key, target, self._samples[key], fetch)
        return True

    async def renew(
        self,
        url: str,
        fetch: Callable[[str], Awaitable[PageSample | None]],
        *,
        waiting: Callable[[], None] | None = None,
    ) -> PageSample | None:
        """A fresh probe for ``url``'s key in place of its stored sample, sent once.

        A stored sample that answered 200 proves a page the same as it a soft 404
        (the site answered a missing path so, days ago), and a page of another title
        not one (a site's catch-all page keeps its title); but a page of its title
        and other text proves nothing: the catch-all page's text may have changed
        since (a portal's news).  The caller then asks for a fresh probe, as a run
        without the store would have sent: it replaces the stored sample for the
        rest of the run (and that key no longer counts in ``stored``)."""
        key = probe_key(url)
        known = self._samples.get(key)
        if known is None:
            return await self.get(url, fetch, waiting=waiting)
        if key not in self._stored:  # renewed already (or never stored): share it
            self.reused += 1
            if waiting is not None and not known.done():
                waiting()
            return await asyncio.shield(known)
        self._stored.discard(key)
        if key in self._stored_unused:
            self._stored_unused.discard(key)
        else:
            self.stored -= 1
            self.stored_hosts[host_key(url)] -= 1
        target = probe_url(url)
        if target is None:
            return None
        future: asyncio.Future[PageSample | None] = asyncio.get_running_loop().create_future()
        self._samples[key] = future
        return await self._fetch(key, target, future, fetch)

    async def _fetch(
        self,
        key: ProbeKey,
        target: str,
        future: asyncio.Future[PageSample | None],
        fetch: Callable[[str], Awaitable[PageSample | None]],
    ) -> PageSample | None:
        self.fetched += 1
        try:
            sample = await fetch(target)
        except BaseException:
            del self._samples[key]
            future.cancel()
            raise
        future.set_result(sample)
        if sample is not None:
            self._taken[key] = TakenSample(key, sample, self._clock())
        return sample
