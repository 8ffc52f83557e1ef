"""A body as the author of a Vancouver entry whose imprint NLM's full form does not fit.

A Vancouver list names a body that wrote a work as its author, a sentence of its own, and
the title in the next (``Body. Title. Place: Publisher; year.``, which the IEEE/Vancouver
parser reads).  Official statistics and a body's pages are often printed with less:

* the place and year alone, the body being its own publisher, and the series after the
  year in parentheses, as NLM writes a series::

      Statistiska centralbyrån. Befolkningsstatistik 1900. Stockholm; 1901. (Sveriges
          officiella statistik; A).
      Board of Trade. Annual statement of trade 1880. London; 1881.

* a web page of the body's site with no date of its own, the date it was seen in brackets
  in the list's language (``[cited …]``, Swedish ``[citerad …]``, Danish ``[citeret …]``,
  Norwegian ``[sitert …]``, Finnish ``[viitattu …]``, Dutch ``[geciteerd …]``) and the
  address after its label (cut out before the parsers read the rest)::

      Statistics Norway. Historical statistics [Internet]. Oslo: Statistics Norway [sitert
          2024 jan 5]. Tilgjengelig fra: https://…

:func:`body_head` gives the body and what follows it, for the Vancouver reading (the body
the author, the next sentence the title); None when the entry has not that shape.  The
body is short (a name, six words at most), so an entry that opens with its title is not
read so unless that title is one short sentence before another.
"""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import U
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["BodyHead", "body_head"]

_U = U
# the body: up to six words, the first capitalised, no stop, colon or bracket in it
_BODY = rf"(?P<org>[{_U}][^\s.;:()\[\]?!]*(?:\s[^\s.;:()\[\]?!]+){{0,5}})"
# the title sentence (with NLM's "[Internet]" after it)
_TITLE = r"(?P<after>[^.;\[\]]{3,300}?(?:\s?\[[^\[\]]{2,40}\])?\.\s+"
# "Stockholm; 1901." and the series after it: "(Sveriges officiella statistik; A)."
_PLACE_YEAR = rf"(?P<place>[{_U}][^.;:()\[\]]{{1,60}});\s?{_YEAR}\.?(?:\s\([^()]{{2,160}}\))?\.?"
# "Oslo: Statistics Norway [sitert 2024 jan 5]." and the address's label left after it
_SEEN = (
    r"(?:cited|citerad|citeret|sitert|siteret|viitattu|geciteerd|zitiert|citado|citato|cité"
    # (Serbian, Croatian, Bosnian in both scripts, Bulgarian, Russian, Ukrainian, Slovene)
    r"|citirano|цитирано|цитировано|цитовано|citováno|citované|citowane|cytowane)"
)
_PAGE = (
    rf"[^.;:\[\]]{{2,60}}:\s?[^;\[\]]{{2,120}}?;?\s?\[{_SEEN}\s[^\[\]]{{4,30}}\]\.?"
    r"(?:\s[^\W\d_][^:.]{2,30}:)?"
)
# "2025 [cited 2026 Oct 3]. Available from:": a page dated by its year alone, no imprint
_DATED_PAGE = rf"{_YEAR}\s?\[{_SEEN}\s[^\[\]]{{4,30}}\]\.?(?:\s[^\W\d_][^:.]{{2,30}}:)?"
_HEAD = lazy_compile(rf"^{_BODY}\.\s+{_TITLE}(?:{_PLACE_YEAR}|{_PAGE}|{_DATED_PAGE}))\s*$")


@dataclass(frozen=True, slots=True)
class BodyHead:
    """The body heading an entry, what follows it, and the place of a place-and-year
    imprint (None for the other shape)."""

    org: str
    after: str
    place: str | None


def body_head(body: str) -> BodyHead | None:
    """The body heading ``body`` (a Vancouver entry read URL-free) and the rest after it,
    when the entry has one of the module's shapes; else None."""
    m = _HEAD.match(body)
    if m is None:
        return None
    place = m.group("place")
    return BodyHead(
        m.group("org").strip(), m.group("after").strip(), place.strip() if place else None
    )
