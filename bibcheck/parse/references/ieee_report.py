"""IEEE's report, a body's or a person's, ``Rep.`` and the year closing its facts::

    Office of the Registrar General, India, "District Handbook: Pune," Census of India
        2011, New Delhi, Rep., 2014.
    Tourism Department, "Visitor statistics 2022," Lucknow, Rep., 2023. [Online]. …
    A. Roe, "Bridge scour," Acme Labs, Leeds, UK, Tech. Rep. AL-12, 2019.

The work is a report (also online: IEEE's ``[Online]`` does not make it a web page), and
its year is the one after ``Rep.``, not a year its title holds.  A body's name may hold a
comma (``…, India``): a quoted title after the first name's comma is the title, the part
before it the rest of the name.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.quote_pairs import EN_CLOSINGS, EN_DOUBLE, EN_OPENINGS

__all__ = ["ieee_report", "quoted_after_name"]

_REPORT = lazy_compile(
    r",\s(?:Tech(?:nical)?\.?\s)?Rep\.(?:\s(?:no\.\s)?[A-Z\d][\w/.-]{0,30})?,\s"
    r"(?P<year>(?:1[5-9]|20)\d\d)(?!\d)"
)
_QUOTED = lazy_compile(
    rf"^(?P<more>[^\W\d_][^,\"“”\d]{{1,40}}),\s[{EN_OPENINGS}](?P<title>[^{EN_DOUBLE}]{{3,300}}?)[,"
    rf".]?[{EN_CLOSINGS}](?=[,.\s]|"
    rf"$)"
)


def ieee_report(ref: Reference, rest: str) -> Reference:
    """``ref`` as the report ``rest`` says it is with IEEE's ``Rep.``, dated by the year
    after it; ``ref`` itself when ``rest`` says no such thing."""
    m = _REPORT.search(rest)
    if m is None or ref.kind not in (RefKind.UNKNOWN, RefKind.WEB, RefKind.REPORT):
        return ref
    year = int(m.group("year"))
    found = dataclasses.replace(ref, kind=RefKind.REPORT)
    if ref.year != year and (ref.year is None or str(ref.year) in (ref.title or "")):
        found = dataclasses.replace(found, year=year, year_raw=m.group("year"))
    return found


def quoted_after_name(ref: Reference) -> Reference:
    """``ref`` with its title the quoted one after the rest of a body's name (``India,
    "Title,"``), when the parser took that rest for the title's start."""
    if len(ref.authors) != 1 or not ref.title:
        return ref
    m = _QUOTED.match(ref.title)
    if m is None:
        return ref
    return dataclasses.replace(
        ref,
        authors=(f"{ref.authors[0]}, {m.group('more').strip()}",),
        title=m.group("title").strip(),
    )
