"""Bibliography entries of humanities essays: the first author inverted, the others not, then
an italic title (Markdown ``*Title*`` / ``_Title_``), then the facts.

``Lee, Kim, Sam Park, and Jo Chen, *2007 Ferry Report: Boats and Docks,* Boston: Harbour
Institute, 2007.`` (the names end with a comma, and the title's comma is inside the
emphasis), ``Jones, Ben et al (eds). *Salt Markets*. London: Verso, 2010.``, ``Roe, Ann and
Tim Wu. *Who Runs the Port?*, Oxford: Oxford University Press, 2006.``.  The italics say
where the names end, so a title that starts with a year or holds commas is read whole.

:func:`parse` gives the fields, or None when the entry has not this shape.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.patterns import SURNAME, U
from bibcheck.parse.references.shared import (
    Fields,
    build,
    clean,
    last_year,
    place_publisher,
    year_of,
)

__all__ = ["parse", "reread"]

_NAME = rf"[{U}][^\W\d_]*+(?:['’-][^\W\d_]++)*+"
_INITIAL = rf"[{U}]\."
# a given name or an initial: "Kim", "Jean-Luc", "J.", "J.M."
# (a run of initials possessive: "A. A. A." split into given names every way took the cube
# of its length)
_GIVEN = rf"(?:{_NAME}|{_INITIAL}(?:\s?{_INITIAL})*+)"
# each other author in natural order: "Sam Park", "Ann M. de Vries"
_OTHER = rf"{_GIVEN}(?:\s{_GIVEN}){{0,2}}\s{SURNAME}"
# the first author, inverted in a list ("Lee, Kim", "O’Regan, Tom", "van Dyk, Ann M."), in
# natural order in a note ("Kim Lee"), or the surname alone before "et al." in a note that
# cites the work again ("Jones et al. (eds), *Title*, …")
_FIRST = (
    rf"(?P<first>{SURNAME},\s{_GIVEN}(?:\s{_GIVEN}){{0,2}}(?=[,.\s])|{_OTHER}"
    rf"|{SURNAME}(?=,?\set\sal\b))"
)
_SHAPE = lazy_compile(
    rf"^{_FIRST}"
    rf"(?P<others>(?:,\s(?!and\s){_OTHER}){{0,8}}(?:,?\s(?:and|&)\s{_OTHER})?)"
    r"(?P<etal>,?\set\sal\.?)?"
    rf"(?P<role>\s{role_marks.MARK})?"
    # the names end with a comma or a full stop, then the italic title (its own comma or
    # point may be inside the emphasis: "*Title,*")
    r"[.,]\s(?P<mark>\*|_)(?=\S)(?P<title>[^*_]{2,400}?)(?<=\S)(?P=mark)"
    r"(?P<after>(?:[,.:;]\s|\s)(?P<facts>[^*_]*+))?$",
    re.S,
)
# (each other author starts a word, or a run of initials, where the list puts them: tried
# again from each letter of a long word, or each initial of a long run, it read the rest of
# it from each of them, the square of its length)
_PERSON = lazy_compile(rf"(?<![^\W\d_])(?<![^\W\d_]['’-])(?<![{U}]\.)(?<![{U}]\.\s){_OTHER}")


def parse(body: str) -> Fields | None:
    """Fields of an entry in this shape, or None."""
    m = _SHAPE.match(body.strip())
    if m is None:
        return None
    title = m.group("title").strip(" ,.;:")
    facts = (m.group("facts") or "").strip()
    year = last_year(facts)
    # (the facts of a book or report: "Place: Publisher, Year" -- an article's journal and
    # numbers are left to the other parsers)
    if year is None or len(facts) > 200 or re.search(r"\d+\s?\(\d|\bvol\.|\d:\s?\d", facts):
        return None
    people = [m.group("first")]
    people.extend(p.group(0) for p in _PERSON.finditer(m.group("others") or ""))
    place, publisher = place_publisher(facts)
    return Fields(
        "chicago",
        tuple(people),
        title,
        year_of(year),
        publisher=publisher,
        place=place,
        book=place is not None,
    )


def reread(
    ref: Reference, text: str, rest: str, line_starts: Sequence[int], web: bool
) -> Reference:
    """``ref``, or the entry read in this shape when ``ref`` missed its names or its title
    (``Lee, Kim, Sam Park, and Jo Chen, *Title,* …`` read as one long title)."""
    if ref.style in ("gost", "patent"):
        return ref
    fields = parse(clean(rest))
    if fields is None or (ref.authors and _same(ref.title, fields.title)):
        return ref
    # (one author in natural order, "Luis M. Ferrer Robles, *Title* (…)", is the other
    # parsers' to read: they know its family names; this shape is for lists of names)
    if len(fields.authors) < 2 and "," not in fields.authors[0] and " et al" not in rest[:80]:
        return ref
    return build(fields, text, line_starts, has_web_url=web)


def _same(a: str | None, b: str | None) -> bool:
    """The same title, whatever its spacing (French "Titre : sous-titre" is "Titre:
    sous-titre" once cleaned)."""

    def norm(title: str | None) -> str:
        return " ".join(re.sub(r"\s+(?=[:;!?])", "", title or "").split()).casefold()

    return norm(a) == norm(b)
