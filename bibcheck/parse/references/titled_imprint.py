"""A work with no author cited by its title, then its place and year: a ``book``.

German humanities notes and lists (and the Central European ones that write the imprint the
same way) cite a work without an author -- a gazetteer, an address book, a directory, an
anonymous history, a printed map -- by its title, then the place and the year with no comma
between them, perhaps the page cited::

    *Verzeichnis der Ortschaften des Kreises Lippe*, Detmold 1872, S. 40.
    Adressbuch der Stadt Halle, Halle a. S. 1901.
    *Plan der Stadt Kassel*, Kassel 1910.
    *Spis miejscowości województwa krakowskiego*, Kraków 1925, s. 12.

Nothing but a printed book (or a printed map, which the corpus conventions file as a book)
is cited so: no journal (it would have a volume), no chapter (``in:``), no web page (an
address).  The title is what stands before the place; the entry is read so only when the
parsers found no author and no kind and the text is this shape whole.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.text import title_key

__all__ = ["titled_book"]

_MONTHS = (
    r"Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember|January|February|March|June|July|October|December|Sommer|Winter|Herbst"
    r"|Frühjahr|Frühling"
)
_PLACE_WORD = r"[A-ZÄÖÜŁŚŻ][\w'’-]+\.?"
_SHAPE = lazy_compile(
    r"^[*_]{0,2}(?P<title>[^*_:;\[\]]{3,300}?)[*_]{0,2},\s"
    rf"(?!(?:{_MONTHS})\s)(?P<place>{_PLACE_WORD}(?:(?:\s|\s?/\s?)"
    rf"(?:a\.\s?[A-Z]\.|am\s{_PLACE_WORD}|an\sder\s{_PLACE_WORD}|{_PLACE_WORD})){{0,2}})"
    r"\s(?P<year>1[5-9]\d\d|20\d\d)"
    r"(?:,\s(?:S|s|Sp|Bd|Nr|Bl|Taf)\.\s?[\dIVXLC][\w\s.,–-]{0,30}?)?\.?$"
)
# a title holding a host, a volume or a number: no authorless book alone
_NOT_A_BOOK = lazy_compile(r"(?:^|\s)(?:in|In|In:|in:)\s|\b(?:Jg|Bd|Heft|H|Nr|Vol)\.\s?\d")


def titled_book(ref: Reference, text: str) -> Reference:
    """``ref`` a ``book`` titled by what stands before its place and year (see the
    module); as it is otherwise."""
    if ref.kind is not RefKind.UNKNOWN or ref.authors or ref.year is None or ref.host:
        return ref
    m = _SHAPE.match(" ".join(text.split()))
    if m is None or str(ref.year) != m.group("year"):
        return ref
    title = m.group("title").strip(" ,.")
    if _NOT_A_BOOK.search(title) or not ref.title:
        return ref
    if not title_key(ref.title).startswith(title_key(title)):
        return ref
    return dataclasses.replace(ref, kind=RefKind.BOOK, title=title)
