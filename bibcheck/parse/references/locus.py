"""Notes that cite only a locus: a canonical passage or a manuscript by its shelfmark.

Humanities notes often cite a text by its place in the canon and nothing else: an ancient
or medieval author (whole or abbreviated) and work with book, chapter and section numbers
(``Thuc. 2.41.5.``, ``Plotin, Ennéades III, 7 [45], 11, 43-45.``, ``Pl. Menex. 239a``,
``Aug. conf. 11,14,17``), a volume and column of a standard collection (``PL 34, 325``,
``CCSL 48, p. 326``, ``CSEL 25, 12``), an inscription by its corpus number (``IG I3 1147``,
``CIL VI 1527``).  Others cite a manuscript or an object by where it is kept: city,
library or archive, fonds and shelfmark, leaf (``Paris, BnF, lat. 2291, fol. 12r``, ``Den
Haag, Koninklijke Bibliotheek, 135 G 19``, ``KB 135 G 19, fol. 196v``, ``Národní galerie
Praha, inv. č. O 1470``).  Such a note names no edition, no year of publication and no
publisher: it cites a work (no commentary), but one whose fields a list would not hold:
its kind is ``unknown``.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.quote_pairs import DOUBLE, EN_SINGLE

__all__ = ["locus_only", "manuscript_only", "passage_author", "passage_only"]

# a signal or "the same author" before the locus, in several languages
_SIGNAL = lazy_compile(
    r"^\s*(?:(?:Id|Idem|Ead|Eadem|Cf|Cfr|Vgl|Vid|Vide|Voir|See|Zie|Srv|Viz|Ver|Vedi"
    r"|Siehe|Sieh|Por\s+ej|Vgl\.\s+auch|cf|vgl|see|zie)\b\.?,?\s*)+"
)
# a year of publication (the Middle Ages' dates of a charter or panel are no such year)
_YEAR = lazy_compile(r"(?<![\d.,])(?:1[5-9]|20)\d\d(?![\d])")
# what a published work's citation shows: an editor or translator, a publisher's place and
# name, a quoted title, a link
_PUBLISHED = lazy_compile(
    r"\b(?:ed|éd|eds|éds|edd|trad|trans|transl|tr|übers|Übers|hrsg|Hrsg|hg|Hg|red|vert|přel"
    r"|uitg|a\s+cura\s+di|ed\.\s+by|edited|translated|herausgegeben)\b\.?"
    rf"|[{DOUBLE}{EN_SINGLE}]|https?://|doi|\bin:|\bPress\b|\bVerlag\b|\bcited\s+from\b|\btext\s+in\b",
    re.I,
)
# the words before numbers that are no work: a paper's parts, a statute's, a page
_PARTS = frozenset(
    "section sect sec chapter chap ch table tab figure fig eq equation art artikel article"
    " abs vol vols bd band heft no nr nos kap kapitel abschnitt tabelle abbildung abb capítulo"
    " cap chapitre tableau hoofdstuk tabel figuur kapitola obr p pp s seite page rz rn rdnr"
    " ziff lit urt beschl az part teil parte appendix anhang annexe bijlage note n fn anm"
    " fußnote footnote line lines zeile v vv verse vers version versão versión versione"
    " release"
    # Italian, Spanish, Portuguese and Albanian tables, Albanian pages and articles ("faqe",
    # "f.", "neni", "nenet")
    " tabella tabla tabela tav faqe f neni nenet".split()
)
# a passage's numbers: book, chapter, section (Roman or Arabic, a Stephanus or Bekker page's
# letter), at least two levels or one with its letter: "2.41.5", "III, 7 [45], 11, 43-45",
# "XI, 6", "239a–246a", "1094a1", "11,14,17"
# (each level matched once, atomically: a run of digits split anew among ``\d{1,4}`` and
# ``\d{0,2}`` for every failure made a note of many numbers -- "…: Akten, 1790, 1790, …" --
# take exponential time; no match needs a shorter split, as a level is followed by no digit)
_LEVEL = r"(?:[IVXLC]{1,7}+|(?>\d{1,4}[a-f]?\d{0,2}))"
_NUMBERS = (
    rf"(?:{_LEVEL}(?:\s?\[\d+\])?(?:\s?[.,:]\s?{_LEVEL}(?:\s?\[\d+\])?)+"
    r"|(?>\d{1,4}[a-f]\d{0,2}))"
    r"(?:\s?[–-]\s?(?>\d{1,4}[a-f]?\d{0,2}))?"
)
# an author and work before the numbers: one to eight words, the first capitalised
_WORK = r"(?P<work>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*\.?(?:,?\s+[\w'’.-]+\.?){0,7}?),?\s+"
# (the passage ends the note, or a semicolon or bracket follows it: "…; cf. Paus. 1.29.4",
# "… 11, 6 (CCSL 48, p. 326)"; never prose, "the case in 3.7 when …")
_PASSAGE = lazy_compile(rf"^{_WORK}(?P<numbers>{_NUMBERS})(?![\w])(?=\s*(?:$|[;(]))")
# (a passage that opens a note whatever follows: "Lys. 2.4–16, cited from Carey 2007.")
_PASSAGE_OPENS = lazy_compile(rf"^{_WORK}(?P<numbers>{_NUMBERS})(?![\w])(?=[\s,;.(]|$)")
# a standard collection's volume and column (page), or a corpus of inscriptions' number
_COLLECTION = lazy_compile(
    r"^\(?(?:PL|PG|PLS|CCSL|CCCM|CSEL|SC|MGH|CIL|IG|ILS|CPG|CPL|GCS|FGrHist|DK|SVF|AASS)"
    r"\s+[IVXLC\d]{1,6}[\d²³]?(?:\s?[²³\d]{0,2})?"
    r"(?:,?\s(?:p\.\s?|col\.\s?|S\.\s?|s\.\s?|F\s)?\d{1,5}[a-d]?(?:[–-]\d{1,5})?)?(?![\w])"
)


def _body(text: str) -> str:
    """The note's text without its signal, final stop and italic marks (``*…*``)."""
    return _SIGNAL.sub("", text.replace("*", "").strip()).rstrip(" .;")


def _passage_end(body: str, opens: bool = False) -> int | None:
    """Where a canonical passage at the start of ``body`` ends, or None."""
    collection = _COLLECTION.match(body)
    if collection is not None:
        return collection.end()
    found = (_PASSAGE_OPENS if opens else _PASSAGE).match(body)
    if found is None:
        return None
    words = re.findall(r"[^\W\d_]+", found.group("work"))
    if not words or any(w.lower() in _PARTS for w in words[-1:]):
        return None  # "Section 2.3.1", "Table 1.2", "Art. 5, 2"
    if _YEAR.search(found.group("work")):
        # ("INSTAT, Statistikat 2022, Tiranë, 2023, tabela 4.2": a publication's year
        # before the numbers, no canonical work's name)
        return None
    first = re.match(r"\d+", found.group("numbers"))
    if first is not None and _YEAR.fullmatch(first.group(0)):
        return None  # "NJW 2005, 123": a journal's year and page
    return found.end()


def passage_author(text: str) -> str | None:
    """The author's name or abbreviation that opens the canonical passage at the start of
    the note ``text`` (``Thuc.`` of ``Thuc. 2.41.5; …``, ``Pl.`` of ``Pl. Menex. 239a``,
    ``Augustin`` of ``Augustin, De Genesi …``), whatever follows it, or None."""
    body = _body(text)
    if _passage_end(body, opens=True) is None or _COLLECTION.match(body):
        return None
    return body.split()[0].rstrip(",")


def passage_only(text: str) -> bool:
    """Does the note ``text`` cite only a canonical passage: it opens on one (after a
    signal or ``Id.,``) and names no year of publication, editor, publisher or quoted
    title (a collection's volume and column in brackets may follow: ``(PL 34, 325)``)?"""
    body = _body(text)
    end = _passage_end(body)
    if end is None:
        return False
    rest = body[end:]
    if _YEAR.search(rest) or _PUBLISHED.search(body):
        return False
    # every further part is a passage too ("…; cf. Paus. 1.29.4"), no modern work ("Pss.
    # Sol. 8,11–13; vgl. Vollrath, Tempel, 212": a study cited by its short title)
    return all(_passage_end(_body(part)) is not None for part in rest.split(";")[1:])


# where a manuscript or object is kept: a library, an archive, a museum or gallery
_KEEPER = lazy_compile(
    r"\b[\w-]*(?:biblioth[eè](?:ek|que|k)|bibliotec[ae]|bibliotek[ai]?|knihovna|könyvtár"
    r"|kirjasto|library|archiv(?:e|es|io|o|um)?|archief|arkiv(?:et)?|arquivo|arxiu|archiwum"
    r"|museum|muzeum|musée|museo|museu|galerie|gallery|galleria|galería|galerij)\b",
    re.I,
)
# a shelfmark, an inventory number or a leaf: "135 G 19", "BPL 2747", "lat. 2291", "Add MS
# 49622", "BMH h 70", "inv. č. O 1470", "Inv.-Nr. 12", "fol. 12r", "f. 3v", "Bl. 4r"
_MARK = lazy_compile(
    r"[^,;()]{0,60}?,\s(?:[^,;()]{1,60},\s)?(?:"
    r"(?:[A-Za-z]{1,5}\.?\s){0,3}\d{1,5}(?:\s[A-Z]{1,2}\s\d{1,4})?[a-z]?(?=\s*(?:[,.;(]|$))"
    r"|inv(?:entory|entář|entaire|entar)?\.?(?:-?\s?(?:č|no|nr|n°|num|Nr)\.?)\s?[A-Z]{0,3}\s?\d"
    r"|(?:fols?|ff?|Bll?|ms|MS|Ms|cod|Cod)\.?\s?\d{1,4}\s?[rv]?\b)",
)
# a shelfmark's or leaf's number, which may look like a year: "Cod. 1857", "lat. 2025"
_SHELF_NUMBERS = lazy_compile(
    r"\b(?:Cod|cod|MS|Ms|ms|lat|gr|fr|ital|germ|Clm|Cgm|Add|Vat|Nr|nr|no|č|fols?|ff?|Bll?)"
    r"\.?\s?\d+"
)
# an abbreviated library and its shelfmark with a leaf: "KB 135 G 19, fol. 196v", "BAV, Vat.
# lat. 3225, f. 12r", "BnF lat. 2291, fol. 12r"
_ABBREVIATED = lazy_compile(
    r"^(?:[A-ZÀ-Ž][\w-]+(?:\s[A-ZÀ-Ž][\w-]+)?,\s)?[A-Z][A-Za-z]{0,3}[A-Z](?:\s[A-Z][a-z]?)?,?\s(?:[A-Za-z]{1,5}\.?\s){0,3}\d{1,5}"
    r"(?:\s[A-Z]{1,2}\s\d{1,4})?[a-z]?,\s(?:fols?|ff?|Bll?|f°)\.?\s?\d{1,4}\s?[rv]\b"
)


def manuscript_only(text: str) -> bool:
    """Does the note ``text`` cite only a manuscript or object by where it is kept: a
    library, archive or museum with a shelfmark, inventory number or leaf, or an
    abbreviated library's shelfmark and leaf, and no year of publication, editor,
    publisher or quoted title?"""
    body = _body(text)
    if _PUBLISHED.search(body) or _YEAR.search(_SHELF_NUMBERS.sub(" ", body)):
        return False
    if _ABBREVIATED.match(body):
        return True
    return any(_MARK.match(body, keeper.end()) for keeper in _KEEPER.finditer(body))


def locus_only(text: str) -> bool:
    """Does the note cite only a canonical passage or a manuscript (kind ``unknown``)?"""
    return passage_only(text) or manuscript_only(text)
