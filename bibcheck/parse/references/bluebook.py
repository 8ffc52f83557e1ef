"""Legal (Bluebook) citations of articles and books, as law reviews write them.

::

    Priya Natarajan, Port Charges and Judicial Review, 64 Stan. L. Rev. 1187, 1201–09 (2012).
    Richard Ashworth, The Law of Ports and Harbours 12–19 (2d ed. 2014).

An article is ``Author, Title, volume Journal first-page[, pinpoint] (year)``;
a book ``Author, Title pinpoint (edition / publisher year)``.  Cases and
statutes (``Hale v. Port of Bristol, ...``) have no author and title in this
sense and are left to the generic parser.
"""

from __future__ import annotations

import re

from bibcheck.parse.references.patterns import SURNAME, U
from bibcheck.parse.references.shared import Fields, split_people, year_of

_PERSON = rf"[{U}][\w'’-]+(?:\s[{U}]\.)*(?:\s[{U}][\w'’-]+)?\s{SURNAME}"
_AUTHORS = rf"(?P<authors>{_PERSON}(?:(?:,\s|\s&\s|,?\sand\s){_PERSON})*)"
_ARTICLE = re.compile(
    rf"^{_AUTHORS},\s(?P<title>[^,]+(?:,[”’\"]?\s[^,\d][^,]*)*?),\s(?P<vol>\d+)\s"
    r"(?P<journal>[A-Z][\w.&’' ]*?)\s(?P<page>\d+)(?:,\s(?P<pin>[\d–-]+))?"
    r"\s\((?P<year>\d{4})\)(?!:)"
)
_QUOTES = re.compile(r"^[“”\"«»]")  # a quoted title is Chicago's; quotes inside are not
# Student work is marked after the author: "Lexi Rubow, Note, Title, 28 Berkeley ..."
_DESIGNATION = re.compile(r"^(?:Note|Comment|Recent\s(?:Case|Development)s?|Book\sNote),\s")
_BOOK = re.compile(
    rf"^{_AUTHORS},\s(?P<title>[^()]+?)(?:,?\s(?:at\s)?(?P<pin>\d+(?:[–-]\d+)?))?"
    r"\s\((?P<facts>[^()]*?)(?P<year>\d{4})\)(?!:)"
)


def parse(body: str) -> Fields | None:
    """Bluebook fields, or None when ``body`` has neither shape."""
    m = _ARTICLE.match(body)
    if m is not None and " v. " not in m.group("title") and not _QUOTES.search(m.group("title")):
        return Fields(
            "bluebook",
            split_people(m.group("authors")),
            _DESIGNATION.sub("", m.group("title")),
            year_of(m.group("year")),
            container=m.group("journal"),
            volume=m.group("vol"),
            pages=m.group("pin") or m.group("page"),
        )
    m = _BOOK.match(body)
    if (
        m is not None
        and " v. " not in m.group("title")
        and not _QUOTES.search(m.group("title"))
        and not _facts_foreign(m.group("facts"))
    ):
        publisher = re.sub(r"^\s*\d+\w*\s+ed\.\s*", "", m.group("facts")).strip(" ,") or None
        return Fields(
            "bluebook",
            split_people(m.group("authors")),
            _DESIGNATION.sub("", m.group("title")),
            year_of(m.group("year")),
            pages=m.group("pin"),
            publisher=publisher,
        )
    return None


def _facts_foreign(facts: str) -> bool:
    """``(Place: Publisher, 2010)`` and ``12, no. 3 (2018)`` are Chicago's, not Bluebook's."""
    return ":" in facts or "no." in facts
