"""What a web page says about itself: titles, authors, dates and its text (pure).

One pass of the standard library's HTML parser collects:

* the article's own metadata: ``citation_title`` / ``citation_author`` /
  ``citation_publication_date`` (Highwire/Google Scholar tags), Dublin Core
  (``dc.title``, ``dc.creator``, ``dc.date``), Open Graph (``og:title``,
  ``article:author``, ``article:published_time``), Twitter cards, and
  JSON-LD objects (``headline``/``name``, ``author``, ``datePublished``,
  ``@graph`` lists included);
* the generic ones: ``<title>`` and the first ``<h1>`` headings;
* the visible text, paragraphs kept apart, without scripts, styles and the
  Wayback Machine toolbar of an archived copy.

The result is a :class:`PageData`, which the verify stage caches as JSON.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

__all__ = [
    "PAGE_CHARS",
    "PageData",
    "page_data",
    "page_from_json",
    "page_to_json",
    "text_page",
]

PAGE_CHARS = 300_000  # visible text kept (a quotation may stand anywhere in an article)
MAX_H1 = 3

_TITLE_META = {
    "citation_title": "citation_title",
    "dc.title": "dc.title",
    "dcterms.title": "dc.title",
    "og:title": "og:title",
    "twitter:title": "twitter:title",
    "parsely-title": "parsely-title",
    "sailthru.title": "sailthru.title",
}
_AUTHOR_META = frozenset(
    {
        "citation_author",
        "author",
        "article:author",
        "dc.creator",
        "dcterms.creator",
        "parsely-author",
        "sailthru.author",
        "twitter:creator",
    }
)
_DATE_META = frozenset(
    {
        "citation_publication_date",
        "citation_date",
        "citation_online_date",
        "article:published_time",
        "og:published_time",
        "dc.date",
        "dcterms.date",
        "dcterms.issued",
        "date",
        "pubdate",
        "publish-date",
        "parsely-pub-date",
        "sailthru.date",
    }
)
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object"})
_BLOCK = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th section article blockquote header footer "
    "nav aside main figure figcaption table dd dt pre hr form".split()
)
_ARTICLE_TYPES = frozenset(
    "article newsarticle blogposting scholarlyarticle report webpage reportagenewsarticle "
    "analysisnewsarticle opinionnewsarticle techarticle creativework book chapter "
    "legislation".split()
)


@dataclass(frozen=True, slots=True)
class PageData:
    """What one fetched page (live or archived) says about itself."""

    url: str
    titles: tuple[tuple[str, str], ...] = ()  # (where, text): og:title, title, h1...
    authors: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    text: str = ""
    status: int = 200
    version: str = "live"  # live | archive
    truncated: bool = False

    def specific_titles(self) -> list[str]:
        """Titles the page gives its article (metadata, JSON-LD, ``<h1>``)."""
        return [t for where, t in self.titles if where not in ("title",)]

    def all_titles(self) -> list[str]:
        return [t for _where, t in self.titles]


def _clean(text: str) -> str:
    return " ".join(text.split())


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: list[tuple[str, str]] = []
        self.title_parts: list[str] = []
        self.h1: list[str] = []
        self.ld: list[str] = []
        self.text: list[str] = []
        self.size = 0
        self._skip: list[str] = []
        self._in_title = False
        self._in_h1 = False
        self._h1_parts: list[str] = []
        self._ld_parts: list[str] | None = None
        self._toolbar = False

    # -- tags -------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            name = values.get("name") or values.get("property") or values.get("itemprop") or ""
            content = values.get("content", "")
            if name and content:
                self.meta.append((name.strip().lower(), _clean(content)))
            return
        if tag == "title" and not self._skip_body():
            self._in_title = True
            return
        if (tag == "body" or tag in _BLOCK or tag == "h1") and "head" in self._skip:
            self._skip.remove("head")  # an unclosed <head> ends where the body begins
            self._in_title = False
        if tag == "script" and "ld+json" in values.get("type", "").lower():
            self._ld_parts = []
        if tag in _SKIP:
            self._skip.append(tag)
            return
        if tag == "h1":
            self._in_h1, self._h1_parts = True, []
        if tag in _BLOCK:
            self.text.append("\n")
        if tag == "time" and values.get("datetime"):
            self.meta.append(("time", values["datetime"].strip()))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("meta",) and tag in _SKIP and self._skip and self._skip[-1] == tag:
            self._skip.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            return
        if tag == "script" and self._ld_parts is not None:
            self.ld.append("".join(self._ld_parts))
            self._ld_parts = None
        if tag in _SKIP:
            if tag in self._skip:
                while self._skip and self._skip.pop() != tag:
                    pass
            return
        if tag == "h1" and self._in_h1:
            self._in_h1 = False
            heading = _clean("".join(self._h1_parts))
            if heading and len(self.h1) < MAX_H1:
                self.h1.append(heading)
        if tag in _BLOCK:
            self.text.append("\n")

    def _skip_body(self) -> bool:
        return any(t != "head" for t in self._skip)

    # -- text -------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if self._ld_parts is not None:
            self._ld_parts.append(data)
            return
        if self._in_title:
            self.title_parts.append(data)
            return
        if self._skip or self._toolbar:
            return
        if self._in_h1:
            self._h1_parts.append(data)
        if self.size < PAGE_CHARS:
            self.text.append(data)
            self.size += len(data)

    def handle_comment(self, data: str) -> None:
        upper = data.upper()
        if "BEGIN WAYBACK TOOLBAR INSERT" in upper:
            self._toolbar = True
        elif "END WAYBACK TOOLBAR INSERT" in upper:
            self._toolbar = False


def _ld_objects(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _ld_objects(item)
    elif isinstance(value, dict):
        yield value
        graph = value.get("@graph")
        if graph is not None:
            yield from _ld_objects(graph)


def _ld_type(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [_clean(value)] if value.strip() else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for item in value for n in _names(item)]
    return []


def _from_json_ld(
    blocks: list[str],
) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    titles: list[tuple[str, str]] = []
    authors: list[str] = []
    dates: list[str] = []
    for block in blocks:
        try:
            data = json.loads(block.strip())
        except (ValueError, RecursionError):
            continue
        for obj in _ld_objects(data):
            kinds = _ld_type(obj)
            if not kinds & _ARTICLE_TYPES:
                continue
            for key in ("headline", "alternativeHeadline"):
                titles += [("headline", t) for t in _names(obj.get(key))]
            if "webpage" not in kinds:
                titles += [("headline", t) for t in _names(obj.get("name"))[:1]]
            authors += _names(obj.get("author")) + _names(obj.get("creator"))
            dates += [d for d in _names(obj.get("datePublished")) if d]
    return titles, authors, dates


def page_data(url: str, html: str, *, status: int = 200, version: str = "live") -> PageData:
    """Parse one HTML page."""
    collector = _Collector()
    try:
        collector.feed(html)
        collector.close()
    except (AssertionError, ValueError):  # pathological markup: keep what was read
        pass
    titles: list[tuple[str, str]] = []
    authors: list[str] = []
    dates: list[str] = []
    for name, content in collector.meta:
        if name in _TITLE_META:
            titles.append((_TITLE_META[name], content))
        elif name in _AUTHOR_META:
            authors.append(content)
        elif name in _DATE_META or name in ("time", "datepublished"):
            dates.append(content)
        elif name == "headline":
            titles.append(("headline", content))
    ld_titles, ld_authors, ld_dates = _from_json_ld(collector.ld)
    titles += ld_titles
    authors += ld_authors
    dates += ld_dates
    titles += [("h1", h) for h in collector.h1]
    page_title = _clean("".join(collector.title_parts))
    if page_title:
        titles.append(("title", page_title))
    text = re.sub(r"[ \t\r\f\v]+", " ", "".join(collector.text))
    text = re.sub(r"\s*\n\s*", "\n", text).strip()
    return PageData(
        url=url,
        titles=tuple(dict.fromkeys((w, t) for w, t in titles if t)),
        authors=tuple(dict.fromkeys(a for a in authors if a and not a.startswith("http"))),
        dates=tuple(dict.fromkeys(dates)),
        text=text[:PAGE_CHARS],
        status=status,
        version=version,
        truncated=collector.size >= PAGE_CHARS,
    )


def text_page(url: str, text: str, *, status: int = 200, version: str = "live") -> PageData:
    """A plain-text answer: no metadata, only the text."""
    return PageData(url=url, text=text[:PAGE_CHARS], status=status, version=version)


def page_to_json(page: PageData) -> str:
    return json.dumps(
        {
            "url": page.url,
            "titles": [list(t) for t in page.titles],
            "authors": list(page.authors),
            "dates": list(page.dates),
            "text": page.text,
            "status": page.status,
            "version": page.version,
            "truncated": page.truncated,
        },
        ensure_ascii=False,
    )


def page_from_json(text: str) -> PageData | None:
    try:
        data = json.loads(text)
        return PageData(
            url=str(data["url"]),
            titles=tuple((str(w), str(t)) for w, t in data.get("titles", [])),
            authors=tuple(str(a) for a in data.get("authors", [])),
            dates=tuple(str(d) for d in data.get("dates", [])),
            text=str(data.get("text", "")),
            status=int(data.get("status", 200)),
            version=str(data.get("version", "live")),
            truncated=bool(data.get("truncated", False)),
        )
    except (ValueError, KeyError, TypeError):
        return None
