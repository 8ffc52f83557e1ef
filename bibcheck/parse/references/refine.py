"""The better reading of an everyday article, chapter or book when the first one fell short.

A style parser (or the generic one) may read an entry's names and title right but miss
what follows: a journal and its numbering in a national style (``Engineering Structures,
56, 2013, pp. 1787-1799``, ``Revista de Saúde Pública, v. 40, n. 2, p. 10-20, 2006``), a
chapter's ``In:`` / ``En:`` / ``W:``, a book's ``Place: Publisher, Year``.  Each function
here reads the text after the title and keeps the first reading unless its own is better
(a title that swallowed the journal, pages or volume lost, a journal with numbers in it).
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import AnomalyCode, Reference, RefKind
from bibcheck.parse.references import bst, chicago, role_marks, romance_imprint, rsc, serial
from bibcheck.parse.references.fields import split_heading_authors
from bibcheck.parse.references.patterns import IN_COLON, PART_CITED, L, U
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.quote_pairs import APOSTROPHES, EN_CLOSINGS
from bibcheck.parse.references.shared import build, has_publisher_word, strip_edition
from bibcheck.parse.references.standard_designation import standard_designation
from bibcheck.parse.years import YEAR as _YEAR

_ISO690 = "iso690"
# (the closing guillemets of a title too: "« Titre », Revue, vol. 4")
_LEAD = lazy_compile(r"^[\s.,;:\"”’'*_»›]+")
# a cut inside a quoted title: a closing mark comes before any opening one after it
_INSIDE_QUOTES = lazy_compile(r"^[^«“]*[»”]")
_IN = lazy_compile(rf"^{IN_COLON}")
_BREAK = lazy_compile(r"[.?!]\s")
_PLACE = serial.PLACE
# "Milano: Bompiani, 1977.", "Warszawa: PWN, 2005. 320 s.", "Penguin Books, 2012."
# a cited page or the extent, in the languages notes are written in: "p. 45", "pp. 12–15",
# "S. 3", "с. 45", "стр. 7", Mongolian "х. 45" / "тал. 45", Kazakh "б. 110", Uzbek "b. 4",
# Latvian "112. lpp.", Estonian "lk 12", Hungarian "45. old."; "320 p." (the extent)
_PAGE_MARK = r"(?:pp?|s|S|c|с|С|str|стр|Стр|х|тал|б|b|bet|lk|lpp|old)"
_CITED_PAGE = (
    rf"\d+\.?\s{_PAGE_MARK}\.?|{_PAGE_MARK}\.?\s?\d+(?:\s?[-–]\s?\d+)?"
    # (Mongolian "3-р хуудас", "the 3rd page")
    r"|\d+-?р\sхуудас"
)
_FACTS = lazy_compile(
    rf"^(?:(?P<place>{_PLACE})\s?:\s)?(?P<publisher>[^:;,.()]{{2,80}}?)[,;]\s"
    rf"(?P<year>{_YEAR})[a-z]?"
    # (then the extent or a cited page: ". 320 p.", ", pp. 200", ". ISBN ...")
    rf"(?:[.,]\s(?:{_CITED_PAGE}|ISBN[\s:].*|{PART_CITED}))?\.?$"
)
# "Milano, Mondadori, 1985, p. 45" (the Italian and Spanish comma form): two names and a
# year, a cited page perhaps -- a book's facts, though which is the place is not said
_COMMA_FACTS = lazy_compile(
    rf"^[{U}][^\W\d_]*(?:[ '’-][^\W\d_]+){{0,4}},\s[{U}][^\W\d_]*(?:[ '’&-]+[^\W\d_]+){{0,5}}"
    rf",?\s{_YEAR}(?:,\s(?:{_CITED_PAGE}|{PART_CITED}))?\.?$"
)
_CHAPTER_IN = lazy_compile(rf"[.,]\s{IN_COLON}")
_LABELLED_PAGES = lazy_compile(r"\b(?:pp?|s|S|págs?|str)\.\s?(\d+\s?[-–—]\s?\d+)")


# a title that starts with a person's name: "Bianchi L. Title", "Bianchi, L. Title"
_NAME_FIRST = lazy_compile(rf"^[{U}][\w'’-]+(?:,\s[{U}]\.|\s[{U}]{{1,3}}\.?[\s,])")


# what is left of a name the style parser cut in two, or of its editor mark, at the start
# of its title: "K., Sekulić, D. P., Fundamentals…" of "Shah, R. K., Sekulić, D. P., …";
# "(ed.), Cleaning-in-Place…" of "Tamime, A. Y. (ed.), Cleaning-in-Place…"
_CUT_NAME = lazy_compile(rf"^(?:(?:[{U}]\.\s?-?){{1,3}},\s|{role_marks.MARK}(?:[,.]|$))")


def may_have_swallowed_names(styled: Reference) -> bool:
    """Might the title of ``styled`` begin with names (see :func:`better`)?"""
    title = styled.title or ""
    return bool(styled.authors) and (
        _NAME_FIRST.match(title) is not None or _CUT_NAME.match(title) is not None
    )


def better(styled: Reference, generic: Reference) -> Reference:
    """The generic reading where the style parser's title swallowed names the generic one
    read as authors ("Rossi M., Bianchi L. Title": a style taking "Rossi M." alone and
    "Bianchi L. Title" for the title), else the style parser's."""
    more_names = len(generic.authors) > len(styled.authors) >= 1
    title, within = generic.title or "", styled.title or ""
    swallowed = len(title) > 3 and title.rstrip(".") in within and not within.startswith(title)
    if more_names and swallowed:
        return generic
    # the style cut a name in two ("Ljung" and "L., System Identification…") where the
    # generic reading kept it whole
    cut = _CUT_NAME.match(within) is not None and len(generic.authors) >= len(styled.authors)
    # (the raw text's line breaks are spaces: a title may run over two lines)
    written = title.rstrip(".") in " ".join(styled.raw.split())
    return generic if cut and len(title) > 3 and written else styled


def journal_shaped(text: str) -> bool:
    """``Surname, I. Title. Journal, 2015, 50(100), pp. 7-22``: names, a title sentence and
    a journal with its numbering only (which GOST without area dashes never writes: its
    numbering is ``2015. № 5. С. 7-22``)."""
    _, after = split_heading_authors(text)
    if after == text:
        return False
    first = _BREAK.search(after)
    return first is not None and serial.read(after[first.end() :]) is not None


def refined(ref: Reference, body: str) -> Reference:
    """``ref`` with the better reading of an article's journal, a chapter or a book's
    publication facts, where ``body`` (the cleaned reference text) has one."""
    ref = _as_legal_article(_as_rsc(ref, body), body)
    ref = _without_edition(_page_not_year(_as_note(ref, body), body))
    ref = _as_chapter(_as_article(ref, body), body)
    ref = _edited_container(_as_book(_as_bst(ref, body), body))
    # ("*Aida*, libretto di A. Ghislanzoni, Milano, Ricordi, 1872": :mod:`.romance_imprint`)
    ref = romance_imprint.stated_book(_as_numbered_serial(ref, body), body)
    return _as_placed_book(ref, body)


def _as_rsc(ref: Reference, body: str) -> Reference:
    """An RSC reference (``A. B. Author and C. Other, Title, J. Chem. Educ., 1998, 75,
    1203.``, ``…, Title, 3rd edn., Publisher, Place, 2012.``) another parser left without
    its journal or publisher: the RSC reading, which has the whole shape."""
    if ref.host or ref.publisher or ref.kind not in (RefKind.UNKNOWN, RefKind.BOOK):
        return ref
    fields = rsc.parse(body)
    if fields is None:
        return ref
    lines = ref.raw.count("\n")
    starts = (ref.line,) * lines + (ref.end_line,)
    # (an RSC reading names a journal or a publisher: its kind does not hang on a URL)
    return build(fields, ref.raw, starts, has_web_url=False)


# German legal notes: the family names (joined by "/"), the title, the journal with its
# volume and year in parentheses, or its year alone, then the first page and "ff." ("Heri,
# Title, European Journal of International Law 33 (2022), 925 ff.", "Müller/Schmidt,
# Title, NJW 2019, 1201, 1203.")
_FAMILY = rf"[{U}][{L}'’-]+(?:-[{U}][{L}]+)?"
_LEGAL_ARTICLE = lazy_compile(
    rf"^(?P<names>{_FAMILY}(?:\s?/\s?{_FAMILY}){{0,3}}),\s(?P<title>[^,].+?),\s"
    rf"(?:(?P<journal>[{U}][^,\d]{{1,100}}?)\s(?P<vol>\d{{1,4}})\s\((?P<year>{_YEAR})\)"
    # (the year alone after the journal's abbreviation, "NJW 2019", "NVwZ 2021": after a
    # word, "Rostock 1901, S. 3" is a place and a year)
    rf"|(?P<abbrev>[{U}][{L}]?[{U}][{U}{L}]{{0,6}})\s(?P<year2>{_YEAR})),\s"
    r"(?:S\.\s?)?(?P<pages>\d+(?:\s?[-–]\s?\d+)?)"
    r"(?:\s?ff?\.|,\s(?:S\.\s?)?\d+(?:\s?ff?\.)?)?\.?$"
)


def _as_legal_article(ref: Reference, body: str) -> Reference:
    """A German legal note's article that no parser gave its author or journal."""
    if ref.authors or ref.host:
        return ref
    found = _LEGAL_ARTICLE.match(body.strip())
    if found is None:
        return ref
    year = found.group("year") or found.group("year2")
    names = tuple(n.strip() for n in found.group("names").split("/"))
    return dataclasses.replace(
        ref,
        authors=names,
        title=found.group("title").strip(),
        host=(found.group("journal") or found.group("abbrev")).strip(),
        volume=found.group("vol"),
        year=int(year),
        year_raw=year,
        pages=found.group("pages"),
        kind=RefKind.ARTICLE,
    )


# a given name and an initial, read as a Vancouver "Surname I": "Pedro J"
_GIVEN_AND_INITIAL = lazy_compile(rf"[{U}][{L}]+\s[{U}]")


def _page_not_year(ref: Reference, body: str) -> Reference:
    """A short note's page read as a year no work has (``Smith, “Title”, 1020.``): the
    page, when the note's own reading takes that number for it."""
    if ref.year is not None or not ref.year_raw:
        return ref
    fields = chicago.parse_note(body)
    if fields is None or fields.year.raw is not None or fields.pages != ref.year_raw.strip():
        return ref
    kept = tuple(a for a in ref.anomalies if a.code is not AnomalyCode.YEAR_MALFORMED)
    return dataclasses.replace(ref, year_raw=None, pages=fields.pages, anomalies=kept)


def _as_note(ref: Reference, body: str) -> Reference:
    """A Chicago note read as Vancouver (``Pedro J. Arroyo Galindo, *Title* (Sevilla: EEHA,
    1985), 131.`` as the author ``Pedro J`` and a title of all the rest, with no year):
    the note's reading, when it finds the names, the title and the year."""
    if (
        ref.style != "vancouver"
        or ref.year is not None
        or len(ref.authors) != 1
        or not _GIVEN_AND_INITIAL.fullmatch(ref.authors[0])
    ):
        return ref
    fields = chicago.parse_note(body)
    if fields is None or not fields.authors or not fields.title or fields.year.year is None:
        return ref
    lines = ref.raw.count("\n")
    starts = (ref.line,) * lines + (ref.end_line,)
    return build(fields, ref.raw, starts, has_web_url=ref.kind is RefKind.WEB)


# An edition written label first: "Wyd. 2.", "Ed. 3", "Vyd. 2", "Izd. 4"
_EDITION_LABEL = (
    r"(?:Wyd|wyd|Vyd|vyd|Izd|izd|Ed|ed|Éd|éd|Edição|Edición|Aufl|Auflage)\.?\s\d{1,2}\.?"
)
# ... its number first, with a word or two on the edition between: Latvian "2. papild. izd."
# (supplemented), "3. izd.", Czech "2. vyd.", Slovak "2. upr. vyd.", German "2., überarb.
# Aufl.", Lithuanian "2-asis leid.", Estonian "2. tr.", Russian "2-е изд.", Swedish "3. uppl.",
# Dutch "2e dr.", Finnish "3. painos", Hungarian "2. kiad.", Polish "wyd. 2 popr."
_EDITION_NUMBER_FIRST = (
    r"\d{1,2}(?:\.|-?(?:е|я|asis|oji)|e)?,?\s(?:[^\W\d_]{2,12}\.,?\s){0,2}"
    r"(?:izd|vyd|Aufl|ed|edn|éd|leid|tr|изд|uppl|utg|opl|dr|druk|painos|kiad)\.?"
)
_EDITION_AFTER = lazy_compile(rf"\.\s(?:{_EDITION_LABEL}|{_EDITION_NUMBER_FIRST})$")
_EDITION_FIRST = lazy_compile(rf"^{_EDITION_LABEL}\s")
# APA's description after the title: "(Report No. 12)", "(Working Paper No. 5)", "[Fact sheet]"
_DESCRIPTION = lazy_compile(r"\s(?:\([^()]*\bNo\.\s?[\w./-]+\)|\[[^\[\]]{3,80}\])$")


def _without_edition(ref: Reference) -> Reference:
    """``Polityka miejska. Wyd. 2`` -> ``Polityka miejska``, ``Title (Report No. 12)`` ->
    ``Title``: neither the edition nor the description is the title's."""
    title = ref.title or ""
    cut = _EDITION_AFTER.search(title) or _DESCRIPTION.search(title)
    if cut and cut.group(0).lstrip().startswith("[") and _quoted_with(cut.group(0), ref.raw):
        # IEEE's quoted title holds its column's name: '"What Is X? [Lecture Notes],"'
        return ref
    return dataclasses.replace(ref, title=title[: cut.start()]) if cut and title else ref


def _quoted_with(bracketed: str, raw: str) -> bool:
    """Is ``bracketed`` (``[Lecture Notes]``) inside the title's quotation marks in ``raw``?"""
    return (
        re.search(re.escape(bracketed.strip()) + f"[,.]?[{EN_CLOSINGS}{APOSTROPHES}]", raw)
        is not None
    )


def _title_at(ref: Reference, body: str) -> int:
    return body.find(ref.title) if ref.title else -1


def _cuts(title: str) -> list[int]:
    """Where the title may end: where it does, then at each sentence break inside it, then
    at each comma (Elsevier: "Title, Eng. Struct. 56 (2013) 1787–1799")."""
    breaks = [m.start() for m in _BREAK.finditer(title)]
    return [len(title), *breaks, *(m.start() for m in re.finditer(r",\s", title))]


# a title never ends inside an abbreviation: "Title, Eng" of "Title, Eng. Struct. 56 (2013)"
_ABBREVIATED = lazy_compile(r"\b[A-Z][a-z]{0,3}$")


# an edition after the title is a book's: "Title. Subtitle, 2.ª ed., BdeF, Buenos Aires, 2012"
_EDITION = lazy_compile(
    r"(?<!\w)\d{1,2}(?:\.[ªºae]?|e|ª|st|nd|rd|th)\s?(?:ed|edn|éd|Aufl|druk|edición|edição)\b"
)


def _serial_after(title: str, text: str) -> tuple[str, serial.Serial] | None:
    for cut in _cuts(title):
        if len(text) - cut > serial.LONGEST:
            continue  # too far from the end for a journal and its numbering to follow
        if _EDITION.search(text, cut):
            continue
        if text[cut : cut + 1] == "." and _ABBREVIATED.search(title[:cut]):
            continue
        if cut < len(title) and _INSIDE_QUOTES.match(text[cut:]):
            continue  # ("« Title, Subtitle », Journal, vol. 4": no journal inside the quotes)
        found = serial.read(_IN.sub("", _LEAD.sub("", text[cut:])))
        if found is not None:
            return title[:cut].strip(" .,"), found
    return None


def _worse(ref: Reference, title: str, found: serial.Serial) -> bool:
    host = (ref.host or "").rstrip(".")
    return (
        not host
        or title != ref.title
        or (ref.pages is None and found.pages is not None)
        or (ref.volume is None and found.volume is not None)
        or (ref.issue is None and found.issue is not None and host == found.host.rstrip("."))
        or (host != found.host.rstrip(".") and host.startswith(found.host))
        or (re.search(r"\d", host) is not None and re.search(r"\d", found.host) is None)
    )


# "éd. cit.", "ed. cit.", "op. cit.", "art. cit.": a pointer to a work cited before
_CITED_POINTER = lazy_compile(r"(?i:éd|ed|op|art|loc|ouvr|ob)\.\s?cit\.?")


def _as_article(ref: Reference, body: str) -> Reference:
    at = _title_at(ref, body)
    if at < 0 or ref.title is None or ref.kind is RefKind.CHAPTER:
        return ref
    after = re.sub(r",\s(?:19|20)\d\d$", "", body[at + len(ref.title) :].strip(" ,."))
    if standard_designation(after):
        return ref  # "Title, ISO/IEC 9899:2018.": a standard's number, no journal's volume
    reading = _serial_after(ref.title, body[at:])
    if reading is None or not _worse(ref, *reading):
        return ref
    title, found = reading
    if _CITED_POINTER.fullmatch(found.host.strip()):
        return ref  # "Correspondance, éd. cit., t. IV, 1998": the edition cited, no journal
    imprinted = romance_imprint.imprint_reading(ref, title, found.host, found.pages)
    if imprinted is not None:
        # "Title, vol. 1, Volume Title, London, Cassell, 1973, pp. 47-51", "«Title», in
        # Volume, a cura di X, Milano, Ricordi, 1990, pp. 3-9": the "journal" is a book's
        # comma imprint (:mod:`.romance_imprint`)
        return imprinted
    if ref.publisher and ref.publisher in found.host:
        # "Title, Cambridge, Cambridge University Press, 1995, pp. 12-40": the "journal" is
        # the book's place and publisher, its numbering the pages cited
        return ref
    if ref.host and found.host.startswith(f"{ref.host}, "):
        # ABNT's "Cadernos de Saúde Pública, Rio de Janeiro, v. 25": the place is no journal
        found = dataclasses.replace(found, host=ref.host)
    if ref.host and ref.host.rstrip(".") == f"{found.host} {found.volume}":
        # "Štúdie o Tatranskom národnom parku 9: 7–18": the volume kept in the name is as
        # the first reading wrote it, no misreading
        found = dataclasses.replace(found, host=ref.host)
    # the first parser misread the shape (a title that swallowed the journal, a journal with
    # numbers in it): the reading is ISO 690's, not that parser's style
    misread = title != ref.title or (
        re.search(r"\d", ref.host or "") is not None and ref.host != found.host
    )
    return dataclasses.replace(
        ref,
        style=_ISO690 if misread else ref.style,
        title=title,
        host=found.host,
        year=int(found.year) if found.year else ref.year,
        year_raw=found.year or ref.year_raw,
        volume=found.volume or ref.volume,
        issue=found.issue or ref.issue,
        pages=found.pages or ref.pages,
        kind=RefKind.ARTICLE,
    )


# MLA's container edited by others: "“Chapter.” Book, edited by A and B, Publisher, 1979,
# pp. 205–20" -- a chapter of an edited book, not an article of a journal
_EDITED_CONTAINER = lazy_compile(
    r"^(?P<book>.+?),\s(?:edited|ed\.|eds\.|compiled)(?:\sand\stranslated)?\sby\s"
    r"(?P<editors>[^,]+?)(?:,\s(?P<publisher>[^,]+))?$"
)


def _edited_container(ref: Reference) -> Reference:
    """An article whose host names its editors (MLA's ``Book, edited by …``) is a chapter
    of that book; the host is the book's title, the publisher after the editors its
    publisher."""
    m = _EDITED_CONTAINER.match(ref.host or "") if ref.kind is RefKind.ARTICLE else None
    if m is None:
        return ref
    publisher = m.group("publisher")
    return dataclasses.replace(
        ref,
        kind=RefKind.CHAPTER,
        host=m.group("book").strip(),
        publisher=ref.publisher or (publisher.strip() if publisher else None),
    )


_OPEN = (RefKind.BOOK, RefKind.UNKNOWN)


def _as_bst(ref: Reference, body: str) -> Reference:
    """The facts a standard BibTeX style prints after the title (:mod:`.bst`), where the
    parser read none: ``Journal, 41:87–100, 2012.``, ``Publisher, Address, 1987.``, ``In
    Editors, editors, Book, pages 95–195. Publisher, Address, 1968.``"""
    at = _title_at(ref, body)
    # (an article whose journal was not read may take it too)
    open_kinds = _OPEN if ref.host else (*_OPEN, RefKind.ARTICLE)
    if at < 0 or ref.title is None or ref.kind not in open_kinds:
        return ref
    found = bst.facts(_LEAD.sub("", body[at + len(ref.title) :]))
    if found is None or (found.kind is RefKind.BOOK and ref.kind is not RefKind.UNKNOWN):
        return ref
    if ref.kind is RefKind.ARTICLE and found.kind is not RefKind.ARTICLE:
        return ref
    if found.kind is not RefKind.CHAPTER and (ref.host or ref.publisher):
        return ref
    return dataclasses.replace(
        ref,
        kind=found.kind,
        host=found.host or ref.host,
        volume=ref.volume or found.volume,
        issue=ref.issue or found.issue,
        pages=ref.pages or found.pages,
        publisher=ref.publisher or found.publisher,
        place=ref.place or found.place,
        year=ref.year or found.year,
    )


def _as_chapter(ref: Reference, body: str) -> Reference:
    """``Title. In: Editor (ed.), Book. Place: Publisher, 2010, pp. 101-125``: a chapter,
    its title up to ``In:``, its pages the labelled range after it."""
    at = _title_at(ref, body)
    if at < 0 or ref.title is None or ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN):
        return ref
    marker = _CHAPTER_IN.search(body, at)
    if marker is None or marker.start() > at + len(ref.title) + 1:
        return ref
    title = body[at : min(marker.start(), at + len(ref.title))].strip(" .,")
    pages = _LABELLED_PAGES.findall(body[marker.end() :])
    return dataclasses.replace(
        ref, title=title, kind=RefKind.CHAPTER, pages=ref.pages or (pages[-1] if pages else None)
    )


# MLA's book in a later edition: "Title. 1818. Edited by Maurice Hindle, Penguin Classics,
# 2003." (the first year the work's own, then its editor or translator, publisher, year)
_EDITED_BOOK = lazy_compile(
    rf"^(?:{_YEAR}\.\s)?(?:Edited|Translated|Edited\sand\stranslated|Introduced)\sby\s"
    rf"[^,]{{2,120}}?,\s(?P<publisher>[{U}][^,]{{1,80}}?),\s(?P<year>{_YEAR})\.?$"
)


def _as_book(ref: Reference, body: str) -> Reference:
    """``Title. [2. ed.] Place: Publisher, Year.`` (or MLA's ``Publisher, Year.``) read
    when no place, publisher or host was."""
    at = _title_at(ref, body)
    if at < 0 or ref.title is None or ref.publisher or ref.place or ref.host:
        return ref
    if ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN):
        return ref
    tail = strip_edition(_EDITION_FIRST.sub("", _LEAD.sub("", body[at + len(ref.title) :])))
    edited = _EDITED_BOOK.match(_LEAD.sub("", tail))
    if edited is not None and ref.kind is RefKind.UNKNOWN:
        year = int(edited.group("year"))
        return dataclasses.replace(
            ref,
            kind=RefKind.BOOK,
            publisher=edited.group("publisher").strip(),
            year=year,
            year_raw=edited.group("year"),
        )
    facts = _FACTS.match(_LEAD.sub("", tail))
    if facts is None:
        if ref.kind is RefKind.UNKNOWN and _COMMA_FACTS.match(_LEAD.sub("", tail)):
            return dataclasses.replace(ref, kind=RefKind.BOOK)
        return _publisher_only(ref, _LEAD.sub("", tail))
    place, publisher = facts.group("place"), facts.group("publisher").strip()
    if place is None and not has_publisher_word(publisher):
        return ref
    return dataclasses.replace(
        ref,
        place=place,
        publisher=publisher,
        kind=RefKind.BOOK,
        year=ref.year or int(facts.group("year")),
        year_raw=ref.year_raw or facts.group("year"),
    )


# The publisher alone after the title, its year read after the names (author-date): "Zukin,
# S. 2010. Naked City. Oxford University Press." (Chicago 17 and ASA leave out the place)
_PUBLISHER_ONLY = lazy_compile(rf"^(?P<publisher>[{U}][^:;,.()]{{2,80}}?)\.?$")
_SERIAL_WORD = lazy_compile(
    r"\b(?:Journal|Review|Proceedings|Transactions|Bulletin|Annals|Quarterly|Studies|Letters"
    r"|Magazine|Gazette|Times|Post|News)\b"
)


def _publisher_only(ref: Reference, tail: str) -> Reference:
    found = _PUBLISHER_ONLY.match(tail)
    if (
        found is None
        or ref.year is None
        or ref.kind is not RefKind.UNKNOWN
        or not has_publisher_word(found.group("publisher"))
        or _SERIAL_WORD.search(found.group("publisher"))
    ):
        return ref
    return dataclasses.replace(ref, publisher=found.group("publisher").strip(), kind=RefKind.BOOK)


# A journal's numbering in Persian and Arabic, digits and commas read as Latin ones:
# "نشریهٔ آب و خاک, دورهٔ 31, شمارهٔ 2, صص. 345–360" (Persian: دوره volume, شماره issue,
# صص pages), "مجلة معهد المخطوطات, مج 47, ج 2 (2003): 9–54" (Arabic: مج/المجلد volume,
# ع/العدد/ج issue)
_ARABIC_SERIAL = lazy_compile(
    r"^(?P<host>[^,:;()«»]{2,120}?),\s(?:دورهٔ|دوره|جلد|سال|مج|مجلد|المجلد|السنة)\.?\s?"
    r"(?P<volume>\d+)(?:,\s(?:شمارهٔ|شماره|ش|ع|عدد|العدد|ج|الجزء)\.?\s?(?P<issue>\d+))?"
    r"(?:\s?\((?P<year>\d{4})\))?"
    r"(?:(?:,\s(?:صص|ص|صفحات)\.?\s?|:\s?)(?P<pages>\d+(?:\s?[-–]\s?\d+)?))?\.?$"
)
_AFTER_TITLE = lazy_compile(r"^[\s.,;:\"”’'*_»«]+")


def _as_numbered_serial(ref: Reference, body: str) -> Reference:
    """A Persian or Arabic article whose journal and numbering the parser took for a
    publisher (or left unread)."""
    at = _title_at(ref, body)
    if at < 0 or ref.title is None or ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN):
        return ref
    found = _ARABIC_SERIAL.match(_AFTER_TITLE.sub("", body[at + len(ref.title) :]))
    if found is None:
        return ref
    year = found.group("year")
    return dataclasses.replace(
        ref,
        kind=RefKind.ARTICLE,
        host=found.group("host").strip(),
        volume=found.group("volume"),
        issue=found.group("issue"),
        pages=found.group("pages") or ref.pages,
        publisher=None,
        place=None,
        year=ref.year or (int(year) if year else None),
        year_raw=ref.year_raw or year,
    )


# a statement of responsibility after the title: a translator, an editor of the text
_RESPONSIBILITY = lazy_compile(
    r"^(?:(?:ترجمة|تحقيق|تقديم|تصحيح|تعليق|ترجمهٔ|ترجمه|تصحیح|به\sکوشش|تألیف"
    r"|trans\.|transl\.|ed\.|edited\sby|translated\sby)\s[^.]{2,80}\.\s)+"
)
# a place and a year with no publisher: "برلين: 1887.", "لايبزيغ, 1835.", "Berlin: 1887.", a
# note's cited page after them: "Санкт-Петербург, 1887, с. 45."
_PLACE_YEAR = lazy_compile(
    rf"^(?P<place>[^\W\d_]+(?:[\s-][^\W\d_]+){{0,2}})\s?(?P<sep>[:,])\s(?P<year>{_YEAR})"
    rf"(?:,\s(?:{_CITED_PAGE}))?\.?$"
)
_RTL_SCRIPT = lazy_compile(r"[\u0590-\u06ff]")


def _as_placed_book(ref: Reference, body: str) -> Reference:
    """A book whose facts are a place and a year only, after the title and perhaps its
    translator or editor: ``Title. ترجمة X. القاهرة: 1959.``, ``Title. لايبزيغ، 1835.``
    (the comma form in Arabic and Hebrew script, or after a known place only: "Title.
    Nature, 2007" may be a journal's)."""
    at = _title_at(ref, body)
    if at < 0 or ref.title is None or ref.kind is not RefKind.UNKNOWN or ref.host:
        return ref
    tail = _RESPONSIBILITY.sub("", _AFTER_TITLE.sub("", body[at + len(ref.title) :]))
    found = _PLACE_YEAR.match(tail)
    if found is None or (
        found.group("sep") == ","
        and not _RTL_SCRIPT.search(found.group("place"))
        # (or a place known to publish: "…, Санкт-Петербург, 1887, с. 45")
        and not is_place(found.group("place"))
    ):
        return ref
    return dataclasses.replace(ref, kind=RefKind.BOOK, place=ref.place or found.group("place"))
