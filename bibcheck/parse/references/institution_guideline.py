"""A library's, an archive's or a ministry's guidelines or methodology: its ``report``.

A memory institution (a national library, a state library, an archive) and a ministry
publish the rules and methods they work by under their own name: ``Národní knihovna České
republiky (2021). Metodika digitalizace hudebnin. Praha: NK ČR.``, ``Staatsbibliothek zu
Berlin (2015). Richtlinien für die Katalogisierung … Berlin: Staatsbibliothek.``,
``Bibliothèque nationale de France (2018). Lignes directrices pour la numérisation.``,
``Biblioteca Nacional de España (2019). Directrices para …``, ``Library of Congress (2016).
Guidelines for …``, ``Ministerstvo kultury (2019). Metodika ochrany …``.  The corpus
conventions (``tests/corpus/README.md``) file a body's guidelines as a ``report``; a parser
reads the entry, an author, a title and "Place: Publisher", as a book.

Such a work is a report when its one author is an institution of that kind (a library, an
archive, a ministry -- :func:`.reportkind.public_body` or a name holding the institution's
word, in the languages such bodies name themselves in), it was read as a book, a web page or
of no kind, with no host, volume, issue or ISBN and no press's imprint, and its title (or a
part of it after ``: ``) opens with the genre's name: guidelines, methodical instructions,
a methodology (``Metodika``, ``Methodik``, ``Méthodologie``, ``Metodología``, ``Richtlinien``,
``Směrnice``, ``Wytyczne`` …).  A library's exhibition catalogue or facsimile stays a
book; so does a person's methodology.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.reportkind import public_body
from bibcheck.parse.references.shared import has_publisher_word

__all__ = ["institution_guideline", "institution_name", "method_title"]

# a library or an archive, or a ministry in the languages the public-body list lacks, by the
# word in its name (English, German, French, Spanish, Italian, Portuguese, Dutch, Polish,
# Czech, Slovak, Slovene, Croatian, Hungarian, Finnish, the Scandinavian languages)
_INSTITUTION = lazy_compile(
    r"(?<![^\W\d_])(?:Library|Libraries|Archives?|\w*Bibliothek|Biblioth[èe]que"
    r"|Biblioteca|Biblioteka|Bibliotheek|Bibliotek(?:et)?|Knihovna|Knižnica|Knjižnica"
    r"|Könyvtár|Kirjasto|\w*Archiv|Archivio|Archivo|Arquivo|Archief|Archiwum|Arhiv"
    r"|Ministerstvo|Ministrstvo|Ministarstvo|Minisztérium)(?![^\W\d_])",
    re.IGNORECASE,
)
# the genre's name opening the title (or a part after a colon): guidelines, methodical
# instructions, a methodology
_GENRE_OPENING = lazy_compile(
    r"(?:guidelines?|richtlinien?|leitlinien?|leitfaden|lignes\sdirectrices|directrices"
    r"|diretrizes|linee\sguida|richtlijnen?|wytyczne|směrnice|smernice|smjernice"
    r"|zásady|metodick[éý]\spokyny|metodika|metodiky|metodyka|methodik|methodology"
    r"|methodologies|méthodologie|metodolog[íi]a|metodologie|metodológia)(?![^\W\d_])",
    re.IGNORECASE,
)
_ISBN = lazy_compile(r"\bISBN\b")


def institution_name(name: str) -> bool:
    """Is ``name`` a library's, an archive's or a ministry's (see the module)?"""
    name = " ".join(name.split()).strip(" .,")
    return bool(name) and (_INSTITUTION.search(name) is not None or public_body(name))


def method_title(title: str | None) -> bool:
    """Does ``title``, or a part of it after a colon, open with the name of guidelines, a
    methodology or methodical instructions (``Metodika digitalizace …``, ``Richtlinien für …``)?"""
    if not title:
        return False
    flat = " ".join(title.split()).strip("*_ ")
    return any(_GENRE_OPENING.match(part.strip("*_ ")) for part in flat.split(": "))


def institution_guideline(ref: Reference) -> Reference:
    """``ref`` a ``report`` when a library, an archive or a ministry alone issued it and
    its title names guidelines or a methodology (see the module); otherwise unchanged."""
    if (
        ref.kind in (RefKind.BOOK, RefKind.WEB, RefKind.UNKNOWN)
        and not (ref.host or ref.volume or ref.issue)
        and len(ref.authors) == 1
        and institution_name(ref.authors[0])
        and _ISBN.search(ref.raw or "") is None
        and not (ref.publisher and has_publisher_word(ref.publisher))
        and method_title(ref.title)
    ):
        return dataclasses.replace(ref, kind=RefKind.REPORT)
    return ref
