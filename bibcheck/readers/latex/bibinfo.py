"""The fields of a ``\\bibitem`` whose style marks each field it prints.

Styles written with custom-bib's ``bibinfo`` option (REVTeX's ``apsrev``/``aip``
styles, ``elsarticle``, ACM's ``ACM-Reference-Format``) wrap every field they print in
``\\bibinfo{field}{value}`` (ACM: a person ``\\bibinfo{person}{…}`` inside
``\\bibfield{author}{…}``, an article's title ``\\showarticletitle{…}``).  Such an entry says
which of its words are the title, the journal, the year; what it does not mark it does not
print, so the field is left empty rather than taken from the words around it (``apsrev``
prints no article titles: ``Phys. Rev. Lett.`` is the journal, not a title "Phys").

The year is the marked ``\\bibinfo{year}``; digits elsewhere (an article number
``e2020WR028091``, a DOI, an issue) are no year."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.shared import tidy
from bibcheck.parse.years import YEAR

Info = tuple[tuple[str, str], ...]

# the fields a style that marks its fields marks on nearly every entry
_MARKED = frozenset({"author", "editor", "journal", "booktitle", "publisher", "year"})
_YEAR = lazy_compile(rf"(?<!\d)({YEAR})(?!\d)")


def marks_fields(info: Info) -> bool:
    """True when ``info`` comes from a style that marks every field it prints: two kinds
    of fields or more, among them the names, the host or the year."""
    names = {name for name, _ in info}
    return len(names) >= 2 and bool(names & _MARKED)


def first(info: Info, *fields: str) -> str | None:
    """The value of the first of ``fields`` that ``info`` marks (each field's first
    value), tidied; None when none is marked."""
    for name in fields:
        for field, value in info:
            if field == name and tidy(value):
                return tidy(value)
    return None


def number(info: Info, field: str) -> str | None:
    """The first value of ``field`` (a volume, pages, an issue), as written."""
    for name, value in info:
        if name == field and value.strip(" ,.;:"):
            return value.strip(" ,.;:")
    return None


def people(info: Info, field: str, split: Callable[[str], Iterable[str]]) -> tuple[str, ...]:
    """The people of every ``\\bibinfo{field}{...}`` (one per person in apsrev, elsarticle
    and ACM entries; ``split`` parts a value that names several)."""
    return tuple(person for name, value in info if name == field for person in split(value))


def kind_of(info: Info) -> RefKind:
    """The kind the marked fields show: a journal an article's, a book title a chapter's,
    a school a thesis's, an institution a report's, a publisher alone a book's."""
    names = {name for name, value in info if value.strip()}
    if "journal" in names:
        return RefKind.ARTICLE
    if "booktitle" in names:
        return RefKind.CHAPTER
    if "school" in names:
        return RefKind.THESIS
    if "institution" in names:
        return RefKind.REPORT
    if "publisher" in names:
        return RefKind.BOOK
    return RefKind.UNKNOWN


def _kind(ref: Reference, info: Info) -> RefKind:
    """The text's kind, unless the marks contradict it: a marked journal is no book's, and
    where every field is marked, a book names its publisher (a web page's "Accessed: …"
    note is none)."""
    marked = kind_of(info)
    if ref.kind in (RefKind.UNKNOWN, RefKind.BOOK) and marked is not RefKind.UNKNOWN:
        return marked
    if ref.kind is RefKind.BOOK and marks_fields(info):
        return RefKind.UNKNOWN
    return ref.kind


def _year(ref: Reference, info: Info) -> Reference:
    """The marked year; the text's reading is kept when it is that year (its ``2019a``)."""
    value = number(info, "year")
    found = _YEAR.search(value or "")
    if found is None:
        return ref
    year = int(found.group(1))
    if ref.year == year:
        return ref
    return replace(ref, year=year, year_raw=found.group(1))


def info_reference(ref: Reference, info: Info, split: Callable[[str], Iterable[str]]) -> Reference:
    """``ref`` (parsed from the entry's text) with the fields ``info`` marks.  When the
    style marks every field it prints, a title, host, publisher or place it does not mark
    is not printed and stays empty; otherwise the text's reading fills it."""
    authors = people(info, "author", split) or people(info, "editor", split)
    strict = marks_fields(info)

    def pick(value: str | None, fallback: str | None) -> str | None:
        return value if value or strict else fallback

    found = replace(
        ref,
        authors=authors or ref.authors,
        # (the editors the style marks: the volume's, or a chapter's book's)
        editors=people(info, "editor", split) or ref.editors,
        title=pick(first(info, "title"), ref.title),
        host=pick(first(info, "journal", "booktitle"), ref.host),
        kind=_kind(ref, info),
        volume=number(info, "volume") or ref.volume,
        issue=(number(info, "number") if first(info, "journal") else None) or ref.issue,
        pages=number(info, "pages") or ref.pages,
        publisher=pick(first(info, "publisher"), ref.publisher),
        place=pick(first(info, "address"), ref.place),
    )
    return _year(found, info)
