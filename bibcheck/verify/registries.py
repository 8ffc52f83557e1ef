"""The registries, asked politely and cached: Crossref, the DOI system, OpenAlex.

Each method returns what the registry says, in three forms: a
:class:`~bibcheck.verify.works.Work` (or a list of them), ``None`` (the
registry answered: it has no such work), or :class:`Failed` (no usable
answer: the registry said nothing about the work).  Answers are cached per
DOI and per query (:class:`Cache`), so that a DOI asked in a batch today is
not asked again tomorrow, whatever batch it would fall in.

Requests (real API formats, every base URL a setting):

===============================  ==============================================
Crossref, several DOIs at once   ``GET {crossref}/works?filter=doi:A,doi:B&rows=N``
                                 (one filter repeated means OR); a server that
                                 does not honour the filter (answers with other
                                 DOIs, or an error) is asked one DOI at a time:
                                 ``GET {crossref}/works/{doi}`` (404: unknown)
Crossref, notices about DOIs     ``GET {crossref}/works?filter=updates:A,updates:B``
Crossref, a reference            ``GET {crossref}/works?query.bibliographic=...&rows=5``
DOI registered at all?           ``GET {doi_handle}{doi}``: ``responseCode`` 1 (or
                                 200, no values) registered, 100 (HTTP 404) not
CSL-JSON of any agency's DOI     ``GET {doi_content}{doi}`` with ``Accept:
                                 application/vnd.citationstyles.csl+json``
OpenAlex, several DOIs           ``GET {openalex}/works?filter=doi:A|B&per-page=N``
OpenAlex, a title                ``GET {openalex}/works?search=...&per-page=5``
===============================  ==============================================

``mailto`` is sent as a parameter (Crossref's polite pool, OpenAlex) and in
the User-Agent.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Protocol, TypeVar
from urllib.parse import quote, urlencode

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.references.medium_designator import ELECTRONIC_RESOURCE
from bibcheck.verify.api import ApiClient
from bibcheck.verify.match import fold
from bibcheck.verify.works import Work, crossref_work, csl_work, normalise_doi, openalex_work

__all__ = ["CSL_ACCEPT", "Cache", "Failed", "Registries", "search_text", "search_title"]

CSL_ACCEPT = "application/vnd.citationstyles.csl+json"
CROSSREF, OPENALEX, DOI = "crossref", "openalex", "doi"


@dataclass(frozen=True, slots=True)
class Failed:
    """No usable answer (network, 5xx, throttled, registry down)."""

    reason: str


Lookup = Work | None | Failed
T = TypeVar("T")


class Cache(Protocol):
    def get(self, key: str) -> str | None: ...

    def put(self, key: str, value: str, ttl: timedelta) -> None: ...


_STRIP = [
    re.compile(r"https?://\S+", re.I),
    re.compile(r"\bdoi\s*:?\s*10\.\S+", re.I),
    re.compile(r"\b10\.\d{4,9}/\S+"),
    re.compile(rf"\[\s*(?:{ELECTRONIC_RESOURCE}|Online)\s*\]", re.I),
    re.compile(r"\(\s*(?:дата обращения|accessed|retrieved)[^)]*\)", re.I),
    re.compile(r"\b(?:URL|Режим доступа|Retrieved from|Available at)\s*:?", re.I),
]


def search_text(ref: Reference, limit: int = 300) -> str:
    """The raw reference without addresses and access notes: what a person would search.

    When the raw text does not hold the reference (a citation key resolved through a
    ``.bib`` file, BibTeX source), the parsed fields are searched instead.
    """
    text = ref.raw
    if ref.title and (text.lstrip().startswith("@") or fold(ref.title) not in fold(text)):
        parts = [ref.authors[0] if ref.authors else "", ref.title, ref.host or ""]
        parts += [str(ref.year or ""), ref.volume or "", ref.pages or ""]
        text = " ".join(p for p in parts if p)
    for pattern in _STRIP:
        text = pattern.sub(" ", text)
    text = " ".join(text.split())
    return text[:limit]


_QUOTED = lazy_compile(r"[\"“«„']([^\"”»“']{12,300})[\"”»“']")


def search_title(ref: Reference, limit: int = 250) -> str:
    """What to search a title index for: a quoted title in the raw text (Chicago,
    IEEE, Harvard quote it), else the parsed title when it has some words, else the
    whole reference without addresses."""
    quoted = [m.group(1) for m in _QUOTED.finditer(ref.raw) if len(m.group(1).split()) >= 3]
    if quoted:
        text = max(quoted, key=len)
    elif ref.title and len(ref.title.split()) >= 3:
        text = ref.title
    else:
        text = search_text(ref)
    return " ".join(text.strip(" ,.").split())[:limit]


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:20]


def _chunks(items: Sequence[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(items), max(1, size)):
        yield list(items[i : i + size])


def _works(records: Any) -> list[Work] | Failed:
    """The works of cached Crossref records (a notice list)."""
    return [w for w in map(crossref_work, records) if w is not None]


def _items(data: Any) -> list[Any] | None:
    """``message.items`` of a Crossref list, ``results`` of an OpenAlex list."""
    if isinstance(data, Mapping):
        message = data.get("message")
        if isinstance(message, Mapping) and isinstance(message.get("items"), list):
            return list(message["items"])
        if isinstance(data.get("results"), list):
            return list(data["results"])
    return None


class Registries:
    """Crossref, the DOI system and OpenAlex, through one :class:`ApiClient`."""

    def __init__(self, api: ApiClient, cache: Cache) -> None:
        self.api = api
        self.cache = cache
        self.settings = api.settings
        self.cache_hits = 0

    # -- plumbing -----------------------------------------------------------

    def _params(self, api: str, **params: str) -> str:
        extra = {}
        if self.settings.mailto:
            extra["mailto"] = self.settings.mailto
        if api == OPENALEX and self.settings.openalex_api_key:
            extra["api_key"] = self.settings.openalex_api_key
        return urlencode({**params, **extra}, safe=":,|/")

    def _cached(self, key: str) -> str | None:
        value = self.cache.get(key)
        if value is not None:
            self.cache_hits += 1
        return value

    def _from_cache(
        self, dois: Iterable[str], kind: str, read: Callable[[Any], T], out: dict[str, T]
    ) -> list[str]:
        """The distinct ``dois`` (normalised, in order) the cache does not hold as
        ``kind``; those it holds are put in ``out``, read from their JSON by ``read``."""
        wanted: list[str] = []
        for doi in dict.fromkeys(normalise_doi(d) for d in dois if d):
            cached = self._cached(f"{kind}:{doi}")
            if cached is None:
                wanted.append(doi)
            else:
                out[doi] = read(json.loads(cached))
        return wanted

    def _keep(self, key: str, value: Any) -> None:
        ttl = self.settings.miss_ttl if value is None or value == [] else self.settings.cache_ttl
        self.cache.put(key, json.dumps(value, ensure_ascii=False, sort_keys=True), ttl)

    @staticmethod
    def _doi_path(doi: str) -> str:
        return quote(doi, safe="/")

    # -- Crossref works by DOI ------------------------------------------------

    async def crossref_works(self, dois: Iterable[str]) -> dict[str, Lookup]:
        """What Crossref holds for each DOI (None: Crossref does not know it)."""
        out: dict[str, Lookup] = {}
        wanted = self._from_cache(dois, "crossref:work", crossref_work, out)
        batchable = [d for d in wanted if "," not in d]
        for chunk in _chunks(batchable, self.settings.batch):
            out.update(await self._crossref_batch(chunk))
        for doi in (d for d in wanted if "," in d):
            out[doi] = await self._crossref_one(doi)
        return out

    async def _crossref_batch(self, dois: list[str]) -> dict[str, Lookup]:
        if len(dois) == 1:
            return {dois[0]: await self._crossref_one(dois[0])}
        query = self._params(
            CROSSREF, filter=",".join(f"doi:{d}" for d in dois), rows=str(len(dois))
        )
        answer = await self.api.get(CROSSREF, f"{self.settings.crossref_url}/works?{query}")
        if answer.failed:
            return {d: Failed(answer.reason or f"HTTP {answer.status}") for d in dois}
        items = _items(answer.json()) if answer.ok else None
        records = {
            normalise_doi(str(i.get("DOI", ""))): i for i in items or [] if isinstance(i, Mapping)
        }
        if items is None or any(d not in dois for d in records):
            # the filter was refused or ignored: ask one DOI at a time
            return {d: await self._crossref_one(d) for d in dois}
        out: dict[str, Lookup] = {}
        for doi in dois:
            record = records.get(doi)
            self._keep(f"crossref:work:{doi}", record)
            out[doi] = crossref_work(record) if record is not None else None
        return out

    async def _crossref_one(self, doi: str) -> Lookup:
        url = f"{self.settings.crossref_url}/works/{self._doi_path(doi)}"
        query = self._params(CROSSREF)
        answer = await self.api.get(CROSSREF, f"{url}?{query}" if query else url)
        if answer.status == 404:
            self._keep(f"crossref:work:{doi}", None)
            return None
        if not answer.ok:
            return Failed(answer.reason or f"HTTP {answer.status}")
        data = answer.json()
        record = data.get("message") if isinstance(data, Mapping) else None
        work = crossref_work(record)
        if work is None:
            return Failed("Crossref answered without a work record")
        self._keep(f"crossref:work:{doi}", record)
        return work

    # -- notices (update-to) ---------------------------------------------------

    async def crossref_notices(self, dois: Iterable[str]) -> dict[str, list[Work] | Failed]:
        """Notices (retractions, corrections...) that name each DOI in ``update-to``."""
        out: dict[str, list[Work] | Failed] = {}
        wanted = self._from_cache(dois, "crossref:notices", _works, out)
        for chunk in _chunks([d for d in wanted if "," not in d], self.settings.batch):
            query = self._params(
                CROSSREF, filter=",".join(f"updates:{d}" for d in chunk), rows="1000"
            )
            answer = await self.api.get(CROSSREF, f"{self.settings.crossref_url}/works?{query}")
            items = _items(answer.json()) if answer.ok else None
            if items is None:
                reason = answer.reason or f"HTTP {answer.status}"
                out.update({d: Failed(reason) for d in chunk})
                continue
            by_target: dict[str, list[Any]] = {d: [] for d in chunk}
            for item in items:
                work = crossref_work(item)
                for update in work.update_to if work else ():
                    if update.target in by_target and item not in by_target[update.target]:
                        by_target[update.target].append(item)
            for doi, records in by_target.items():
                self._keep(f"crossref:notices:{doi}", records)
                out[doi] = _works(records)
        return out

    # -- the DOI system --------------------------------------------------------

    async def handle(self, doi: str) -> bool | Failed:
        """Is ``doi`` registered at all (with any agency)?"""
        doi = normalise_doi(doi)
        key = f"handle:{doi}"
        cached = self._cached(key)
        if cached is not None:
            return bool(json.loads(cached))
        answer = await self.api.get(DOI, f"{self.settings.doi_handle_url}{self._doi_path(doi)}")
        data = answer.json() if answer.status is not None else None
        code = data.get("responseCode") if isinstance(data, Mapping) else None
        if code in (1, 200) and answer.ok:
            registered = True
        elif code == 100 or answer.status == 404:
            registered = False
        else:
            return Failed(answer.reason or f"HTTP {answer.status}, responseCode {code}")
        self.cache.put(
            key,
            json.dumps(registered),
            self.settings.cache_ttl if registered else self.settings.miss_ttl,
        )
        return registered

    async def csl(self, doi: str) -> Lookup:
        """CSL-JSON for ``doi`` by content negotiation (any registration agency)."""
        doi = normalise_doi(doi)
        key = f"csl:{doi}"
        cached = self._cached(key)
        if cached is not None:
            return csl_work(json.loads(cached), doi)
        url = f"{self.settings.doi_content_url}{self._doi_path(doi)}"
        answer = await self.api.get(DOI, url, accept=CSL_ACCEPT)
        if answer.status == 404:
            self._keep(key, None)
            return None
        data = answer.json() if answer.ok else None
        work = csl_work(data, doi)
        if work is None:
            return Failed(answer.reason or f"HTTP {answer.status}: no CSL-JSON")
        self._keep(key, data)
        return work

    # -- searches --------------------------------------------------------------

    async def _search(
        self, api: str, key: str, url: str, parse: Callable[[Any], Work | None]
    ) -> list[Work] | Failed:
        cached = self._cached(key)
        if cached is not None:
            return [w for w in map(parse, json.loads(cached)) if w is not None]
        answer = await self.api.get(api, url)
        items = _items(answer.json()) if answer.ok else None
        if items is None:
            return Failed(answer.reason or f"HTTP {answer.status}")
        self._keep(key, items)
        return [w for w in map(parse, items) if w is not None]

    async def crossref_search(self, ref: Reference) -> list[Work] | Failed:
        text = search_text(ref)
        query = self._params(
            CROSSREF, **{"query.bibliographic": text, "rows": str(self.settings.search_rows)}
        )
        url = f"{self.settings.crossref_url}/works?{query}"
        return await self._search(CROSSREF, f"crossref:search:{_digest(text)}", url, crossref_work)

    async def openalex_search(self, ref: Reference) -> list[Work] | Failed:
        text = search_title(ref)
        query = self._params(OPENALEX, search=text, **{"per-page": str(self.settings.search_rows)})
        url = f"{self.settings.openalex_url}/works?{query}"
        return await self._search(OPENALEX, f"openalex:search:{_digest(text)}", url, openalex_work)

    # -- OpenAlex by DOI -------------------------------------------------------

    async def openalex_works(self, dois: Iterable[str]) -> dict[str, Lookup]:
        """What OpenAlex holds for each DOI (``is_retracted`` in particular)."""
        out: dict[str, Lookup] = {}
        wanted = self._from_cache(dois, "openalex:work", openalex_work, out)
        for chunk in _chunks([d for d in wanted if "|" not in d], self.settings.batch):
            values = "|".join(f"https://doi.org/{d}" for d in chunk)
            query = self._params(OPENALEX, filter=f"doi:{values}", **{"per-page": str(len(chunk))})
            answer = await self.api.get(OPENALEX, f"{self.settings.openalex_url}/works?{query}")
            items = _items(answer.json()) if answer.ok else None
            if items is None:
                out.update({d: Failed(answer.reason or f"HTTP {answer.status}") for d in chunk})
                continue
            records = {
                normalise_doi(str(i.get("doi", ""))): i for i in items if isinstance(i, Mapping)
            }
            for doi in chunk:
                record = records.get(doi)
                self._keep(f"openalex:work:{doi}", record)
                out[doi] = openalex_work(record) if record is not None else None
        return out

    # -- counts ------------------------------------------------------------------

    def requests(self) -> dict[str, int]:
        return {k: v for k, v in sorted(self.api.requests.items()) if not k.startswith("site:")}
