"""What a registry says about a work, read from its real JSON formats (pure).

Three formats become one :class:`Work`:

* a Crossref work (``/works/{doi}`` ``message``, or an item of a work list):
  ``title``/``subtitle``/``original-title``/``short-title`` lists, ``author``
  (``family``/``given``, or ``name`` for an organisation), ``container-title``,
  ``volume``, ``issue``, ``page``, dates as ``{"date-parts": [[y, m, d]]}``
  (``issued``, ``published-print``, ``published-online``, ``published``),
  ``type``/``subtype``, ``updated-by`` (notices about this work) and
  ``update-to`` (this record *is* a notice), ``relation`` (``is-preprint-of``,
  ``has-preprint``...), and ``score`` in search results;
* an OpenAlex work: ``doi`` as a ``https://doi.org/`` URL, ``title`` or
  ``display_name``, ``authorships[].author.display_name`` (and
  ``raw_author_name``), ``publication_year``, ``primary_location.source.display_name``,
  ``biblio`` (``volume``, ``issue``, ``first_page``, ``last_page``), ``type``,
  ``is_retracted`` and ``relevance_score``;
* CSL-JSON from DOI content negotiation (``application/vnd.citationstyles.csl+json``),
  whatever agency registered the DOI: ``title``, ``author``, ``container-title``
  (a string or a list), ``volume``, ``issue``, ``page``, ``issued``.

Nothing here raises on odd input: a field of the wrong type is treated as absent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from bibcheck.lazyre import lazy_compile

__all__ = [
    "RETRACTED_TITLE",
    "Update",
    "Work",
    "crossref_work",
    "csl_work",
    "normalise_doi",
    "openalex_work",
]

_DOI_PREFIX = lazy_compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


def normalise_doi(doi: str | None) -> str:
    """``10.1234/ABC`` and ``https://doi.org/10.1234/abc`` -> ``10.1234/abc`` ('' if none)."""
    if not doi or not isinstance(doi, str):
        return ""
    return _DOI_PREFIX.sub("", doi.strip()).strip().lower()


@dataclass(frozen=True, slots=True)
class Update:
    """A notice about a work: a retraction, correction, expression of concern..."""

    notice: str  # DOI of the notice ('' when only a flag or a title says so)
    type: str  # normalised: retraction, withdrawal, correction, expression_of_concern...
    label: str = ""
    source: str = ""  # publisher, retraction-watch, openalex, title
    date: str = ""  # ISO date (as precise as known)
    target: str = ""  # DOI of the work the notice is about


@dataclass(frozen=True, slots=True)
class Work:
    """One registered work as a registry describes it."""

    source: str  # crossref, openalex, doi (CSL-JSON by content negotiation)
    doi: str = ""
    titles: tuple[str, ...] = ()  # the title first, then its variants
    authors: tuple[tuple[str, str], ...] = ()  # (family, given); family '' when unknown
    years: tuple[int, ...] = ()  # issued first, then print/online dates
    containers: tuple[str, ...] = ()
    volume: str = ""
    issue: str = ""
    pages: str = ""
    type: str = ""
    updates: tuple[Update, ...] = ()  # notices about this work
    update_to: tuple[Update, ...] = ()  # this work is a notice about these
    preprint_of: tuple[str, ...] = ()  # DOIs of the published versions of this preprint
    is_preprint: bool = False
    retracted_flag: bool = False  # OpenAlex is_retracted
    score: float | None = None  # the registry's own relevance score

    @property
    def title(self) -> str:
        return self.titles[0] if self.titles else ""

    @property
    def first_author(self) -> tuple[str, str] | None:
        return self.authors[0] if self.authors else None

    @property
    def year(self) -> int | None:
        return self.years[0] if self.years else None


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def _text(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _string(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _texts(value: Any) -> list[str]:
    """A Crossref list of strings, or a single string (CSL), as clean strings."""
    if isinstance(value, list):
        return [t for t in (_string(v) for v in value) if t]
    text = _string(value)
    return [text] if text else []


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        if item and item.casefold() not in {s.casefold() for s in seen}:
            seen[item] = None
    return tuple(seen)


_WORDS = (
    r"(?:retracted(?:\s+article)?|withdrawn(?:\s+article)?|"
    r"отозванн\w*(?:\s+стать\w*)?|ретрагированн\w*(?:\s+стать\w*)?)"
)
RETRACTED_TITLE = lazy_compile(
    rf"^\s*(?:\[\s*{_WORDS}\s*\]\s*[:.\-–—]?|{_WORDS}\s*[:.\-–—])\s*(?=\S)", re.IGNORECASE
)
"""A title that says the work was retracted: ``RETRACTED:``, ``[Retracted]``, ``WITHDRAWN:``."""


def _without_flag(titles: Iterable[str]) -> list[str]:
    """The titles as published, without a ``RETRACTED:`` flag added later."""
    return [RETRACTED_TITLE.sub("", t) for t in titles if RETRACTED_TITLE.match(t)]


_TAGS = lazy_compile(r"<[^>]{1,40}>")  # JATS/MathML tags in Crossref titles: <i>, <sub>...


def _clean_title(title: str) -> str:
    return " ".join(_TAGS.sub("", title).split())


def date_year(value: Any) -> int | None:
    """The year of a ``{"date-parts": [[y, m, d]]}`` object (None when missing)."""
    if not isinstance(value, Mapping):
        return None
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        year = parts[0][0]
        if isinstance(year, int) and not isinstance(year, bool) and 1000 < year < 3000:
            return year
        if isinstance(year, str) and year.isdigit() and 1000 < int(year) < 3000:
            return int(year)
    return None


def date_iso(value: Any) -> str:
    """``YYYY[-MM[-DD]]`` of a date-parts object ('' when missing)."""
    if not isinstance(value, Mapping):
        return ""
    parts = value.get("date-parts")
    if not (isinstance(parts, list) and parts and isinstance(parts[0], list)):
        return ""
    numbers = [p for p in parts[0] if isinstance(p, int) and not isinstance(p, bool)]
    if not numbers:
        return ""
    return "-".join([f"{numbers[0]:04d}", *(f"{n:02d}" for n in numbers[1:3])])


def _years(record: Mapping[str, Any], keys: Iterable[str]) -> tuple[int, ...]:
    found: dict[int, None] = {}
    for key in keys:
        year = date_year(record.get(key))
        if year is not None:
            found[year] = None
    return tuple(found)


def _csl_authors(value: Any) -> tuple[tuple[str, str], ...]:
    out = []
    for person in value if isinstance(value, list) else []:
        if not isinstance(person, Mapping):
            continue
        family, given = _text(person.get("family")), _text(person.get("given"))
        if not family:
            family = _text(person.get("name")) or _text(person.get("literal"))
        if family:
            out.append((family, given))
    return tuple(out)


def normalise_update_type(value: str) -> str:
    """``Expression of Concern`` / ``expression-of-concern`` -> ``expression_of_concern``."""
    return re.sub(r"[\s-]+", "_", value.strip().lower())


def _updates(value: Any) -> tuple[Update, ...]:
    """``updated-by`` of a work: one :class:`Update` per notice about it."""
    out = []
    for entry in value if isinstance(value, list) else []:
        if not isinstance(entry, Mapping):
            continue
        kind = normalise_update_type(_text(entry.get("type")) or _text(entry.get("label")))
        if kind:
            out.append(
                Update(
                    notice=normalise_doi(_text(entry.get("DOI"))),
                    type=kind,
                    label=_text(entry.get("label")),
                    source=_text(entry.get("source")) or "publisher",
                    date=date_iso(entry.get("updated")),
                )
            )
    return tuple(out)


def _relation_dois(relation: Any, name: str) -> tuple[str, ...]:
    if not isinstance(relation, Mapping):
        return ()
    items = relation.get(name)
    if isinstance(items, Mapping):
        items = [items]
    out = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, Mapping) and _text(item.get("id-type")).lower() in ("doi", ""):
            doi = normalise_doi(_text(item.get("id")))
            if doi:
                out.append(doi)
    return tuple(dict.fromkeys(out))


def _score(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


# --------------------------------------------------------------------------
# the three formats
# --------------------------------------------------------------------------


def crossref_work(record: Any) -> Work | None:
    """A Crossref work record (``message`` of ``/works/{doi}``, or a list item)."""
    if not isinstance(record, Mapping):
        return None
    doi = normalise_doi(_text(record.get("DOI")))
    titles = [_clean_title(t) for t in _texts(record.get("title"))]
    subtitles = [_clean_title(t) for t in _texts(record.get("subtitle"))]
    variants = [f"{titles[0]}: {s}" for s in subtitles[:1]] if titles else subtitles
    variants += [_clean_title(t) for t in _texts(record.get("original-title"))]
    variants += [_clean_title(t) for t in _texts(record.get("short-title"))]
    kind = _text(record.get("type"))
    subtype = _text(record.get("subtype"))
    return Work(
        source="crossref",
        doi=doi,
        titles=_unique([*titles, *variants, *_without_flag(titles)]),
        authors=_csl_authors(record.get("author")),
        years=_years(record, ("issued", "published", "published-print", "published-online")),
        containers=_unique(
            [*_texts(record.get("container-title")), *_texts(record.get("short-container-title"))]
        ),
        volume=_text(record.get("volume")),
        issue=_text(record.get("issue")),
        pages=_text(record.get("page")),
        type=kind,
        updates=_updates(record.get("updated-by")),
        update_to=_notice_targets(record.get("update-to"), doi),
        preprint_of=_relation_dois(record.get("relation"), "is-preprint-of"),
        is_preprint=subtype == "preprint"
        or (kind == "posted-content" and subtype in ("", "preprint")),
        score=_score(record.get("score")),
    )


def _notice_targets(value: Any, notice: str) -> tuple[Update, ...]:
    """``update-to`` of a notice: one :class:`Update` per work it updates."""
    out = []
    for entry in value if isinstance(value, list) else []:
        if not isinstance(entry, Mapping):
            continue
        kind = normalise_update_type(_text(entry.get("type")) or _text(entry.get("label")))
        target = normalise_doi(_text(entry.get("DOI")))
        if kind and target:
            out.append(
                Update(
                    notice=notice,
                    type=kind,
                    label=_text(entry.get("label")),
                    source=_text(entry.get("source")) or "publisher",
                    date=date_iso(entry.get("updated")),
                    target=target,
                )
            )
    return tuple(out)


def openalex_work(record: Any) -> Work | None:
    """An OpenAlex work object (a result of ``/works`` or ``/works/{id}``)."""
    if not isinstance(record, Mapping):
        return None
    authors = []
    for authorship in record.get("authorships") or []:
        if not isinstance(authorship, Mapping):
            continue
        author = authorship.get("author")
        name = _text(author.get("display_name")) if isinstance(author, Mapping) else ""
        name = name or _text(authorship.get("raw_author_name"))
        if name:  # OpenAlex gives the whole name only: the family name is unknown ('')
            authors.append(("", name))
    location = record.get("primary_location")
    source = location.get("source") if isinstance(location, Mapping) else None
    container = _text(source.get("display_name")) if isinstance(source, Mapping) else ""
    found = record.get("biblio")
    biblio: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
    first, last = _text(biblio.get("first_page")), _text(biblio.get("last_page"))
    pages = f"{first}-{last}" if first and last and first != last else first
    year = record.get("publication_year")
    years = (year,) if isinstance(year, int) and not isinstance(year, bool) else ()
    title = _string(record.get("title")) or _string(record.get("display_name"))
    kind = _text(record.get("type"))
    return Work(
        source="openalex",
        doi=normalise_doi(_text(record.get("doi"))),
        titles=_unique([_clean_title(title), *_without_flag([_clean_title(title)])]),
        authors=tuple(authors),
        years=years,
        containers=(container,) if container else (),
        volume=_text(biblio.get("volume")),
        issue=_text(biblio.get("issue")),
        pages=pages,
        type=kind,
        is_preprint=kind == "preprint",
        retracted_flag=record.get("is_retracted") is True,
        score=_score(record.get("relevance_score")),
    )


def csl_work(record: Any, doi: str = "") -> Work | None:
    """CSL-JSON of one DOI, as DOI content negotiation returns it."""
    if not isinstance(record, Mapping):
        return None
    titles = [_clean_title(t) for t in _texts(record.get("title"))]
    return Work(
        source="doi",
        doi=normalise_doi(_text(record.get("DOI"))) or normalise_doi(doi),
        titles=_unique([*titles, *(_clean_title(t) for t in _texts(record.get("original-title")))]),
        authors=_csl_authors(record.get("author")),
        years=_years(record, ("issued", "published-print", "published-online", "created")),
        containers=_unique(_texts(record.get("container-title"))),
        volume=_text(record.get("volume")),
        issue=_text(record.get("issue")),
        pages=_text(record.get("page")),
        type=_text(record.get("type")),
        updates=_updates(record.get("updated-by")),
        preprint_of=_relation_dois(record.get("relation"), "is-preprint-of"),
    )
