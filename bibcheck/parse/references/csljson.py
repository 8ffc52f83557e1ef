"""A CSL-JSON item (Pandoc, Zotero, citeproc) -> :class:`~bibcheck.model.Reference`.

The item already has fields, so nothing is guessed from punctuation: ``type``
gives the kind, ``container-title`` the host, ``issued`` the year, ``accessed``
the access date.  The same items written in YAML (Pandoc's ``references:`` in a
document's front matter) are the same dictionaries.  Problems in the fields (a
year that is no year, an unusable URL, a web item without URL) become anomalies
at the item's line.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from bibcheck.model import Anomaly, AnomalyCode, Reference, RefKind
from bibcheck.parse.references import map_kind
from bibcheck.parse.references.fields import (
    detect_language,
    doi_from_url,
    labelled_doi,
    parse_year,
    undated_status,
)
from bibcheck.parse.references.identifiers import identifiers_of_fields, with_identifiers
from bibcheck.parse.references.nodoi import says_no_doi
from bibcheck.parse.references.thesis import structured
from bibcheck.parse.references.typed_kinds import csl_kind
from bibcheck.urls import extract_urls

__all__ = ["item_key", "to_reference"]

_ONLINE_ONLY = frozenset({"webpage", "post", "post-weblog"})
_KINDS = {
    "webpage": RefKind.WEB,
    "post": RefKind.WEB,
    "post-weblog": RefKind.WEB,
    "software": RefKind.WEB,
    "dataset": RefKind.WEB,
    # a film, a broadcast, a sound recording (Hayagriva's ``video``, ``audio``): ``web``, as
    # the corpus conventions file films, videos and recordings
    "motion_picture": RefKind.WEB,
    "broadcast": RefKind.WEB,
    "song": RefKind.WEB,
    "book": RefKind.BOOK,
    "thesis": RefKind.THESIS,
    "manuscript": RefKind.BOOK,
    "classic": RefKind.BOOK,
    "collection": RefKind.BOOK,
    "article": RefKind.ARTICLE,
    "article-journal": RefKind.ARTICLE,
    "article-magazine": RefKind.ARTICLE,
    "article-newspaper": RefKind.ARTICLE,
    "review": RefKind.ARTICLE,
    "review-book": RefKind.ARTICLE,
    "chapter": RefKind.CHAPTER,
    "paper-conference": RefKind.CHAPTER,
    "entry": RefKind.CHAPTER,
    "entry-encyclopedia": RefKind.CHAPTER,
    "entry-dictionary": RefKind.CHAPTER,
    "report": RefKind.REPORT,
    "standard": RefKind.REPORT,
    "legislation": RefKind.REPORT,
    "patent": RefKind.PATENT,
    # (an issue or a run of a periodical as a whole: filed as a book, the nearest kind, as
    # biblatex's @periodical is)
    "periodical": RefKind.BOOK,
}


def item_key(item: Mapping[str, Any]) -> str | None:
    """The item's citation key (``id``), or None."""
    value = item.get("id")
    if isinstance(value, str | int) and str(value).strip():
        return str(value).strip()
    return None


def _text(item: Mapping[str, Any], *names: str) -> str | None:
    for name in names:
        value = item.get(name)
        if isinstance(value, str | int | float) and str(value).strip():
            return " ".join(str(value).split())
    return None


def _name(person: object) -> str | None:
    """``{"family": "Smith", "given": "Jane"}`` -> "Smith, Jane"; literals as written."""
    if isinstance(person, str):
        return person.strip() or None
    if not isinstance(person, Mapping):
        return None
    literal = person.get("literal")
    if isinstance(literal, str) and literal.strip():
        return literal.strip()
    family = str(person.get("family") or "").strip()
    particle = str(person.get("non-dropping-particle") or "").strip()
    given = str(person.get("given") or "").strip()
    family = f"{particle} {family}".strip()
    if family and given:
        return f"{family}, {given}"
    return family or given or None


def _authors(item: Mapping[str, Any]) -> tuple[str, ...]:
    return _people(item.get("author") or item.get("editor") or [])


def _people(people: object) -> tuple[str, ...]:
    if not isinstance(people, list):
        people = [people]
    return tuple(name for p in people if (name := _name(p)) is not None)


_DATE_FIELDS = ("year", "month", "day")


def _date_parts(value: object) -> tuple[list[int], str | None]:
    """(year, month, day as far as given) and the raw text of a CSL date.

    Besides CSL's ``{date-parts: [[y, m, d]]}``, ``raw`` and ``literal``: a date YAML
    read as one (``issued: 1895-08-23``), and the pandoc-citeproc YAML form, a list of
    maps (``issued: [{year: '1895', month: '08'}]``, the first the start of a range)
    or one such map."""
    if isinstance(value, date):
        return [value.year, value.month, value.day], value.isoformat()
    if isinstance(value, str | int):
        raw = str(value)
        parts = [int(p) for p in re.findall(r"\d+", raw)[:3]]
        return parts, raw
    if isinstance(value, list) and value and isinstance(value[0], Mapping):
        value = value[0]
    if not isinstance(value, Mapping):
        return [], None
    if "date-parts" not in value and value.get("year") not in (None, ""):
        written = [str(value[k]).strip() for k in _DATE_FIELDS if value.get(k) not in (None, "")]
        parts = []
        for part in written:
            if not part.isdigit():
                break
            parts.append(int(part))
        return parts, "-".join(written)
    dp = value.get("date-parts")
    if isinstance(dp, list) and dp and isinstance(dp[0], list):
        parts = []
        for p in dp[0][:3]:
            try:
                parts.append(int(p))
            except (TypeError, ValueError):
                break
        return parts, "-".join(str(p) for p in dp[0][:3])
    for name in ("raw", "literal"):
        text = value.get(name)
        if isinstance(text, str) and text.strip():
            return [int(p) for p in re.findall(r"\d+", text)[:3]], text.strip()
    return [], None


def _year(item: Mapping[str, Any], line: int) -> tuple[int | None, str | None, list[Anomaly]]:
    parts, raw = _date_parts(item.get("issued"))
    if raw is None:
        return None, None, []
    token = str(parts[0]) if parts else raw
    info = parse_year(token)
    if info is not None and info.year is not None:
        return info.year, raw, []
    if info is None and undated_status(raw):
        return None, raw, []  # {"literal": "forthcoming"}, "n.d.": a status, no bad year
    problem = info.problem if info and info.problem else f"issued {raw!r} is not a year"
    return None, raw, [Anomaly(AnomalyCode.YEAR_MALFORMED, problem, line)]


def _accessed(item: Mapping[str, Any], line: int) -> tuple[date | None, str | None, list[Anomaly]]:
    parts, raw = _date_parts(item.get("accessed"))
    if raw is None:
        return None, None, []
    if len(parts) == 3:
        try:
            return date(parts[0], parts[1], parts[2]), raw, []
        except ValueError:
            pass
    message = f"accessed {raw!r} is not a full date (year, month, day)"
    return None, raw, [Anomaly(AnomalyCode.ACCESS_DATE_INVALID, message, line)]


def _url(
    item: Mapping[str, Any], line: int
) -> tuple[str | None, str | None, str | None, list[Anomaly]]:
    value = _text(item, "URL", "url")
    if value is None:
        return None, None, None, []
    found = extract_urls(value, (line,))
    if not found.urls:
        message = f"URL field holds no usable URL: {value!r}"
        return None, value, None, [Anomaly(AnomalyCode.URL_INVALID, message, line)]
    first = found.urls[0]
    return first.url, value, first.display, list(found.anomalies)


def _doi(item: Mapping[str, Any], url: str | None) -> str | None:
    doi = _text(item, "DOI", "doi")
    if doi and not says_no_doi(doi):  # "DOI": "none": checked, no DOI
        return re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", doi, flags=re.I)
    if doi:  # "none": checked, no DOI
        return doi_from_url(url) if url else None
    # (a DOI written as text in the note, "note": "DOI: 10.1016/…", as Zotero writes an
    # identifier its item type has no field for)
    return (doi_from_url(url) if url else None) or labelled_doi(_text(item, "note") or "")


_IDENTIFIER_FIELDS = frozenset({"pmid", "pmcid", "isbn"})


def to_reference(item: Mapping[str, Any], line: int, end_line: int | None = None) -> Reference:
    """The reference a CSL item describes (``raw`` is the item as JSON)."""
    # (legal, archival and interview types by their fields: :mod:`.typed_kinds`)
    # (a printed map a book, one online only web: :mod:`.map_kind`)
    typed = map_kind.csl_map_kind(item) or _KINDS.get(str(item.get("type", "")).lower())
    kind = csl_kind(item, typed or RefKind.UNKNOWN)
    year, year_raw, year_notes = _year(item, line)
    access, access_raw, access_notes = _accessed(item, line)
    url, url_raw, url_display, url_notes = _url(item, line)
    if kind is RefKind.UNKNOWN and url:
        kind = RefKind.WEB
    title = _text(item, "title")
    anomalies = [*year_notes, *access_notes, *url_notes]
    # a web page or post exists at its address; a dataset or software may be distributed
    # otherwise (a statistical office's survey, a package on a disc)
    if str(item.get("type", "")).lower() in _ONLINE_ONLY and url_raw is None:
        anomalies.append(
            Anomaly(AnomalyCode.URL_MISSING, "electronic resource without a URL", line)
        )
    language = _text(item, "language")
    ref = Reference(
        raw=json.dumps(dict(item), ensure_ascii=False, default=str),
        line=line,
        end_line=end_line or line,
        kind=kind,
        style="csl-json",
        authors=_authors(item),
        title=title,
        host=_text(item, "container-title", "collection-title", "event-title"),
        year=year,
        year_raw=year_raw,
        url=url,
        url_raw=url_raw,
        url_display=url_display,
        access_date=access,
        access_date_raw=access_raw,
        publisher=_text(item, "publisher"),
        place=_text(item, "publisher-place", "event-place"),
        pages=_text(item, "page"),
        volume=_text(item, "volume"),
        issue=_text(item, "issue"),
        page_count=_page_count(item),
        doi=_doi(item, url),
        language=language.split("-")[0].lower() if language else detect_language(title or ""),
        edition=_text(item, "edition"),
        series=_text(item, "collection-title"),
        editors=_people(item.get("editor") or []),
        number=_text(item, "number"),
        electronic=url is not None,
        anomalies=tuple(anomalies),
    )
    # (PMID, PMCID, ISBN: :mod:`.identifiers`)
    named = {k: str(v) for k, v in item.items() if k.lower() in _IDENTIFIER_FIELDS and v}
    ref = with_identifiers(ref, identifiers_of_fields(named))
    if kind is not RefKind.THESIS:
        return ref
    # CSL's convention: a thesis's university is its "publisher", its degree the "genre"
    return dataclasses.replace(
        structured(ref, written_type=_text(item, "genre"), school=ref.publisher), publisher=None
    )


def _page_count(item: Mapping[str, Any]) -> int | None:
    value = _text(item, "number-of-pages")
    return int(value) if value and value.isdigit() else None
