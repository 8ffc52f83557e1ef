"""A ``.bib`` entry -> :class:`~bibcheck.model.Reference`, and duplicate works in a ``.bib``.

The entry already has fields, so nothing is guessed from punctuation: the
entry type gives the kind, ``journaltitle``/``journal``/``booktitle`` the
host, ``urldate`` the access date.  Problems in the fields (a malformed year
or access date, an unusable URL, a web entry without URL) become anomalies
with the line of the field.
"""

from __future__ import annotations

import re
from datetime import date

from bibcheck.model import Anomaly, AnomalyCode, BibRecord, RawNote, Reference, RefKind
from bibcheck.parse.references.fields import (
    detect_language,
    doi_from_url,
    doi_problem,
    parse_year,
)
from bibcheck.text import title_key
from bibcheck.urls import extract_urls, normalise_key

__all__ = ["duplicate_works", "to_reference"]

_KINDS = {
    "online": RefKind.WEB,
    "www": RefKind.WEB,
    "electronic": RefKind.WEB,
    "webpage": RefKind.WEB,
    "book": RefKind.BOOK,
    "mvbook": RefKind.BOOK,
    "booklet": RefKind.BOOK,
    "collection": RefKind.BOOK,
    "proceedings": RefKind.BOOK,
    "thesis": RefKind.BOOK,
    "phdthesis": RefKind.BOOK,
    "mastersthesis": RefKind.BOOK,
    "article": RefKind.ARTICLE,
    "incollection": RefKind.CHAPTER,
    "inbook": RefKind.CHAPTER,
    "inproceedings": RefKind.CHAPTER,
    "conference": RefKind.CHAPTER,
    "report": RefKind.REPORT,
    "techreport": RefKind.REPORT,
}
_LANGUAGES = {
    "russian": "ru",
    "english": "en",
    "american": "en",
    "british": "en",
    "belarusian": "be",
    "ukrainian": "uk",
    "german": "de",
    "ngerman": "de",
    "french": "fr",
    "turkish": "tr",
    "chinese": "zh",
    "spanish": "es",
    "italian": "it",
    "polish": "pl",
}


def _first(fields: dict[str, str], *names: str) -> str | None:
    for name in names:
        value = fields.get(name, "").strip()
        if value:
            return value
    return None


def _title(fields: dict[str, str]) -> str | None:
    title = _first(fields, "title")
    subtitle = _first(fields, "subtitle")
    if title and subtitle:
        return f"{title}: {subtitle}"
    return title


def _year(record: BibRecord) -> tuple[int | None, str | None, list[Anomaly]]:
    raw = _first(record.fields, "year")
    date_raw = _first(record.fields, "date")
    token = raw or (re.split(r"[-/]", date_raw, maxsplit=1)[0] if date_raw else None)
    if not token:
        return None, None, []
    info = parse_year(token)
    if info is not None and info.year is not None:
        return info.year, raw or date_raw, []
    problem = info.problem if info and info.problem else f"year {token!r} is not a year"
    line = record.field_lines.get("year" if raw else "date", record.line)
    return None, raw or date_raw, [Anomaly(AnomalyCode.YEAR_MALFORMED, problem, line)]


def _access_date(record: BibRecord) -> tuple[date | None, str | None, list[Anomaly]]:
    raw = _first(record.fields, "urldate")
    if not raw:
        return None, None, []
    try:
        return date.fromisoformat(raw[:10]), raw, []
    except ValueError:
        line = record.field_lines.get("urldate", record.line)
        message = f"urldate {raw!r} is not an ISO date (YYYY-MM-DD)"
        return None, raw, [Anomaly(AnomalyCode.ACCESS_DATE_INVALID, message, line)]


def _url_source(record: BibRecord) -> tuple[str | None, str]:
    """The field holding the URL (url, else howpublished/note with one) and its name."""
    for name in ("url", "howpublished", "note"):
        value = record.fields.get(name, "")
        if name == "url" and value.strip():
            return value.strip(), name
        if name != "url" and re.search(r"(?:https?|ftp)://", value):
            return value, name
    return None, "url"


def _url(record: BibRecord) -> tuple[str | None, str | None, str | None, list[Anomaly]]:
    """(url, url_raw, url_display, anomalies) of a record."""
    value, name = _url_source(record)
    if value is None:
        return None, None, None, []
    line = record.field_lines.get(name, record.line)
    found = extract_urls(value, (line,))
    anomalies = list(found.anomalies)
    if not found.urls:
        message = f"{name} field holds no usable URL: {value!r}"
        return None, value, None, [Anomaly(AnomalyCode.URL_INVALID, message, line)]
    first = found.urls[0]
    raw = value if name == "url" else first.raw
    return first.url, raw, first.display, anomalies


def _doi(fields: dict[str, str], url: str | None) -> str | None:
    doi = _first(fields, "doi")
    if doi:
        return re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", doi, flags=re.I)
    return doi_from_url(url) if url else None


def _language(fields: dict[str, str], title: str | None) -> str | None:
    declared = _first(fields, "langid", "language")
    if declared:
        return _LANGUAGES.get(declared.lower(), declared.lower())
    return detect_language(title or "")


def _page_count(fields: dict[str, str]) -> int | None:
    value = _first(fields, "pagetotal")
    return int(value) if value and value.isdigit() else None


def to_reference(record: BibRecord) -> Reference:
    """The reference an entry describes, with the anomalies its fields show."""
    fields = record.fields
    kind = _KINDS.get(record.entry_type, RefKind.UNKNOWN)
    year, year_raw, year_notes = _year(record)
    access, access_raw, access_notes = _access_date(record)
    url, url_raw, url_display, url_notes = _url(record)
    doi = _doi(record.fields, url)
    problem = doi_problem(doi) if doi else None
    if problem is not None:
        line = record.field_lines.get("doi", record.line)
        url_notes.append(Anomaly(AnomalyCode.DOI_INVALID, f"DOI {doi!r} refused: {problem}", line))
        doi = None
    if kind is RefKind.UNKNOWN and url:
        kind = RefKind.WEB
    title = _title(fields)
    anomalies = [*year_notes, *access_notes, *url_notes]
    if kind is RefKind.WEB and url_raw is None:
        anomalies.append(
            Anomaly(AnomalyCode.URL_MISSING, "electronic resource without a URL", record.line)
        )
    return Reference(
        raw=record.raw,
        line=record.line,
        end_line=record.end_line,
        kind=kind,
        style="bibtex",
        authors=record.authors,
        title=title,
        host=_first(fields, "journaltitle", "journal", "booktitle", "organization"),
        year=year,
        year_raw=year_raw,
        url=url,
        url_raw=url_raw,
        url_display=url_display,
        access_date=access,
        access_date_raw=access_raw,
        publisher=_first(fields, "publisher", "institution", "school"),
        place=_first(fields, "location", "address"),
        pages=_first(fields, "pages"),
        volume=_first(fields, "volume"),
        issue=_first(fields, "number", "issue"),
        page_count=_page_count(fields),
        doi=doi,
        language=_language(fields, title),
        electronic=url is not None,
        anomalies=tuple(anomalies),
    )


# --------------------------------------------------------------------------
# duplicate works
# --------------------------------------------------------------------------


def _work_keys(ref: Reference) -> list[tuple[str, str]]:
    keys = []
    if ref.doi:
        keys.append(("DOI", ref.doi.lower()))
    if ref.url:
        keys.append(("URL", normalise_key(ref.url)))
    if title_key(ref.title) and (ref.year or ref.year_raw):
        keys.append(("title and year", f"{title_key(ref.title)}|{ref.year or ref.year_raw}"))
    return keys


def duplicate_works(notes: list[RawNote]) -> list[Anomaly]:
    """An anomaly for each entry that cites the same work as an earlier one."""
    seen: dict[tuple[str, str], RawNote] = {}
    found: list[Anomaly] = []
    for note in notes:
        ref = note.reference
        if ref is None:
            continue
        for what, key in _work_keys(ref):
            earlier = seen.setdefault((what, key), note)
            if earlier is not note:
                found.append(
                    Anomaly(
                        AnomalyCode.LITERATURE_DUPLICATE_ENTRY,
                        f"entry {note.label} cites the same work as entry {earlier.label} "
                        f"(line {earlier.line}): same {what}",
                        note.line,
                        literature_entry=int(note.label),
                    )
                )
                break
    return found
