"""Entries that give the title first, then who wrote or issued the work.

Some medical reference lists and lists of grey literature put the title before the
authors: ``Drinking water quality and health outcomes. Smith J, Lee K. Environ Health
2019; 18(1): 22-31.`` (a sentence, a Vancouver author list, a journal and its year) or
``Annual report on communicable diseases. Ministry of Health, Jakarta, 2018.`` (a
sentence, an organisation, its place and year).  Read in order, the title is taken for
the authors and the authors for the title.  :func:`author_first` gives such an entry in
the order the parsers read (``Smith J, Lee K. Drinking water quality and health
outcomes. Environ Health 2019; 18(1): 22-31.``; ``Ministry of Health. Annual report on
communicable diseases. Jakarta: Ministry of Health; 2018.``), so the title, the authors
and the journal, place and publisher fall in their own fields.

Only these shapes are taken: the first sentence is no author list itself (an
author-first entry, ``Smith J, Lee K. Title. Journal 2019``, is left alone), it has two
words or more, and what follows the names is a journal's name and its year (or an
organisation's name, a place and a year, nothing else).  Linear in the entry's length.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.corporate import is_organisation

__all__ = ["author_first"]

# one author as Vancouver writes the name: family name (particles and all), initials
_FAMILY = r"(?:(?:van|von|de|der|den|da|di|del|della|du|dos|das|ter|ten|le|la|al|el)\s)*"
# a word of it taken whole, once (atomic: the run splits around its lower-case letter in as
# many ways as it has such letters, and a list of names that fails to end in a journal tried
# every split of every name -- "Oxford UP, Oxford UP, …" took time exponential in its length)
_WORD = r"(?>[A-Z][\w'’-]*[a-zà-ÿ][\w'’-]*)"
_FAMILY += rf"{_WORD}(?:\s{_WORD})?"
_AUTHOR = rf"{_FAMILY}\s[A-Z]{{1,3}}(?:-[A-Z])?(?![\w'’-])(?:\s(?:Jr|Sr|II|III|2nd|3rd))?"
_AUTHORS = rf"{_AUTHOR}(?:,\s{_AUTHOR}){{0,29}}(?:,?\s(?:et\sal|et\sal\.|and\sothers))?"
_AUTHOR_LIST = lazy_compile(_AUTHORS)
# a title sentence, the authors, then a journal (no comma in its name) and its year
# ("Environ Health 2019; 18…")
_ARTICLE = lazy_compile(
    rf"(?P<title>[^\W\d_][^.?!]*[^\s.?!])(?P<end>[.?!])\s+(?P<authors>{_AUTHORS})\.\s+"
    r"(?P<rest>(?P<journal>[A-Z][^\d;:,()\[\]]{1,100}?)\.?\s(?:1[6-9]|20)\d\d[a-z]?"
    r"(?:\s?[;:.,(]|\s[A-Z][a-z]{2}\b|$).*)",
    re.S,
)
# a title sentence, the organisation, its place and year ("…. Ministry of Health,
# Jakarta, 2018.")
_REPORT = lazy_compile(
    r"(?P<title>[^\W\d_][^.]*[^\s.])\.\s+(?P<org>[A-Z][^.,;:\d]{2,120}?)[,:]\s"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}(?:,\s[A-Z]{2})?)[,;]\s"
    r"(?P<year>(?:1[6-9]|20)\d\d)\.?",
)
_LEAST_WORDS = 2  # a title is a phrase, not one word ("Editorial")


def _title_like(title: str) -> bool:
    """Is ``title`` a phrase and no author list or organisation's name?"""
    return (
        len(title.split()) >= _LEAST_WORDS
        and _AUTHOR_LIST.match(title) is None
        and not is_organisation(title)
    )


def author_first(text: str) -> str | None:
    """``text`` rewritten author first when it gives the title first (see the module
    docstring), else None."""
    flat = " ".join(text.split())
    m = _ARTICLE.fullmatch(flat)
    if m is not None and _title_like(m.group("title")):
        title = m.group("title") + m.group("end")
        return f"{m.group('authors')}. {title} {m.group('rest')}"
    r = _REPORT.fullmatch(flat)
    if r is not None and _title_like(r.group("title")) and is_organisation(r.group("org")):
        org, place, year = r.group("org"), r.group("place"), r.group("year")
        return f"{org}. {r.group('title')}. {place}: {org}; {year}."
    return None
