"""Hungarian humanities notes: ``Names: Title. Place, Publisher, Year, page.``

Hungarian notes and lists (the style of the Hungarian journals of linguistics, history
and literature) write the names before a colon, several joined by a spaced en dash, a
Hungarian name family name first and never inverted (``Juhász Dezső``, ``Szabó T.
Attila``, ``Tóth-Bakos Eszter``), a foreign one as its own language writes it (``J. K.
Chambers – Peter Trudgill``, ``Hans Goebl``); an editor's ``(szerk.)`` or a chief
editor's ``(főszerk.)`` after them.  The title follows the colon, then:

- the imprint ``Place, Publisher, Year`` (or ``Place, Year``), a volume (``III. kötet.``),
  an edition (``2. kiadás.``) or a genre (``Doktori disszertáció.``) before it, and the
  cited place after it (``, 87–92.``, ``, 512. térkép.``, ``, s. v. kerék.``): a book;
- ``In: Names (szerk.): Host. Place, Publisher, Year, 262–316, itt: 270.``: a chapter;
- the journal, its volume and year: ``Journal 61 (2023), 45–68.`` (``61. évf.``,
  ``2019/3``): an article.

A name is read in the Hungarian order (and stored inverted, ``Juhász, Dezső``, as the
library catalogues and BibTeX write it and as bibcheck stores every family-first name,
:func:`bibcheck.parse.names.family_first_inverted`) when its given names are Hungarian
ones (:func:`bibcheck.parse.names.hungarian_given`) or when the work's title is in
Hungarian and the name does not open with initials or a common given name of another
language; any other name is kept as written, in natural order.  Several names are read
only when joined by a dash (a comma inverts a name in other styles).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.hungarian_order import INITIAL, hungarian_title, read_names
from bibcheck.parse.references.patterns import L, U
from bibcheck.parse.references.shared import Fields, has_publisher_word, year_of
from bibcheck.parse.years import YEAR

__all__ = ["COLON_SHORT", "YEAR_SHORT", "parse", "year_short_target"]

_HEAD_MAX = 240  # the names and the role before the colon, at most

# one word of a name: "Juhász", "Tóth-Bakos", "O'Neill"; an initial: "T.", "Zs.", "Gy."
_WORD = rf"[{U}][{L}'’]+(?:-[{U}][{L}'’]+)?"
_INITIAL = INITIAL
# a particle of a foreign name in natural order: "Ferdinand de Saussure", "Jan van Dijk"
_PARTICLE = r"(?:de|van|von|der|den|du|la|le|di|da|del|ten|ter)"
_NAME = (
    rf"(?:{_INITIAL}\s?){{1,3}}(?:{_PARTICLE}\s){{0,2}}{_WORD}"  # "J. K. Chambers"
    rf"|{_WORD}(?:\s(?:{_WORD}|{_INITIAL})){{1,3}}"  # "Szabó T. Attila", "Peter Trudgill"
    rf"|{_WORD}(?:\s{_WORD})?\s(?:{_PARTICLE}\s){{1,2}}{_WORD}"  # "Jan van Dijk"
)
_DASH = r"\s[–—-]\s"
_HEAD = lazy_compile(
    rf"(?P<names>(?:{_NAME})(?:{_DASH}(?:{_NAME})){{0,7}})(?P<role>\s?{role_marks.MARK})?"
)
# a title ends at a full stop, a question or exclamation mark before a capital, a digit, an
# italic mark or "In:" (a lower-case word after a full stop is the title's own: "a 18.
# század", "Kr. e.")
_TITLE_END = lazy_compile(rf"[.?!][*_]{{0,2}}\s(?=[{U}\d*_(])")
# the imprint, at a sentence's start: "Budapest, Akadémiai Kiadó, 1971", "Budapest, 1971",
# "Cluj-Napoca, Erdélyi Múzeum-Egyesület, 2002", "Budapest–Pécs, Gondolat, 2011"
_PLACE = rf"[{U}][{L}]+(?:[-–][{U}][{L}]+)?(?:\s[{U}][{L}]+)?"
_IMPRINT = lazy_compile(
    rf"(?:^|(?<=[.?!*_])\s)(?P<place>{_PLACE}),\s(?:(?P<publisher>[^,;()]{{2,80}}?),\s)?"
    rf"(?P<year>{YEAR})(?![\d/–-])(?P<tail>[,.](?s:.*))?$"
)
# "Magyar Nyelvjárások 61 (2023), 45–68", "Magyar Nyelv 115. évf. (2019) 3. sz., 45–68",
# "Magyar Nyelv 115 (2019)/3: 45–68", "Nyelvtudományi Közlemények 2019/2, 45–68"
_PAGES = r"(?P<pages>\d{1,5}(?:\s?[–-]\s?\d{1,5})?)"
_JOURNAL = lazy_compile(
    rf"^(?P<journal>[{U}][^()\d:;]{{1,120}}?)\s"
    rf"(?:(?P<volume>\d{{1,4}}|[IVXLC]{{1,7}})\.?(?:\s?évf\.)?\s\((?P<year>{YEAR})\)"
    rf"|(?P<year2>{YEAR})/(?P<issue2>\d{{1,3}})(?!\d))"
    rf"(?:(?:/|,?\s)(?P<issue>\d{{1,3}})\.?(?:\s?(?:sz|szám)\.?)?)?[,:]\s{_PAGES}(?!\d)"
)
_IN = lazy_compile(r"^In:\s")
_ITALIC_RUN = lazy_compile(r"^([*_]{1,2})(?P<run>[^*_]{1,400}?)\1(?![*_])")


@dataclass(frozen=True, slots=True)
class _Head:
    names: tuple[str, ...]
    editing: bool
    rest: str


def _head(text: str) -> _Head | None:
    """The names before the colon and what follows it, or None."""
    colon = text.find(": ", 0, _HEAD_MAX)
    if colon <= 0:
        return None
    m = _HEAD.fullmatch(text, 0, colon)
    if m is None:
        return None
    names = tuple(n.strip() for n in re.split(_DASH, m.group("names")))
    return _Head(names, m.group("role") is not None, text[colon + 2 :].strip())


def _title(rest: str) -> tuple[str, str] | None:
    """The title at the start of ``rest`` and what follows it."""
    run = _ITALIC_RUN.match(rest)
    if run is not None:
        title = run.group("run").strip(" .,")
        after = rest[run.end() :].lstrip(" .,")
        return (title, after) if title else None
    end = _TITLE_END.search(rest)
    if end is None:
        return None
    title = rest[: end.start() + (1 if rest[end.start()] in "?!" else 0)].strip(" ,")
    return (title, rest[end.end() :]) if title else None


def _unmarked(text: str) -> str:
    return re.sub(r"[*_]{1,2}", "", text)


@dataclass(frozen=True, slots=True)
class _Imprint:
    place: str
    publisher: str | None
    year: str
    tail: str | None
    start: int


# a publisher's word, Hungarian's in a compound too ("Tankönyvkiadó", "Tudományegyetem")
_PUBLISHER_WORD = lazy_compile(
    r"(?i:kiadó|egyetem|intézet|társaság|egyesület|akadémia|nyomda)\b|\b(?:Kft|Zrt)\b"
)
# a journal's year, volume and pages after its name, no imprint: ", 2016, 151, 12–19"
_JOURNAL_TAIL = lazy_compile(r"^,\s\d{1,4},\s\d{1,5}\s?[–-]\s?\d{1,5}")


def _publisher_word(name: str) -> bool:
    return has_publisher_word(name) or _PUBLISHER_WORD.search(name) is not None


def _imprint(after: str) -> _Imprint | None:
    """The imprint closing ``after``: its place and publisher in either order ("Budapest,
    Osiris, 2001", "Osiris Kiadó, Budapest, 2001"), or None (none, or a journal's year,
    volume and pages)."""
    m = _IMPRINT.search(_unmarked(after))
    if m is None or _JOURNAL_TAIL.match(m.group("tail") or ""):
        return None
    place, publisher = m.group("place"), (m.group("publisher") or "").strip() or None
    if publisher is None and _publisher_word(place):
        return None  # ("Verlag Schnell, 2015": a publisher and its year, German Wikipedia's)
    if publisher is not None and _publisher_word(place) and not _publisher_word(publisher):
        place, publisher = publisher, place  # "Mezőgazda Kiadó, Budapest, 2016"
    return _Imprint(place, publisher, m.group("year"), m.group("tail"), m.start())


def _range(tail: str | None) -> str | None:
    """The page range a chapter's imprint ends with: ``, 262–316, itt: 270`` -> 262–316."""
    m = re.match(r"[,.]\s(\d{1,5}\s?[–-]\s?\d{1,5})(?!\d)", tail or "")
    return m.group(1) if m else None


def parse(body: str) -> Fields | None:
    """The fields of a Hungarian note or entry ``body`` (see the module), or None."""
    head = _head(body)
    if head is None:
        return None
    found = _title(head.rest)
    if found is None:
        return None
    title, after = found
    hungarian = hungarian_title(_unmarked(title))
    people = read_names(head.names, hungarian)
    authors = role_marks.names_of(people, head.editing)
    editors = role_marks.editors_of(authors, head.editing)
    fields = Fields("hungarian", authors, _unmarked(title).strip(), editors=editors)
    if _IN.match(after):
        return _chapter(fields, after[4:].strip())
    journal = _JOURNAL.match(_unmarked(after))
    if journal is not None:
        return _article(fields, journal)
    imprint = _imprint(after)
    if imprint is None:
        return None
    thesis = _THESIS.search(_unmarked(after)[: imprint.start]) is not None
    return _imprinted(fields, imprint, book=True, kind=RefKind.THESIS if thesis else None)


_THESIS = lazy_compile(r"(?i:\b(?:doktori|PhD-)\s?(?:értekezés|disszertáció)|szakdolgozat\b)")


def _chapter(fields: Fields, host_text: str) -> Fields | None:
    """A chapter: its host's editors, title and imprint after ``In:``."""
    host_head = _head(host_text)
    editors: tuple[str, ...] = ()
    if host_head is not None and host_head.editing:
        editors = read_names(host_head.names, hungarian_title(_unmarked(host_head.rest)))
        host_text = host_head.rest
    found = _title(host_text)
    if found is None:
        return None
    host, after = found
    imprint = _imprint(after)
    if imprint is None:
        return None
    return _imprinted(
        fields,
        imprint,
        container=host,
        pages=_range(imprint.tail),
        chapter=True,
        editors=fields.editors or editors,
    )


def _imprinted(
    fields: Fields,
    imprint: _Imprint,
    *,
    book: bool = False,
    kind: RefKind | None = None,
    container: str | None = None,
    pages: str | None = None,
    chapter: bool = False,
    editors: tuple[str, ...] | None = None,
) -> Fields:
    """``fields`` (the names and the title read) with the imprint's year, publisher and
    place, and what the kind of work adds: a book's ``book`` and ``kind`` (a thesis), a
    chapter's host, pages and editors (``In: Kiss Anna (szerk.): Kötet. Budapest, Osiris,
    2001, 12–30.`` -> Osiris, Budapest, 2001, the host ``Kötet``, pages 12–30); the editors
    are the head's when ``editors`` is None."""
    return replace(
        fields,
        year=year_of(imprint.year),
        container=container,
        pages=pages,
        publisher=imprint.publisher,
        place=imprint.place,
        chapter=chapter,
        book=book,
        kind=kind,
        editors=fields.editors if editors is None else editors,
    )


def _article(fields: Fields, m: re.Match[str]) -> Fields:
    """An article: ``fields`` with its journal, volume, issue, year and pages (``Magyar
    Nyelv 115 (2019)/3: 45–68``)."""
    return replace(
        fields,
        year=year_of(m.group("year") or m.group("year2")),
        container=m.group("journal").strip(" ,."),
        volume=m.group("volume"),
        issue=m.group("issue") or m.group("issue2"),
        pages=m.group("pages"),
        kind=RefKind.ARTICLE,
    )


# The short note Hungarian notes write for a work cited in full before: the family names
# (joined by a dash), a colon, the title or its first words, the page with no page word:
# "Juhász: A nyelvjárási régiók, 270–275.", "Kovács – Szabó: *Cím*, 45.", "Imre: Cím, 143.
# o." (the groups those of :data:`bibcheck.parse.references.repeat._COLON_SHORT`; a bare
# year is no page: "Name: Title, 1998." is a full note)
COLON_SHORT = lazy_compile(
    rf"^\s*(?P<author>[{U}][\w'’-]+(?:\s[–—-]\s[{U}][\w'’-]+){{0,3}})"
    r":\s(?P<title>\*[^*]{2,150}\*|_[^_]{2,150}_|[^*_:;„“”()\d]{3,150}?),\s"
    r"(?:(?P<year>(?:1[5-9]|20)\d\d)[a-z]?,\s)?"
    r"(?P<locator>(?!(?:1[5-9]|20)\d\d(?![\d–-]))\d{1,5}(?:\s?[–-]\s?\d{1,5})?"
    r"(?:\.\s?(?:o|old)\.)?)\.?\s*$"
)


# The author-date short note of a work cited in full before: the family names, the year,
# the page: "Imre 1971, 45.", "Kovács – Szabó 2010, 12–14." (a letter after the year
# tells two works of one year apart: "Kiss 1995a, 3.")
YEAR_SHORT = lazy_compile(
    rf"^\s*(?P<author>[{U}][\w'’-]+(?:\s[–—-]\s[{U}][\w'’-]+){{0,3}})"
    rf"\s(?P<year>{YEAR})(?P<letter>[a-z]?),\s"
    r"(?P<locator>\d{1,5}(?:\s?[–-]\s?\d{1,5})?(?:\.\s?(?:o|old)\.)?)\.?\s*$"
)
_NAME_PART = lazy_compile(rf"[{U}][\w'’-]+")


def year_short_target(
    texts: Sequence[str],
    repeats: Sequence[object | None],
    remarks: Sequence[bool],
    i: int,
    text: str,
) -> tuple[int, str] | None:
    """The latest earlier full note opening with the first family name (neither a
    repeat, ``repeats[j]`` set, nor a remark citing nothing, ``remarks[j]``) that the short
    note ``text`` of note ``i`` (:data:`YEAR_SHORT`) repeats -- it names each family name
    and the year (with its letter, when the short note gives one) -- and the page cited;
    None when ``text`` is no such note or no earlier note names them."""
    short = YEAR_SHORT.match(text)
    if short is None:
        return None
    names = _NAME_PART.findall(short.group("author"))
    year = short.group("year") + short.group("letter")
    for j in range(i - 1, -1, -1):
        if year not in texts[j] or names[0] not in texts[j]:
            continue  # (a quick look first: most notes name neither)
        if (j < len(repeats) and repeats[j] is not None) or (j < len(remarks) and remarks[j]):
            continue
        again = YEAR_SHORT.match(texts[j])
        if again is not None:
            if _key(again) == _key(short):
                return None  # (the same short note found no full note before it either)
            continue
        if not texts[j].lstrip(" *_\t").startswith(names[0]):
            continue  # (the full note opens with the first name: not a work cited in passing)
        words = set(_NAME_PART.findall(texts[j]))
        if all(name in words for name in names) and _dated(texts[j], year):
            return j, short.group("locator")
    return None


def _key(short: re.Match[str]) -> tuple[tuple[str, ...], str]:
    return tuple(_NAME_PART.findall(short.group("author"))), short.group("year") + short.group(
        "letter"
    )


def _dated(text: str, year: str) -> bool:
    """Does ``text`` write ``year`` (``1971``, ``1995a``) as a year of its own: no digit
    before it, no digit (nor, for a year with no letter, a letter) after it?"""
    at = text.find(year)
    while at >= 0:
        end = at + len(year)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if (
            not before.isdigit()
            and not after.isdigit()
            and not (year[-1].isdigit() and after.isalpha() and after.islower())
        ):
            return True
        at = text.find(year, at + 1)
    return False
