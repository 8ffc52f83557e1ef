"""Distinct works and their citation keys: what every bibliography export writes.

A manuscript cites one work several times (footnotes) and lists it once (the
literature list); a database may hold several manuscripts citing the same
work.  A ``.bib``, CSL-JSON or RIS file wants each work once, so this module
groups references into **works** and gives each a stable, readable key.

Grouping (union-find over every footnote and literature reference):

* a footnote linked to a literature entry (``Footnote.literature``) is that
  entry's work;
* references with the same DOI, or the same normalised URL
  (:func:`bibcheck.urls.normalise_key`), are one work, across documents too, except
  anchors that name different works on one page: an anchor on a references page
  (``zreferences.html#id328``), or one of two or more anchors the references link on
  one page (:func:`work_url`);
* references with neither DOI nor URL are one work when their title key and
  year are equal;
* a reference with no title, URL or DOI (``Ibid.``) is no work and is skipped, and so
  is a commentary note (``RefKind.COMMENTARY``: "see the discussion above");

Merging: the literature list is the authoritative bibliography, so a
literature entry's fields win over a footnote's, earlier documents over later
ones; a footnote only fills fields the entry lacks.  A footnote's pages are
per-citation (the page cited), never the work's, and are dropped.

Keys (``zalesky2023route``): first author's family name, else the site name
of the URL (``belta``), else the publisher, else ``anon``; the year, else
``nd``; the first significant title word.  Non-Latin letters are
transliterated (Cyrillic by a BGN/PCGN-style table, accents stripped), and
colliding keys get ``a``, ``b``, ... in an order that depends on content only,
so the same database always gives the same keys.

Everything here is pure except :func:`load_works`, which reads the database
(documents, link history and archive lookups) through :mod:`bibcheck.store`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date

from bibcheck.lazyre import lazy_compile
from bibcheck.model import (
    ArchiveOutcome,
    Origin,
    ParsedDocument,
    Reference,
    RefKind,
    ThesisType,
)
from bibcheck.store.archives import latest_lookups
from bibcheck.store.base import Store
from bibcheck.store.documents import iter_documents
from bibcheck.store.links import OK, history
from bibcheck.text import title_key, transliterate
from bibcheck.urls import citing_fragment, host_name, is_references_page, normalise_key

__all__ = [
    "Citation",
    "Snapshot",
    "Work",
    "citation_keys",
    "corporate",
    "distinct_works",
    "load_works",
    "site_name",
    "split_name",
]


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a work is cited: a footnote or a literature entry of a document."""

    document: str  # document path
    origin: Origin
    label: str  # footnote label or literature number
    line: int


@dataclass(frozen=True, slots=True)
class Snapshot:
    """An archived copy of a work's URL."""

    url: str
    taken: date | None


@dataclass(frozen=True, slots=True)
class Work:
    """One distinct work, ready for export."""

    key: str
    reference: Reference  # merged fields; ``raw`` is the authoritative reference's
    citations: tuple[Citation, ...]
    urldate: date | None = None  # access date, else the date last seen alive
    snapshot: Snapshot | None = None


def _slug(text: str) -> str:
    """Lower-case ASCII letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", transliterate(text).lower())


# --------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------

_ORG_WORDS = lazy_compile(
    r"\b(ministry|ministerstvo|министерств\w*|agency|institute|institut\w*|университет\w*|"
    r"university|committee|комитет\w*|organi[sz]ation|bank|банк\w*|council|совет|office|"
    r"government|правительств\w*|department|association|ассоциац\w*|society|union|союз|"
    r"commission|комисси\w*|service|служб\w*|company|corporation|inc|ltd|llc|group|"
    r"embassy|посольств\w*|news|agentstvo|агентств\w*|academy|академи\w*|foundation|фонд)\b",
    re.I,
)
_INITIALS_FIRST = lazy_compile(r"^((?:[^\W\d_]{1,2}\.\s*)+)([^\W\d_][\w'’-]+)$")


def corporate(name: str) -> bool:
    """Is ``name`` (an author as written) an organisation rather than a person?"""
    if "," in name:
        return False
    words = name.split()
    return len(words) > 3 or bool(_ORG_WORDS.search(name)) or len(words) == 1


def split_name(name: str) -> tuple[str, str]:
    """``(family, given)`` of a person's name as written; given may be ''.

    ``Shumilin, A.`` -> ``("Shumilin", "A.")``; ``A. Shumilin`` and
    ``John Smith`` -> family last.  Call only when not :func:`corporate`.
    """
    name = " ".join(name.split())
    if "," in name:
        family, _, given = name.partition(",")
        return family.strip(), given.strip()
    match = _INITIALS_FIRST.match(name)
    if match:
        return match.group(2), match.group(1).strip()
    given, _, family = name.rpartition(" ")
    return family, given


# --------------------------------------------------------------------------
# keys
# --------------------------------------------------------------------------

_STOP = frozenset(
    "a an the of on in at to for and or with from by about as is are be its into "
    "o ob v na i s k po za ot do iz dlya pri".split()
)
_GENERIC_LABELS = frozenset("gov com org net edu ac co mil int www".split())


def site_name(url: str | None) -> str:
    """The site's own name: ``www.belta.by`` -> ``belta``, ``turkey.mfa.gov.by`` -> ``mfa``."""
    labels = [p for p in host_name(url or "").split(".") if p]
    if len(labels) < 2:
        return ""
    labels = labels[:-1]  # the top-level domain
    while len(labels) > 1 and labels[-1] in _GENERIC_LABELS:
        labels = labels[:-1]
    return _slug(labels[-1])


def _first_word(title: str | None) -> str:
    """The first title word that is not a stop word, a number or a single letter."""
    for word in (title or "").split():
        slug = _slug(word)
        if len(slug) > 1 and slug not in _STOP and not slug.isdigit():
            return slug
    return ""


def base_key(ref: Reference) -> str:
    """The key before collision suffixes."""
    who = ""
    if ref.authors:
        first = ref.authors[0]
        who = _first_word(first) if corporate(first) else _slug(split_name(first)[0])
    who = who or site_name(ref.url) or _slug((ref.publisher or "").split(" ")[0]) or "anon"
    year = str(ref.year) if ref.year else _slug(ref.year_raw or "") or "nd"
    return f"{who[:20]}{year}{_first_word(ref.title)[:20]}"


def _suffix(n: int) -> str:
    """0 -> a, 25 -> z, 26 -> aa ..."""
    letters = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("a") + rem) + letters
    return letters


def _content_order(ref: Reference) -> tuple[str, str, str, str]:
    return (title_key(ref.title), ref.url or "", ref.year_raw or "", ref.raw)


def citation_keys(refs: Sequence[Reference]) -> list[str]:
    """A unique key for each reference (same order); colliding keys get a, b, ..."""
    bases = [base_key(r) for r in refs]
    groups: dict[str, list[int]] = {}
    for i, base in enumerate(bases):
        groups.setdefault(base, []).append(i)
    keys = list(bases)
    taken = {b for b, idx in groups.items() if len(idx) == 1}
    for base in sorted(groups):
        members = groups[base]
        if len(members) == 1:
            continue
        n = 0
        for i in sorted(members, key=lambda k: _content_order(refs[k])):
            while f"{base}{_suffix(n)}" in taken:
                n += 1
            keys[i] = f"{base}{_suffix(n)}"
            taken.add(keys[i])
            n += 1
    return keys


# --------------------------------------------------------------------------
# grouping and merging
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Item:
    rank: tuple[int, int, int]  # (origin: literature first, document, position)
    reference: Reference
    citation: Citation


class _Groups:
    """Union-find over item indexes."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def split_pages(refs: Iterable[Reference]) -> frozenset[str]:
    """The pages (normalised URLs) ``refs`` link with two or more different fragments:
    there each fragment names a work of its own (``/data/#lodes``, ``/data/#qwi``)."""
    seen: dict[str, str] = {}
    split: set[str] = set()
    for ref in refs:
        fragment = citing_fragment(ref.url or "")
        if fragment:
            page = normalise_key(ref.url or "")
            if seen.setdefault(page, fragment) != fragment:
                split.add(page)
    return frozenset(split)


def work_url(url: str, split: frozenset[str] = frozenset()) -> str:
    """The address of the work ``url`` cites: its normalised form, with the fragment when
    it names one of several works on the page (a references page's anchor, or a page in
    ``split``)."""
    page = normalise_key(url)
    fragment = citing_fragment(url)
    if fragment and (page in split or is_references_page(url)):
        return f"{page}#{fragment}"
    return page


def identity_keys(ref: Reference, split: frozenset[str] = frozenset()) -> list[str]:
    """The keys under which two references are the same work (``split``: the pages whose
    anchors are works of their own, :func:`split_pages`)."""
    keys = []
    if ref.doi:
        keys.append("doi:" + ref.doi.lower())
    if ref.url:
        keys.append("url:" + work_url(ref.url, split))
    if not keys and title_key(ref.title):
        keys.append(f"title:{title_key(ref.title)}|{ref.year or ref.year_raw or ''}")
    return keys


def _exportable(ref: Reference) -> bool:
    """A work: something with a title, URL or DOI that is not commentary."""
    return ref.kind is not RefKind.COMMENTARY and bool(ref.title or ref.url or ref.doi)


def _items(docs: Sequence[ParsedDocument]) -> tuple[list[_Item], list[tuple[int, int]]]:
    """Every exportable reference, and the footnote -> literature entry links."""
    items: list[_Item] = []
    links: list[tuple[int, int]] = []
    for d, doc in enumerate(docs):
        lit_index: dict[int, int] = {}
        for pos, entry in enumerate(doc.literature):
            if not _exportable(entry.reference):
                continue
            lit_index.setdefault(entry.number, len(items))
            cite = Citation(doc.path, Origin.LITERATURE, str(entry.number), entry.line)
            items.append(_Item((0, d, pos), entry.reference, cite))
        for pos, fn in enumerate(doc.footnotes):
            linked = lit_index.get(fn.literature.number) if fn.literature else None
            if fn.reference.kind is RefKind.COMMENTARY or (
                not _exportable(fn.reference) and linked is None
            ):
                continue
            if linked is not None:
                links.append((len(items), linked))
            cite = Citation(doc.path, Origin.FOOTNOTE, fn.label, fn.line)
            items.append(_Item((1, d, pos), fn.reference, cite))
    return items, links


_MERGED = tuple(
    f.name for f in fields(Reference) if f.name not in ("raw", "line", "end_line", "anomalies")
)


_THESIS_LABELS = {
    ThesisType.DOCTORAL: "PhD thesis",
    ThesisType.MASTERS: "Master's thesis",
    ThesisType.OTHER: "Thesis",
}


def thesis_label(ref: Reference) -> str:
    """A thesis's type as the exports write it: its designation as written, else the
    degree's English label (``PhD thesis``, ``Master's thesis``, ``Thesis``)."""
    return ref.thesis_designation or _THESIS_LABELS[ref.thesis_type or ThesisType.OTHER]


def export_kind(ref: Reference) -> RefKind:
    """The kind every export uses, so BibTeX, CSL-JSON and RIS agree on a work's type.

    An article or chapter whose host (journal, book) was not parsed cannot be
    exported as one (biblatex requires the journal): it is a web source if it
    has a URL, else a generic document.  An unknown kind with a URL is a web source.
    """
    kind = ref.kind
    if kind in (RefKind.ARTICLE, RefKind.CHAPTER) and not ref.host:
        kind = RefKind.UNKNOWN
    if kind is RefKind.UNKNOWN and ref.url:
        return RefKind.WEB
    return kind


_OWN_PAGES = (RefKind.ARTICLE, RefKind.CHAPTER)  # a page range that belongs to the work


def merge(refs: Sequence[Reference], origins: Sequence[Origin]) -> Reference:
    """One reference from several, the first (authoritative) winning field by field."""
    first = refs[0]
    values: dict[str, object] = {}
    for name in _MERGED:
        default = getattr(Reference("", 0, 0), name)
        values[name] = default
        for ref, origin in zip(refs, origins, strict=True):
            if name == "pages" and origin is Origin.FOOTNOTE and ref.kind not in _OWN_PAGES:
                continue  # a footnote's page is where it cites a book, not the work's extent
            value = getattr(ref, name)
            if value != default and value not in (None, "", ()):
                values[name] = value
                break
    return replace(first, anomalies=(), **values)  # type: ignore[arg-type]


def distinct_works(docs: Sequence[ParsedDocument]) -> list[Work]:
    """The distinct works cited by ``docs``, sorted by key (no link or archive data)."""
    items, links = _items(docs)
    groups = _Groups(len(items))
    for a, b in links:
        groups.union(a, b)
    first_with: dict[str, int] = {}
    split = split_pages(item.reference for item in items)
    for i, item in enumerate(items):
        for key in identity_keys(item.reference, split):
            groups.union(i, first_with.setdefault(key, i))
    members: dict[int, list[_Item]] = {}
    for i, item in enumerate(items):
        members.setdefault(groups.find(i), []).append(item)
    merged: list[tuple[Reference, tuple[Citation, ...]]] = []
    for group in members.values():
        group.sort(key=lambda it: it.rank)
        ref = merge([g.reference for g in group], [g.citation.origin for g in group])
        merged.append((ref, tuple(g.citation for g in group)))
    keys = citation_keys([ref for ref, _ in merged])
    works = [Work(k, ref, cites) for k, (ref, cites) in zip(keys, merged, strict=True)]
    return sorted(works, key=lambda w: w.key)


# --------------------------------------------------------------------------
# the database side
# --------------------------------------------------------------------------


def _last_alive(db: Store, url: str) -> date | None:
    alive = [c.checked_at for c in history(db, url) if c.status in OK]
    return max(alive).date() if alive else None


def _snapshot_date(stamp: str | None) -> date | None:
    if not stamp or len(stamp) < 8 or not stamp[:8].isdigit():
        return None
    try:
        return date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]))
    except ValueError:
        return None


def with_link_data(db: Store, works: Iterable[Work]) -> list[Work]:
    """Add the urldate (access date, else last seen alive) and the archived copy."""
    works = list(works)
    urls = sorted({w.reference.url for w in works if w.reference.url})
    lookups = latest_lookups(db, urls)
    out = []
    for work in works:
        url = work.reference.url
        if url is None:
            out.append(work)
            continue
        urldate = work.reference.access_date or _last_alive(db, url)
        lookup = lookups.get(url)
        snapshot = None
        if lookup and lookup.outcome is ArchiveOutcome.FOUND and lookup.snapshot_url:
            snapshot = Snapshot(lookup.snapshot_url, _snapshot_date(lookup.snapshot_timestamp))
        out.append(replace(work, urldate=urldate, snapshot=snapshot))
    return out


def load_works(db: Store) -> list[Work]:
    """Every distinct work cited by the stored documents, with link and archive data."""
    return with_link_data(db, distinct_works(list(iter_documents(db))))
