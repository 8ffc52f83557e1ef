"""The Unified Style Sheet for Linguistics (the LSA's; Language Science Press's "Generic
Style Rules for Linguistics") and its German, Dutch and Spanish variants.

Its entries are author-date with full stops between the parts, which the Chicago reading
leaves without a kind:

* an article: ``Title. *Journal* 79(3). 557–582.`` -- the volume, the issue in brackets,
  a full stop, the pages;
* a chapter: ``Title. In Ed & Ed (eds.), *Book*, 90–118. Place: Publisher.`` (``vol. 1,``
  before the pages; ``(ed.)``, ``(Hg.)``, ``(Hrsg.)``, ``(red.)``, ``(coord.)``; ``In:``,
  ``En``);
* a thesis: ``*Title*. Place: University MA thesis.`` (``PhD dissertation``,
  ``Dissertation``, ``proefschrift``, ``tesis doctoral``): the designation after the
  university, with no comma;
* software: ``Name (Version 6.7) [Computer software].``: the version no part of the name;
* a recording or a collection deposited in a language archive (``Endangered Languages
  Archive``, ``PARADISEC``, ``AILLA``, ``The Language Archive``): a data set, web;
* an online resource: ``*Title*. Place: Institute. URL (accessed date)``: web.

Each function takes the parsed reference and the entry's text and returns the reference
with what it reads; anything else is returned as it came.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.thesis import designation

__all__ = ["unified_linguistics"]

# the end of the part before: a full stop (or ? !), maybe after a closing quotation mark
_AFTER_PART = r"(?:(?<=[.?!]\s)|(?<=[.?!][\"”’]\s))"
_JOURNAL_TAIL = lazy_compile(
    _AFTER_PART + r"(?P<mark>[*_]?)(?P<journal>[^\W\d][^*_.,()\[\]\d;]{1,120}?)(?P=mark)\s"
    # (the volume no year: "Contexto, 2015. 240 p." is a book's imprint and extent)
    r"(?!(?:1[5-9]|20)\d\d\b)(?P<volume>\d{1,4}[A-Za-z]?)"
    r"(?:\s?\((?P<issue>[^()\s][^()]{0,14})\))?\.\s"
    r"(?P<pages>[eE]?\d{1,6}(?:\s?[–—-]\s?[eE]?\d{1,6})?)\.(?=\s|$)"
)
# the editors' role after their names, in the languages of the style's variants
# (:data:`.role_marks.MARKS`, in any case)
_ROLE = rf"(?i:{role_marks.MARKS})\.?"
_CHAPTER_HOST = lazy_compile(
    _AFTER_PART + r"(?:In:?|En:?|W:?)\s(?:(?P<editors>[^()*_]{2,200}?)\s\(" + _ROLE + r"\)[,:]?\s"
    r"|(?=[*_]))"
    r"(?:\*(?P<italic>[^*]{2,300})\*|_(?P<under>[^_]{2,300})_|(?P<plain>[^.]{2,300}?))"
    r"(?:,\s(?:[Vv]ol\.|Bd\.|deel|t\.|tomo)\s?[\dIVXLC]+)?"
    r"(?:,\s(?:S\.\s|pp?\.\s)?(?P<pages>\d{1,5}(?:\s?[–-]\s?\d{1,5})?))?[.,:](?=\s|$)"
)
_GERMAN_PAGES = lazy_compile(r",?\s?\bS\.\s(?P<pages>\d{1,5}(?:\s?[–-]\s?\d{1,5})?)\.?\s*$")
_ROLE_IN_HOST = lazy_compile(r"\(" + _ROLE + r"\)")
# "Place: University X MA thesis." -- the designation after the university, no comma
_DEGREE = (
    r"(?:(?:MA|M\.A\.|MSc|M\.Sc\.|MPhil|MS|BA|B\.A\.|PhD|Ph\.D\.|[Dd]octoral|[Mm]aster's)\s)?"
    r"(?:thesis|dissertation)"
    r"|Dissertation|Doktorarbeit|Magisterarbeit|Masterarbeit|[Pp]roefschrift"
    r"|[Mm]asterscriptie|tesis\sdoctoral|tesis\sde\s(?:maestr[íi]a|licenciatura)"
)
_THESIS_TAIL = lazy_compile(
    r"(?:^|(?<=\.\s))(?P<place>[^.:]{2,60}):\s(?P<school>[^.:]{3,160}?)\s(?P<degree>"
    + _DEGREE
    + r")\.?(?=\s|$)"
)
_SCHOOL = lazy_compile(
    r"Univ|College|Institut|School|Hochschule|Universidad|Universiteit|Universität|Academ",
    re.IGNORECASE,
)
# "ELAN (Version 6.7)", "Praat (version 6.3.10)": the release, no part of the name
_VERSION = lazy_compile(r"\s\((?:[Vv]ersion|[Vv]ers\.|v\.?)\s?\d[\w.-]*\)$")
# digital archives of language recordings (the DELAMAN members and their like)
_LANGUAGE_ARCHIVE = lazy_compile(
    r"\b(?:Endangered\sLanguages\sArchive|ELAR|PARADISEC|AILLA|The\sLanguage\sArchive"
    r"|Archive\sof\sthe\sIndigenous\sLanguages\sof\sLatin\sAmerica|Kaipuleohone|Pangloss"
    r"|California\sLanguage\sArchive|Alaska\sNative\sLanguage\sArchive|DoBeS)\b"
)
# a body that puts its own resources online (no publisher of printed books)
_BODY = lazy_compile(
    r"\b(?:Institut|Institute|Instituto|Istituto|Centre|Center|Centro|Zentrum|Council"
    r"|Foundation|Stiftung|Society|Gesellschaft|Association|Organi[sz]ation|Agency"
    r"|Laboratory|Laboratoire|Labor|Academy|Akademie|Consortium)"
)
_PRESS = lazy_compile(
    r"Press|Verlag|Publish|Books|Editor[ai]|Edition|Édition|Edizioni|Uitgeverij"
    r"|Mouton|Benjamins|Brill"
    r"|Routledge|Wiley|Springer|Blackwell|Palgrave|Elsevier|Harrassowitz|Narr|Niemeyer",
    re.IGNORECASE,
)
_YEAR_SPAN = lazy_compile(r"^\s?\((?:1[5-9]|20)\d\d\s?[–-]\s?(?:1[5-9]|20)?\d\d\)$")
_ITALIC = lazy_compile(r"\*([^*]{2,400})\*|(?<!\w)_([^_]{2,400})_(?!\w)")


def unified_linguistics(ref: Reference, text: str) -> Reference:
    """``ref`` (read from ``text``) with what the style's shapes say: its kind, title,
    journal and numbers, host."""
    ref = _titled_by_italics(_without_version(ref))
    if ref.kind is RefKind.CHAPTER and (ref.host is None or _ROLE_IN_HOST.search(ref.host)):
        # ("In: Ed (Hrsg.): *Book*. Place: Publisher, S. 77–98.": the host the editors' book,
        # the pages no part of the publisher)
        return _chapter(ref, text)
    if ref.kind not in (RefKind.UNKNOWN, RefKind.BOOK):
        return ref
    for rule in (_article, _chapter, _thesis, _archived, _online):
        read = rule(ref, text)
        if read is not ref:
            return read
    return ref


def _cut_title(title: str | None, start_words: str) -> str | None:
    """``title`` without a part that runs into ``start_words`` (the journal or the host)."""
    if title and start_words and start_words in title:
        kept = title[: title.index(start_words)].rstrip(" .*_")
        return kept or title
    return title


def _article(ref: Reference, text: str) -> Reference:
    m = _JOURNAL_TAIL.search(text)
    if m is None or ref.year is None:
        return ref
    journal = m.group("journal").strip()
    if ref.title and journal == ref.title.strip():
        return ref
    return dataclasses.replace(
        ref,
        kind=RefKind.ARTICLE,
        title=_cut_title(ref.title, journal),
        host=journal,
        volume=m.group("volume"),
        issue=m.group("issue"),
        pages=m.group("pages").replace(" ", ""),
        publisher=None,
        place=None,
    )


def _chapter(ref: Reference, text: str) -> Reference:
    m = _CHAPTER_HOST.search(text)
    if m is None:
        return ref
    book = (m.group("italic") or m.group("under") or m.group("plain") or "").strip()
    if not book:
        return ref
    pages = m.group("pages")
    publisher = ref.publisher
    if pages is None:
        after = _GERMAN_PAGES.search(text, m.end())
        pages = after.group("pages") if after else None
        if after is not None and publisher:
            publisher = _GERMAN_PAGES.sub("", publisher).rstrip(" ,") or None
    editors = m.group("editors")
    return dataclasses.replace(
        ref,
        kind=RefKind.CHAPTER,
        title=_cut_title(ref.title, m.group(0).split(" ", 1)[0] + " " + editors)
        if editors
        else ref.title,
        host=book,
        pages=pages.replace(" ", "") if pages else ref.pages,
        publisher=publisher,
    )


def _thesis(ref: Reference, text: str) -> Reference:
    m = _THESIS_TAIL.search(text)
    if m is None or not _SCHOOL.search(m.group("school")):
        return ref
    found = designation(m.group("degree"))
    if found is None:
        return ref
    return dataclasses.replace(
        ref,
        kind=RefKind.THESIS,
        thesis_type=found.degree,
        thesis_designation=m.group("degree"),
        institution=m.group("school").strip(),
        place=m.group("place").strip(),
        publisher=None,
    )


def _archived(ref: Reference, text: str) -> Reference:
    """A recording or collection in a language archive: a data set, web."""
    if ref.host is not None or not _LANGUAGE_ARCHIVE.search(text):
        return ref
    if ref.title and _LANGUAGE_ARCHIVE.search(ref.title):
        return ref
    return dataclasses.replace(ref, kind=RefKind.WEB)


def _online(ref: Reference, text: str) -> Reference:
    """A resource a body (an institute, a centre, a society) puts online, read with its
    access date: web (a printed book's publisher, a DOI or an ISBN keep it a book)."""
    if ref.kind is not RefKind.BOOK or ref.access_date is None or ref.url is None:
        return ref
    if ref.doi or "doi.org" in ref.url or "ISBN" in text:
        return ref
    if ref.publisher is None or _PRESS.search(ref.publisher):
        return ref
    if not _BODY.search(ref.publisher):
        return ref
    return dataclasses.replace(ref, kind=RefKind.WEB)


def _without_version(ref: Reference) -> Reference:
    if ref.kind in (RefKind.ARTICLE, RefKind.CHAPTER) or not ref.title:
        return ref
    bare = _VERSION.sub("", ref.title)
    return dataclasses.replace(ref, title=bare) if bare and bare != ref.title else ref


def _titled_by_italics(ref: Reference) -> Reference:
    """A title whose italics run on to a span of years ("*Recordings (2016–2020)*"): the
    years are part of it."""
    if not ref.title:
        return ref
    for m in _ITALIC.finditer(ref.raw):
        shown = (m.group(1) or m.group(2)).strip()
        if shown.startswith(ref.title) and _YEAR_SPAN.match(shown[len(ref.title) :]):
            return dataclasses.replace(ref, title=shown)
    return ref
