"""Entries whose authors are written family name first, the initials after it, and parted
by commas, the title after a comma too ("comma style").

Lists in the Central and Eastern European tradition, many physics and astronomy lists and
Russian ones in transliteration write the names ``Family I.J.`` and close a long list
with "et al." in their language, then give the title and the rest after commas:

* ``Meech K.J., Weryk R., Micheli M. et al., A brief visit …, Nature 552, 378–381 (2017).``
  (an article: the journal, its volume, the pages and the year in parentheses; or
  ``Journal 552 (2017) 378–381``; or the journal in quotes, ``«Journal», 2019, …``);
* ``Kowalski J., Nowak A. (2005), Title, Publisher, Place.`` (the year in parentheses
  after the names, then a comma: a book's publisher and place at the end);
* ``Loeb A., Title, Publisher, Place 2021`` and ``Title, Place: Publisher, 2021`` (a
  book's imprint at the end), or ``Rossi A., Title, trad. …, Paris, Publisher, 1981`` (the
  Romance order, the place first; a report when the genre follows the title:
  :mod:`.commatails`);
* ``Moreau J., « Title », Revue, à paraître.`` and ``Ducret M., « Title », soumis.`` (an
  article not yet out: :mod:`.commatails`).

"et al." may be ``i in.`` (Polish), ``a kol.`` (Czech, Slovak), ``и др.``/``i dr.``
(Russian, in Cyrillic or transliterated), ``e altri`` (Italian) and the rest of
:data:`bibcheck.parse.references.patterns.NOTE_ET_AL`.  The title runs to the tail's
first field, so commas inside it stay.  :func:`parse` returns None for any other entry.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.commatails import placed_book, unpublished_article
from bibcheck.parse.references.patterns import INITIALS, NOTE_ET_AL, SURNAME, U
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.quote_pairs import DOUBLE, DOUBLE_CLOSINGS, DOUBLE_OPENINGS
from bibcheck.parse.references.shared import Fields, year_of
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["comma_style", "parse", "split_head"]

# (initials with their full stops: "Smith J" with none is Vancouver's, read elsewhere)
_NAME = rf"{SURNAME}\s{INITIALS}"
_EDITORS = role_marks.MARK  # "(a cura di)", "(coord.)", "(Hg.)": :mod:`.role_marks`
_HEAD = lazy_compile(
    rf"^(?P<authors>{_NAME}(?:,\s{_NAME}){{0,11}}+)"
    rf"(?P<others>,?\s(?:{NOTE_ET_AL}|et\sal\.?|i\sdr\.|и\sдр\.?))?"
    # (the editors' mark after the names of an edited volume: "Rossi M. (a cura di), Title",
    # "Dupont J. (dir.), Titre", "Silva A. (org.), Título"; the editors stay its names)
    rf"(?:\s{_EDITORS})?"
    rf"(?:\s\((?P<year>{_YEAR})[a-z]?\))?,\s(?P<rest>\S.*)$",
    re.S,
)
_ONE_NAME = lazy_compile(_NAME)
_PAGES = r"[A-Za-z]?\d{1,6}(?:\s?[–-]\s?[A-Za-z]?\d{1,6})?"
_JOURNAL = rf"(?P<journal>[{U}][^,()\d]{{1,80}}?)"
# (the issue in parentheses or after its sign: "92 (3)", "92, No. 3", "92, № 3")
_VOLUME = (
    r"(?P<volume>\d{1,5})(?:\s?\((?P<issue>[\w–-]{1,9})\)"
    r"|,\s(?:No\.|no\.|№|N)\s?(?P<issue2>\d{1,4}(?:[/-]\d{1,4})?))?"
)
# "…, Nature 552, 378–381 (2017)"; "…, Phys. Rev. D 99 (2019) 044011"; physics lists' article
# with no title, "Meech K.J., Weryk R., Astrophys. J. 552, 378 (2017)"
_ARTICLE = lazy_compile(
    rf"^(?:(?P<title>.{{3,400}}?),\s)?{_JOURNAL}\s{_VOLUME}"
    rf"(?:,\s(?P<pages>{_PAGES})\s\((?P<year>{_YEAR})\)"
    rf"|,?\s\((?P<year2>{_YEAR})\),?\s(?P<pages2>{_PAGES}))$"
)
# "…, «Journal», 2019, t. 5, s. 10–20", "…, „Nature” 2017, t. 552"
_QUOTED = lazy_compile(
    rf"^(?P<title>.{{3,400}}?),\s[{DOUBLE_OPENINGS}](?P<journal>[^{DOUBLE}]{{2,150}})[{DOUBLE_CLOSINGS}],?\s"
    rf"(?:[^,]*?,\s)??(?P<year>{_YEAR})\b(?P<tail>.*)$"
)
# "…, Journal, 2015, vol. 41, pp. 112–119", "…, Журнал, 2015, т. 92, № 2, с. 34–56": the
# journal unquoted, its year, then the volume, issue or pages by their signs
_YEAR_FIRST = lazy_compile(
    rf"^(?P<title>.{{3,400}}?),\s(?P<journal>[{U}][^,()«»\"„“”\d]{{1,80}}?),\s(?P<year>{_YEAR})"
    r"(?P<tail>(?:,\s(?:t\.|vol\.|Vol\.|V\.|т\.|Т\.|nr|no\.|No\.|№|вып\.|s\.|pp?\.|с\.|С\.)"
    r"\s?\d[^,]*)+)$"
)
# "…, in Giornale di diritto amministrativo, 2016, n. 5, p. 593 ss.", "…, in federalismi.it,
# 2016, n. 5", "…, dans Revue du droit public, 2019, n° 3", "…, en Revista, 2020, núm. 4":
# the Romance "in" before the journal, then its year and numbers (a book's chapter has its
# place and publisher after the book's title, never the year at once)
_IN_JOURNAL = lazy_compile(
    rf"^(?P<title>.{{3,400}}?),\s(?:in|dans|en|em)\s(?P<journal>[^,«»\"„“”]{{2,80}}?),\s"
    rf"(?P<year>{_YEAR})(?P<tail>(?:,\s(?:n\.|n°|nº|núm\.|fasc\.|vol\.|t\.|a\.|pp?\.)"
    r"\s?[\dIVXLC][^,]*)*)$"
)
# "…, in Periodica 109 (2020), 377–405", "…, dans Revue 12 (2019), 5–20": the Romance "in",
# the journal, its volume and its year in parentheses (the Italian and German order), pages
_IN_VOLUME_YEAR = lazy_compile(
    rf"^(?P<title>.{{3,400}}?),\s(?:in|dans|en|em)\s(?P<journal>[{U}][^,«»\"„“”\d]{{1,80}}?)\s"
    rf"(?P<volume>\d{{1,4}})\s\((?P<year>{_YEAR})\)(?:,\s(?P<pages>{_PAGES}))?$"
)
# "…, Publisher, Place 2021", "…, Place: Publisher, 2021", "…, Publisher, Place."
# (a particle inside the name: "Città del Vaticano", "Frankfurt am Main", "Rio de Janeiro")
_PLACE = rf"[{U}][\w-]+(?:[\s-][{U}][\w-]+|\s(?:del|de|di|am|an\sder|upon|sur)\s[{U}][\w-]+)?"
# (and the GOST imprint after a full stop, a Russian note's comma after the names: "…,
# История края. М.: Наука, 1998"; the place abbreviated "М.", "Л.", "СПб.", or written out)
_ABBREVIATED_PLACE = r"(?:М|Л|СПб|К|Мн|Х|Спб|Пг|Св)\."
_BOOK = lazy_compile(
    rf"^(?:(?P<title>.{{3,400}}?),\s(?:(?P<publisher>[{U}][^,:;]{{1,80}}),\s(?P<place>{_PLACE})"
    rf"(?:,?\s(?P<year>{_YEAR}))?"
    rf"|(?P<place2>{_PLACE}):\s(?P<publisher2>[^,:;]{{2,80}}),\s(?P<year2>{_YEAR}))"
    rf"|(?P<title3>[^.]{{3,400}}?)\.\s(?P<place3>{_ABBREVIATED_PLACE}|{_PLACE})\s?:\s"
    rf"(?P<publisher3>[^,:;.]{{2,80}}),\s(?P<year3>{_YEAR}))$"
)
# a note's page after the imprint's year: "…, Москва, 1998, с. 7", "…, Warszawa 1998, s. 12–14"
_LOCATOR = lazy_compile(
    rf"(?<={_YEAR})[,.]\s(?:s\.|с\.|С\.|p\.|pp\.|str\.|S\.)\s?(?P<p>\d{{1,5}}(?:\s?[–-]\s?\d{{1,5}})?)$"
)
_T_VOL = lazy_compile(r"(?<!\w)(?:t\.|vol\.|Vol\.|V\.|т\.|Т\.|roč\.)\s?(?P<v>\d+)")
_T_ISSUE = lazy_compile(r"(?<!\w)(?:nr|no\.|No\.|z\.|č\.|№|вып\.|n\.)\s?(?P<i>\d+(?:[/-]\d+)?)")
_T_PAGES = lazy_compile(r"(?<!\w)(?:s\.|pp?\.|с\.|С\.|str\.)\s?(?P<p>\d+(?:\s?[–-]\s?\d+)?)")
# what follows the imprint and is no part of it: an ISBN, a page count, a bare "DOI:" label
_AFTER = lazy_compile(
    r"(?:,\s(?:ISBN|DOI|doi|e-?ISBN)\b[:\s]?[^,]*|,\s\d{1,4}\s(?:s|pp|p|с|str)\.)+$"
)


def split_head(body: str) -> tuple[tuple[str, ...], str | None, str] | None:
    """``(names, year in parentheses or None, rest)`` of an entry opening with ``Family I.``
    names and a comma (the year in parentheses between), or None."""
    m = _HEAD.match(body)
    if m is None:
        return None
    names = tuple(n.group(0) for n in _ONE_NAME.finditer(m.group("authors")))
    return names, m.group("year"), m.group("rest")


def comma_style(body: str) -> bool:
    """Does ``body`` open with ``Family I.`` names and a comma before a part that is no
    more names ("Иванов И.И., Петров П.П., Title, …"), which GOST never writes (its
    heading ends with a full stop, "Иванов И.И., Петров П.П. Title")?"""
    head = split_head(body.strip())
    return head is not None and _ONE_NAME.match(head[2]) is None


def parse(body: str) -> Fields | None:
    """Fields of a comma-style entry with ``Family I.`` names (see the module doc), or
    None."""
    head = split_head(body.strip())
    if head is None:
        return None
    names, head_year, rest = head
    rest = _AFTER.sub("", rest.strip().rstrip("."))
    m = _ARTICLE.match(rest)
    if m is not None:
        title = m.group("title")
        return Fields(
            "initials-after",
            names,
            title.strip() if title else None,
            year_of(m.group("year") or m.group("year2")),
            container=m.group("journal").strip(),
            volume=m.group("volume"),
            issue=m.group("issue") or m.group("issue2"),
            pages=_dash(m.group("pages") or m.group("pages2")),
            untitled=title is None,
        )
    m = _IN_VOLUME_YEAR.match(rest)
    if m is not None:
        return Fields(
            "initials-after",
            names,
            m.group("title").strip(),
            year_of(m.group("year")),
            container=m.group("journal").strip(),
            volume=m.group("volume"),
            pages=_dash(m.group("pages")) if m.group("pages") else None,
            kind=RefKind.ARTICLE,
        )
    m = _QUOTED.match(rest) or _year_first(rest) or _IN_JOURNAL.match(rest)
    if m is not None:
        tail = m.group("tail")
        volume, issue, pages = _T_VOL.search(tail), _T_ISSUE.search(tail), _T_PAGES.search(tail)
        return Fields(
            "initials-after",
            names,
            m.group("title").strip(),
            year_of(m.group("year")),
            container=m.group("journal").strip(),
            volume=volume.group("v") if volume else None,
            issue=issue.group("i") if issue else None,
            pages=_dash(pages.group("p")) if pages else None,
        )
    unpublished = unpublished_article(rest)
    if unpublished is not None:  # "« Title », Revue, à paraître", "« Title », soumis"
        return Fields(
            "initials-after",
            names,
            unpublished[0],
            year_of(head_year),
            container=unpublished[1],
            kind=RefKind.ARTICLE,
        )
    placed = placed_book(rest)
    if placed is not None:  # "Title, trad. F. Brun, Paris, L'Équerre, 1981"
        return Fields(
            "initials-after",
            names,
            placed.title,
            year_of(placed.year),
            publisher=placed.publisher,
            place=placed.place,
            book=not placed.report,
            kind=RefKind.REPORT if placed.report else None,
        )
    locator = _LOCATOR.search(rest)
    if locator is not None:
        rest = rest[: locator.start()]
    m = _BOOK.match(rest)
    year = m and (m.group("year") or m.group("year2") or m.group("year3") or head_year)
    if m is not None and year:
        return Fields(
            "initials-after",
            names,
            (m.group("title") or m.group("title3")).strip(),
            year_of(year),
            publisher=(
                m.group("publisher") or m.group("publisher2") or m.group("publisher3")
            ).strip(),
            place=m.group("place") or m.group("place2") or m.group("place3"),
            pages=_dash(locator.group("p")) if locator is not None else None,
            book=True,
        )
    return None


def _year_first(rest: str) -> re.Match[str] | None:
    """:data:`_YEAR_FIRST`'s match of ``rest``, unless its "journal" is a known place: a
    book's imprint with the page after the year ("История края, Наука, Москва, 1998, с. 7")."""
    m = _YEAR_FIRST.match(rest)
    if m is None or is_place(m.group("journal")):
        return None
    return m


def _dash(pages: str) -> str:
    return re.sub(r"\s?[-–]\s?", "–", pages)
