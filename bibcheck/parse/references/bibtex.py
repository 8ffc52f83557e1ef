"""A ``.bib`` entry -> :class:`~bibcheck.model.Reference`, and duplicate works in a ``.bib``.

The entry already has fields, so nothing is guessed from punctuation: the
entry type gives the kind (biblatex's types too: ``@patent`` a patent, ``@periodical`` --
an issue or a run of a periodical as a whole -- a book, the nearest kind; a ``@manual``
whose title or number is a standard's designation is a standard: a report, as the other
readers file standards),
``journaltitle``/``journal``/``booktitle`` the host, ``urldate`` the access date.
Problems in the fields (a malformed year or access date, an unusable URL, a web
entry without URL) become anomalies with the line of the field.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date

from rapidfuzz.distance import OSA

from bibcheck.lazyre import lazy_compile
from bibcheck.model import (
    Anomaly,
    AnomalyCode,
    BibRecord,
    RawNote,
    Reference,
    RefKind,
    ThesisType,
)
from bibcheck.parse.names import family_first_inverted
from bibcheck.parse.references.bibresource import resource_kind
from bibcheck.parse.references.bibtitle import stand_in_title, untitled_anomaly
from bibcheck.parse.references.bracketed_translation import without_translation
from bibcheck.parse.references.data_deposit import deposit_kind
from bibcheck.parse.references.fields import (
    bare_doi,
    detect_language,
    doi_from_url,
    doi_problem,
    labelled_doi,
    parse_year,
    undated_status,
)
from bibcheck.parse.references.gost import is_designation
from bibcheck.parse.references.identifiers import identifiers_of_fields, with_identifiers
from bibcheck.parse.references.latin_language import latin_language
from bibcheck.parse.references.manual_kind import document_kind
from bibcheck.parse.references.nodoi import says_no_doi
from bibcheck.parse.references.sameness import other_works, pages_apart
from bibcheck.parse.references.standard_designation import opens_with_designation
from bibcheck.parse.references.thesis import structured
from bibcheck.parse.references.typed_kinds import bibtex_kind
from bibcheck.text import distinct_titles, title_key
from bibcheck.urls import extract_urls, normalise_key

__all__ = ["duplicate_works", "iso_date", "to_reference"]

_KINDS = {
    "online": RefKind.WEB,
    "www": RefKind.WEB,
    "electronic": RefKind.WEB,
    "webpage": RefKind.WEB,
    # biblatex's films, videos and sound recordings (``@movie``, ``@video``, ``@audio``,
    # ``@music``): ``web``, as the corpus conventions file films, videos and recordings
    "movie": RefKind.WEB,
    "video": RefKind.WEB,
    "audio": RefKind.WEB,
    "music": RefKind.WEB,
    "book": RefKind.BOOK,
    "mvbook": RefKind.BOOK,
    "booklet": RefKind.BOOK,
    "collection": RefKind.BOOK,
    "proceedings": RefKind.BOOK,
    "thesis": RefKind.THESIS,
    "phdthesis": RefKind.THESIS,
    "mastersthesis": RefKind.THESIS,
    "article": RefKind.ARTICLE,
    "incollection": RefKind.CHAPTER,
    "inbook": RefKind.CHAPTER,
    "inproceedings": RefKind.CHAPTER,
    "conference": RefKind.CHAPTER,
    "report": RefKind.REPORT,
    "techreport": RefKind.REPORT,
    "patent": RefKind.PATENT,
    # biblatex's legal types (statutes, regulations, court decisions: a report by the
    # corpus conventions, as CSL's legislation and legal_case are)
    "legislation": RefKind.REPORT,
    "jurisdiction": RefKind.REPORT,
    "legal": RefKind.REPORT,
    # biblatex-oscola's book of authority (Blackstone's Commentaries) and biblatex-jura2's
    # and -juradiss's Kommentar (a German statute commentary): books
    "commentary": RefKind.BOOK,
    # biblatex's @periodical is an issue or a run of a periodical as a whole (a special
    # issue, a bulletin's volumes): no article but a publication of its own, as a
    # @collection is -- filed as a book, the nearest kind; a supplement to one is an article
    "periodical": RefKind.BOOK,
    "suppperiodical": RefKind.ARTICLE,
    "mvcollection": RefKind.BOOK,
    "mvproceedings": RefKind.BOOK,
    "reference": RefKind.BOOK,
    "mvreference": RefKind.BOOK,
    "inreference": RefKind.CHAPTER,
    "bookinbook": RefKind.CHAPTER,
    "suppbook": RefKind.CHAPTER,
    "suppcollection": RefKind.CHAPTER,
}
# the entry types of films and recordings, which need no address
_RECORDINGS = frozenset({"movie", "video", "audio", "music"})
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
    "portuguese": "pt",
    "portuges": "pt",
    "brazil": "pt",
    "brazilian": "pt",
    "czech": "cs",
    "slovak": "sk",
    "dutch": "nl",
    "swedish": "sv",
}


def _first(fields: dict[str, str], *names: str) -> str | None:
    for name in names:
        value = fields.get(name, "").strip()
        if value:
            return value
    return None


def _title(fields: dict[str, str]) -> str | None:
    title = _first(fields, "title")
    # ("九州地方における… [Statistical properties of …]": the translation is no part of it)
    title = without_translation(title) if title else title
    subtitle = _first(fields, "subtitle")
    # (a GOST genre or legal-act designation in the subtitle field is other title
    # information, not the title: "учебник", "Закон Респ. Беларусь от … № …")
    if title and subtitle and not is_designation(subtitle):
        return f"{title}: {subtitle}"
    return title


def _named_chapter(record: BibRecord) -> str | None:
    """The chapter a BibTeX ``@inbook`` cites by name (``chapter = {Memory Barriers}``, its
    ``title`` the book's); None for a chapter number or a biblatex ``@inbook``, whose
    ``title`` is the part's own and ``booktitle`` the book's."""
    chapter = _first(record.fields, "chapter")
    if (
        record.entry_type != "inbook"
        or not chapter
        or _first(record.fields, "booktitle")
        or not re.search(r"[^\W\d_]{2,}\s+\S", chapter)  # words, not "3" or "IV" or "A.2"
    ):
        return None
    return chapter


# (a first year, then more: "1978/79", "1910–1913; 2nd ed. 1925", and GB/T 7714's reign
# year or a reprint's original year in brackets: "1865（清同治四年）", "1998 [1850]")
_LEADING_YEAR = lazy_compile(
    r"\s*((?:1[5-9]|20)\d\d)(?:\s?[-–/]\s?\d{2,4})?(?:[;,.]\s|\s*$|\s?[（(\[【])"
)
_ERA = lazy_compile(
    r"(?:c\.\s?|ca\.\s?)?\d{1,4}\s?(?:BC|BCE|AD|CE|B\.C\.|A\.D\.|v\.\s?Chr\.|n\.\s?Chr\.)"
)


def _year(record: BibRecord) -> tuple[int | None, str | None, list[Anomaly]]:
    raw = _first(record.fields, "year")
    date_raw = _first(record.fields, "date")
    token = raw or (re.split(r"[-/]", date_raw, maxsplit=1)[0] if date_raw else None)
    if not token:
        return None, None, []
    info = parse_year(token)
    if info is not None and info.year is not None:
        return info.year, raw or date_raw, []
    if info is None:
        # BibTeX's year is free text: "1978/79" (an academic year), "1910–1913; 2nd ed.
        # 1925" (the first year counts), "300 BC" (a year before 1500, written as such)
        lead = _LEADING_YEAR.match(token)
        if lead is not None:
            return int(lead.group(1)), raw or date_raw, []
        if _ERA.fullmatch(token.strip()):
            return None, raw or date_raw, []
        if undated_status(raw or date_raw or token):
            # "year = {forthcoming}", "{in press}", "{n.d.}": a status, which styles print
            return None, raw or date_raw, []
    problem = info.problem if info and info.problem else f"year {token!r} is not a year"
    line = record.field_lines.get("year" if raw else "date", record.line)
    # a date in the year field ("Sep 21–25, 2020"): reported, and its one year is the year
    years = set(_ANY_YEAR.findall(token))
    year = int(years.pop()) if len(years) == 1 else None
    if year is not None:
        problem += f"; the year {year} is used"
    return year, raw or date_raw, [Anomaly(AnomalyCode.YEAR_MALFORMED, problem, line)]


_ANY_YEAR = lazy_compile(r"(?<!\d)((?:1[5-9]|20)\d\d)(?!\d)")


_ISO_LIKE = lazy_compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.+Z-]*)?")
_ISO_MONTH = lazy_compile(r"\d{4}-\d{1,2}")  # year and month: valid, no day to use
_PADDED = lazy_compile(r"\d{4}-\d{2}-\d{2}(?:[T ].*)?")
_DAY_FIRST = lazy_compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")


def iso_date(raw: str) -> date | None:
    """A date written the ISO way, zero padding optional (``2019-1-25``), or None."""
    m = _ISO_LIKE.fullmatch(raw.strip())
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _access_date(record: BibRecord) -> tuple[date | None, str | None, list[Anomaly]]:
    raw = _first(record.fields, "urldate")
    if not raw:
        return None, None, []
    found = iso_date(raw)
    line = record.field_lines.get("urldate", record.line)
    if found is not None or _ISO_MONTH.fullmatch(raw):
        if found is not None and not _PADDED.fullmatch(raw):
            # biber reads only zero-padded ISO dates and drops "2019-1-25" with a warning
            message = f"urldate {raw!r} is not zero-padded; biber ignores it: write {found}"
            return found, raw, [Anomaly(AnomalyCode.ACCESS_DATE_INVALID, message, line)]
        return found, raw, []
    message = f"urldate {raw!r} is not an ISO date (YYYY-MM-DD, as biblatex requires)"
    m = _DAY_FIRST.fullmatch(raw)
    if m is not None:
        try:
            written = date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
            message += f": write {written}"
        except ValueError:
            pass
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


_BRACED_ESCAPE = lazy_compile(r"\{(\\[_%#&$])\}")


def _url(record: BibRecord) -> tuple[str | None, str | None, str | None, list[Anomaly]]:
    """(url, url_raw, url_display, anomalies) of a record."""
    value, name = _url_source(record)
    if value is None:
        return None, None, None, []
    line = record.field_lines.get(name, record.line)
    # \_ and \# are LaTeX's escapes; a reference manager writes them braced, "{\_}"
    found = extract_urls(_BRACED_ESCAPE.sub(r"\1", value), (line,), markup="LaTeX")
    anomalies = list(found.anomalies)
    if not found.urls:
        message = f"{name} field holds no usable URL: {value!r}"
        return None, value, None, [Anomaly(AnomalyCode.URL_INVALID, message, line)]
    first = found.urls[0]
    raw = value if name == "url" else first.raw
    return first.url, raw, first.display, anomalies


def _doi(record: BibRecord, url: str | None) -> tuple[str | None, list[Anomaly]]:
    """The bare DOI (from the doi field, else a resolver URL), and a note when the field
    held it in another form (the form written is kept in the note)."""
    written = _first(record.fields, "doi")
    if not written or says_no_doi(written):  # doi = {none}: checked, no DOI
        # (a DOI written as text in a note, "note = {doi:10.1016/…}", beside a PubMed link)
        noted = None if written else _noted_doi(record.fields)
        return (doi_from_url(url) if url else None) or noted, []
    doi = bare_doi(written)
    if doi is None:
        return written, []
    if doi == written:
        return doi, []
    line = record.field_lines.get("doi", record.line)
    message = f"doi field written as {written!r}; the bare DOI {doi} is used"
    return doi, [Anomaly(AnomalyCode.DOI_NORMALISED, message, line)]


def _noted_doi(fields: dict[str, str]) -> str | None:
    """The DOI a note names by its label (``note = {doi:10.1016/…}``, as Zotero writes an
    identifier its item type has no field for)."""
    for name in ("note", "addendum", "howpublished"):
        doi = labelled_doi(fields.get(name, ""))
        if doi is not None:
            return doi
    return None


def _repeated(record: BibRecord) -> list[Anomaly]:
    """One anomaly per field written twice with another value: the entry is kept with the
    first value; the repeats that only copy the first value are one note for the entry."""
    found: list[Anomaly] = []
    copies: list[tuple[str, int, int]] = []  # (name, first line, repeat line)
    for name, line, value in record.repeated:
        first = record.field_lines.get(name, record.line)
        if " ".join(value.split()) == " ".join(record.fields.get(name, "").split()):
            copies.append((name, first, line))
            continue
        shown = value if len(value) <= 60 else value[:57] + "..."
        found.append(
            Anomaly(
                AnomalyCode.DUPLICATE_FIELD,
                f"entry {record.key!r} repeats the field {name!r} (first at line {first}); "
                f"the first value is used, the repeat {shown!r} is ignored",
                line,
                lines=(first, line),
            )
        )
    if copies:
        names = ", ".join(sorted({name for name, _, _ in copies}))
        found.append(
            Anomaly(
                AnomalyCode.DUPLICATE_FIELD_SAME,
                f"entry {record.key!r} repeats {len(copies)} field(s) with the same value "
                f"({names}); nothing is lost",
                copies[0][2],
                lines=tuple(sorted({n for _, first, line in copies for n in (first, line)})),
            )
        )
    return found


def _undefined(record: BibRecord) -> list[Anomaly]:
    """One anomaly per field that names an @string macro no @string defines."""
    return [
        Anomaly(
            AnomalyCode.STRING_UNDEFINED,
            f"entry {record.key!r}: field {name!r} is the @string macro {macro!r}, which no "
            "@string defines (in this file or one read before it); BibTeX warns and leaves "
            "the field empty",
            line,
        )
        for name, macro, line in record.undefined
    ]


# the fields a reference is known by, whose misspelling (``authors``, ``titel``, ``yeat``)
# leaves the entry without them: BibTeX ignores a field it does not know
_MEANT_FIELDS = (
    "author", "editor", "title", "year", "date", "month", "journal", "journaltitle",
    "booktitle", "publisher", "pages", "volume", "number", "address", "location",
    "edition", "series", "chapter", "institution", "school", "organization",
    "howpublished", "urldate", "isbn", "issn",
)  # fmt: skip
# real fields one edit away from one of those (biblatex's, MathSciNet's fjournal)
_OTHER_FIELDS = frozenset(
    {"editora", "editorb", "editorc", "fjournal", "volumes", "isrn", "ismn", "dates"}
)


def _misspelled(record: BibRecord) -> list[Anomaly]:
    """One anomaly per field whose name is one edit (or one swap of neighbours) from a
    field the entry lacks: ``authors = {...}`` gives no author, in BibTeX as here."""
    found: list[Anomaly] = []
    for name in record.fields:
        if len(name) < 4 or name in _OTHER_FIELDS or name in _MEANT_FIELDS:
            continue
        meant = [f for f in _MEANT_FIELDS if f not in record.fields and OSA.distance(name, f) == 1]
        if len(meant) != 1:
            continue
        found.append(
            Anomaly(
                AnomalyCode.FIELD_NAME_MISSPELLED,
                f"entry {record.key!r}: field {name!r} is no BibTeX field (did you mean "
                f"{meant[0]!r}?); BibTeX ignores it, so the entry has no {meant[0]}",
                record.field_lines.get(name, record.line),
            )
        )
    return found


def _language(fields: dict[str, str], title: str | None) -> str | None:
    """The language the entry declares (``langid``, ``language``), else the one its title's
    script names (Cyrillic, Han …), else the one a Latin-script title's words and letters
    name clearly (``Normas de apresentação tabular``: Portuguese), else None."""
    declared = _first(fields, "langid", "language")
    if declared:
        return _LANGUAGES.get(declared.lower(), declared.lower())
    script = detect_language(title or "")
    if script == "en":  # (Latin script: any language written in it)
        return latin_language(title or "")
    return script


def _standard(record: BibRecord) -> bool:
    """A standard: biblatex's ``@standard``, or a ``@manual`` whose title or number opens
    with a standard's designation (``{NBR} 14724``, ``ISO 690:2010``: how a national
    template files its standards, since BibTeX has no entry type for them)."""
    if record.entry_type == "standard":
        return True
    fields = record.fields
    return record.entry_type == "manual" and (
        opens_with_designation(_first(fields, "title"))
        or opens_with_designation(_first(fields, "number"))
    )


# the entry types whose ``number`` is the work's own designation in its series (a report's,
# standard's or patent's number), not a journal issue
_NUMBERED_TYPES = frozenset({"techreport", "report", "standard", "patent", "manual"})


def _numbered(record: BibRecord, kind: RefKind) -> bool:
    """Does the entry's ``number`` field name the work itself (a report, standard, patent)?"""
    return record.entry_type in _NUMBERED_TYPES or kind in (RefKind.REPORT, RefKind.PATENT)


def _page_count(fields: dict[str, str]) -> int | None:
    value = _first(fields, "pagetotal")
    return int(value) if value and value.isdigit() else None


def to_reference(record: BibRecord) -> Reference:
    """The reference an entry describes, with the anomalies its fields show."""
    fields = record.fields
    resource = resource_kind(record.entry_type, fields)
    kind = resource or _KINDS.get(record.entry_type, RefKind.UNKNOWN)
    standard = _standard(record)
    if standard:
        kind = RefKind.REPORT
    year, year_raw, year_notes = _year(record)
    access, access_raw, access_notes = _access_date(record)
    url, url_raw, url_display, url_notes = _url(record)
    if kind is RefKind.UNKNOWN and url:
        kind = RefKind.WEB
    # (a law commentary; a @misc citing a decision or an act, an archive's file, an
    # interview the author held: :mod:`.typed_kinds`)
    kind = bibtex_kind(record.entry_type, fields, kind)
    # (a @manual with no address, a @misc citing a standard by its designation: a report,
    # :mod:`.manual_kind`)
    kind = document_kind(record.entry_type, fields, kind)
    # (a @misc citing a replication package or a deposited dataset: web, :mod:`.data_deposit`)
    kind = deposit_kind(record.entry_type, fields, kind)
    title = _title(fields)
    host = _first(fields, "journaltitle", "journal", "booktitle", "organization")
    chapter = _named_chapter(record)
    if chapter is not None:  # BibTeX's @inbook: the title is the book's, the work the chapter
        title, host = chapter, title
    untitled: list[Anomaly] = []
    if title is None:  # (a @proceedings with only booktitle: titled by it, :mod:`.bibtitle`)
        stand_in = stand_in_title(record.entry_type, fields)
        if stand_in is not None:
            title, host = stand_in
        elif (note := untitled_anomaly(record)) is not None:
            untitled.append(note)
    doi, doi_notes = _doi(record, url)
    problem = doi_problem(doi) if doi else None
    if problem is not None:  # "10.1/x},note={..." is an injection, not a DOI
        line = record.field_lines.get("doi", record.line)
        doi_notes.append(Anomaly(AnomalyCode.DOI_INVALID, f"DOI {doi!r} refused: {problem}", line))
        doi = None
    anomalies = [
        *_repeated(record), *_undefined(record), *_misspelled(record), *year_notes,
        *access_notes, *url_notes, *doi_notes, *untitled,
    ]  # fmt: skip
    # (a web page exists at its address; a dataset or software may be cited by its DOI or
    # distributed otherwise, as CSL's are; an @online entry with a DOI has the address
    # the DOI resolves to, as a preregistration or a repository record is cited; a film
    # or a recording is broadcast, screened or sold on a disc)
    if (
        kind is RefKind.WEB
        and url_raw is None
        and resource is None
        and doi is None
        and record.entry_type not in _RECORDINGS
    ):
        anomalies.append(
            Anomaly(AnomalyCode.URL_MISSING, "electronic resource without a URL", record.line)
        )
    ref = Reference(
        raw=record.raw,
        line=record.line,
        end_line=record.end_line,
        kind=kind,
        style="bibtex",
        # (a literal name braced whole, family name first, "{Kovács Imre}", "{Nguyễn Thị
        # Lan}": inverted as BibTeX would invert it split, "Kovács, Imre")
        authors=tuple(family_first_inverted(a) for a in record.authors),
        title=title,
        host=host,
        year=year,
        year_raw=year_raw,
        url=url,
        url_raw=url_raw,
        url_display=url_display,
        access_date=access,
        access_date_raw=access_raw,
        publisher=_first(fields, "publisher")
        if kind is RefKind.THESIS
        else _first(fields, "publisher", "institution", "school")
        or (_first(fields, "organization") if standard else None),  # (the standards body)
        place=_first(fields, "location", "address"),
        pages=_first(fields, "pages"),
        volume=_first(fields, "volume"),
        issue=_first(fields, "number", "issue"),
        page_count=_page_count(fields),
        doi=doi,
        language=_language(fields, title),
        edition=_first(fields, "edition"),
        series=_first(fields, "series"),
        editors=tuple(family_first_inverted(e) for e in record.editors),
        number=_first(fields, "number") if _numbered(record, kind) else None,
        electronic=url is not None,
        anomalies=tuple(anomalies),
    )
    # (pmid, pmcid, isbn, eprint with archiveprefix/eprinttype: :mod:`.identifiers`)
    ref = with_identifiers(ref, identifiers_of_fields(fields))
    if kind is not RefKind.THESIS:
        return ref
    # @phdthesis, @mastersthesis, biblatex's @thesis with type = {phdthesis}: the school
    # (biblatex: institution) is where the thesis was written, never its publisher
    return structured(
        ref,
        written_type=_first(fields, "type"),
        school=_first(fields, "school", "institution"),
        default=_THESIS_DEGREES.get(record.entry_type, ThesisType.OTHER),
    )


_THESIS_DEGREES = {"phdthesis": ThesisType.DOCTORAL, "mastersthesis": ThesisType.MASTERS}


# --------------------------------------------------------------------------
# duplicate works
# --------------------------------------------------------------------------


def _work_keys(ref: Reference, own_doi: bool = True) -> list[tuple[str, str]]:
    keys = []
    if ref.doi and own_doi:
        keys.append(("DOI", ref.doi.lower()))
    if ref.url:
        keys.append(("URL", normalise_key(ref.url)))
    if title_key(ref.title) and (ref.year or ref.year_raw):
        keys.append(("title and year", f"{title_key(ref.title)}|{ref.year or ref.year_raw}"))
    return keys


def _other_title(what: str, earlier: RawNote, ref: Reference) -> bool:
    """Does an entry of the same address name another work (a title of its own), or one
    of the same DOI another part of one book (a chapter and its book, two chapters of one
    book: a library may give each chapter its book's DOI)?"""
    first = earlier.reference
    if first is None:
        return False
    if pages_apart(first.pages, ref.pages):
        return True  # two chapters or passages of one book, each listed for itself
    if what == "title and year":
        return other_works(first, ref)  # a paper and a talk of its title (sameness)
    if not distinct_titles(first.title, ref.title):
        return False
    return what == "URL" or (what == "DOI" and _parts_of_one_book(first, ref))


def _names(a: str | None, b: str | None) -> bool:
    return bool(title_key(a)) and bool(title_key(b)) and not distinct_titles(a, b)


def _parts_of_one_book(a: Reference, b: Reference) -> bool:
    """Is one entry in the other (its host is the other's title), or both in one host?"""
    return _names(a.host, b.title) or _names(b.host, a.title) or _names(a.host, b.host)


def duplicate_works(notes: list[RawNote], borrowed: Collection[str] = ()) -> list[Anomaly]:
    """An anomaly for each entry that cites the same work as an earlier one (one address
    with another title is another work: a project's manuals all giving its home page; so
    is a chapter carrying its book's DOI).  The entries labelled in
    ``borrowed`` took their DOI from a ``crossref``/``xdata`` parent: it names the parent,
    not them (a chapter is not its book), and is no key of theirs."""
    seen: dict[tuple[str, str], list[RawNote]] = {}
    found: list[Anomaly] = []
    for note in notes:
        ref = note.reference
        if ref is None:
            continue
        for what, key in _work_keys(ref, own_doi=note.label not in borrowed):
            same = seen.setdefault((what, key), [])
            earlier = next((e for e in same if not _other_title(what, e, ref)), None)
            same.append(note)
            if earlier is not None:
                found.append(
                    Anomaly(
                        AnomalyCode.LITERATURE_DUPLICATE_ENTRY,
                        f"entry {note.label} cites the same work as entry {earlier.label} "
                        f"(line {earlier.line}): same {what}",
                        note.line,
                        literature_entry=int(note.label),
                        lines=(earlier.line, note.line),
                    )
                )
                break
    return found
