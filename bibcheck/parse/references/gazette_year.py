"""An act dated by its own day, not by the gazette volume that printed it later.

A treaty, a law or a church's document is cited by its title, the day it was signed or
issued, then the official gazette that printed it, by volume and year: ``Concordat between
the Holy See and the Republic of Poland, 28 July 1993, AAS 90 (1998) 310–329``, ``John Paul
II, *Familiaris consortio*, apostolic exhortation, 22 November 1981, AAS 74 (1982): 81–191``,
``Konkordat zwischen …, 28. Juli 1993, AAS 90 (1998) 310–329``, ``«Acordo …», 7 de maio de
1940, *Acta Apostolicae Sedis* 32 (1940): 235–244``.  The work is the act: its year is
the year of its own date (1993, 1981), not the gazette volume's (1998, 1982), as the corpus
keys it (tests/heldout56/README.md, "Years": *Familiaris consortio* 1981, AAS 74 of 1982),
and its date and the gazette are no part of its title.

Only an official document (kind ``report``, as acts are keyed) with that whole shape -- a
day's date, then a gazette's name, a volume and its year in parentheses -- is changed.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.fields import MONTHS
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["gazette_dated"]

# month names of three letters or more, longest first (not "mai" before "maio")
_MONTH = "|".join(
    re.escape(name)
    for name in sorted((n for n in MONTHS if len(n) >= 3 and n.isalpha()), key=len, reverse=True)
)
# "28 July 1993", "28. Juli 1993", "7 de maio de 1940", "28 juillet 1993", "July 28, 1993"
_DAY = (
    rf"(?:(?<!\d)[0-3]?\d\.?\s(?:de\s)?(?:{_MONTH})\.?,?\s(?:de\s)?(?P<y1>{_YEAR})"
    rf"|(?:{_MONTH})\.?\s[0-3]?\d,\s(?P<y2>{_YEAR}))"
)
# the date, then the gazette: its name (no digits), the volume, its year in parentheses
_PRINTED = lazy_compile(
    rf"(?P<lead>[,;]\s*)(?P<date>{_DAY})\s*[,.;]\s*"
    r"(?P<gazette>[^\W\d][^\d,;()]{1,80}?)\s(?:vol\.\s)?[IVXLC\d]{1,5},?\s"
    rf"\((?P<printed>{_YEAR})\)",
    re.IGNORECASE,
)


def gazette_dated(ref: Reference, text: str) -> Reference:
    """``ref`` dated by the act's own day when ``text`` cites it printed in a gazette of a
    later year (its title cut before the date when it ran on over it)."""
    if ref.kind is not RefKind.REPORT:
        return ref
    flat = " ".join(re.sub(r"[*_]", "", text).split())
    found = _PRINTED.search(flat)
    if found is None:
        return ref
    own = int(found["y1"] or found["y2"])
    printed = int(found["printed"])
    if own > printed or ref.year not in (own, printed):
        return ref  # (a year of neither: the fields were read from another part)
    title = ref.title
    if title and found["date"] in title:
        cut = title[: title.find(found["date"])].rstrip(" ,;")
        title = cut if len(cut) >= 3 else title
    if own == ref.year and title == ref.title:
        return ref
    return dataclasses.replace(ref, year=own, year_raw=str(own), title=title)
