"""A book's imprint written with commas, ``Place, Publisher, Year``, after a chapter's
volume or a multi-volume work's volume, as Romance-language humanities notes write it.

Italian notes (and Spanish, Portuguese and French ones written the same way) close a book
with ``Milano, Ricordi, 1983`` and give the pages cited after it; the names are often
written in full and in natural order:

* a chapter: ``Anna Rossi, «Titolo del saggio», in Titolo del volume, a cura di Marco
  Bianchi, Firenze, Olschki, 2009, pp. 12-40`` (Spanish ``en … , ed. de …``, Portuguese
  ``em … , org. …``, French ``dans … , dir. …``): :func:`chapter` reads it whole, the
  volume's title up to its editors or its imprint -- a congress's place and year in it
  (``Atti del convegno (Torino, 2004)``) are the volume's title's, and the year is the
  imprint's, when the volume was published, not when the congress met;
* a multi-volume work, the volume's number and title after the work's: ``Title, vol. 2,
  Volume Title, London, Publisher, 1981, pp. 45-60``: the pages cited make a serial
  reading take ``vol. 2, Volume Title, London, Publisher`` for a journal;
  :func:`imprint_reading` gives the book (or the chapter, ``in Volume, a cura di …,
  Place, Publisher``) back;
* a book with its statements before the imprint (``*Aida*, libretto di Antonio
  Ghislanzoni, Milano, Ricordi, 1872``; ``*Lettere*, a cura di Anna Neri, Firenze, Olschki,
  1958``): :func:`stated_book` (and :func:`imprint_reading`, when pages cited made the
  statements and the imprint a journal).

The place must be one known to publish (:func:`bibcheck.parse.references.places.is_place`)
and the publisher named in capitalised words, so that a journal (``Studi musicali, 24``)
is never taken for an imprint.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import commaform
from bibcheck.parse.references.patterns import U
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.shared import Fields, year_of
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["chapter", "imprint_reading", "stated_book"]

# the word that brings in the volume a chapter is in
_IN = r"(?:in|In|en|En|em|Em|dans|Dans)"
# the volume's editors, as these notes name them after its title
_ROLE = (
    r"(?:a\scura\sdi|a\sc\.\sdi|ed\.\sde|eds\.\sde|edición\sde|edición\sa\scargo\sde"
    r"|coord\.(?:\sde|\spor)?|dir\.(?:\sde|\spor)?|org\.(?:\sde|\spor)?|organizado\spor"
    r"|sous\sla\sdir(?:ection|\.)\sde|éd\.(?:\spar)?|edited\sby|ed\.\sby|hrsg\.\sv\.)"
)
# a publisher named in capitalised words, its particles in lower case ("Il Mulino", "Leo
# S. Olschki", "Casa Ricordi", "Editorial Crítica", "Fondazione Giorgio Cini")
_PARTICLE = r"(?:il|lo|la|le|l['’]|di|de|del|della|dei|degli|delle|do|da|dos|e|y|et|&|and|of)"
_PUBLISHER = lazy_compile(
    rf"(?:{_PARTICLE}\s)?[{U}][\w'’&.-]*(?:\s(?:[{U}][\w'’&.-]*|{_PARTICLE}|[{U}]\.)){{0,6}}"
)
# one place, or two joined by a hyphen or a slash ("Milano-Roma", "Paris/Bruxelles")
_PLACES = lazy_compile(r"[^,;:()«»“”*_\d]{2,60}")
_PAGES = r"(?:pp?|págs?|pág|S)\.\s?(?P<pages>[\dIVXLCivxlc]+(?:\s?[-–]\s?\d+)?)"
# what closes the note: the year, the volume of a set cited, the pages cited
_CLOSE = (
    rf",\s(?P<place>[^,;:()«»“”*_\d]{{2,60}}),\s(?P<publisher>[^,;:()«»“”*_\d]{{2,80}}),\s"
    rf"(?P<year>{_YEAR})(?:,\s(?:vol|voll|t|tomo|Bd)\.\s?[\dIVXLC]+)?(?:,\s{_PAGES})?"
    r"(?:\s(?:e\s|y\s)?(?:ss|sgg|segg|sigs)\.)?\.?$"
)
_CHAPTER = lazy_compile(
    rf"^\s?[«“\"]\s?(?P<title>[^«»“”\"]{{2,300}}?)[,.]?\s?[»”\"],?\s{_IN}\s"
    rf"(?P<book>[^«»“”\"]{{2,300}}?)(?:,\s{_ROLE}\s(?P<editors>[^,;()«»“”]{{2,150}}))?{_CLOSE}"
)
# what a book's note states between its title and its imprint, each after a comma: its
# editor, its librettist, its translator, its preface's writer ("a cura di Anna Neri",
# "libretto di Felice Romani", "trad. di …", Spanish "ed. de …", "traducción de …",
# Portuguese "org. …", "tradução de …", French "éd. …", "trad. par …", "préface de …")
_STATEMENT = (
    rf"(?:{_ROLE}|libretto\sdi|testo\sdi|trad\.(?:\sdi|\sde|\spar)?|traduzione\sdi"
    r"|introduzione\sdi|prefazione\sdi|con\sun\ssaggio\sdi|edizione\scritica\sa\scura\sdi"
    r"|traducción\sde|prólogo\sde|tradução\sde|prefácio\sde|traduit\spar|préface\sde"
    r"|translated\sby)\s[^,;:()«»“”*_\d]{2,120}"
)
# the host a serial reading made of a book's imprint: the place and the publisher, after
# the volume's number and title ("vol. 1, Volume Title, London, Cassell"), or after the
# volume a chapter is in ("in Volume, a cura di Nome Cognome, Milano, Ricordi"), or after
# the book's statements ("a cura di Nome Cognome, Firenze, Olschki")
_VOLUME = r"(?:vol|t|tomo|Bd)\.\s?(?:\d{1,3}|[IVXLC]{1,6})"
_BOOK_HOST = lazy_compile(
    rf"^(?:{_VOLUME}(?:,\s[^,;«»“”\d]{{2,200}}?)?,\s|(?:{_STATEMENT},\s)+"
    rf"|(?P<in>{_IN}\s(?P<book>[^«»“”\"]{{2,300}}?)(?:,\s{_ROLE}\s[^,;()«»“”]{{2,150}})?,\s))?"
    r"(?P<place>[^,;:()«»“”*_\d]{2,60}),\s(?P<publisher>[^,;:()«»“”*_\d]{2,80})$"
)
# what follows an unquoted book title: its statements, then its comma imprint
_STATED_BOOK = lazy_compile(rf"[*_]?(?:,\s{_STATEMENT})+{_CLOSE}")


def _imprint(place: str, publisher: str) -> bool:
    """Is ``place, publisher`` a book's imprint: a known place (or two, ``Milano-Roma``),
    then a publisher named in capitalised words?"""
    places = re.split(r"\s?[-/–]\s?", place.strip())
    return (
        all(is_place(p) for p in places)
        and _PLACES.fullmatch(place.strip()) is not None
        and _PUBLISHER.fullmatch(publisher.strip()) is not None
        and not is_place(publisher.strip())
    )


def chapter(body: str) -> Fields | None:
    """Fields of a chapter in the comma form (``Anna Rossi, «Titolo», in Volume, a cura di
    Marco Bianchi, Firenze, Olschki, 2009, pp. 12-40``, the names in either order), or
    None for any other shape (see the module doc)."""
    names = commaform.NAMES.match(body)
    if names is None or names.group("role"):
        return None
    found = _CHAPTER.match(names.group("rest"))
    if found is None or not _imprint(found.group("place"), found.group("publisher")):
        return None
    book = found.group("book").strip(" *_")
    if not book or "*" in book or book[0] in '«“"':
        return None
    return Fields(
        "comma",
        (commaform.author(names),),
        found.group("title").strip(),
        year_of(found.group("year")),
        container=book,
        pages=found.group("pages"),
        publisher=found.group("publisher").strip(),
        place=found.group("place").strip(),
        chapter=True,
    )


def imprint_reading(ref: Reference, title: str, host: str, pages: str | None) -> Reference | None:
    """``ref`` as the book (or the chapter) it is when ``host``, the journal a serial
    reading found after ``title``, is a book's comma imprint (see the module doc); None
    when it is none."""
    found = _BOOK_HOST.match(host.strip(" .,"))
    if found is None or not _imprint(found.group("place"), found.group("publisher")):
        return None
    book = (found.group("book") or "").strip(" *_")
    return dataclasses.replace(
        ref,
        title=title,
        kind=RefKind.CHAPTER if book else RefKind.BOOK,
        host=book or None,
        place=found.group("place").strip(),
        publisher=found.group("publisher").strip(),
        pages=pages or ref.pages,
    )


def stated_book(ref: Reference, body: str) -> Reference:
    """``ref``, a work of unknown kind with no host or imprint read, as the book it is when
    its title (unquoted) is followed by its statements and a comma imprint (``*Aida*,
    libretto di Antonio Ghislanzoni, Milano, Ricordi, 1872``, ``*Lettere*, a cura di Anna
    Neri, Firenze, Olschki, 1958, p. 45``); otherwise unchanged."""
    if ref.kind is not RefKind.UNKNOWN or not ref.title or ref.host or ref.publisher:
        return ref
    at = body.find(ref.title)
    if at < 0 or body[at - 1 : at] in ("«", "“", '"'):
        return ref
    found = _STATED_BOOK.match(body, at + len(ref.title))
    if found is None or not _imprint(found.group("place"), found.group("publisher")):
        return ref
    return dataclasses.replace(
        ref,
        kind=RefKind.BOOK,
        place=found.group("place").strip(),
        publisher=found.group("publisher").strip(),
        pages=ref.pages or found.group("pages"),
    )
