"""One URL -> one :class:`~bibcheck.model.LinkCheck`: which requests, and what they mean.

How a URL is checked:

1. cheap syntax checks (scheme, host, IP literal against the address policy);
2. optionally a HEAD chain (``use_head``); a HEAD that does not end in 2xx is
   never trusted and is confirmed with GET (servers answer HEAD with 405,
   501, 403, 404, 400... while GET works);
3. a GET chain, followed hop by hop by :meth:`bibcheck.net.client.HttpClient.follow`
   (address policy at every hop, retries, capped reads, the chain recorded);
4. bot walls, soft 404s and redirect kinds are judged by :mod:`bibcheck.net.verdicts`
   and :mod:`bibcheck.net.soft404`; the random-path probe of a soft-404
   check is fetched once per (host, path shape) for the whole run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Protocol

from bibcheck.model import LinkCheck, LinkStatus
from bibcheck.net import soft404
from bibcheck.net import verdicts as classify
from bibcheck.net.cited_title import shows_cited_title
from bibcheck.net.client import Chain, HttpClient
from bibcheck.net.pages import HTML_TYPES, mime_of
from bibcheck.net.precheck import equivalent_urls, precheck
from bibcheck.net.verdicts import Verdict
from bibcheck.urls import host_key

_FINAL_AFTER_HEAD = frozenset(
    {
        LinkStatus.DNS_ERROR,
        LinkStatus.TLS_ERROR,
        LinkStatus.FORBIDDEN_ADDRESS,
        LinkStatus.INVALID_URL,
        LinkStatus.UNSUPPORTED_SCHEME,
        LinkStatus.DEFERRED,
    }
)


PROBE_SECONDS: ContextVar[float] = ContextVar("bibcheck_probe_seconds", default=0.0)
"""Seconds the current task spent fetching soft-404 probes (a one-off per host and
path shape): the scheduler's estimate of a host's time per check leaves them out."""


class ProbeRouter(Protocol):
    """Where the soft-404 probes of hosts another process owns go (see
    :class:`~bibcheck.net.client.HopRouter`): one probe cache per host, in its owner."""

    def owns(self, host: str) -> bool: ...

    async def probe(self, url: str) -> soft404.PageSample | None: ...

    async def renew(self, url: str) -> soft404.PageSample | None: ...


class LinkJudge:
    """Checks URLs through one :class:`HttpClient`; never raises for network trouble."""

    def __init__(
        self,
        client: HttpClient,
        *,
        probes: soft404.ProbeCache | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        router: ProbeRouter | None = None,
    ) -> None:
        self.client = client
        self.settings = client.settings
        self.probes = probes or soft404.ProbeCache()
        self.clock = clock
        self.router = router
        # set by the engine: where a needed soft-404 probe may wait behind its host's
        # other URLs (see ProbeCache); None: it is fetched at once
        self.defer: soft404.ProbeQueue | None = None

    async def check(
        self,
        url: str,
        *,
        prechecked: bool = False,
        idle: Callable[[], None] | None = None,
        host: str | None = None,
        titles: tuple[str, ...] = (),
    ) -> LinkCheck:
        """The observation of ``url`` (``prechecked``: the caller ran :func:`precheck`;
        ``host``: ``url``'s :func:`~bibcheck.urls.host_key` when the caller knows it;
        ``titles``: the titles the references citing ``url`` give, if any).

        ``idle`` is called if the check, its own requests done, waits for a
        soft-404 probe that another check is fetching: the caller may then
        give the host's slot to another check.
        """
        started = time.monotonic()
        checked_at = self.clock()
        verdict = None if prechecked else precheck(url)
        if verdict is not None:
            return LinkCheck(url, verdict.status, checked_at, reason=verdict.reason)
        chain: Chain | None = None
        if self.settings.use_head:
            chain = await self.client.follow(url, "HEAD", host=host)
            if not self._head_is_enough(chain):
                chain = None
        if chain is None:
            chain = await self.client.follow(url, "GET", host=host)
        verdict = await self.judge(url, chain, idle, titles)
        return self._result(url, chain, verdict, checked_at, started)

    @staticmethod
    def _head_is_enough(chain: Chain) -> bool:
        """A HEAD answer is only trusted when it is 2xx or cannot change with GET."""
        if chain.verdict is not None:
            return chain.verdict.status in _FINAL_AFTER_HEAD
        return chain.last is not None and 200 <= chain.last.status < 300

    async def judge(
        self,
        url: str,
        chain: Chain,
        idle: Callable[[], None] | None = None,
        titles: tuple[str, ...] = (),
    ) -> Verdict:
        """The verdict for a followed chain (``titles``: as for :meth:`check`)."""
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
        if verdict.status is LinkStatus.DEAD:
            self._seed_probe(url, chain)
        if verdict.status is not LinkStatus.ALIVE:
            if ex.attempts > 1:
                return Verdict(verdict.status, f"{verdict.reason} (after {ex.attempts} attempts)")
            return verdict
        evidence = await self._soft404(url, chain, title, text, idle, titles)
        if evidence is not None:
            return classify.classify_soft404(evidence.kind, evidence.detail)
        if chain.redirects:
            trivial = equivalent_urls(url, chain.final_url)
            return classify.classify_redirect_chain(chain.codes, chain.final_url, trivial)
        return verdict

    async def _soft404(
        self,
        url: str,
        chain: Chain,
        title: str | None,
        text: str | None,
        idle: Callable[[], None] | None,
        titles: tuple[str, ...] = (),
    ) -> soft404.Evidence | None:
        final = chain.final_url
        evidence = soft404.redirect_target(url, final) if chain.redirects else None
        evidence = evidence or soft404.parking_page(title, text, final)
        evidence = evidence or soft404.not_found_text(title, text)
        if evidence is not None or not self._probe_applies(chain, text):
            return evidence
        if titles and shows_cited_title(title, final, titles, asked=url):
            self.probes.titled += 1
            return None  # the page is the cited work: no probe can change its verdict
        if self.router is not None and not self.router.owns(host_key(final)):
            if soft404.probe_url(final) is None:
                return None
            if idle is not None:
                idle()  # only waiting now: another process fetches (or knows) the probe
            sample = await self.router.probe(final)
        else:
            if self.defer is not None:  # the check may wait a while: keep no body meanwhile
                chain.last = chain.last.slim() if chain.last is not None else None
            sample = await self.probes.get(final, self._sample, waiting=idle, queue=self.defer)
        if sample is None:
            return None
        page = soft404.PageSample(200, title, text)
        evidence = soft404.same_as_missing_page(page, sample)
        if (
            evidence is None
            and sample.stored
            and sample.status == 200
            and soft404.same_title(page, sample)
        ):
            # an earlier run's catch-all page of this title and other text proves
            # nothing: its text may have changed since (ProbeCache.renew): a fresh probe
            if self.router is not None and not self.router.owns(host_key(final)):
                sample = await self.router.renew(final)
            else:
                sample = await self.probes.renew(final, self._sample, waiting=idle)
            if sample is None:
                return None
            evidence = soft404.same_as_missing_page(page, sample)
        return evidence

    def _seed_probe(self, url: str, chain: Chain) -> None:
        """A cited URL that itself answered a GET with a plain 404/410 (no redirect) is
        the answer a probe of its host and path shape would look for: the site says
        "missing" for such paths, so its siblings are judged without sending one."""
        ex = chain.last
        if (
            not self.settings.soft404_probe
            or chain.redirects
            or chain.method != "GET"
            or ex is None
            or ex.status not in (404, 410)
        ):
            return
        if self.router is not None and not self.router.owns(host_key(url)):
            return  # the probe cache of that host is its owner's
        self.probes.seed_missing(url, ex.status)

    def _probe_applies(self, chain: Chain, text: str | None) -> bool:
        """Whether the verdict can depend on a probe: a 200 HTML answer to GET with
        enough text to compare (anything else is judged without one, so none is sent)."""
        ex = chain.last
        return (
            self.settings.soft404_probe
            and chain.method == "GET"
            and ex is not None
            and ex.status == 200
            and mime_of(ex.content_type) in HTML_TYPES
            and soft404.comparable(text)
        )

    async def probe_sample(self, url: str) -> soft404.PageSample | None:
        """The soft-404 probe of ``url``'s host and path shape (fetched once per run)."""
        return await self.probes.get(url, self._sample)

    async def renew_sample(self, url: str) -> soft404.PageSample | None:
        """A fresh probe of ``url``'s host and path shape in place of a stored sample
        (see :meth:`~bibcheck.net.soft404.ProbeCache.renew`)."""
        return await self.probes.renew(url, self._sample)

    async def fetch_deferred(self, url: str) -> bool:
        """Send the deferred soft-404 probe of ``url``'s host and path shape, unless a
        sibling's 404/410 answered for it meanwhile: whether a probe was sent."""
        return await self.probes.fetch_deferred(url, self._sample)

    async def _sample(self, url: str) -> soft404.PageSample | None:
        """Fetch a probe URL once (no retries, no redirects followed)."""
        began = time.monotonic()
        try:
            outcome = await self.client.exchange("GET", url, read_body=True, retries=0)
        finally:
            PROBE_SECONDS.set(PROBE_SECONDS.get() + time.monotonic() - began)
        if isinstance(outcome, Verdict):
            return None
        if outcome.status != 200:  # only a 200 page is compared (same_as_missing_page)
            return soft404.PageSample(outcome.status, None, None)
        title, text = outcome.page()
        # kept for the whole run, once per host and path shape: only what is compared
        kept = text[: soft404.COMPARED_CHARS] if text else text
        return soft404.PageSample(outcome.status, title, kept)

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
