"""A standard cited by its designation first, its title in several sentence-like parts.

National standards bodies title a standard in parts -- the series, the subject, the part's
number and name -- and lists print each part as a sentence of its own, then the place and
the standards body that published it::

    SFS-EN ISO 17892-4:2016. Geotekninen tutkimus ja testaus. Maan laboratoriokokeet.
        Osa 4: Rakeisuuden määritys. Helsinki: Suomen Standardisoimisliitto SFS.
    BS EN 1992-1-1:2004. Eurocode 2. Design of concrete structures. Part 1-1: General
        rules. London: BSI.
    DIN EN 1991-1-4:2010-12. Eurocode 1. Einwirkungen auf Tragwerke. Teil 1-4: Windlasten.
        Berlin: Beuth.

:func:`titled` reads the title as every part between the designation and that imprint (a
known place, a colon, the body's name, a year perhaps): the title of such a standard runs
to its imprint, not to its first full stop.  The year is the designation's or else the
imprint's.  An entry whose last sentence is no such imprint is left to
:func:`.italic_titled.leading_standard`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.italic_titled import DESIGNATION_CORE
from bibcheck.parse.references.patterns import U
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.shared import year_of
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["StandardParts", "titled"]

# (the designation closed by a full stop, or by a space alone before the title's capital:
# "SFS-EN ISO 14688-1:2018 Geotekninen tutkimus …", "DIN 1505-2 Titelangaben …")
_LEADING = lazy_compile(
    rf"^(?P<designation>{DESIGNATION_CORE})(?:\.\s|(?<!\.)\s(?=[{U}]))(?P<rest>[{U}].+)$"
)
_PLACE = rf"[{U}][\w'’-]+(?:\s[{U}][\w'’-]+){{0,2}}"
# the year after the imprint, after a comma or as a sentence of its own
_YEAR_AFTER = rf"(?:[,.]\s(?P<year>{_YEAR}))?\.?$"
# the imprint closing the entry: the place (up to three words, hyphened ones too: "La
# Plaine Saint-Denis"), a colon or a comma, the body (no full stop, colon or semicolon in
# its name), its year perhaps ("Helsinki: SFS.", "Helsinki, Suomen Standardisoimisliitto
# SFS.", "Berlin, Beuth Verlag, 1984.")
_IMPRINT = lazy_compile(
    rf"\.\s(?P<place>{_PLACE})(?:\s?:|,)\s(?P<publisher>[{U}][^.:;]{{1,80}}?){_YEAR_AFTER}"
)
# ... or the body first, then its place: "AFNOR, Paris.", "Beuth Verlag, Berlin, 2010."
_BODY_PLACE = lazy_compile(
    rf"\.\s(?P<publisher>[{U}][^.:;,]{{0,80}}?),\s(?P<place>{_PLACE}){_YEAR_AFTER}"
)


@dataclass(frozen=True, slots=True)
class StandardParts:
    """A designation-first standard's designation, its whole title, year and imprint."""

    designation: str
    title: str
    year: int | None
    place: str
    publisher: str


def titled(rest: str) -> StandardParts | None:
    """The standard ``rest`` cites, designation first, its title's parts up to a closing
    ``Place: Body`` imprint (module doc), or None."""
    m = _LEADING.match(" ".join(rest.split()))
    if m is None:
        return None
    after = m.group("rest")
    imprint = _imprint(after)
    if imprint is None:
        return None
    title = after[: imprint.start()].strip(" .")
    if len(title) < 4:
        return None
    year = m.group("year") or m.group("year2") or imprint.group("year")
    return StandardParts(
        m.group("designation"),
        title,
        year_of(year).year if year else None,
        imprint.group("place"),
        imprint.group("publisher").strip(),
    )


def _imprint(after: str) -> re.Match[str] | None:
    """The ``Place: Body`` (``Place, Body``; ``Body, Place``) imprint closing ``after``, its
    place a known one, or None."""
    for pattern in (_IMPRINT, _BODY_PLACE):
        found = pattern.search(after)
        if found is not None and is_place(found.group("place")):
            return found
    return None
