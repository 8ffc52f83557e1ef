"""COinS (OpenURL ContextObjects in Spans) -> :class:`~bibcheck.model.Reference` (pure).

Wikipedia renders every citation template with a hidden
``<span class="Z3988" title="ctx_ver=Z39.88-2004&rft.atitle=…">`` and many
other sites (those that Zotero reads) do the same.  The span names the fields
exactly (``rft.atitle``/``rft.btitle``, ``rft.jtitle``, ``rft.date``,
``rft.au``/``rft.aulast``+``rft.aufirst``, ``rft.pages``, ``rft_id`` for the
URL and ``info:doi/…``), so nothing is guessed from punctuation.  The
rendered text of the citation still supplies what COinS leaves out: the
access date ("Retrieved 3 April 2023") and an archived copy.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from urllib.parse import parse_qs

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, Reference, RefKind
from bibcheck.parse.references.fields import detect_language, doi_from_url, find_access_date
from bibcheck.parse.references.thesis import designation, institution, structured
from bibcheck.parse.years import YEAR
from bibcheck.urls import extract_urls

STYLE = "coins"
_YEAR = lazy_compile(rf"(?<!\d)({YEAR})(?!\d)")
_GENRES = {
    "article": RefKind.ARTICLE,
    "journal": RefKind.ARTICLE,
    "issue": RefKind.ARTICLE,
    "book": RefKind.BOOK,
    "bookitem": RefKind.CHAPTER,
    "proceeding": RefKind.CHAPTER,
    "conference": RefKind.CHAPTER,
    "report": RefKind.REPORT,
}
_CLASS_KINDS = {
    "web": RefKind.WEB,
    "news": RefKind.ARTICLE,
    "journal": RefKind.ARTICLE,
    "magazine": RefKind.ARTICLE,
    "book": RefKind.BOOK,
    "encyclopaedia": RefKind.CHAPTER,
    "conference": RefKind.CHAPTER,
    "report": RefKind.REPORT,
    "thesis": RefKind.THESIS,
}


def parse_coins(title: str) -> dict[str, list[str]]:
    """The fields of a COinS ``title`` attribute (names lower-cased)."""
    fields = parse_qs(title.replace("&amp;", "&"), keep_blank_values=False)
    return {k.lower(): [v.strip() for v in vs if v.strip()] for k, vs in fields.items()}


def _first(fields: Mapping[str, Sequence[str]], *names: str) -> str | None:
    for name in names:
        values = fields.get(name)
        if values:
            return values[0]
    return None


def _authors(fields: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    found: list[str] = []
    last, first = _first(fields, "rft.aulast"), _first(fields, "rft.aufirst")
    if last:
        found.append(f"{last}, {first}" if first else last)
    elif _first(fields, "rft.aucorp"):
        found.append(_first(fields, "rft.aucorp") or "")
    for name in fields.get("rft.au", []):
        # rft.au names the other authors (Wikipedia), or all of them: never twice
        if name not in found and name != last:
            found.append(name)
    return tuple(a for a in found if a)


def _kind(fields: Mapping[str, Sequence[str]], css: str, url: str | None) -> RefKind:
    for word in css.lower().split():
        if word in _CLASS_KINDS:
            return _CLASS_KINDS[word]
    genre = (_first(fields, "rft.genre") or "").lower()
    if genre in _GENRES:
        return _GENRES[genre]
    return RefKind.WEB if url else RefKind.UNKNOWN


def coins_reference(
    fields: Mapping[str, Sequence[str]],
    *,
    text: str,
    line: int,
    css_class: str = "",
    archive_url: str | None = None,
) -> Reference:
    """The reference a COinS span describes; ``text`` is the citation as rendered."""
    anomalies: list[Anomaly] = []
    url = url_raw = url_display = None
    doi = None
    for ident in fields.get("rft_id", []):
        if ident.lower().startswith("info:doi/"):
            doi = doi or ident[9:].lower()
        elif re.match(r"https?://", ident, re.I) and url is None:
            found = extract_urls(ident, (line,))
            anomalies.extend(found.anomalies)
            if found.urls and found.urls[0].url:
                url, url_raw, url_display = found.urls[0].url, ident, found.urls[0].display
    doi = doi or (doi_from_url(url) if url else None)
    chapter = _first(fields, "rft.atitle") if _first(fields, "rft.btitle") else None
    title = _first(fields, "rft.atitle", "rft.btitle", "rft.title")
    host = _first(fields, "rft.jtitle") or (_first(fields, "rft.btitle") if chapter else None)
    date_raw = _first(fields, "rft.date")
    year_match = _YEAR.search(date_raw or "")
    pages = _first(fields, "rft.pages")
    if pages is None and _first(fields, "rft.spage"):
        end = _first(fields, "rft.epage")
        pages = f"{_first(fields, 'rft.spage')}–{end}" if end else _first(fields, "rft.spage")
    access = find_access_date(text)
    if access is not None and access.value is None:
        message = f"access date {access.raw!r} is not a real calendar date"
        anomalies.append(Anomaly(AnomalyCode.ACCESS_DATE_INVALID, message, line))
    kind = _kind(fields, css_class, url)
    if kind is RefKind.BOOK and chapter:
        kind = RefKind.CHAPTER
    if "mtx:dissertation" in (_first(fields, "rft_val_fmt") or ""):
        kind = RefKind.THESIS
    ref = Reference(
        raw=text,
        line=line,
        end_line=line,
        kind=kind,
        style=STYLE,
        authors=_authors(fields),
        title=title,
        host=host,
        year=int(year_match.group(1)) if year_match else None,
        year_raw=year_match.group(1) if year_match else date_raw,
        url=url,
        url_raw=url_raw,
        url_display=url_display,
        access_date=access.value if access else None,
        access_date_raw=access.raw if access else None,
        publisher=_first(fields, "rft.pub"),
        place=_first(fields, "rft.place"),
        pages=pages,
        volume=_first(fields, "rft.volume"),
        issue=_first(fields, "rft.issue"),
        doi=doi,
        language=detect_language(title or ""),
        electronic=url is not None,
        anomalies=tuple(anomalies),
        archive_url=archive_url,
    )
    if kind is not RefKind.THESIS:
        return ref
    # the dissertation format's rft.inst and rft.degree; the rendered text's designation
    # ("(PhD thesis). University of Oslo.") when the fields say no more
    school = _first(fields, "rft.inst")
    written = _first(fields, "rft.degree")
    designated = designation(text)
    if written is None and designated is not None:
        written = designated.text
    if school is None and designated is not None:
        school = institution(text, designated)
    if school is None and ref.publisher:
        school = ref.publisher
    return dataclasses.replace(
        structured(ref, written_type=written, school=school),
        publisher=None if school == ref.publisher else ref.publisher,
    )
