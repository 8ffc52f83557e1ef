"""References whose parts a publisher's HTML marks up one by one.

A publisher's full-text page often gives each part of a reference its own element:
ScienceDirect (Elsevier) writes ``<span class="authors">A. Gasparrini, Y. Guo, et
al.</span> <span class="title">Title</span> <span class="host">Lancet, 386 (2015), pp.
369-375</span>``, Wiley ``<span class="author">``/``<span class="articleTitle">``/
``<span class="pubYear">``, Taylor & Francis ``NLM_string-name``/``NLM_article-title``/
``NLM_year``, and HTML made from JATS ``string-name``/``article-title``/``source``/
``year``/``volume``/``fpage``.  Where the markup says where the authors, the title and
the host end, those are the boundaries: the text alone cannot tell where an unpunctuated
title ends and an abbreviated journal (``J. Stat. Softw.``) begins.

:func:`marked_reference` reads such an element; an element without a title part and
at least one other part is left to the style parsers (None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from bs4 import Tag

from bibcheck.lazyre import lazy_compile
from bibcheck.model import AnomalyCode, Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.readers.htmltree import text_of

# class names (lower case, a publisher's prefix taken off) -> the part they hold
_ROLES = {
    "authors": "authors",
    "author-list": "authors",
    "citation-authors": "authors",
    "person-group": "authors",
    "author": "author",
    "string-name": "author",
    "contrib-author": "author",
    "citation_author": "author",
    "title": "title",
    "article-title": "title",
    "articletitle": "title",
    "chapter-title": "title",
    "citation_title": "title",
    "ref-title": "title",
    "host": "host",
    "source": "journal",
    "journal": "journal",
    "journaltitle": "journal",
    "ref-journal": "journal",
    "citation_journal_title": "journal",
    "year": "year",
    "pubyear": "year",
    "vol": "volume",
    "volume": "volume",
    "citation_volume": "volume",
    "issue": "issue",
    "citation_issue": "issue",
    "fpage": "first",
    "pagefirst": "first",
    "lpage": "last",
    "pagelast": "last",
}
_PREFIX = lazy_compile(r"^(?:nlm_|c-article-references__|ref-(?=journal|title)|hlfld-)")
# the host of ScienceDirect's references: "Lancet, 386 (2015), pp. 369-375",
# "Environ. Epidemiol., 4 (2020), Article e096", "Lancet, 386 (9991) (2015), p. 12"
_JOURNAL_HOST = lazy_compile(
    r"^(?P<journal>[^,]+),\s(?P<volume>[\w–-]*\d[\w–-]*)"
    r"(?:\s\((?P<issue>[^()]+)\))?\s\((?P<year>\d{4})\)"
    r"(?:,\s(?:pp?\.\s?(?P<pages>[\w–-]+)|Article\s(?P<article>[\w.-]+)))?"
)
# ... and of its books and reports: "WMO-No. 1142, WMO, Geneva (2015)", "ONS, Newport (2022)"
_BOOK_HOST = lazy_compile(r"^(?:(?P<publisher>.+),\s)?(?P<place>[^,()]+?)\s\((?P<year>\d{4})\)")
# "A. Gasparrini", "K.R. Weinberger", "R. de Dear": a person written initials first
_INITIALS_FIRST = lazy_compile(r"^(?:[A-Z]\.\s?-?)+\s?(?:[a-z]{1,3}\s)*[A-Z][\w'’-]+$")
# (at most one, at the end: tried from the first of a run of spaces, or a comma, not again
# from each space of it, which made a long run quadratic)
_ET_AL = lazy_compile(r"(?:(?<!\s)|(?=,)),?\s*+(?:et\s++al\.?|and\s++others)\s*+$", re.I)


@dataclass(slots=True)
class _Parts:
    found: dict[str, list[str]] = field(default_factory=dict)

    def add(self, role: str, text: str) -> None:
        text = " ".join(text.split()).strip()
        if text:
            self.found.setdefault(role, []).append(text)

    def one(self, role: str) -> str | None:
        values = self.found.get(role)
        return values[0] if values else None


def _role(tag: Tag) -> str | None:
    for name in tag.get("class") or ():
        role = _ROLES.get(_PREFIX.sub("", str(name).lower()))
        if role is not None:
            return role
    return None


def _parts(element: Tag) -> _Parts:
    parts = _Parts()
    for tag in element.find_all(True):
        role = _role(tag)
        if role is None or any(_role(p) == role for p in tag.parents if p is not element):
            continue
        if role == "author" and any(_role(p) == "authors" for p in tag.parents):
            continue  # the names inside a list of authors: the list is read whole
        parts.add(role, text_of(tag))
    return parts


def people(text: str) -> tuple[str, ...]:
    """The authors in a list of names: ``A. Gasparrini, Y. Guo, et al.`` -> two people;
    a list whose parts are not all people written initials first is one organisation
    (``World Meteorological Organization, World Health Organization``) or is split only
    where it says so (``;``)."""
    text = _ET_AL.sub("", text.strip(" ,;."))
    names = [n.strip(" ,.") for n in re.split(r",\s*|\s+and\s+|\s*&\s*", text)]
    names = [n for n in names if n]
    if names and all(_INITIALS_FIRST.match(n) for n in names):
        return tuple(names)
    pieces = [p.strip(" ,.") for p in text.split(";")]
    return tuple(p for p in pieces if p)


def marked_reference(element: Tag, text: str, line: int) -> Reference | None:
    """The reference ``element`` marks up part by part (see the module), or None."""
    parts = _parts(element)
    title = parts.one("title")
    roles = set(parts.found) - {"title"}
    if title is None or not roles & {"authors", "author", "host", "journal", "year"}:
        return None
    base = parse_reference(text, (line,), detect_styles=True)
    names: tuple[str, ...] = ()
    if "authors" in parts.found:
        names = people(parts.found["authors"][0])
    elif "author" in parts.found:
        names = tuple(_ET_AL.sub("", n).strip(" ,;") for n in parts.found["author"])
    ref = replace(
        base,
        style="markup",
        authors=names or base.authors,
        title=title.strip().rstrip(".").strip() or base.title,
        anomalies=tuple(a for a in base.anomalies if a.code is not AnomalyCode.REFERENCE_UNPARSED),
    )
    host = parts.one("host")
    journal = parts.one("journal")
    if host is not None:
        return _with_host(ref, host)
    if journal is not None:
        first, last = parts.one("first"), parts.one("last")
        pages = f"{first}-{last}" if first and last else first
        year = _year(parts.one("year")) or (ref.year, ref.year_raw)
        return replace(
            ref,
            kind=RefKind.ARTICLE,
            host=journal.rstrip(","),
            volume=parts.one("volume") or ref.volume,
            issue=parts.one("issue") or ref.issue,
            pages=pages or ref.pages,
            year=year[0],
            year_raw=year[1],
        )
    return ref


def _year(text: str | None) -> tuple[int, str] | None:
    m = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", text or "")
    return (int(m.group(1)), m.group(1)) if m else None


def _with_host(ref: Reference, host: str) -> Reference:
    """``ref`` with the facts its host part gives: a journal, its volume, year and pages,
    or a book's or report's publisher, place and year."""
    host = re.sub(r",?\s*(?:https?://|doi:|10\.\d{4,9}/)\S*", "", host).strip(" ,.")
    m = _JOURNAL_HOST.match(host)
    if m is not None:
        return replace(
            ref,
            kind=RefKind.ARTICLE,
            host=m.group("journal").strip(),
            volume=m.group("volume"),
            issue=m.group("issue") or ref.issue,
            year=int(m.group("year")),
            year_raw=m.group("year"),
            pages=m.group("pages") or m.group("article") or ref.pages,
        )
    b = _BOOK_HOST.match(host)
    if b is not None:
        return replace(
            ref,
            kind=ref.kind if ref.kind is not RefKind.UNKNOWN else RefKind.BOOK,
            publisher=b.group("publisher") or ref.publisher,
            place=b.group("place").strip(),
            year=int(b.group("year")),
            year_raw=b.group("year"),
        )
    return ref
