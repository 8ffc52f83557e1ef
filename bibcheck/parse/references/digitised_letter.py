"""A letter, or a run of letters, to a named person, cited by a digital library's address.

A library blog or a reading list cites the letters a library or a museum keeps, and has
digitised, by their writer, the years they span and the address of the scans: ``Janáček,
Leoš (1917–1928). [Dopisy Kamile Stösslové](https://kramerius…). Digitalizát, Kramerius.``,
``Schumann, Clara (1856). Brief an Johannes Brahms, 12. Mai 1856. Digitalisat,
Staatsbibliothek zu Berlin. https://…``, ``Courbet, Gustave. Lettre à Alfred Bruyas, 3 mai
1854. https://gallica…``, ``Woolf, Virginia. Letter to Vita Sackville-West, 19 August
1926. Digitised.``.  The address makes no web page of it: the letters are archival items,
``unknown`` by the corpus conventions (``tests/corpus/README.md``), as a letter cited where
its archive keeps it is (:mod:`.archived_letter`) and a manuscript by its shelfmark is
(:mod:`.shelfmark_title`).

The title opens with the word for a letter (or letters, a postcard, a correspondence), then
its addressee -- a capitalised name, after the language's preposition (``to``, ``an``,
``à``, ``a``, ``aan``, ``do``) or none (the Czech dative, ``Dopisy Kamile Stösslové``); and
the entry dates the letters -- a span of years, a day's date (an access date is none) -- or
calls the copy digitised.  A printed edition of letters (``Letters to Milena. New York:
Schocken``: a press's imprint, an ISBN, a journal or a book it is in) keeps its kind, and so
does a title whose addressee is no name (``Letters to a Young Poet``, ``Brief an den
Vater``).
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import fields as f
from bibcheck.parse.references.patterns import L, U
from bibcheck.parse.references.shared import has_publisher_word

__all__ = ["digitised_letter", "letter_title"]

_NAME_WORD = rf"[{U}][{L}{U}'’.-]+"
# the word for a letter, letters, a postcard or a correspondence, opening the title, in
# English, Czech, Slovak, Polish, German, Dutch, French, Spanish, Portuguese and Italian
_LETTER_WORD = (
    r"(?:Letters?|Postcards?|Correspondence|Dopis[yů]?|Korespondence|Korespondencia"
    r"|Korespondencja|Listy?(?=\s(?:do|k|ke)\s)|Briefe?|Postkarten?|Briefwechsel"
    r"|Korrespondenz|Brieven|Lettres?|Cartes?\spostales?|Correspondance|Cartas?"
    r"|Correspondencia|Correspondência|Letter[ae]|Lettera|Cartolin[ae]|Carteggio)"
)
_LETTER_TITLE = lazy_compile(
    rf"{_LETTER_WORD}"
    # (who wrote it, when the title says: "Letter from Arthur Pelham to …")
    rf"(?:\s(?:from|von|de|d['’]|od|di|van)\s?{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}})?"
    # the preposition before the addressee, or none (the Czech and Polish dative)
    r"\s(?:(?:to|an|à|au|a|al|ad|aan|do|k|ke|with|mit|avec|con|com|s|z)\s)?"
    rf"{_NAME_WORD}"
)
_MONTH = "|".join(sorted((re.escape(m) for m in f.MONTHS), key=len, reverse=True))
# the letters' date: a span of years ("1917–1928"), a day's date ("3 March 1931", "12. Mai
# 1856", "March 3, 1931", "12. 5. 1856", "1931-03-03")
_DATED = lazy_compile(
    r"(?<!\d)1\d{3}\s?[–—-]\s?(?:1\d)?\d{2}(?!\d)"
    rf"|(?<!\d)\d{{1,2}}\.?\s(?:{_MONTH})\.?\s\d{{4}}(?!\d)"
    rf"|(?<![^\W\d_])(?:{_MONTH})\.?\s\d{{1,2}},\s\d{{4}}(?!\d)"
    r"|(?<!\d)\d{1,2}\.\s?\d{1,2}\.\s?\d{4}(?!\d)|(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)",
    re.IGNORECASE,
)
# the copy called digitised, scanned, in the writer's language
_DIGITISED = lazy_compile(
    r"(?<![^\W\d_])(?:digitali[sz]át\w*|digiti[sz]ed|digitali[sz]ed|digitalisat|digitalisiert"
    r"|numérisé\w*|numérisation|digitali[zs]ad[oa]s?|digitalizzat[oaie]|zdigitalizowan\w*"
    r"|digitalizovan\w*|skeny|skenů|scans?|scanned)(?![^\W\d_])",
    re.IGNORECASE,
)
_ISBN = lazy_compile(r"\bISBN\b")


def letter_title(title: str | None) -> bool:
    """Does ``title`` open with the word for a letter (or letters) and a named addressee
    (``Dopisy Kamile Stösslové``, ``Brief an Johannes Brahms``, ``Letter to Vita …``)?"""
    if not title:
        return False
    return _LETTER_TITLE.match(" ".join(title.split()).strip('*_ "“„«')) is not None


def _dated_or_digitised(text: str) -> bool:
    """Does ``text`` (its access date left out) date the letters or call them digitised?"""
    accessed = f.find_access_date(text)
    if accessed is not None:
        text = text[: accessed.start] + " " + text[accessed.end :]
    return _DATED.search(text) is not None or _DIGITISED.search(text) is not None


def digitised_letter(ref: Reference, text: str) -> Reference:
    """``ref`` of ``unknown`` kind when ``text`` cites a letter or letters to a named person
    by a digital library's copy (see the module); otherwise unchanged."""
    if ref.kind not in (RefKind.WEB, RefKind.BOOK) or not letter_title(ref.title):
        return ref
    if ref.host or ref.volume or ref.issue or _ISBN.search(text) is not None:
        return ref
    if ref.publisher and has_publisher_word(ref.publisher):
        return ref
    if not _dated_or_digitised(text):
        return ref
    return dataclasses.replace(ref, kind=RefKind.UNKNOWN)
