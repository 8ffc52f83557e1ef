"""A year printed right after the title, with no full stop between, closing the entry.

The numbered Vancouver variants of reference managers (CSL "Elsevier - Vancouver",
"Vancouver (brackets)") print a report, a web page or a program with no publisher as the
names, the title and the year run together: ``Yousaf H. NHS Recovery Plan 2021-2026 2021.``,
``FSRH. Essential Services in Sexual and Reproductive Healthcare 2020.``.  The last year is
the work's date, no word of its title (the title itself may end in a year, "2021-2026",
"UKMEC 2016 (amended September 2019)": those stay).

:func:`without_trailing_year` gives a reference read with that year in its title back with
the title without it and the year as the work's (and without the parser's notice that it
found no year where the style puts it: it is there).
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import AnomalyCode, Reference, RefKind

__all__ = ["without_trailing_year"]

# the title's last word, a space, the year, then the entry's end (a full stop, a Vancouver
# semicolon)
_TRAILING = lazy_compile(r"^(?P<title>.*\S)\s(?P<year>(?:1[5-9]|20)\d\d)$")
# a word that makes the year part of the title: "Population estimates since 2001", "Plan
# for 2030", "Census of 2011", "Trends 1990 to 2020", "the years 2019 and 2020"; or an
# abbreviation that makes it a number ("Maps, 1952, Nr. 1750", "inv. 1899", "vol. 1911")
_GOVERNS = lazy_compile(
    r"(?:\b(?:in|of|since|from|to|until|till|for|by|and|or|before|after|circa|ca\.|c\.|year"
    r"|years|fy|vs\.?|(?:nr|no|inv|cat|sign|vol|bd|pp?)\.)|[-–—/&+,(]|№|\bn[°º]\.?)$",
    re.IGNORECASE,
)
_STYLES = frozenset({"vancouver", "caps", "generic"})


def without_trailing_year(ref: Reference, entry: str) -> Reference:
    """``ref`` with a year closing its title taken as its year, when the title closes the
    entry ``entry`` (the reference's URL-free text) -- "Title 2020." and nothing after -- and
    the reference has no other year, or that same one; else ``ref`` as it is."""
    if ref.style not in _STYLES or ref.kind not in (RefKind.UNKNOWN, RefKind.WEB):
        return ref
    if not ref.title or ref.host or ref.publisher:
        return ref
    found = _TRAILING.match(ref.title.strip())
    if found is None:
        return ref
    year = int(found.group("year"))
    title = found.group("title").rstrip()
    if _GOVERNS.search(title) or not any(ch.isalpha() for ch in title):
        return ref
    tail = " ".join(entry.split()).rstrip(" .;,")
    if not tail.endswith(" ".join(ref.title.split())):
        return ref  # something follows the title: the year is the title's own
    if ref.year is not None and ref.year != year and str(ref.year) not in title:
        return ref
    anomalies = tuple(a for a in ref.anomalies if a.code is not AnomalyCode.REFERENCE_UNPARSED)
    return dataclasses.replace(
        ref, title=title, year=year, year_raw=found.group("year"), anomalies=anomalies
    )
