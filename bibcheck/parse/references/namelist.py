"""Author lists written in natural order, every name given name first, joined by a
conjunction of the document's language.

``Ólafur G. Flóvenz, Gunnar Gunnarsson, Ragnar Ásmundsson og Steinunn Hauksdóttir
(2015). Title.`` (APA in Icelandic), ``Qingzhou Luo, Farah Hariri, Lamyaa Eloussi, and
Darko Marinov. "Title." In _Proceedings_, 643–653. 2014.`` (Chicago and MLA lists that do
not invert the first name).  The conjunction may be English ``and``/``&``, Icelandic,
Norwegian and Danish ``og``, Swedish ``och``, Dutch and Afrikaans ``en``, German ``und``,
Welsh ``a``/``ac``, French ``et``, Spanish ``y``, Italian and Portuguese ``e``, Polish and
Croatian ``i``, Hungarian ``és``, Finnish ``ja``.  A name in ``Surname, I.`` form may
stand among them (``Sigurður R. Gíslason og Oelkers, E. H. (2014).``).

Without this, the parser of a note (``Ali Basiri, Title``) takes the first name for
the author and the other names for the title.  :func:`parse` reads the list and hands
what follows to the style it has: a year in parentheses and a period (APA, see
:mod:`.apa`), or a quoted or italic title after the names' period.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.parse.references import apa
from bibcheck.parse.references.patterns import INITIALS, SURNAME, L, U
from bibcheck.parse.references.shared import (
    Fields,
    emphasized,
    last_year,
    pages,
    place_publisher,
    quoted,
    quoted_text,
    year_of,
)

__all__ = ["CONJUNCTIONS", "parse", "split_names"]

CONJUNCTIONS = r"(?:and|&|og|och|en|und|a|ac|et|y|e|i|és|ja)"
# A given name: a word or an initial ("Ólafur G. Flóvenz", "Haryadi S. Gunawi")
_GIVEN = rf"[{U}](?:[{L}'’-]+|\.)"
_NATURAL = rf"{_GIVEN}(?:\s(?:{_GIVEN}|[{U}]\.)){{0,2}}\s{SURNAME}"
_INVERTED = rf"{SURNAME},\s{INITIALS}"
_PERSON = rf"(?:{_NATURAL}|{_INVERTED})"
_LIST = re.compile(
    rf"^(?P<names>{_NATURAL}(?:,\s{_PERSON}){{0,30}},?\s{CONJUNCTIONS}\s{_PERSON})"
    r"(?P<editors>,\s(?:eds?|Hrsg|red|éds?)\.)?"
    r"(?P<after>\s\((?:1[5-9]|20)\d\d[a-z]?\)\.\s.+|\.\s.+)$"
)
# (a comma before initials that end a name is inside "Oelkers, E. H.": "N. A. Lynch" is a name)
_SPLIT = re.compile(rf",?\s{CONJUNCTIONS}\s|,\s(?!{INITIALS}(?:,|\s{CONJUNCTIONS}\s|$))")


def split_names(names: str) -> tuple[str, ...]:
    """``A B, C D og E F`` -> the names; ``Oelkers, E. H.`` stays one name."""
    return tuple(p.strip(" ,") for p in _SPLIT.split(names) if p.strip(" ,"))


def parse(body: str) -> Fields | None:
    """Fields of a reference whose authors are a natural-order list, or None."""
    m = _LIST.match(body)
    if m is None:
        return None
    people = split_names(m.group("names"))
    after = m.group("after")
    if after.startswith(" ("):  # APA: "(2015). Title. ..."
        found = apa.parse(body)
        return replace(found, authors=people) if found is not None else None
    rest = after[2:]
    title = quoted(rest)
    if title is not None and title.start() == 0:
        return _article(people, quoted_text(title), rest[title.end() :].lstrip(" ,.;:"))
    italic = emphasized(rest)
    if italic is not None:  # a book: "_Title_. Sebastopol, CA: O'Reilly, 2022."
        imprint = rest[italic.end() :]
        place, publisher = place_publisher(imprint)
        return Fields(
            "chicago",
            people,
            italic.group("title").strip(" ,."),
            year_of(last_year(imprint)),
            publisher=publisher,
            place=place,
            book=True,
        )
    return None


_VOLUME = re.compile(r"^(?P<vol>\d+)(?:,\s?no\.\s?(?P<iss>\d+))?")
_YEAR_IN_PARENS = re.compile(r"\((?:[^()]*?\s)?((?:1[5-9]|20)\d\d)\)")


def _article(people: tuple[str, ...], title: str, rest: str) -> Fields:
    """After ``"Title."``: ``In _Book_, 1–16. 2016.`` or ``_Journal_ 33, no. 3 (2016): 35–41.``
    or a site and date (``martinfowler.com, May 27, 2016.``)."""
    chapter = rest.startswith(("In ", "in "))
    host_text = rest[3:] if chapter else rest
    italic = emphasized(host_text)
    container = italic.group("title").strip(" ,.") if italic else None
    tail = host_text[italic.end() :].lstrip(" ,") if italic else host_text
    volume = _VOLUME.match(tail) if italic and not chapter else None
    year = _YEAR_IN_PARENS.search(tail)
    return Fields(
        "chicago",
        people,
        title,
        year_of(year.group(1) if year else last_year(tail)),
        container=container,
        volume=volume.group("vol") if volume else None,
        issue=volume.group("iss") if volume else None,
        pages=pages(tail),
        chapter=chapter and container is not None,
    )
