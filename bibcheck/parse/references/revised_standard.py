"""A standard that names the edition it revises or replaces: the year is its own.

IEEE (and other bodies) print a standard's designation with the one it revises::

    "IEEE Standard for Ethernet," IEEE Std 802.3-2018 (Revision of IEEE Std 802.3-2015),
        pp. 1-5600.
    IEEE. IEEE Standard for Ethernet. IEEE Std 802.3-2018 (Revision of IEEE Std
        802.3-2015). Piscataway (NJ): IEEE.
    ISO 9001:2015 (replaces ISO 9001:2008). Quality management systems -- Requirements.

The year in the parenthesis (``2015``, ``2008``) is the older edition's: the work cited is
dated by its own designation (``802.3-2018``) or by the date printed elsewhere in the
entry.  :func:`own_year` reads the designation's year; :func:`with_own_year` gives an entry
read with no year, or with only the revised edition's, the standard's own -- and drops a
"volume" that is the designation's number (``802`` of ``802.3``).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.references.designations import BODY
from bibcheck.parse.years import YEAR_BOUNDED

__all__ = ["REVISION_WORDS", "own_year", "with_own_year"]

# "(Revision of IEEE Std 802.3-2015)", "(replaces ISO 9001:2008)", "(Supersedes …)",
# "(Incorporating …)", "(Amendment to …)" -- with the older designation; or that clause
# after the standard's own in one parenthesis: "(IEEE Std 802.3-2018, Revision of …)"
REVISION_WORDS = (
    r"(?i:revision\sof|revises|replaces|supersedes|superseding|incorporat\w*"
    r"|amendment\sto|amends|consolidat\w*|redline\sof)\b"
)
_REVISED = lazy_compile(rf"(?:\(|[,;])\s?{REVISION_WORDS}[^()]{{0,200}}(?=\))")
# a designation with its year: "IEEE Std 802.3-2018", "ISO 9001:2015", "ANSI/IEEE Std
# 1003.1-1988", "IEEE Std 802.15.42020" (a PDF's lost hyphen is not read)
_DESIGNATED = lazy_compile(
    rf"(?<![\w/-]){BODY}(?:[/\s-]{BODY})*(?:\s(?:Std\.?|Standard))?\s?"
    r"(?P<number>(?:[A-Z]{1,2}\s?)?\d{1,6}(?:\.\d{1,4})*[a-z]?)(?:-\d{1,3}(?!\d))*"
    r"\s?[:–—-]\s?(?P<year>(?:19|20)\d\d)(?!\d)"
)
_YEAR = lazy_compile(YEAR_BOUNDED)


def _blanked(text: str) -> str:
    """``text`` with each revision's parenthesis blanked out (lengths kept)."""
    return _REVISED.sub(lambda m: " " * len(m.group(0)), text)


def own_year(text: str) -> int | None:
    """The year of the standard ``text`` cites, from its designation outside a revision's
    parenthesis, when ``text`` names an edition it revises (else ``None``: nothing to
    mistake)."""
    if _REVISED.search(text) is None:
        return None
    m = _DESIGNATED.search(_blanked(text))
    return int(m.group("year")) if m else None


def with_own_year(ref: Reference) -> Reference:
    """``ref`` dated by its standard's own designation when it was read with no year or with
    a year printed only in a revision's parenthesis (see the module)."""
    year = own_year(ref.raw)
    if year is None or ref.year == year:
        return ref
    outside = _blanked(ref.raw)
    if ref.year is not None and str(ref.year) in _YEAR.findall(outside):
        return ref  # (a date printed of its own: "…, Aug. 2019")
    m = _DESIGNATED.search(outside)
    volume = ref.volume
    if m is not None and volume and ref.host is None and m.group("number").startswith(volume):
        volume = None  # ("802" of "IEEE Std 802.3-2018" is no volume)
    return dataclasses.replace(ref, year=year, year_raw=str(year), volume=volume)
