"""A manuscript cited in plain text by city, library and shelfmark.

Medievalists, musicologists and art historians cite a manuscript by where it is kept, the
city, the library (often its initials) and the library's shelfmark, then the leaf::

    London, British Library, Add MS 31922, fol. 12r.
    Paris, BnF, ms. fr. 1586.
    Praha, Národní knihovna, sign. XXIII F 45.
    Wien, ÖNB, Cod. 2554.
    Book of Hours, Bruxelles, KBR, ms. 9961-62, f. 3v.

The work is the manuscript, an unpublished file (``unknown`` by the corpus conventions);
the shelfmark is no title and its number no year (``ms. fr. 1586``).  A description before
the city (``Book of Hours``) is the title, and a date in it the year.

A national or a famous library is often named without its city, which everyone knows::

    Biblioteca Apostolica Vaticana, Pal. lat. 1071.
    Bayerische Staatsbibliothek, Clm 14000.
    British Library, Add MS 12345.
    Bibliothèque nationale de France, ms. lat. 8878.

There the one piece before the shelfmark must name a library, an archive or a museum by
its word (:data:`_REPOSITORY_WORD`: ``Library``, ``Bibliothek``, ``Biblioteca``,
``knihovna``, ``Archiv`` …) or by its initials (``BnF``, ``BAV``, ``ÖNB``): a person's
name before a number stays as read.

The shelfmark is the last comma-separated piece before the leaf: a manuscript word
(:data:`.shelfmark_title.MANUSCRIPT_WORD`: ``MS``, ``ms.``, ``Cod.``, ``sign.``, ``Hs.``)
or a collection's name (:mod:`.fonds`: ``Vat. lat. 1960``, ``Clm 4660``, ``Harley 2253``,
``Cotton Nero A.x``) among abbreviations, capitals and numbers; the two pieces before it
(city, library) are short names without digits.
"""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.fonds import CLASSMARK, FONDS_ABBREVIATION, FONDS_NAME
from bibcheck.parse.references.shelfmark_title import MANUSCRIPT_WORD, SHELFMARK_TOKEN

__all__ = ["CitedManuscript", "cited_manuscript"]

# a city or a library: capitalised words, initials, no digits ("British Library", "BnF",
# "Národní knihovna", "ÖNB", "Biblioteca Apostolica Vaticana")
_PLACE = r"[^\W\d_][^\d,;:()\[\]]{1,60}?"
# what makes the last piece a shelfmark: a manuscript word or a collection's name
_MARK_WORD = rf"(?:{MANUSCRIPT_WORD}|{FONDS_ABBREVIATION}|{FONDS_NAME})"
# "fol. 12r", "ff. 3v–4r", "f. 12", "Bl. 7", "k. 3", "p. 45"
_LEAF = r"(?:fols?|ff?|fo|Bl|k|p|pp|s|S)\.\s?\d[\w–-]{0,10}(?:\s?[–-]\s?\d[\w]{0,5})?"
_ENTRY = lazy_compile(
    rf"^(?:(?P<description>.+?),\s)?(?P<city>{_PLACE}),\s(?P<library>{_PLACE}),\s"
    rf"(?P<mark>(?=[^,]*{CLASSMARK})(?=[^,]*{_MARK_WORD})"
    rf"{SHELFMARK_TOKEN}(?:\s{SHELFMARK_TOKEN}){{0,8}})"
    rf"(?:,\s{_LEAF})?\.?$"
)
# the words that make a name a repository's (library, archive, museum), as stems in the
# languages of the catalogues: "Library", "Bibliothek", "Bibliothèque", "Biblioteca",
# "Bibliotheek", "Biblioteka", "knihovna", "knižnica", "könyvtár", "kirjasto", "Archiv",
# "Archives", "Archivio", "Archief", "Archiwum", "Museum", "Musée", "Museo", "Muzeum"
_REPOSITORY_WORD = (
    r"(?i:librar|biblio|knihovn|knižnic|könyvtár|kirjast|archiv|archief|archiwum|museum|musée"
    r"|museo|muzeum)"
)
# a repository by its initials: two to six letters, two capitals at least ("BnF", "BAV")
_INITIALS = r"(?=(?:[^,]*?[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-Za-zÄÖÜ]{1,5}"
_REPOSITORY = rf"(?:(?=[^,]*{_REPOSITORY_WORD}){_PLACE}|{_INITIALS})"
_CITYLESS = lazy_compile(
    rf"^(?:(?P<description>.+?),\s)?(?P<library>{_REPOSITORY}),\s"
    rf"(?P<mark>(?=[^,]*{CLASSMARK})(?=[^,]*{_MARK_WORD})"
    rf"{SHELFMARK_TOKEN}(?:\s{SHELFMARK_TOKEN}){{0,8}})"
    rf"(?:,\s{_LEAF})?\.?$"
)
_YEAR = lazy_compile(r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)")
# the description's date after it, no part of its title: "Letter to Jan Hus, 1412"
_DATE_AFTER = lazy_compile(r",\s(?:c\.\s?|ca\.\s?)?(?:1[0-9]|20)\d\d(?:[–-]\d{2,4})?$")


@dataclass(frozen=True, slots=True)
class CitedManuscript:
    """A manuscript's description (None: cited by shelfmark alone) and the year it gives."""

    title: str | None
    year: int | None


def cited_manuscript(text: str) -> CitedManuscript | None:
    """The manuscript ``text`` cites by city, library and shelfmark, or None for another
    shape.

    >>> cited_manuscript("Paris, BnF, ms. fr. 1586.")
    CitedManuscript(title=None, year=None)
    >>> cited_manuscript("Book of Hours, London, British Library, Add MS 18850, fol. 2r.")
    CitedManuscript(title='Book of Hours', year=None)
    >>> cited_manuscript("Bayerische Staatsbibliothek, Clm 14000.")
    CitedManuscript(title=None, year=None)
    """
    flat = " ".join(text.split())
    found = _ENTRY.match(flat) or _CITYLESS.match(flat)
    if found is None:
        return None
    description = (found.group("description") or "").strip(" *_")
    if "http" in description or "//" in description:
        return None
    years = _YEAR.findall(description)
    title = _DATE_AFTER.sub("", description).strip()
    return CitedManuscript(title or None, int(years[-1]) if years else None)
