"""The publication facts BibTeX's standard styles (``plain``, ``abbrv``, ``unsrt``,
``alpha``, and the many ``.bst`` files built on them) print after the title, as they come
back from a PDF converted to text:

* an article: ``Journal, 41:87–100, 2012.`` or ``Journal, 13(2):145–204, 1984.``;
* a book: ``Publisher, Address, 2nd edition, 1987.`` (publisher first, then the place,
  a US state after it: ``Wiley-Blackwell, Malden, MA, 2012.``);
* a chapter or a paper in proceedings: ``In W. P. Lehmann and Y. Malkiel, editors,
  Book, pages 95–195. Publisher, Address, 1968.`` or ``In Proceedings of X, pages 1–9,
  2019.``

:func:`facts` reads the text after the title into these fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references.imprint_order import publisher_place
from bibcheck.parse.references.patterns import NOTE_PAGE_WORD, NOTE_PAGES, U
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["BstFacts", "facts"]

_ARTICLE = lazy_compile(
    rf"^(?P<journal>[{U}][^,\d]{{1,120}}?),\s(?P<volume>\d{{1,4}})(?:\((?P<issue>[^()]{{1,12}})\))?"
    rf":(?P<pages>\d{{1,6}}(?:\s?[–-]{{1,2}}\s?\d{{1,6}})?),\s(?:[A-Z][a-z]{{2,8}}\.?\s)?"
    rf"(?P<year>{_YEAR})\.?$"
)
_EDITION = r"(?:\d{1,2}(?:st|nd|rd|th)|[A-Z][a-z]+)\sedition"
# (a note's page cited after the year: "Humanitas, București, 2005, p. 45", "Prosveta,
# Beograd, 1998, str. 12", "Academia, Praha, 2003, s. 14", "Наука, Москва, 1990, с. 7")
_CITED = rf"(?:,\s{NOTE_PAGE_WORD}\.\s?(?P<cited>{NOTE_PAGES}))?"
_BOOK = lazy_compile(
    rf"^(?P<publisher>[{U}][^,\d:]{{1,80}}?),\s(?P<place>[{U}][^,\d:]{{1,40}}?(?:,\s[A-Z]{{2}})?)"
    rf"(?:,\s{_EDITION})?,\s(?:[A-Z][a-z]{{2,8}}\.?\s)?(?P<year>{_YEAR}){_CITED}\.?$"
)
_CHAPTER = lazy_compile(
    r"^In\s(?:(?P<editors>.{3,200}?),\s(?:editors|editor|eds\.|ed\.),\s)?"
    r"(?P<book>[^,]{3,200}?)(?:,\s(?:volume|vol\.)\s\d+(?:\sof\s[^,]+)?)?"
    r"(?:,\s(?:pages|pp\.)\s(?P<pages>\d{1,6}\s?[–-]{1,2}\s?\d{1,6}))?[.,]\s(?P<rest>.*)$"
)


@dataclass(frozen=True, slots=True)
class BstFacts:
    kind: RefKind
    host: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    publisher: str | None = None
    place: str | None = None
    year: int | None = None


def _unmarked(host: str) -> str:
    """The host's name without the italic marks around it (``*Journal*``, as pybtex's
    lists come with their italics marked)."""
    return host.strip().strip("*_").strip()


def facts(tail: str) -> BstFacts | None:
    """The facts of ``tail`` (the text after the title, without its leading period), or
    None when it is not in a standard BibTeX style's shape."""
    tail = " ".join(tail.split())
    m = _ARTICLE.match(tail)
    if m is not None:
        return BstFacts(
            RefKind.ARTICLE,
            host=_unmarked(m.group("journal")),
            volume=m.group("volume"),
            issue=m.group("issue"),
            pages=m.group("pages"),
            year=int(m.group("year")),
        )
    m = _CHAPTER.match(tail)
    if m is not None and (m.group("editors") or m.group("pages")):
        book = _BOOK.match(m.group("rest"))
        publisher, place = _imprint(book) if book else (None, None)
        return BstFacts(
            RefKind.CHAPTER,
            host=_unmarked(m.group("book")),
            pages=m.group("pages"),
            publisher=publisher,
            place=place,
            year=int(book.group("year")) if book else None,
        )
    m = _BOOK.match(tail)
    if m is not None:
        publisher, place = _imprint(m)
        return BstFacts(
            RefKind.BOOK,
            pages=m.group("cited"),
            publisher=publisher,
            place=place,
            year=int(m.group("year")),
        )
    return None


def _imprint(book: re.Match[str]) -> tuple[str, str]:
    """The publisher and place of a book's imprint (``Madrid, Cátedra``, a note's, names
    the place first: :mod:`.imprint_order`)."""
    return publisher_place(book.group("publisher").strip(), book.group("place").strip())
