"""Works described by a Word document's citation managers, as CSL-JSON items.

* Word's source store: ``customXml/itemN.xml`` holding ``<b:Sources>`` (the
  bibliography namespace), one ``<b:Source>`` per work: ``b:Tag``, ``b:SourceType``,
  ``b:Title``, ``b:Year``, ``b:Author/b:Author/b:NameList/b:Person/{b:Last,b:First}``
  (or ``b:Corporate``), ``b:JournalName``, ``b:BookTitle``, ``b:Publisher``,
  ``b:City``, ``b:Pages``, ``b:Volume``, ``b:Issue``, ``b:DOI``, ``b:URL`` …
* An EndNote ``<record>`` (in an ``EN.CITE`` field): ``ref-type``,
  ``contributors/authors/author``, ``titles/{title,secondary-title}``, ``dates/year``,
  ``pages``, ``volume``, ``number``, ``publisher``, ``pub-location``,
  ``urls/related-urls/url``, ``electronic-resource-num`` (the DOI).

Both are mapped to the CSL-JSON fields that
:mod:`bibcheck.parse.references.csljson` reads, so every manager's works get the same
reference fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from xml.etree import ElementTree as ET

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.fields import MONTHS

__all__ = ["BIB", "endnote_item", "word_orders", "word_sources"]

BIB = "{http://schemas.openxmlformats.org/officeDocument/2006/bibliography}"

_WORD_TYPES = {
    "book": "book",
    "booksection": "chapter",
    "journalarticle": "article-journal",
    "articleinaperiodical": "article-magazine",
    "conferenceproceedings": "paper-conference",
    "report": "report",
    "internetsite": "webpage",
    "documentfrominternetsite": "webpage",
    "electronicsource": "webpage",
    "patent": "patent",
    "case": "legal_case",
    "film": "motion_picture",
    "interview": "interview",
    "soundrecording": "song",
    "performance": "performance",
    "art": "graphic",
    "misc": "document",
}
_WORD_CONTAINERS = (
    "JournalName",
    "BookTitle",
    "ConferenceName",
    "PeriodicalTitle",
    "InternetSiteTitle",
    "AlbumTitle",
    "BroadcastTitle",
)


# A month written alone, as a source's month field holds it, in the nominative that the
# dates of running text do not use (their genitive is in MONTHS): Czech, Slovak, Polish,
# Ukrainian, Finnish.  (Kept apart from MONTHS: "Marzec", "Lipiec", "Kwiecień" are surnames too.)
_NOMINATIVE = {
    name: number
    for number, names in enumerate(
        (
            ("leden", "styczeń", "січень", "tammikuu"),
            ("únor", "luty", "лютий", "helmikuu"),
            ("březen", "marec", "marzec", "березень", "maaliskuu"),
            ("duben", "kwiecień", "квітень", "huhtikuu"),
            ("květen", "máj", "травень", "toukokuu"),
            ("červen", "jún", "czerwiec", "червень", "kesäkuu"),
            ("červenec", "júl", "lipiec", "липень", "heinäkuu"),
            ("srpen", "sierpień", "серпень", "elokuu"),
            ("září", "wrzesień", "вересень", "syyskuu"),
            ("říjen", "październik", "жовтень", "lokakuu"),
            ("listopad", "листопад", "marraskuu"),
            ("prosinec", "grudzień", "грудень", "joulukuu"),
        ),
        start=1,
    )
    for name in names
}


def _month(name: str) -> int | None:
    """A month field's number: digits, or a month's name in any language the readers know."""
    m = name.strip().lower().rstrip(".")
    return int(m) if m.isdigit() else MONTHS.get(m) or _NOMINATIVE.get(m)


def _text(element: ET.Element | None) -> str | None:
    if element is None:
        return None
    text = " ".join("".join(element.itertext()).split())
    return text or None


def _put(item: dict[str, Any], name: str, value: str | None) -> None:
    if value:
        item[name] = value


# --------------------------------------------------------------------------
# Word's source store
# --------------------------------------------------------------------------


def word_sources(roots: Iterable[ET.Element]) -> list[tuple[str, dict[str, Any]]]:
    """(tag, CSL item) of each ``b:Source`` of the ``b:Sources`` parts, in order."""
    found: list[tuple[str, dict[str, Any]]] = []
    for root in roots:
        if root.tag != BIB + "Sources":
            continue
        for source in root.iter(BIB + "Source"):
            tag = _text(source.find(BIB + "Tag"))
            if tag:
                found.append((tag, _word_item(source, tag)))
    return found


def word_orders(roots: Iterable[ET.Element]) -> dict[str, int]:
    """Tag -> the number Word's numeric styles print the source with (``b:RefOrder``, as
    the BIBLIOGRAPHY field last numbered it), for the sources that have one."""
    found: dict[str, int] = {}
    for root in roots:
        if root.tag != BIB + "Sources":
            continue
        for source in root.iter(BIB + "Source"):
            tag = _text(source.find(BIB + "Tag"))
            order = _text(source.find(BIB + "RefOrder")) or ""
            if tag and order.isdigit() and len(order) <= 5:
                found.setdefault(tag, int(order))
    return found


def _word_item(source: ET.Element, tag: str) -> dict[str, Any]:
    def get(name: str) -> str | None:
        return _text(source.find(BIB + name))

    kind = (get("SourceType") or "").lower()
    item: dict[str, Any] = {"id": tag, "type": _WORD_TYPES.get(kind, "document")}
    _put(item, "title", get("Title"))
    authors = _word_people(source, "Author")
    if authors:
        item["author"] = authors
    editors = _word_people(source, "Editor")
    if editors:
        item["editor"] = editors
    year = get("Year")
    if year:
        parts = _date(year, get("Month"), get("Day"))
        item["issued"] = {"date-parts": [parts]} if parts else {"raw": year}
    accessed = get("YearAccessed")
    if accessed:
        parts = _date(accessed, get("MonthAccessed"), get("DayAccessed"))
        item["accessed"] = {"date-parts": [parts]} if parts else {"raw": accessed}
    _put(item, "container-title", next(filter(None, map(get, _WORD_CONTAINERS)), None))
    _put(item, "publisher", get("Publisher") or get("Institution") or get("ProductionCompany"))
    _put(item, "publisher-place", get("City") or get("StateProvince"))
    for name, csl in (
        ("Pages", "page"),
        ("Volume", "volume"),
        ("Issue", "issue"),
        ("Edition", "edition"),
        ("DOI", "DOI"),
        ("URL", "URL"),
        ("StandardNumber", "ISBN"),
        ("LCID", "language"),
    ):
        _put(item, csl, get(name))
    if "language" in item and item["language"].isdigit():
        del item["language"]  # a Windows locale number, not a language tag
    return item


def _word_people(source: ET.Element, role: str) -> list[dict[str, str]]:
    """``b:Author/b:<role>/b:NameList/b:Person`` (or ``b:Corporate``) as CSL names."""
    found: list[dict[str, str]] = []
    for holder in source.findall(f"{BIB}Author/{BIB}{role}"):
        corporate = _text(holder.find(BIB + "Corporate"))
        if corporate:
            found.append({"literal": corporate})
        for person in holder.iter(BIB + "Person"):
            family = _text(person.find(BIB + "Last")) or ""
            given = " ".join(
                filter(None, (_text(person.find(BIB + n)) for n in ("First", "Middle")))
            )
            if family or given:
                found.append({"family": family, "given": given} if family else {"literal": given})
    return found


def _date(year: str, month: str | None, day: str | None) -> list[int]:
    """[year, month, day] as far as they are numbers or month names (in the document's
    language: Word writes ``<b:MonthAccessed>október</b:MonthAccessed>`` as its user typed
    or its dialog named it; Hungarian ordinal dots, "2022.", "24.", are no part of the
    number); [] if the year is none."""
    year = year.strip().rstrip(".")
    if not re.fullmatch(r"\d{3,4}", year):
        return []
    parts = [int(year)]
    number = _month(month or "")
    if number and 1 <= number <= 12:
        parts.append(number)
        d = (day or "").strip().rstrip(".")
        if d.isdigit():
            parts.append(int(d))
    return parts


# --------------------------------------------------------------------------
# EndNote records
# --------------------------------------------------------------------------

_ENDNOTE_TYPES = {
    "journal article": "article-journal",
    "electronic article": "article-journal",
    "magazine article": "article-magazine",
    "newspaper article": "article-newspaper",
    "book": "book",
    "edited book": "book",
    "electronic book": "book",
    "book section": "chapter",
    "electronic book section": "chapter",
    "conference proceedings": "paper-conference",
    "conference paper": "paper-conference",
    "report": "report",
    "government document": "report",
    "thesis": "thesis",
    "web page": "webpage",
    "blog": "post-weblog",
    "dataset": "dataset",
    "computer program": "software",
    "statute": "legislation",
    "case": "legal_case",
    "standard": "standard",
    "patent": "patent",
}
_DOI = lazy_compile(r"\b10\.\d{4,9}/\S+")


def endnote_item(record: ET.Element, key: str) -> dict[str, Any]:
    """An EndNote ``<record>`` as a CSL item with id ``key``."""
    ref_type = record.find("ref-type")
    kind = (ref_type.get("name", "") if ref_type is not None else "").lower()
    item: dict[str, Any] = {"id": key, "type": _ENDNOTE_TYPES.get(kind, "document")}
    _put(item, "title", _text(record.find("titles/title")))
    authors = [
        {"literal": a} for e in record.iterfind("contributors/authors/author") if (a := _text(e))
    ]
    if authors:
        item["author"] = authors
    editors = [
        {"literal": a}
        for e in record.iterfind("contributors/secondary-authors/author")
        if (a := _text(e))
    ]
    if editors:
        item["editor"] = editors
    container = _text(record.find("titles/secondary-title")) or _text(
        record.find("periodical/full-title")
    )
    _put(item, "container-title", container)
    year = _text(record.find("dates/year"))
    if year:
        parts = _date(year, None, None)
        item["issued"] = {"date-parts": [parts]} if parts else {"raw": year}
    for name, csl in (
        ("pages", "page"),
        ("volume", "volume"),
        ("number", "issue"),
        ("publisher", "publisher"),
        ("pub-location", "publisher-place"),
        ("isbn", "ISBN"),
        ("edition", "edition"),
    ):
        _put(item, csl, _text(record.find(name)))
    _put(item, "URL", _text(record.find("urls/related-urls/url")))
    doi = _DOI.search(_text(record.find("electronic-resource-num")) or "")
    _put(item, "DOI", doi.group(0) if doi else None)
    return item
