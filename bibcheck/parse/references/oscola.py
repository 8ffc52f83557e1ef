"""The year of a note that cites English, Irish or Commonwealth legal authorities (OSCOLA).

OSCOLA cites a case by its name and a year in brackets before the court or report:
``R (Moseley) v Haringey LBC [2014] UKSC 56, [2014] 1 WLR 3947 [25]`` (a neutral citation,
then the same judgment in a law report of a later volume year), ``Gunning (1985) 84 LGR
168``; a statute by its short title and year (``Senior Courts Act 1981, s 31(2A)``).  A
note may give several authorities joined by ``;``.  The year of the note is that of its
first authority -- not the last four-digit number in it, which may be a report's year, a
later case or a page (``[2009] PTSR 1506``).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["authority_year"]

# A case: "A v B" (no period after "v"), then "[2018] EWHC", "(1985) 84 LGR", "[1948] 1 KB".
_CASE = lazy_compile(
    rf"^[^;]{{0,200}}?\sv\s[^;\[\]()]{{0,160}}?(?:\([^;()]{{1,60}}\)[^;\[\]()]{{0,120}}?)*"
    rf"[\[(](?P<year>{_YEAR})[\])]\s(?:\d{{1,4}}\s)?[A-Z]"
)
# A statute or statutory instrument at the start: "Senior Courts Act 1981, s 31(2A)",
# "Equality Act 2010.", "Civil Procedure Rules 1998, r 54.5".
_STATUTE = lazy_compile(
    rf"^(?:The\s)?[A-Z][\w’'()-]*+(?:\s[A-Z(][\w’'()-]*+){{0,8}}?"
    rf"\s(?:Act|Regulations|Rules|Order)\s(?P<year>{_YEAR})(?=[,;.]|\s*$|\s(?:s|ss|sch|para|art|reg|r|pt)\s)"
)


def authority_year(text: str) -> str | None:
    """The year of the first legal authority a note starts with, or None."""
    first = text.strip()
    m = _STATUTE.match(first) or _CASE.match(first)
    return m.group("year") if m else None
