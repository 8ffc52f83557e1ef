"""A standard cited by its designation first, its title running to a humanities imprint.

German (and Central European) notes and lists cite a standard as they cite a book: the
designation, a comma or a colon, the title with its subtitle, then the place and the year,
perhaps the publisher, and in a note the passage cited::

    DIN 4108-2:2013-02, Wärmeschutz und Energie-Einsparung in Gebäuden – Teil 2:
        Mindestanforderungen an den Wärmeschutz, Berlin 2013, Abschn. 5.1.
    DIN 18040-1:2010-10: Barrierefreies Bauen. Planungsgrundlagen, Berlin: Beuth 2010.

:func:`titled` reads ``(designation, title, year)``: the title is everything between the
designation and the imprint -- a subtitle after a full stop is the title's -- and the
place, the publisher and the year are no part of it (nor the ``Abschn.``/``S.``/``Nr.``
locator after them).  The year is the designation's (``:2013-02``) or else the imprint's.
A standard with no such imprint is left to :func:`.italic_titled.leading_standard`.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.italic_titled import DESIGNATION_CORE
from bibcheck.parse.references.patterns import L, U
from bibcheck.parse.references.shared import year_of
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["titled"]

_LEADING = lazy_compile(rf"^(?P<designation>{DESIGNATION_CORE})[,:]\s(?P<rest>.+)$")
# a word of the document's own date or state, no place: ", Ausgabe 2008", ", Stand 2019",
# ", Fassung 2010", ", Entwurf 2021"
_DATE_WORD = (
    r"(?:Ausgabe|Stand|Fassung|Entwurf|Version|Edition|Aufnahme|Januar|Februar|März|April|Mai"
    r"|Juni|Juli|August|September|Oktober|November|Dezember)\b"
)
# the place (capitalised words, "a. M.", places joined by a slash), perhaps ": Publisher",
# the year; then the end or the passage cited after a comma (a word, no state's code: in
# "Title. Reston, VA: Society, 2017" the title ends at its full stop)
_IMPRINT = lazy_compile(
    rf",\s(?!{_DATE_WORD})(?P<place>[{U}][{L}][\w'’-]*(?:(?:\s|\s?/\s?)(?:a\.\s?M\.|[{U}][\w'’-]*)){{0,3}})"
    rf"(?::\s(?P<publisher>[^,:;()\d]{{2,60}}?)(?P<comma>,)?)?\s(?P<year>{_YEAR})(?=\.?$|[,;]\s)"
)
_BODY_INITIALS = lazy_compile(r",\s[A-Z]{2,8}$")
# the title's last sentence a city's name alone: "Title. Geneva, Switzerland: ISO, 2010" has
# the English imprint after the title's sentence, its country or state no German place
_CITY_SENTENCE = lazy_compile(rf"\.\s[{U}][\w'’-]+(?:\s[{U}][\w'’-]+){{0,2}}$")


def titled(rest: str) -> tuple[str, str, int | None] | None:
    """``(designation, title, year)`` of a standard cited designation first with a place
    and year after its title (module doc), or None."""
    m = _LEADING.match(rest)
    if m is None:
        return None
    after = m.group("rest")
    if after[:1] in "*_":
        return None  # (an italic title says where it ends: :func:`.leading_standard`)
    imprint = _IMPRINT.search(after)
    if imprint is None:
        return None
    # (the issuing body's initials before the place are no part of it: "…, UNI, Milano 2005")
    title = _BODY_INITIALS.sub("", after[: imprint.start()]).strip(" ,.")
    if imprint.group("comma") and _CITY_SENTENCE.search(title):
        return None
    if len(title) < 4 or not (title[0].isupper() or not title[0].isalnum()):
        return None
    year = m.group("year") or m.group("year2") or imprint.group("year")
    return m.group("designation"), title, year_of(year).year
