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

from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.italic_titled import DESIGNATION_CORE
from bibcheck.parse.references.patterns import U
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.shared import year_of
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["StandardParts", "titled"]

_LEADING = lazy_compile(rf"^(?P<designation>{DESIGNATION_CORE})\.\s(?P<rest>[{U}].+)$")
# the imprint closing the entry: the place (up to three words, hyphened ones too: "La
# Plaine Saint-Denis"), a colon, the body (no full stop, colon or semicolon in its name),
# its year perhaps
_IMPRINT = lazy_compile(
    rf"\.\s(?P<place>[{U}][\w'’-]+(?:\s[{U}][\w'’-]+){{0,2}})\s?:\s"
    rf"(?P<publisher>[{U}][^.:;]{{1,80}}?)(?:,\s(?P<year>{_YEAR}))?\.?$"
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
    imprint = _IMPRINT.search(after)
    if imprint is None or not is_place(imprint.group("place")):
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
