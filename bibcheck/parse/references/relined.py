"""Entries whose own lines are their fields, as astronomy and physics bibliographies
(and the docutils citations of their Sphinx documentation) write them::

    Smith, J., Lee, K. 2020. ApJ, 900, 12.
    A study of binary black holes in galaxy mergers
    https://ui.adsabs.harvard.edu/abs/...

The first line holds the authors, the year and the journal with its volume and page; the
second the title.  Read as one run, the journal or "Authors Year" becomes the title.  A
title of either shape is a misread (:func:`misread_title`); :func:`relined` writes such an
entry in APA's order (``Authors (Year). Title. Journal, vol, page. URL``) for the parser.
"""

from __future__ import annotations

import re
from enum import Enum

from bibcheck.lazyre import lazy_compile

__all__ = ["Misread", "misread_title", "relined"]


class Misread(Enum):
    """How surely a title was misread."""

    NO = "no"
    POSSIBLE = "possible"  # "Paris 1919" may be a title: read again only if lines say so
    CERTAIN = "certain"  # a journal with its numbers, "et al.", or its own author and a year


# "ApJL, 951, 1", "Phys. Rev., 136, 1224", "MNRAS, 480(2), 2588": a journal and two or three
# numbers (one alone may close a title: "Bridges, 1736-1803")
_JOURNAL_NUMBERS = lazy_compile(r"^[^\W\d][^,\d:]{0,80}(?:,\s?[A-Za-z]?\d[\w()–-]*){2,3}\.?$")
# "et al." alone, as the names' end read as the title ("*et al.*", "et al", "et alii")
_ET_AL_ALONE = lazy_compile(r"^[*_]*et\.?\sal(?:\.|ii|ia)?[*_.]*$", re.IGNORECASE)
# "Peters 1964", "Kormendy & Ho 2013", "Smith et al. 2020a": names and a year alone
_AUTHOR_YEAR = lazy_compile(
    r"^[^\W\d][\w'’-]{0,40}(?:\s(?:&|and|et\sal\.?)(?:\s[^\W\d][\w'’-]{0,40})?){0,2}"
    r",?\s\(?\d{4}[a-z]?\)?\.?$"
)
# the first line: names (no digits), the year, a full stop, then the journal or nothing
_FIRST = lazy_compile(r"^(?P<authors>[^\d\n]{1,400}?)\s\(?(?P<year>\d{4}[a-z]?)\)?\.(?P<rest>.*)$")
_URL = lazy_compile(r"^(?:https?://|doi:|www\.)\S+$", 2)


def misread_title(title: str | None, authors: tuple[str, ...]) -> Misread:
    """A "title" that is a journal with its numbers or "et al." (certain), or a name and a
    year: certain when the name is one of the entry's authors, else possible ("Paris 1919"
    is a book)."""
    if not title:
        return Misread.NO
    text = title.strip()
    if _JOURNAL_NUMBERS.match(text) or _ET_AL_ALONE.match(text):
        return Misread.CERTAIN
    if not _AUTHOR_YEAR.match(text):
        return Misread.NO
    name = text.split()[0].casefold()
    surnames = {a.replace(",", " ").split()[0].casefold() for a in authors if a.split()}
    return Misread.CERTAIN if name in surnames else Misread.POSSIBLE


def relined(text: str) -> str | None:
    """``text`` (its lines joined by ``"\\n"``) in APA's order when its first line is
    ``Authors Year. [Journal, vol, page.]`` and its second a title; else None."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    first = _FIRST.match(lines[0])
    if first is None or _URL.match(lines[1]) or lines[1][0].isdigit():
        return None
    venue = first.group("rest").strip()
    if venue and not _JOURNAL_NUMBERS.match(venue):
        return None
    title = lines[1].rstrip(".")
    tail = " ".join(lines[2:])
    authors = first.group("authors").rstrip(" ,")
    parts = [f"{authors} ({first.group('year')}).", f"{title}.", venue, tail]
    return " ".join(p for p in parts if p)
