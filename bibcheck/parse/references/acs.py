"""ACS-style references, as MDPI and many chemistry and engineering journals print them.

``Basner, M.; Babisch, W.; Davis, A. Auditory and non-auditory effects of noise on
health. Lancet 2014, 383, 1325–1332.`` -- surname and initials, authors separated by
``;``, no year after the names; the title is the first sentence; then the abbreviated
journal, the year, the volume (an issue in parentheses) and the pages.  A book:
``Title; Publisher: Place, Year.``, a chapter: ``Title. In Book; Editor, A., Ed.;
Publisher: Place, Year; pp. 1–10.``

One author alone (``Muzet, A. Environmental noise...``) is taken for this style only
when the rest has its journal or book shape, so ``Smith, J. Title. Place: Publisher,
2010.`` (Chicago with initials) stays with the other parsers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.parse.references.generic import split_sentences
from bibcheck.parse.references.patterns import SURNAME, U
from bibcheck.parse.references.shared import Fields, last_year, year_of

_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_PERSON = rf"{SURNAME}(?:[\s-]{SURNAME})?,\s[{U}]\.(?:\s?-?[{U}]\.)*"
_SHAPE = re.compile(
    rf"^(?P<authors>{_PERSON}(?:;\s?{_PERSON}){{0,40}})(?:;?\s?et\sal\.)?\s(?P<after>[^\s;].+)$"
)
_JOURNAL = re.compile(  # (an abbreviated journal has no comma: "J. Phys. Chem. A 2014, 118")
    rf"^(?P<journal>[^,;]+?)\s(?P<year>{_YEAR}),\s(?P<vol>\d+)(?:\s?\((?P<iss>[^)]+)\))?"
    r"(?:,\s(?P<pages>[\w–-]+))?"
)
_BOOK = re.compile(
    rf";\s(?P<publisher>[^:;]{{2,80}}):\s(?P<place>[^;]{{2,60}}),\s(?P<year>{_YEAR})"
)
_IN = re.compile(r"^In\s(?P<book>[^;]+);")


def parse(body: str) -> Fields | None:
    """ACS fields, or None when ``body`` lacks the ``Surname, I.; Surname, I. Title.`` shape."""
    m = _SHAPE.match(body)
    if m is None:
        return None
    people = tuple(p.strip() for p in m.group("authors").split(";"))
    after = m.group("after")
    sentences = split_sentences(after)
    if not sentences:
        return None
    first = sentences[0]
    book = _BOOK.search(first)
    if book is not None:  # "Title; Publisher: Place, 2018."
        # (a series between the title and the publisher is no part of the title: "Title;
        # JRC Scientific and Technical Reports; Publisher: Place, 2009")
        return Fields(
            "acs",
            people,
            first[: book.start()].split("; ")[0].strip(" ."),
            year_of(book.group("year")),
            publisher=book.group("publisher").strip(),
            place=book.group("place").strip(),
        )
    rest = after[len(first) :].strip()
    journal = _JOURNAL.match(rest)
    chapter = _IN.match(rest)
    if journal is None and chapter is None:
        return None  # semicolons between names alone are no ACS: its journal or "In" is
    fields = Fields("acs", people, first.rstrip(". "))
    if journal is not None:
        return replace(
            fields,
            container=journal.group("journal").strip(" ."),
            year=year_of(journal.group("year")),
            volume=journal.group("vol"),
            issue=journal.group("iss"),
            pages=journal.group("pages"),
        )
    if chapter is not None:
        in_book = _BOOK.search(rest)
        return replace(
            fields,
            container=chapter.group("book").strip(),
            chapter=True,
            publisher=in_book.group("publisher").strip() if in_book else None,
            place=in_book.group("place").strip() if in_book else None,
            year=year_of(in_book.group("year") if in_book else last_year(rest)),
        )
    return replace(fields, year=year_of(last_year(rest)))
