"""Royal Society of Chemistry (RSC) references, as chemistry journals and lab reports write
them: initials first, names joined by commas and a final ``and``, then the title, then an
article's abbreviated journal, year, volume and first page, or a book's edition, publisher,
place and year, all joined by commas::

    A. B. Author and C. Other, Title of paper, J. Chem. Educ., 1998, 75, 1203.
    A. B. Author, C. Other and D. Third, Title of Book, 3rd edn., Publisher, Place, 2012.
    A. B. Author and C. Other (eds.), Title, Publisher, Cambridge, MA, 2005.

The journal's name and the book's title are italic and the volume bold when typeset; this
parser reads the plain text (Markdown's marks read through: :mod:`.mdemphasis`), so it asks
for the whole shape from the names to the final year before it claims a reference.

Most RSC journals print an article with no title at all (:func:`titleless`)::

    M. M. Lee, J. Teuscher and H. J. Snaith, Science, 2012, 338, 643–647.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.mdemphasis import unmarked
from bibcheck.parse.references.patterns import INITIALS, SURNAME, U
from bibcheck.parse.references.shared import Fields, has_publisher_word, split_people, year_of
from bibcheck.parse.years import YEAR

__all__ = ["parse", "titleless"]

_PERSON = rf"{INITIALS}\s?{SURNAME}"
_NAMES = rf"(?P<names>{_PERSON}(?:,\s{_PERSON})*(?:,?\sand\s{_PERSON})?)"
# (editors say so after the names: "(eds.)", "(ed.)", ", eds.")
_EDITORS = rf"(?P<editors>\s{role_marks.MARK}|{role_marks.COMMA_MARK})?"  # :mod:`.role_marks`
_YEAR = rf"(?P<year>{YEAR})"
_ARTICLE = lazy_compile(
    rf"^{_NAMES}{_EDITORS},\s(?P<title>[^,].+?),\s(?P<journal>[{U}][^,:;]{{1,80}}?),\s{_YEAR},\s"
    r"(?P<vol>\d{1,4})(?:\s?\((?P<iss>\w{1,6})\))?,\s"
    r"(?P<pages>[A-Za-z]?\d+(?:\s?[-–]\s?[A-Za-z]?\d+)?)\.?$"
)
# names, then at once the journal, year, volume and first page (no title)
_UNTITLED = lazy_compile(
    rf"^{_NAMES},\s(?P<journal>[{U}][^,:;]{{1,80}}?),\s{_YEAR},\s"
    r"(?P<vol>\d{1,4})(?:\s?\((?P<iss>\w{1,6})\))?,\s"
    r"(?P<pages>[A-Za-z]?\d+(?:\s?[-–]\s?[A-Za-z]?\d+)?)\.?$"
)
# a "journal" that is one more person ("…, A. Roe, B. Lee, 2012, 4, 5"): no journal's name
_PERSON_ALONE = lazy_compile(_PERSON)
_EDITION = r"(?P<edition>\d{1,2}(?:st|nd|rd|th)\s(?:edn|ed|edition)\.?|Rev(?:ised)?\.?\sedn?\.?)"
_BOOK = lazy_compile(
    rf"^{_NAMES}{_EDITORS},\s(?P<title>[^,].+?),\s(?:{_EDITION},\s)?"
    rf"(?P<pub>[{U}][^,:;\d]{{1,80}}?),\s(?P<place>[{U}][^,:;\d]{{1,40}}?(?:,\s[{U}]{{2}})?),\s"
    rf"{_YEAR}\.?$"
)

# the last part of the "title" names a report's series and number or a thesis
_GENRE_OR_NUMBER = lazy_compile(
    r",\s[^,]*(?:\d|\b(?:[Tt]hesis|[Dd]issertation|[Rr]eport|Monograph|Memo(?:randum)?"
    r"|[Pp]aper|Note|Bulletin|Circular)\b)[^,]*$"
)


def titleless(body: str) -> Fields | None:
    """The fields of an RSC article printed with no title (``A. Roe and B. Lee, J. Am.
    Chem. Soc., 2009, 131, 6050.``), or None when ``body`` lacks that whole shape."""
    article = _UNTITLED.match(unmarked(body.strip()))
    if article is None or _PERSON_ALONE.fullmatch(article.group("journal")):
        return None
    return Fields(
        "rsc",
        split_people(article.group("names")),
        None,
        year_of(article.group("year")),
        container=article.group("journal").strip(),
        volume=article.group("vol"),
        issue=article.group("iss"),
        pages=article.group("pages"),
        untitled=True,
    )


def parse(body: str) -> Fields | None:
    """RSC fields of ``body`` (URL-, DOI- and access-date-free text), or None when it does
    not have the whole shape."""
    body = unmarked(body.strip())
    untitled = titleless(body)
    if untitled is not None:
        return untitled
    article = _ARTICLE.match(body)
    if article is not None:
        return Fields(
            "rsc",
            split_people(article.group("names")),
            article.group("title").strip(),
            year_of(article.group("year")),
            container=article.group("journal").strip(),
            volume=article.group("vol"),
            issue=article.group("iss"),
            pages=article.group("pages"),
        )
    book = _BOOK.match(body)
    if book is None:
        return None
    if _GENRE_OR_NUMBER.search(book.group("title")):
        return None  # "Title, CRREL Monograph 81-2, …", "Title, Doctoral thesis, …": no book's
    publisher = book.group("pub").strip()
    place = book.group("place").strip()
    # (without an edition the publisher must name itself one, or the place carry its state:
    # "Title, Part A, Wiley, New York, 2001" is no less a book, but "Title, Sub, X, Y, 2001"
    # says nothing)
    if not (
        book.group("edition")
        or has_publisher_word(publisher)
        or re.search(r",\s[A-Z]{2}$", place)
        or book.group("editors")
    ):
        return None
    return Fields(
        "rsc",
        split_people(book.group("names")),
        book.group("title").strip(),
        year_of(book.group("year")),
        publisher=publisher,
        place=place,
        book=True,
    )
