"""A Father's work cited in its critical edition's series (pure functions).

Patristics and church history cite a Church Father's work by his Latin (or vernacular) name,
the work's title and the passage, then the edition in its series by siglum and volume::

    Ambrosius, De paenitentia 2,10, hg. von Roger Gryson, in: SC 179, Paris 1971, 120–203.
    Tertullianus: De pudicitia, ed. Eligius Dekkers, in: CCSL 2, Turnhout 1954, 1279–1330.
    Hieronymus, Epistulae, hg. von Isidor Hilberg (CSEL 54), Wien 1910, ep. 22,7.
    Leo Magnus, Sermo 21: In nativitate Domini 3, in: PL 54, Paris 1846, 190–193.

The name is the author (the editor, after ``hg. von`` / ``ed.``, is not), the title runs to
the passage cited (``2,10``, ``8–9``: no part of it, and no year), and the work printed
``in:`` a series volume with others is a ``chapter``, one filling its own volume (the
siglum in parentheses) a ``book``; the year is the edition's, after its place.
:func:`father_work` reads a parsed reference so.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["FatherWork", "father_work", "father_work_of"]

# the series of patristic editions by siglum: Corpus Christianorum (CCSL, CCL, CCSG,
# CCCM), CSEL, Migne (PL, PG, PLS), Sources Chrétiennes (SC), GCS, Fontes Christiani (FC),
# the Bibliothek der Kirchenväter (BKV), CSCO, Patrologia Orientalis (PO)
_SIGLA = r"(?:CCSL|CCL|CCSG|CCCM|CSEL|PL|PG|PLS|SC|SChr|GCS|FC|BKV|CSCO|PO)"
_VOLUME = rf"{_SIGLA}\s\d{{1,3}}[A-Z]?(?:/\d)?"
# the Father: one name, perhaps with a byname or place ("Leo Magnus", "Gregor von Nyssa",
# "Johannes Chrysostomus", "Cyril of Alexandria")
_FATHER = (
    r"(?P<author>[A-ZÀ-Þ][a-zà-ÿ]{2,20}"
    r"(?:\s(?:von|of|de|di|d['’])\s?[A-ZÀ-Þ][a-zà-ÿ]{2,20}|\s[A-Z][a-z]+(?:us|os|es))?)"
)
# the passage closing the title: "8–9", "2,10", "4,7", "16 f.", "1.3.5"
_LOCUS = r"\d{1,3}(?:[,.]\d{1,3})*(?:\s?[–-]\s?\d{1,3}(?:[,.]\d{1,3})*)?(?:\s?ff?\.)?"
_CITED = lazy_compile(
    rf"^{_FATHER}[,:]\s(?P<title>[^\W\d_][^,;()]*?)(?:\s(?P<locus>{_LOCUS}))?"
    r"(?=,\s|\s\(|\.\s|\.?$)"
)
# a numbered work's genre: its number is the title's, not a passage ("Sermo 351")
_NUMBERED = lazy_compile(
    r"(?:Sermo|Sermones|Epistula|Epistola|Ep|Homilia|Tractatus|Oratio|Enarratio|Psalmus"
    r"|Liber|Canon|Brief|Predigt|Letter|Sermon|Homily)\.?$"
)
_IN_SERIES = lazy_compile(rf"\b(?:in|In|en|w)\b:?\s{_VOLUME}\b")
_OWN_VOLUME = lazy_compile(rf"\({_VOLUME}\)")
# the edition's year after the siglum and its place: "CCSL 3, Turnhout 1972", "(CSEL 54),
# Wien 1910", "PL 39, Paris 1841"
_EDITION_YEAR = lazy_compile(
    rf"\b{_VOLUME}\)?,\s(?:[^\W\d_][^,\d]{{0,40}}\s)?(?P<year>1[5-9]\d\d|20\d\d)\b"
)


@dataclass(frozen=True, slots=True)
class FatherWork:
    """A Father's work as cited: his name, the work's title, its kind, the edition's year."""

    author: str
    title: str
    kind: RefKind
    year: int | None


def father_work_of(text: str) -> FatherWork | None:
    """The Father's work ``text`` cites in a patristic series, or None."""
    m = _CITED.match(text.strip())
    year = _EDITION_YEAR.search(text)
    if m is None or year is None:
        # (a passage cited in Migne with no edition's imprint, "De Genesi ad litteram V, 5,
        # 12 (PL 34, 325)", is a locus, no edition)
        return None
    title = m.group("title").strip()
    locus = m.group("locus")
    if locus is not None and _NUMBERED.search(title):
        title = f"{title} {locus}"
    if not title or title[0].islower():
        return None
    kind = RefKind.CHAPTER if _IN_SERIES.search(text) else RefKind.BOOK
    if _OWN_VOLUME.search(text) and not _IN_SERIES.search(text):
        kind = RefKind.BOOK
    return FatherWork(m.group("author"), title, kind, int(year.group("year")))


def father_work(ref: Reference, text: str) -> Reference:
    """``ref`` read from ``text`` as the Father's work it cites, or ``ref`` unchanged."""
    work = father_work_of(text)
    if work is None:
        return ref
    return dataclasses.replace(
        ref,
        authors=(work.author,),
        title=work.title,
        kind=work.kind,
        year=work.year if work.year is not None else ref.year,
    )
