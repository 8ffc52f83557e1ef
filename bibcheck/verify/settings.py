"""Settings of the verify stage: where the registries are, how politely to ask them.

Every base URL is a setting (tests point them at local fake registries,
users at mirrors).  Network policy (timeouts, User-Agent, the refusal of
private addresses, ``resolve`` overrides, the extra CA) is the link
checker's :class:`~bibcheck.net.settings.NetSettings`, carried in ``net``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from bibcheck.net.settings import NetSettings

__all__ = [
    "CROSSREF_URL",
    "DOI_CONTENT_URL",
    "DOI_HANDLE_URL",
    "OPENALEX_URL",
    "VerifySettings",
]

CROSSREF_URL = "https://api.crossref.org"
DOI_HANDLE_URL = "https://doi.org/api/handles/"
DOI_CONTENT_URL = "https://doi.org/"
OPENALEX_URL = "https://api.openalex.org"


@dataclass(frozen=True, slots=True)
class VerifySettings:
    """Everything that tunes ``bibcheck verify``.  Times are in seconds."""

    net: NetSettings = field(default_factory=NetSettings)
    crossref_url: str = CROSSREF_URL
    doi_handle_url: str = DOI_HANDLE_URL  # {doi} is appended
    doi_content_url: str = DOI_CONTENT_URL  # {doi} is appended (content negotiation)
    openalex_url: str = OPENALEX_URL
    mailto: str | None = None  # contact for Crossref's polite pool (and OpenAlex)
    openalex_api_key: str | None = None
    api_concurrency: int = 1  # requests in flight per API
    api_min_interval: float = 0.05  # between request starts to one API (at least)
    page_interval: float = 0.5  # between request starts to one web site
    retries: int = 2  # per request, after the first attempt
    max_retry_after: float = 120.0  # a longer Retry-After gives up (registry unavailable)
    unreachable_after: int = 3  # failed requests in a row before an API counts as down
    cache_ttl: timedelta = timedelta(days=30)  # registry answers are kept this long
    miss_ttl: timedelta = timedelta(days=7)  # "nothing found" answers this long
    page_ttl: timedelta = timedelta(days=7)  # fetched pages this long
    batch: int = 20  # DOIs per batched Crossref / OpenAlex request
    search_rows: int = 5  # candidates asked of a bibliographic search
    max_bytes: int = 8_000_000  # an API answer read at most
    pages: bool = True  # compare cited web pages with the reference
    quotations: bool = True  # look for quotations on the cited pages
