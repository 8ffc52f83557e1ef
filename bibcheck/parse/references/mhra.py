"""MHRA and Oxford references with a title in single quotes (British notes-bibliography).

Notes name the authors in natural order, bibliographies invert the first one only; the
title of an article or chapter is in single quotes with the comma outside them, the
journal's volume and issue are joined by a period and the year stands in parentheses
before the pages::

    L. H. Smith and J. Doe, 'Title of the Article', Journal of Things, 28.4 (2002), 1987–93
    Smith, L. H., J. Doe and others, 'Title', Journal of Things, 12 (2018), 45–67
    P. Jones and others, 'A Chapter', in A Book, ed. by A. Editor (London: Sage, 2010), pp. 1–9

"and others" is MHRA's "et al.".  The year is the one in the parentheses after the
volume, never the first page of a range (``1987–93``).  Titles in italics are read by
:mod:`.chicago`, whose notes have the same shape.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.patterns import INITIALS, SURNAME, SURNAME_PLAIN, U
from bibcheck.parse.references.quote_pairs import SINGLE_OPENINGS
from bibcheck.parse.references.shared import Fields, locator, place_publisher, year_of
from bibcheck.parse.years import YEAR_BOUNDED

_GIVEN = rf"[{U}][\w'’]+(?:-[{U}][\w'’]+)?"  # "John", "Jean-Paul"
# "L. H. Aiken", "Jane Smith", "Jane B. Smith", "Mary Jane Doe", "Ann Le Roy"
_NATURAL = (
    rf"(?:{INITIALS}\s|(?!(?:The|A|An)\s){_GIVEN}\s(?:{_GIVEN}\s)?(?:{INITIALS}\s)?)"
    rf"{SURNAME}(?:\s{SURNAME_PLAIN})?"
)
# "Aiken, L. H.", "Smith, Jane", "Smith, Jane B."
_INVERTED = rf"{SURNAME},\s(?:{INITIALS}|{_GIVEN}(?:\s{INITIALS})?)"
# An organisation as author: "Royal College of Nursing", "The Shelford Group"
_ORGANISATION = rf"[{U}][\w&'’-]+(?:\s(?:of|for|and|in|on|the|&|[{U}][\w&'’-]+)){{0,8}}"
_OTHERS = r"(?:,?\s(?:and\sothers|et\sal\.?))"
_PEOPLE = (
    rf"(?:{_INVERTED}|{_NATURAL})(?:,\s{_NATURAL})*(?:,?\s(?:and|&)\s{_NATURAL})?{_OTHERS}?"
    # the inverted first name's initials end with a period: "Aiken, L. H., and others"
)
# (an editor's mark, :mod:`.role_marks`, or English's written loosely: " eds", ", ed")
_EDITORS = rf"(?:,?\s{role_marks.MARK}|{role_marks.COMMA_MARK}|,?\s\(?eds?\.?\)?)?"
# The names, then the title in single quotes: the comma after it outside the quotes (MHRA)
# or inside them ("‘Title,’").
_HEAD = lazy_compile(
    rf"^(?P<names>{_PEOPLE}|{_ORGANISATION}){_EDITORS},\s(?P<open>[{SINGLE_OPENINGS}])"
    r"(?P<title>.+?)(?:['’],|,['’])\s(?P<tail>.+)$"
)
# "Journal, 288.16 (2002), 1987–93", "Journal, 12 (2018)", "Journal 12, no. 3 (2018): 45"
_JOURNAL = lazy_compile(
    r"^(?P<journal>[^()]+?),?\s(?P<vol>\d+|[IVXLC]+)"
    r"(?:\.(?P<iss>[\w/-]+)|,\sno\.\s?(?P<iss2>[\w/-]+))?"
    r"\s\((?P<date>[^()]*?(?P<year>(?:1[5-9]|20)\d\d)[^()]*)\)(?P<after>.*)$"
)
_WITHIN = lazy_compile(
    # (first that the parentheses hold a year and close, once: else every place the book
    # could end at would try them again)
    r"^in\s(?=[^()]*+\((?=[^()]*?\d{4})[^()]*+\).*$)"
    r"(?P<book>[^()]+?)(?:,\s(?:ed(?:\.|ited)|trans\.)\s[^()]*?)?"
    r"\s?\((?P<facts>[^()]*\d{4}[^()]*)\)(?P<after>.*)$"
)
_YEAR = lazy_compile(YEAR_BOUNDED)


def parse(body: str) -> Fields | None:
    """MHRA/Oxford fields of a reference with a title in single quotes, or None."""
    head = _HEAD.match(body)
    if head is None:
        return None
    title = head.group("title").strip()
    if len(title) < 3:
        return None
    authors = _people(head.group("names"))
    tail = head.group("tail").strip(" .")
    journal = _JOURNAL.match(tail)
    if journal is not None:
        return Fields(
            "mhra",
            authors,
            title,
            year_of(journal.group("year")),
            container=journal.group("journal").strip(" ,"),
            volume=journal.group("vol"),
            issue=journal.group("iss") or journal.group("iss2"),
            pages=locator(journal.group("after").strip(" ,:")),
        )
    within = _WITHIN.match(tail)
    if within is not None:
        place, publisher = place_publisher(within.group("facts"))
        years = _YEAR.findall(within.group("facts"))
        return Fields(
            "mhra",
            authors,
            title,
            year_of(years[-1] if years else None),
            container=within.group("book").strip(" ,"),
            pages=locator(within.group("after").strip(" ,:")),
            place=place,
            publisher=publisher,
            chapter=True,
        )
    # (a newspaper, a website, a Dutch "Journal 2016, p. 12": other parsers read them)
    return None


# (a name in natural order starts a word and its first initial: tried again inside a long
# word, or after an initial of a run of them, it read the rest of the word or run from each
# letter, the square of its length)
_WORD_START = rf"(?<![\w'’])(?<![{U}]\.)(?<![{U}]\.\s)(?<![{U}]\.-)(?<![{U}]\.\s-)(?<![{U}]-)"
_PERSON = lazy_compile(rf"{_INVERTED}(?=,\s|$)|{_WORD_START}{_NATURAL}")
_PEOPLE_RE = lazy_compile(_PEOPLE)


def _people(names: str) -> tuple[str, ...]:
    """The people named, "and others" left out; an organisation is one author."""
    bare = re.sub(rf"{_OTHERS}$|{_EDITORS}$", "", names).strip(" ,")
    # (names that are no list of people are one author whatever _PERSON finds in them: it is
    # only run over a list, where each try starts a name; over an organisation's long word
    # it tried every capital in it to the word's end)
    if not _PEOPLE_RE.fullmatch(bare):
        return (bare,) if bare else ()
    found = tuple(m.group(0) for m in _PERSON.finditer(bare))
    return found or (bare,)
