"""RIS, the reference managers' exchange format, read into records and references.

Zotero, EndNote, Mendeley, PubMed's "Citation manager" export, Web of Science and
Scopus write one record per work: ``TY  - JOUR`` first, ``ER  - `` last, one tag a line
(two capital characters, two spaces, a hyphen, a space, the value); a line that is no
tag line continues the value before it.  :func:`records` splits a text into records
(each with its lines), :func:`to_reference` makes a record a
:class:`~bibcheck.model.Reference` through the CSL item it describes (so dates, DOIs,
URLs and identifiers are read as CSL-JSON's are; its dates, an access date typed as
text among them, by :mod:`.risdates`), its ``raw`` the record as written.

Problems are anomalies, never exceptions: a record without ``ER``, a tag line spaced
otherwise than ``XX  - `` (read all the same) and lines outside any record are
``document-damaged``; a tag no RIS dialect defines is ``field-name-misspelled`` (its
value is not read).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, Reference, RefKind
from bibcheck.parse.references.csljson import to_reference as csl_reference
from bibcheck.parse.references.identifiers import normal_isbn
from bibcheck.parse.references.ris_custom import LINK_TAGS, custom_item, ignored
from bibcheck.parse.references.risdates import RisAccess, access_of, issued_of

__all__ = ["RisRecord", "RisText", "is_ris", "records", "to_reference", "tag_line"]

# "TY  - JOUR", "ER  - ", "ER  -" (the space after the hyphen dropped at the line's end)
_TAG = lazy_compile(r"(?P<tag>[A-Z][A-Z0-9])  -(?: (?P<value>.*))?")
# a known tag's line spaced otherwise: "TI - Title", "TI -Title", "AU   - Name", "PY  -2020"
# (a space by the hyphen: a continuation line "US-led trials ..." is no tag line)
_LOOSE = lazy_compile(r"(?P<tag>[A-Z][A-Z0-9])(?: {1,5}- *| ?-  *)(?P<value>.*)")
# every tag the RIS dialects define (RIS specification, EndNote, Zotero, PubMed, WoS)
_KNOWN = frozenset(
    "TY ER AU A1 A2 A3 A4 AB AD AN AV BT C1 C2 C3 C4 C5 C6 C7 C8 CA CN CP CT CY DA DB DO "
    "DP ED EP ET ID IS J1 J2 JA JF JO KW L1 L2 L3 L4 LA LB LK M1 M2 M3 N1 N2 NV OP PB PP "
    "PY RI RN RP SE SN SP ST T1 T2 T3 TA TI TT U1 U2 U3 U4 U5 UR VL VO Y1 Y2".split()
)
_BOM = "\ufeff"
# a line of an export's header before its first record: "Provider: John Wiley & Sons, Ltd"
_HEADER = lazy_compile(
    r"(?:Provider|Database|Content|Source|Exported|Export Date)\b[^:\n]{0,30}:.*"
)
_HEADER_LINES = 6
_OPENING = 4096  # the first record's TY line is within this many characters

# the record types (``TY``) and the kinds of work they are
_KINDS = {
    **dict.fromkeys(("JOUR", "JFULL", "MGZN", "NEWS", "EJOUR", "INPR", "ABST"), RefKind.ARTICLE),
    **dict.fromkeys(("BOOK", "EBOOK", "EDBOOK", "SER", "ANCIENT", "CLSWK"), RefKind.BOOK),
    **dict.fromkeys(("CHAP", "ECHAP", "CONF", "CPAPER", "ENCYC", "DICT"), RefKind.CHAPTER),
    **dict.fromkeys(
        ("RPRT", "GOVDOC", "STAND", "BILL", "STAT", "CASE", "HEAR", "LEGAL"), RefKind.REPORT
    ),
    "THES": RefKind.THESIS,
    **dict.fromkeys(("ELEC", "WEB", "BLOG", "DATA", "DBASE", "COMP", "MULTI"), RefKind.WEB),
    "PAT": RefKind.PATENT,
}
# the CSL type a kind's record is read as (a thesis's school and degree, a web page's
# missing address are read as CSL's are)
_CSL_TYPES = {
    RefKind.ARTICLE: "article-journal",
    RefKind.BOOK: "book",
    RefKind.CHAPTER: "chapter",
    RefKind.REPORT: "report",
    RefKind.THESIS: "thesis",
    RefKind.PATENT: "patent",
}
_ONLINE = frozenset({"ELEC", "WEB", "BLOG"})
_DATA = {"DATA": "dataset", "DBASE": "dataset", "COMP": "software"}
# (a map: CSL's ``map``, a book when printed and web when online only, :mod:`.map_kind`)
_MAPS = {"MAP": "map"}
_PUBMED = lazy_compile(r"pubmed|medline|\bNLM\b", re.I)
_DIGITS = lazy_compile(r"[1-9]\d{0,8}")
_HTTP = lazy_compile(r"https?://", re.I)


@dataclass(frozen=True, slots=True)
class RisRecord:
    """One record: its tags and values in order (continuation lines joined), the line
    of its ``TY`` and of its ``ER`` (the last line read when it has none), and its
    lines as written."""

    tags: tuple[tuple[str, str], ...]
    line: int
    end_line: int
    text: str
    closed: bool = True

    def values(self, *tags: str) -> list[str]:
        """The values of ``tags``, in the order the tags are named, then written."""
        return [v for t in tags for tag, v in self.tags if tag == t and v]

    def first(self, *tags: str) -> str | None:
        found = self.values(*tags)
        return found[0] if found else None

    @property
    def record_type(self) -> str:
        return (self.first("TY") or "").strip().upper()

    def custom(self) -> dict[str, str]:
        """The fields its type-dependent tags give (:mod:`.ris_custom`)."""
        return custom_item(self.record_type, self.tags)

    def ignored(self) -> tuple[tuple[str, str], ...]:
        """The tags read and set aside, with their meaning for its type: the format's
        own (no anomaly), no field of a reference (:mod:`.ris_custom`)."""
        read = {"AN"} if self.pmid() else set()
        if kind_of(self.record_type) is RefKind.THESIS:
            read.add("M3")
        return tuple((t, m) for t, m in ignored(self.record_type, self.tags) if t not in read)

    def pmid(self) -> str | None:
        """The accession number when it is a PubMed id (:func:`_from_pubmed`)."""
        accession = self.first("AN")
        if accession and _DIGITS.fullmatch(accession) and _from_pubmed(self):
            return accession
        return None


@dataclass(slots=True)
class RisText:
    """A text's records and what could not be read."""

    records: list[RisRecord] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)


def tag_line(line: str) -> tuple[str, str, bool] | None:
    """``(tag, value, well_spaced)`` of a tag line, None for any other line."""
    m = _TAG.fullmatch(line)
    if m:
        return m.group("tag"), (m.group("value") or "").strip(), True
    m = _LOOSE.fullmatch(line.rstrip())
    if m and m.group("tag") in _KNOWN:
        return m.group("tag"), (m.group("value") or "").strip(), False
    return None


def _header(lines: Sequence[str]) -> int:
    """How many of ``lines`` (non-blank) are an export's header before its first record
    (Wiley's, Taylor & Francis's, Ovid's ``Provider: …``, ``Database: …``,
    ``Content: text/plain; charset="UTF-8"``): at most :data:`_HEADER_LINES`."""
    count = 0
    for line in lines[:_HEADER_LINES]:
        if not _HEADER.fullmatch(line.strip()):
            break
        count += 1
    return count


def is_ris(text: str) -> bool:
    """Is ``text`` RIS: its first non-blank line ``TY  - `` with a type (after an
    export's ``Provider:`` header), a closing ``ER  -`` line, and every other non-blank
    line a tag line or the continuation of one (at most one in ten)?"""
    if "TY  - " not in text[:_OPENING]:  # (cheap: every document is asked)
        return False
    lines = [ln for ln in text.removeprefix(_BOM).splitlines() if ln.strip()]
    lines = lines[_header(lines) :]
    if not lines or not re.fullmatch(r"TY  - [A-Z]{2,6}\s*", lines[0]):
        return False
    tagged = sum(1 for ln in lines if _TAG.fullmatch(ln))
    closes = any(re.fullmatch(r"ER  -\s*", ln) for ln in lines)
    return closes and tagged * 10 >= len(lines) * 9


class _Reading:
    """The state of :func:`records` while it goes down the lines."""

    def __init__(self) -> None:
        self.out = RisText()
        self.tags: list[list[str]] = []
        self.start = 0
        self.lines: list[str] = []
        self.unknown: dict[str, list[int]] = {}
        self.stray: list[int] = []

    def open(self, number: int, line: str, kind: str) -> None:
        if self.start:
            self.close(self.last, closed=False)
        self.start, self.lines, self.tags = number, [line], [["TY", kind]]

    def close(self, number: int, closed: bool = True) -> None:
        if not closed:
            self.out.anomalies.append(
                Anomaly(
                    AnomalyCode.DOCUMENT_DAMAGED,
                    f"RIS record at line {self.start} has no end (ER  - ): read to line {number}",
                    self.start,
                )
            )
        text = "\n".join(self.lines[: number - self.start + 1]).rstrip()
        tags = tuple((t, " ".join(v.split())) for t, v in self.tags)
        self.out.records.append(RisRecord(tags, self.start, number, text, closed))
        self.start, self.lines, self.tags = 0, [], []

    @property
    def last(self) -> int:
        """The last non-blank line of the open record."""
        lines = self.lines
        while len(lines) > 1 and not lines[-1].strip():
            lines = lines[:-1]
        return self.start + len(lines) - 1


def records(text: str) -> RisText:
    """The records of an RIS text (a byte-order mark and CRLF line ends allowed), with
    anomalies for what does not fit the format."""
    state = _Reading()
    out = state.out
    written = text.removeprefix(_BOM).splitlines()
    header = _header([ln for ln in written if ln.strip()])
    for number, line in enumerate(written, start=1):
        if header and line.strip():
            header -= 1
            continue
        parsed = tag_line(line)
        if parsed is None or parsed[0] != "TY":
            if state.start:
                state.lines.append(line)
        if parsed is None:
            if not line.strip():
                continue
            if state.start:
                state.tags[-1][1] += " " + line.strip()  # a continuation line
            else:
                state.stray.append(number)
            continue
        tag, value, spaced = parsed
        if not spaced:
            out.anomalies.append(
                Anomaly(
                    AnomalyCode.DOCUMENT_DAMAGED,
                    f"RIS tag line {line.strip()!r} is not spaced 'XX  - value': read as {tag}",
                    number,
                )
            )
        if tag == "TY":
            state.open(number, line, value)
        elif not state.start:
            if tag != "ER":
                state.stray.append(number)
        elif tag == "ER":
            state.close(number)
        else:
            if tag not in _KNOWN:
                state.unknown.setdefault(tag, []).append(number)
            state.tags.append([tag, value])
    if state.start:
        state.close(state.last, closed=False)
    for tag, lines in state.unknown.items():
        out.anomalies.append(
            Anomaly(
                AnomalyCode.FIELD_NAME_MISSPELLED,
                f"unknown RIS tag {tag!r} ({len(lines)} lines): not read",
                lines[0],
                lines=tuple(lines),
            )
        )
    if state.stray:
        out.anomalies.append(
            Anomaly(
                AnomalyCode.DOCUMENT_DAMAGED,
                f"{len(state.stray)} lines outside any RIS record (TY  - … ER  - ): not read",
                state.stray[0],
                lines=tuple(state.stray),
            )
        )
    return out


def kind_of(record_type: str) -> RefKind:
    """The kind of work an RIS record type (``TY``) names; GEN and unknown types: unknown."""
    return _KINDS.get(record_type.strip().upper(), RefKind.UNKNOWN)


def _isbn(values: Sequence[str]) -> str | None:
    """The ISBNs among SN values (ISSNs, eight digits, left out), comma-separated."""
    found = []
    for value in values:
        for token in re.split(r"[\s;,]+", value):
            digits, _ = normal_isbn(token)
            if digits is not None and len(re.sub(r"[^\dXx]", "", token)) in (10, 13):
                found.append(token)
    return ", ".join(found) or None


def _editors(record: RisRecord, book: bool) -> list[str]:
    """The editors a record names: ``ED``, and ``A2`` (the specification's secondary
    authors, a chapter's book's editors); a whole book's ``A3`` when it has one (Zotero
    writes a book's editors A3, its series editor A2)."""
    if book and record.values("A3"):
        return record.values("ED", "A3")
    return record.values("A2", "ED")


def _number(record: RisRecord, kind: RefKind) -> str | None:
    """A report's, standard's or patent's number: ``SN`` when it is no ISBN or ISSN (the
    specification's and Zotero's report and patent number), else ``M1``."""
    if kind not in (RefKind.REPORT, RefKind.PATENT):
        return None
    for value in record.values("SN"):
        if not _isbn([value]) and not _ISSN.fullmatch(value.strip()):
            return value
    return record.first("M1")


_ISSN = lazy_compile(r"\d{4}-?\d{3}[\dXx]")


def _from_pubmed(record: RisRecord) -> bool:
    """Is the record's accession number PubMed's: its database or provider says PubMed
    (NLM, MEDLINE), or it names none (PubMed's and bibcheck's own exports write a PMID
    as ``AN`` alone; EBSCO's and others' accession numbers come with their ``DB``)?"""
    said = record.values("DB", "DP")
    return not said or any(_PUBMED.search(v) for v in said)


def csl_item(record: RisRecord) -> dict[str, Any]:
    """The CSL item the record describes."""
    record_type = (record.first("TY") or "").upper()
    kind = kind_of(record_type)
    csl_type = (
        "webpage"
        if record_type in _ONLINE
        else _DATA.get(record_type) or _MAPS.get(record_type) or _CSL_TYPES.get(kind, "")
    )
    book = kind is RefKind.BOOK
    access = _access(record)
    hosts = ("T2", "JF", "JO", "JA", "J2", "J1") + (() if book else ("BT",))
    urls = [u for u in record.values(*LINK_TAGS) if _HTTP.match(u)]
    custom = record.custom()
    pages = record.first("SP")
    end = record.first("EP")
    if pages and end and "-" not in pages:
        pages = f"{pages}-{end}"
    title = record.first("TI", "T1", *(("BT", "CT") if book else ("CT",)))
    prefix = custom.get("title-prefix")
    if title and prefix and not title.lower().startswith(prefix.lower()):
        title = f"{prefix} {title}"  # (C3 of a book: "The" before "Art of War")
    item: dict[str, Any] = {
        "type": csl_type,
        "author": record.values("AU", "A1"),
        "editor": _editors(record, book),
        "title": title,
        "container-title": record.first(*hosts) or custom.get("container-title"),
        "issued": issued_of(record.first("PY", "Y1", "DA")),
        "accessed": access.csl if access else None,
        "volume": record.first("VL"),
        "issue": record.first("IS") or custom.get("issue"),
        # (an article number, C7, in the pages' place when no SP gives them)
        "page": pages or custom.get("page"),
        "publisher": record.first("PB"),
        # (a conference's C1 is where its proceedings were published, CY where it met)
        "publisher-place": custom.get("publisher-place") or record.first("CY"),
        "DOI": record.first("DO") or custom.get("DOI"),
        "URL": urls[0] if urls else None,
        "ISBN": _isbn(record.values("SN")),
        "language": record.first("LA"),
        "genre": record.first("M3") if kind is RefKind.THESIS else None,
        # (ET the edition; T3 the series, and a whole book's T2, the specification's
        # "Series Title" for it, when T3 is not written; A3 series editors and A4
        # translators are no authors)
        "edition": record.first("ET"),
        "collection-title": record.first("T3", *(("T2",) if book else ())),
        "number": _number(record, kind),
    }
    item["PMID"] = record.pmid()
    item["PMCID"] = custom.get("PMCID")
    return {k: v for k, v in item.items() if v}


def _access(record: RisRecord) -> RisAccess | None:
    """The record's access date: ``Y2``, else the date cited of a web page's or
    e-journal's ``C2``, else a note saying it (``N1``)."""
    cited = record.first("Y2") or record.custom().get("accessed")
    return access_of(cited, record.values("N1"))


def to_reference(record: RisRecord) -> Reference:
    """The reference the record describes, at its lines, ``raw`` the record as written."""
    item = csl_item(record)
    ref = csl_reference(item, record.line, record.end_line)
    urls = [u for u in record.values(*LINK_TAGS) if _HTTP.match(u)]
    links = tuple(dict.fromkeys(u for u in urls[1:] if u != ref.url))
    access = _access(record)
    return dataclasses.replace(
        ref,
        raw=record.text,
        style="ris",
        # (the access date as written: "accessed 3 March 2021", not its date parts)
        access_date_raw=access.written if access else ref.access_date_raw,
        # (a map by its imprint or address, as the CSL item says: :mod:`.map_kind`)
        kind=ref.kind if _MAPS.get(record.record_type) else kind_of(record.first("TY") or ""),
        language=_language(record.first("LA"), ref.language),
        links=links,
    )


# the language names and ISO 639-2 codes RIS exports write (PubMed: "eng"; EndNote,
# Zotero: "English", "en", "en-US")
_LANGUAGES: Mapping[str, str] = {
    name: code
    for code, names in (
        ("en", "eng english"),
        ("de", "ger deu german deutsch"),
        ("fr", "fre fra french français"),
        ("es", "spa spanish español"),
        ("it", "ita italian italiano"),
        ("pt", "por portuguese português"),
        ("ru", "rus russian"),
        ("ja", "jpn japanese"),
        ("zh", "chi zho chinese"),
        ("nl", "dut nld dutch"),
        ("pl", "pol polish"),
        ("ko", "kor korean"),
    )
    for name in names.split()
}


def _language(written: str | None, read: str | None) -> str | None:
    if not written:
        return read
    word = written.strip().lower()
    return _LANGUAGES.get(word, read)
