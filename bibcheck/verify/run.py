"""One ``bibcheck verify`` run: every stored reference against the registries and its page.

For each document, each footnote and literature entry (:mod:`.items`) is
verified in up to five aspects, each stored as one
:class:`~bibcheck.model.Verification`:

``identity``
    With a DOI: the Crossref record (several DOIs per request); a DOI
    Crossref does not know is looked up in the DOI Handle API and, when
    registered elsewhere, read as CSL-JSON by content negotiation - never
    by fetching the publisher's landing page.  Without a DOI: Crossref's
    bibliographic search with the raw reference, then OpenAlex.  See
    :mod:`.identity` for the verdicts.  A verdict reached while a registry
    could not be asked is ``unverifiable`` and *degraded*: never ``not_found``.
``status`` / ``version``
    For every work identified with a DOI: notices from Crossref (``updated-by``
    on the work, ``update-to`` on notices found with the ``updates`` filter),
    the title, and OpenAlex ``is_retracted`` (:mod:`.status`).
``page`` / ``quotation``
    For every cited web address (not a DOI link): the live page when the link
    check found it alive, and the archived copy the archive stage chose
    (nearest the citation date), compared with the reference (:mod:`.pages`),
    and each quotation looked for in them (:mod:`.quotes`); without a lookup, the
    archived copy the document names itself (``archive-url=``) stands for it.  Pages whose
    titles fit each other's references are marked as swapped.

Registry answers and pages are cached in the database (``verify_cache``) with
a time to live, so a re-run asks nothing new; results are stored only when
they change.  Network use goes through one :class:`~.http.Transport`.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bibcheck.model import (
    ArchiveOutcome,
    Verification,
    VerifyAspect,
    VerifyVerdict,
)
from bibcheck.store.archives import latest_lookups
from bibcheck.store.base import Store
from bibcheck.store.documents import iter_documents
from bibcheck.store.links import OK, ConfirmPolicy, link_states
from bibcheck.store.verifications import cache_get, cache_put, save_verifications
from bibcheck.urls import host_key
from bibcheck.verify.api import ApiClient
from bibcheck.verify.http import NetTransport, Transport
from bibcheck.verify.identity import (
    Judgement,
    covered,
    judge_doi,
    judge_search,
    search_candidates,
    searchable,
)
from bibcheck.verify.items import Item, items_of, verification_key, web_url
from bibcheck.verify.pagemeta import PageData, page_data, page_from_json, page_to_json, text_page
from bibcheck.verify.pages import MATCH, PageJudgement, judge_page, title_score
from bibcheck.verify.quotes import judge_quote
from bibcheck.verify.registries import Failed, Registries, search_text
from bibcheck.verify.settings import VerifySettings
from bibcheck.verify.status import status_of, version_of
from bibcheck.verify.works import Work, normalise_doi

__all__ = ["VerifyReport", "run_verify"]

Progress = Callable[[int, int], None]
HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """What a run did."""

    references: int  # items verified (footnotes and literature entries)
    by_aspect: dict[str, dict[str, int]]  # aspect -> verdict -> count
    requests: dict[str, int]  # API -> requests sent (retries included)
    page_requests: int  # requests to cited web sites and archives
    cache_hits: int
    stored: int  # rows written or removed
    degraded: bool
    degraded_reason: str
    elapsed_s: float

    @property
    def api_requests(self) -> int:
        return sum(self.requests.values())

    @property
    def requests_per_reference(self) -> float:
        return self.api_requests / self.references if self.references else 0.0


class DbCache:
    """The registries' cache in the database (reads skipped with ``refresh``)."""

    def __init__(self, db: Store, now: datetime, refresh: bool) -> None:
        self.db, self.now, self.refresh = db, now, refresh

    def get(self, key: str) -> str | None:
        return None if self.refresh else cache_get(self.db, key, self.now)

    def put(self, key: str, value: str, ttl: timedelta) -> None:
        cache_put(self.db, key, value, self.now, ttl)


@dataclass
class _Page:
    """The known versions of one cited page."""

    pages: list[PageData] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


class Verifier:
    """The state of one run: clients, the time it started, the results so far."""

    def __init__(
        self,
        registries: Registries,
        settings: VerifySettings,
        now: datetime,
        states: dict[str, bool],
        snapshots: dict[str, str],
        cache: DbCache,
        on_progress: Progress | None = None,
    ) -> None:
        self.reg = registries
        self.api = registries.api
        self.settings = settings
        self.now = now
        self.alive = states  # url -> the latest link check found it alive (or moved)
        self.snapshots = snapshots  # url -> snapshot URL of the chosen archived copy
        self.cache = cache
        self.results: list[Verification] = []
        self.on_progress = on_progress or (lambda done, total: None)
        self.done = 0
        self.total = 0

    # -- results ---------------------------------------------------------------

    def add(
        self,
        item: Item,
        aspect: VerifyAspect,
        verdict: VerifyVerdict,
        *,
        subject: str = "",
        key_extra: str = "",
        **fields: Any,
    ) -> None:
        self.results.append(
            Verification(
                key=verification_key(item, aspect, subject + key_extra),
                document=item.document,
                aspect=aspect,
                verdict=verdict,
                verified_at=self.now,
                footnote=item.footnote,
                literature_entry=item.literature_entry,
                line=item.line,
                subject=subject,
                **fields,
            )
        )

    def tick(self) -> None:
        self.done += 1
        self.on_progress(self.done, self.total)

    # -- identity ----------------------------------------------------------------

    async def identity(self, items: Sequence[Item]) -> dict[int, Work]:
        """Identity verdicts; returns the work each item was identified with."""
        identified: dict[int, Work] = {}
        with_doi = [i for i in items if normalise_doi(i.ref.doi)]
        without = [i for i in items if not normalise_doi(i.ref.doi)]
        dois = sorted({normalise_doi(i.ref.doi) for i in with_doi})
        crossref = await self.reg.crossref_works(dois) if dois else {}
        resolved: dict[str, Work | None | Failed | bool] = dict(crossref)
        for doi in [d for d in dois if crossref.get(d) is None]:
            registered = await self.reg.handle(doi)
            if registered is True:
                resolved[doi] = await self.reg.csl(doi)
            else:
                resolved[doi] = registered  # False (not registered) or Failed
        searches = await self._searches(with_doi, without, resolved)
        for item in with_doi:
            work = self._judge_doi_item(item, resolved[normalise_doi(item.ref.doi)], searches)
            if work is not None:
                identified[id(item)] = work
            self.tick()
        for item in without:
            work = self._judge_search_item(item, searches)
            if work is not None:
                identified[id(item)] = work
            self.tick()
        return identified

    async def _searches(
        self,
        with_doi: Sequence[Item],
        without: Sequence[Item],
        resolved: dict[str, Work | None | Failed | bool],
    ) -> dict[str, tuple[list[Work] | Failed, list[Work] | Failed | None]]:
        """Search text -> (Crossref candidates, OpenAlex candidates or None if not asked)."""
        wanted: dict[str, tuple[Item, bool]] = {}  # text -> (item, Crossref only)
        for item in without:
            if searchable(item.ref):
                wanted.setdefault(search_text(item.ref), (item, False))
        for item in with_doi:
            lookup = resolved[normalise_doi(item.ref.doi)]
            if lookup is False:  # no such DOI: is the work itself anywhere?
                wanted.setdefault(search_text(item.ref), (item, False))
            elif (
                isinstance(lookup, Work)
                and judge_doi(item.ref, lookup).verdict is VerifyVerdict.IDENTIFIER_CONFLICT
                and searchable(item.ref)
            ):  # another work's DOI: Crossref may name the right one (a suggestion only)
                wanted.setdefault(search_text(item.ref), (item, True))
        results = await asyncio.gather(*(self._search(i, only) for i, only in wanted.values()))
        return dict(zip(wanted, results, strict=True))

    async def _search(
        self, item: Item, crossref_only: bool = False
    ) -> tuple[list[Work] | Failed, list[Work] | Failed | None]:
        crossref = await self.reg.crossref_search(item.ref)
        strict = not covered(item.ref)
        if isinstance(crossref, list) and judge_search(item.ref, crossref, near=False):
            return crossref, None  # a full match: nothing more to ask
        if strict or crossref_only:
            return crossref, None
        return crossref, await self.reg.openalex_search(item.ref)

    def _found_by_search(
        self,
        item: Item,
        searches: dict[str, tuple[list[Work] | Failed, list[Work] | Failed | None]],
    ) -> tuple[Judgement | None, list[str], tuple[tuple[str, str, str], ...]]:
        """(a judgement from the candidates, failures, candidates kept as evidence)."""
        found = searches.get(search_text(item.ref))
        if found is None:
            return None, [], ()
        failures: list[str] = []
        answers: list[list[Work]] = []
        strict = not covered(item.ref)
        for name, result in zip(("Crossref", "OpenAlex"), found, strict=True):
            if isinstance(result, Failed):
                failures.append(f"{name}: {result.reason}")
            elif result is not None:
                answers.append(result)
        for near in (False, True):  # full matches in any registry before near ones
            for works in answers:
                judged = judge_search(item.ref, works, strict=strict, near=near)
                if judged is not None:
                    return judged, failures, judged.candidates
        return None, failures, search_candidates(item.ref, [w for a in answers for w in a])

    def _judge_doi_item(
        self,
        item: Item,
        lookup: Work | None | Failed | bool,
        searches: dict[str, tuple[list[Work] | Failed, list[Work] | Failed | None]],
    ) -> Work | None:
        doi = normalise_doi(item.ref.doi)
        if isinstance(lookup, Failed):
            self.add(
                item, VerifyAspect.IDENTITY, VerifyVerdict.UNVERIFIABLE, subject=doi,
                degraded=True, detail=f"the DOI could not be looked up: {lookup.reason}",
            )  # fmt: skip
            return None
        if lookup is None or lookup is True:  # registered, yet no metadata answered
            self.add(
                item, VerifyAspect.IDENTITY, VerifyVerdict.UNVERIFIABLE, subject=doi,
                degraded=True, detail="the DOI is registered but no metadata could be read",
            )  # fmt: skip
            return None
        if lookup is False:
            return self._unregistered_doi(item, doi, searches)
        judged = judge_doi(item.ref, lookup)
        if judged.verdict is not VerifyVerdict.IDENTIFIER_CONFLICT:
            self._add_judgement(item, judged, subject=doi)
            return lookup
        other, _failures, _kept = self._found_by_search(item, searches)
        suggestion = ""
        evidence = judged.evidence
        if other is not None and other.work is not None and other.work.doi != doi:
            suggestion = f"the cited work is {other.work.doi or other.work.title!r}"
            evidence += (("cited_work_doi", other.work.doi),)
        self._add_judgement(item, judged, subject=doi, suggestion=suggestion, evidence=evidence)
        return None

    def _unregistered_doi(
        self,
        item: Item,
        doi: str,
        searches: dict[str, tuple[list[Work] | Failed, list[Work] | Failed | None]],
    ) -> Work | None:
        judged, failures, kept = self._found_by_search(item, searches)
        if judged is not None and judged.work is not None:
            registered = judged.work.doi
            diffs = (
                (("doi", doi, registered), *judged.differences)
                if registered
                else judged.differences
            )
            self.add(
                item, VerifyAspect.IDENTITY, VerifyVerdict.MISCITED, subject=doi,
                doi=registered or None, source=judged.work.source, score=judged.score,
                differences=tuple(diffs), candidates=judged.candidates,
                suggestion=f"cite DOI {registered}" if registered else "",
                detail=f"the DOI {doi} is not registered; the work is registered as {registered}",
            )  # fmt: skip
            return judged.work
        degraded = bool(failures) or not searchable(item.ref)
        verdict = VerifyVerdict.UNVERIFIABLE if degraded else VerifyVerdict.NOT_FOUND
        detail = f"the DOI {doi} is not registered with any agency"
        detail += (
            f"; the work could not be searched ({'; '.join(failures)})"
            if failures
            else "; no registry holds a work with the cited title"
        )
        self.add(
            item, VerifyAspect.IDENTITY, verdict, subject=doi, degraded=bool(failures),
            candidates=kept, detail=detail, differences=(("doi", doi, ""),),
        )  # fmt: skip
        return None

    def _judge_search_item(
        self,
        item: Item,
        searches: dict[str, tuple[list[Work] | Failed, list[Work] | Failed | None]],
    ) -> Work | None:
        ref = item.ref
        if not searchable(ref):
            self.add(
                item, VerifyAspect.IDENTITY, VerifyVerdict.UNVERIFIABLE,
                detail=f"no registry covers this kind of reference ({ref.kind.value}), "
                "or it has no title to search for",
            )  # fmt: skip
            return None
        judged, failures, kept = self._found_by_search(item, searches)
        if judged is not None:
            self._add_judgement(item, judged)
            return judged.work
        if not covered(ref):
            self.add(
                item, VerifyAspect.IDENTITY, VerifyVerdict.UNVERIFIABLE, candidates=kept,
                degraded=bool(failures),
                detail=f"not found; registries rarely hold this kind of work ({ref.kind.value})",
            )  # fmt: skip
            return None
        if failures:
            self.add(
                item, VerifyAspect.IDENTITY, VerifyVerdict.UNVERIFIABLE, candidates=kept,
                degraded=True, detail="a registry could not be asked: " + "; ".join(failures),
            )  # fmt: skip
            return None
        url = web_url(ref)
        if url and self.alive.get(url):
            self.add(
                item, VerifyAspect.IDENTITY, VerifyVerdict.UNVERIFIABLE, candidates=kept,
                detail="no registry holds it; its web address answers (see the page check)",
            )  # fmt: skip
            return None
        self.add(
            item, VerifyAspect.IDENTITY, VerifyVerdict.NOT_FOUND, candidates=kept,
            detail="neither Crossref nor OpenAlex holds a work with this title, first author "
            "and year: a possible fabrication",
        )  # fmt: skip
        return None

    def _add_judgement(
        self,
        item: Item,
        judged: Judgement,
        *,
        subject: str = "",
        suggestion: str = "",
        evidence: tuple[tuple[str, str], ...] | None = None,
    ) -> None:
        work = judged.work
        if not suggestion and judged.verdict is VerifyVerdict.MISCITED:
            suggestion = "correct " + ", ".join(d[0] for d in judged.differences)
        self.add(
            item,
            VerifyAspect.IDENTITY,
            judged.verdict,
            subject=subject,
            doi=work.doi or None if work else None,
            source=work.source if work else "",
            score=round(judged.score, 3) if judged.score is not None else None,
            differences=judged.differences,
            candidates=judged.candidates,
            detail=judged.detail,
            suggestion=suggestion,
            evidence=judged.evidence if evidence is None else evidence,
        )

    # -- status after publication ---------------------------------------------------

    async def status(self, items: Sequence[Item], identified: dict[int, Work]) -> None:
        dois = sorted({w.doi for w in identified.values() if w.doi})
        notices, openalex = await asyncio.gather(
            self.reg.crossref_notices(dois), self.reg.openalex_works(dois)
        )
        for item in items:
            work = identified.get(id(item))
            if work is None:
                continue
            found_notices = notices.get(work.doi) if work.doi else None
            found_oa = openalex.get(work.doi) if work.doi else None
            failures = [
                f"{name}: {r.reason}"
                for name, r in (("Crossref notices", found_notices), ("OpenAlex", found_oa))
                if isinstance(r, Failed)
            ]
            status = status_of(
                work,
                found_notices if isinstance(found_notices, list) else (),
                found_oa if isinstance(found_oa, Work) else None,
            )
            degraded = bool(failures) and status.verdict is VerifyVerdict.CURRENT
            detail = status.detail or "no retraction, correction or concern is known"
            if failures:
                detail += "; not asked: " + "; ".join(failures)
            self.add(
                item, VerifyAspect.STATUS, status.verdict, subject=work.doi,
                doi=work.doi or None, source=work.source, degraded=degraded, detail=detail,
                suggestion=", ".join(status.notices),
                evidence=tuple((u.type, u.notice or u.source) for u in status.updates),
            )  # fmt: skip
            version = version_of(work)
            if version is not None:
                verdict, published = version
                self.add(
                    item, VerifyAspect.VERSION, verdict, subject=work.doi, doi=work.doi or None,
                    source=work.source, suggestion=f"cite the published version: {published[0]}",
                    detail=f"a preprint; published as {', '.join(published)}",
                    evidence=tuple(("published", d) for d in published),
                )  # fmt: skip

    # -- pages and quotations ---------------------------------------------------------

    async def _page(self, url: str, version: str) -> PageData | str:
        """One version of a page, or why it could not be read."""
        key = f"page:{version}:{url}"
        cached = self.cache.get(key)
        if cached is not None and (page := page_from_json(cached)) is not None:
            self.reg.cache_hits += 1
            return page
        answer = await self.api.get(f"site:{host_key(url)}", url, accept=HTML_ACCEPT, site=True)
        if answer.status is None:
            return answer.reason
        if not 200 <= answer.status < 300:
            return f"HTTP {answer.status}"
        mime = answer.headers.get("content-type", "").split(";")[0].strip().lower()
        if mime not in PAGE_TYPES:
            return f"not a web page ({mime})"
        text = _decode(answer.body, answer.headers.get("content-type", ""))
        if mime == "text/plain":
            page = text_page(url, text, status=answer.status, version=version)
        else:
            page = page_data(url, text, status=answer.status, version=version)
        self.cache.put(key, page_to_json(page), self.settings.page_ttl)
        return page

    async def _versions(self, url: str) -> _Page:
        found = _Page()
        wanted = []
        if self.alive.get(url):
            wanted.append((url, "live"))
        if url in self.snapshots:
            wanted.append((self.snapshots[url], "archive"))
        for target, version in wanted:
            page = await self._page(target, version)
            if isinstance(page, PageData):
                found.pages.append(page)
            else:
                found.failures.append(f"{version} copy: {page}")
        return found

    async def pages(self, items: Sequence[Item]) -> None:
        by_url: dict[str, list[Item]] = defaultdict(list)
        for item in items:
            url = web_url(item.ref)
            if url and (item.ref.title or item.quotes):
                by_url[url].append(item)
        urls = sorted(by_url)
        fetched = await asyncio.gather(*(self._versions(u) for u in urls))
        pages = dict(zip(urls, fetched, strict=True))
        judged: list[tuple[Item, str, PageJudgement, _Page]] = []
        for url in urls:
            known = pages[url]
            for item in by_url[url]:
                verdict = self._judge_page(item, url, known)
                if verdict is not None:
                    judged.append((item, url, verdict, known))
                self._quotes(item, url, known, verdict)
            self.tick()
        self._swaps(judged)

    def _judge_page(self, item: Item, url: str, known: _Page) -> PageJudgement | None:
        if not item.ref.title:
            return None
        if not known.pages:
            if known.failures:
                self.add(
                    item, VerifyAspect.PAGE, VerifyVerdict.PAGE_INCONCLUSIVE, subject=url,
                    degraded=True, detail="; ".join(known.failures),
                )  # fmt: skip
            return None
        verdict = judge_page(item.ref, known.pages)
        assert verdict is not None
        return verdict

    def _quotes(self, item: Item, url: str, known: _Page, page: PageJudgement | None) -> None:
        if not self.settings.quotations:
            return
        for quote in item.quotes:
            extra = "#" + verification_key(item, VerifyAspect.QUOTATION, quote)[:10]
            if page is not None and page.verdict is VerifyVerdict.PAGE_MISMATCH:
                self.add(
                    item, VerifyAspect.QUOTATION, VerifyVerdict.QUOTE_UNCHECKED, subject=url,
                    key_extra=extra, detail="the cited page is a different article",
                    evidence=(("quotation", quote),),
                )  # fmt: skip
                continue
            texts = [(p.version, p.url, p.text) for p in known.pages]
            judged = judge_quote(quote, texts)
            if judged is None:
                if known.failures:
                    self.add(
                        item, VerifyAspect.QUOTATION, VerifyVerdict.QUOTE_UNCHECKED, subject=url,
                        key_extra=extra, degraded=True, detail="; ".join(known.failures),
                        evidence=(("quotation", quote),),
                    )  # fmt: skip
                continue
            evidence = [("quotation", quote)]
            if judged.passage:
                evidence.append(("nearest_passage", judged.passage))
            evidence.append(("version", judged.version))
            self.add(
                item, VerifyAspect.QUOTATION, judged.verdict, subject=url, key_extra=extra,
                source=judged.version, score=judged.score, detail=judged.detail,
                evidence=tuple(evidence),
            )  # fmt: skip

    def _swaps(self, judged: Sequence[tuple[Item, str, PageJudgement, _Page]]) -> None:
        """Store the page verdicts, marking pages that fit another reference's title."""
        by_doc: dict[str, list[tuple[Item, str, PageJudgement, _Page]]] = defaultdict(list)
        for entry in judged:
            by_doc[entry[0].document].append(entry)
        for entries in by_doc.values():
            fits: dict[int, list[tuple[Item, float]]] = defaultdict(list)
            for a, (_item_a, url_a, j_a, known_a) in enumerate(entries):
                if j_a.verdict is not VerifyVerdict.PAGE_MISMATCH:
                    continue
                titles = [t for p in known_a.pages for t in p.all_titles()]
                for item_b, url_b, _j_b, _known_b in entries:
                    if url_b == url_a or item_b.ref.title is None:
                        continue
                    score = title_score(item_b.ref.title, titles)
                    if score is not None and score >= MATCH:
                        fits[a].append((item_b, score))
            for a, (item, url, verdict, _known) in enumerate(entries):
                evidence: list[tuple[str, str]] = [
                    ("page_title", verdict.page_title),
                    ("version", verdict.version),
                ]
                for other, score in sorted(fits.get(a, []), key=lambda f: -f[1])[:1]:
                    where = _where(other)
                    swapped = any(
                        entries[b][0] is other and any(x is item for x, _s in fits.get(b, []))
                        for b in range(len(entries))
                    )
                    evidence.append(("swapped_with" if swapped else "fits", where))
                    evidence.append(("fits_score", f"{score:.2f}"))
                self.add(
                    item, VerifyAspect.PAGE, verdict.verdict, subject=url, source=verdict.version,
                    score=round(verdict.score, 3) if verdict.score is not None else None,
                    differences=verdict.differences, detail=verdict.detail,
                    evidence=tuple(evidence),
                )  # fmt: skip


def _where(item: Item) -> str:
    if item.footnote is not None:
        return f"footnote {item.footnote}"
    return f"literature entry {item.literature_entry}"


def _decode(body: bytes, content_type: str) -> str:
    """Page bytes as text: declared charset, meta charset, UTF-8, then cp1251."""
    candidates = []
    for part in content_type.split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset":
            candidates.append(value.strip().strip("\"'"))
    m = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", body[:4096], re.IGNORECASE)
    if m:
        candidates.append(m.group(1).decode("ascii", "replace"))
    for name in [*candidates, "utf-8"]:
        try:
            return body.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("cp1251", errors="replace")


# ------------------------------------------------------------------------------
# the run
# ------------------------------------------------------------------------------


def run_verify(
    db: Store,
    settings: VerifySettings,
    *,
    refresh: bool = False,
    on_progress: Progress | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    transport: Transport | None = None,
    policy: ConfirmPolicy | None = None,
) -> VerifyReport:
    """Verify every stored reference; store the results; return what was done."""
    return asyncio.run(
        _run(db, settings, refresh, on_progress, clock, transport, policy or ConfirmPolicy())
    )


async def _run(
    db: Store,
    settings: VerifySettings,
    refresh: bool,
    on_progress: Progress | None,
    clock: Callable[[], datetime],
    transport: Transport | None,
    policy: ConfirmPolicy,
) -> VerifyReport:
    started = time.monotonic()
    now = clock()
    docs = list(iter_documents(db))
    items = [item for doc in docs for item in items_of(doc)]
    alive = {s.url: s.latest.status in OK for s in link_states(db, policy)}
    snapshots = {
        url: lookup.snapshot_url
        for url, lookup in latest_lookups(db).items()
        if lookup.outcome is ArchiveOutcome.FOUND and lookup.snapshot_url
    }
    for item in items:  # an archived copy the document names itself (archive-url=)
        url = web_url(item.ref)
        if url and item.ref.archive_url and url not in snapshots:
            snapshots[url] = item.ref.archive_url
    own_transport = transport is None
    transport = transport or NetTransport(settings.net, max_bytes=settings.max_bytes)
    api = ApiClient(transport, settings, clock=clock)
    cache = DbCache(db, now, refresh)
    registries = Registries(api, cache)
    verifier = Verifier(registries, settings, now, alive, snapshots, cache, on_progress)
    verifier.total = len(items) + len({web_url(i.ref) for i in items if web_url(i.ref)})
    try:

        async def scholarly() -> None:
            identified = await verifier.identity(items)
            await verifier.status(items, identified)

        async def web() -> None:
            if settings.pages or settings.quotations:
                await verifier.pages(items)

        await asyncio.gather(scholarly(), web())
    finally:
        if own_transport:
            await transport.close()
    stored = save_verifications(db, verifier.results, [d.id for d in docs])
    by_aspect: dict[str, Counter[str]] = defaultdict(Counter)
    for result in verifier.results:
        by_aspect[result.aspect.value][result.verdict.value] += 1
    down = dict(api.down)
    return VerifyReport(
        references=len(items),
        by_aspect={a: dict(sorted(c.items())) for a, c in sorted(by_aspect.items())},
        requests=registries.requests(),
        page_requests=sum(n for k, n in api.requests.items() if k.startswith("site:")),
        cache_hits=registries.cache_hits,
        stored=stored,
        degraded=bool(down) or any(r.degraded for r in verifier.results),
        degraded_reason="; ".join(f"{k} unreachable ({v})" for k, v in sorted(down.items())),
        elapsed_s=round(time.monotonic() - started, 3),
    )
