"""A numeric date closing the title, after a comma: the work's date, no part of its title.

Comma-style lists (Polish, Czech, Russian and other Central and Eastern European ones)
give a web page's or a bulletin's date after its title, as digits: ``Minor Planet Center,
MPEC 2019-R106: Title, 11.09.2019, https://…``, ``Title, 2019-09-11``.  A parser that
found no field after the title leaves the date in it; :func:`without_date` takes it out
and keeps its year as the work's when the reference has no other.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference

__all__ = ["without_date"]

# "…, 11.09.2019", "…, 1. 3. 2020", "…, 2019-09-11" (a day and a month in range)
_DATE = lazy_compile(
    r"^(?P<title>.*\S),\s(?:(?:0?[1-9]|[12]\d|3[01])\.\s?(?:0?[1-9]|1[0-2])\.\s?"
    r"(?P<year>(?:1[5-9]|20)\d\d)|(?P<iso>(?:1[5-9]|20)\d\d)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))"
    r"\.?$"
)


def without_date(ref: Reference) -> Reference:
    """``ref`` with a numeric date closing its title taken out (its year the reference's
    when it has none, or the same); else ``ref`` as it is."""
    m = _DATE.match(ref.title.strip()) if ref.title else None
    if m is None:
        return ref
    year = m.group("year") or m.group("iso")
    if ref.year is not None and ref.year != int(year):
        return ref  # (another year read: the date may be the title's own)
    return dataclasses.replace(
        ref, title=m.group("title").rstrip(" ,"), year=int(year), year_raw=ref.year_raw or year
    )
