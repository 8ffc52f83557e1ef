"""References whose authors are a natural-order list (:mod:`.namelist`).

``Ólafur G. Flóvenz, Gunnar Gunnarsson, Ragnar Ásmundsson og Steinunn Hauksdóttir
(2015). Title.`` (APA), ``Kari Nordmann, Ola Hansen og Per Berg (2016) Title.``
(Harvard), ``Qingzhou Luo, Farah Hariri, Lamyaa Eloussi, and Darko Marinov. "Title." In
_Proceedings_, 643–653. 2014.`` (Chicago and MLA lists that do not invert the first name).
Without this, the parser of a note (``Ali Basiri, Title``) takes the first name for the
author and the other names for the title.  :func:`parse` reads the list and hands what
follows to the style it has: a year in parentheses (APA with a period after it, Harvard
without, see :mod:`.apa` and :mod:`.harvard`), or a quoted or italic title after the
names' period (read here; no one style writes every name in natural order, so the style
stays ``generic``).
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import apa, harvard, role_marks
from bibcheck.parse.references.namelist import NATURAL_LIST, split_names
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

__all__ = ["parse"]

_LIST = lazy_compile(
    rf"^(?P<names>{NATURAL_LIST})"
    rf"(?P<editors>,\s(?:{role_marks.alternation(role_marks.ABBREVIATED)})(?=\.))?"
    r"(?P<after>\s\((?:1[5-9]|20)\d\d[a-z]?\)[.,]?\s.+|\.\s.+)$"
)


def parse(body: str) -> Fields | None:
    """Fields of a reference whose authors are a natural-order list, or None."""
    m = _LIST.match(body)
    if m is None:
        return None
    people = split_names(m.group("names"))
    after = m.group("after")
    if after.startswith(" ("):  # APA "(2015). Title. ...", Harvard "(2016) Title. ..."
        found = apa.parse(body) or harvard.parse(body)
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
            "generic",
            people,
            italic.group("title").strip(" ,."),
            year_of(last_year(imprint)),
            publisher=publisher,
            place=place,
            book=True,
        )
    return None


_VOLUME = lazy_compile(r"^(?P<vol>\d+)(?:,\s?no\.\s?(?P<iss>\d+))?")
_YEAR_IN_PARENS = lazy_compile(r"\((?:[^()]*?\s)?((?:1[5-9]|20)\d\d)\)")


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
        "generic",
        people,
        title,
        year_of(year.group(1) if year else last_year(tail)),
        container=container,
        volume=volume.group("vol") if volume else None,
        issue=volume.group("iss") if volume else None,
        pages=pages(tail),
        chapter=chapter and container is not None,
    )
