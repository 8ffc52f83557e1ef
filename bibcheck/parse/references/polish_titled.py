"""Polish, Czech and Slovak notes that cite a work by its title, with no author, and the
reprints these traditions cite with the original's imprint.

* ``Dzieje Poznania, t. 2: 1793–1945, cz. 2, red. J. Topolski, L. Trzeciakowski,
  Warszawa–Poznań 1998, s. 1187–1195.`` (a collective work in volumes: its title keeps the
  volume and the part with their own titles, ``t.``/``tom``, ``cz.``, Czech ``sv.``,
  ``díl``, Slovak ``zv.``; the editors after ``red.``/``pod red.``/``oprac.`` are none of it);
* ``Przewodnik po wystawie, Poznań 1929 (reprint: Poznań 2009), s. 9–16.`` (a book by
  its title, place and year).

A reprint written after the imprint (``(reprint: Poznań 2009)``, ``(przedruk 1985)``,
``(reedycja: Kraków 2011)``, Czech ``(dotisk 2005)``) is the edition the note cites: its year
is the year of the work read (:func:`reprint_year`), as a translation's is (``Kraków 1997
[oryg. 1983]``).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import U
from bibcheck.parse.references.shared import Fields, year_of
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["reprint_year", "titled"]

# a volume or a part with its number and, after a colon, its own title
_PART = r",\s(?:t|tom|cz|sv|zv|díl|vol)\.\s?[\dIVXLC]{1,6}(?::\s[^,;()]{1,120}?)?"
_PLACE = rf"[{U}][\w-]+(?:[–-][{U}][\w-]+)?(?:\s[{U}][\w-]+)?"
_SHAPE = lazy_compile(
    # (a title, not a name with initials: "E. Wolska, Tytuł"; the year not the start of a
    # period in a title, "Per Lie, Havet, 1800–1900 (Oslo: Tiden, 1990)", a Nordic note)
    rf"^(?![{U}][a-z]?\.\s)(?P<title>[{U}][^,;:()„”“\[\]]{{2,200}}?(?:{_PART}){{0,3}}?)"
    rf",\s(?:(?:pod\s)?red\.|oprac\.|wyd\.|(?P<place>{_PLACE}),?\s(?P<year>{_YEAR})(?![\d–-]))"
)
_PLACE_YEAR = lazy_compile(rf",\s{_PLACE},?\s(?P<year>{_YEAR})(?![\d–-])")
# the tradition's own signs: its letters, or its abbreviations for pages, editors, parts
_SLAVIC = lazy_compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻěřůťďňĺľŕĚŘŮŤĎŇĹĽŔ]|\b(?:s|red|oprac|cz|sv|zv)\.\s?\d?")
_REPRINT = lazy_compile(
    r"^\s?\((?:reprint|przedruk|reedycja|wyd\.\sfototypiczne|dotisk|reprint\.|repr\.)\s?:?\s"
    rf"(?:{_PLACE},?\s)?(?P<year>{_YEAR})\)",
    re.I,
)
_PAGES = lazy_compile(r"\b(?:s|str)\.\s?(?P<p>\d+(?:\s?[-–]\s?\d+)?)")


def titled(body: str) -> Fields | None:
    """The fields of a note citing a work by its title (see the module doc), or None."""
    m = _SHAPE.match(body)
    if m is None or not _SLAVIC.search(body):
        return None
    title = m.group("title").strip()
    after = body[m.end("title") :]
    imprint = _PLACE_YEAR.search(after)
    if imprint is None:
        return None
    year = reprint_year(after[imprint.end() :]) or imprint.group("year")
    pages = _PAGES.search(after, imprint.end())
    return Fields(
        "polish",
        (),
        title,
        year_of(year),
        pages=re.sub(r"\s?[-–]\s?", "–", pages.group("p")) if pages else None,
        book=True,
    )


def reprint_year(after_imprint: str) -> str | None:
    """The year of the reprint written right after a work's imprint (the edition cited),
    or None."""
    m = _REPRINT.match(after_imprint)
    return m.group("year") if m else None
