"""Names, the year and a colon, then the title and an abbreviated journal: the form of the
American and Royal Meteorological Societies' journals and the atmospheric sciences'::

    Smith, A. B., 2011: Storm tracks over the North Atlantic. J. Atmos. Sci., 68, 1–9.
    Smith, A. B., and C. D. Jones, 2011: Storm tracks, Q. J. R. Meteorol. Soc., 137, 1–9.
    Müller, K., 2011: Zugbahnen von Stürmen, Meteorol. Z., 20, 123–134.

The journal is the last part before the volume and pages.  After a comma it is that part
when it reads as a journal's name: capitalised words and short joining words (``of``,
``de``, ``für``), opening with an abbreviation (``Q.``, ``Mon.``) or with no full stop in
it (``Nature``, ``Tellus A``) — so its abbreviations are never taken for an author's
initials, nor the journal for the title's end.  Else the title ends at its first full stop
(:mod:`.year_period`, which reads the rest: the names, the year, the journal's facts).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import year_period
from bibcheck.parse.references.shared import Fields
from bibcheck.parse.years import YEAR_LETTERED as _YEAR

__all__ = ["parse"]

# the names (no digits, no quotation marks or emphasis), then "…, 2011:" (AGU's "… (2011),
# Title, …" is :mod:`.harvard`'s)
_HEAD = lazy_compile(
    rf"^(?P<names>[^\d()\[\]“”„«»\"*:;]{{2,400}}?),\s(?P<year>{_YEAR}):\s+(?P<after>\S.*)$"
)
# ", 137, 1234–1245." / ", 38 (4), L12345, doi:10.1029/…": the volume, issue and pages
_FACTS = lazy_compile(
    r",\s(?P<facts>\d{1,5}(?:\s?\([^()]{1,20}\))?,\s(?:pp?\.\s?)?"
    r"[A-Za-z]{0,3}\d\w*(?:\s?[–—-]\s?[A-Za-z]{0,3}\d+)?)"
    r"(?:,\s?(?:doi:\s?|https?://)\S+?)?\.?$"
)
# "García, L., y M. Pérez", "Berg, K., och E. Lind", "Vogel, H., und P. Roth": the last
# name joined in the entry's language, read as "and" (the names' parser knows only it)
_JOINED = lazy_compile(r"(?<=,)\s(?:und|et|y|e|och|og|en|ja|és)\s(?=\S)")
_JOINING_MAX = 4  # "of", "and", "de", "für", "voor": a journal's lower-case words


def _journal_like(part: str) -> bool:
    """Does ``part`` read as a journal's name after a comma: capitalised words and short
    joining words, ten at most, opening with an abbreviation or with no full stop inside
    (``Q. J. R. Meteorol. Soc.``, ``J. Climate``, ``Nature``)?"""
    words = part.split()
    if not words or len(words) > 10 or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or (w.isalpha() and len(w) <= _JOINING_MAX) for w in words):
        return False
    return words[0].endswith(".") or ". " not in part


def parse(body: str) -> Fields | None:
    """The fields of ``Names, 2011: Title, J. Abbr., 68, 1–9.``, or None for another
    shape."""
    m = _HEAD.match(body)
    if m is None:
        return None
    names = _JOINED.sub(" and ", m.group("names"))
    if not year_period.family_first_names(names):
        return None
    after = m.group("after")
    facts = _FACTS.search(after)
    if facts is None:
        return None
    front = after[: facts.start()].strip()
    title, comma, journal = front.rpartition(", ")
    if not (comma and title.strip() and _journal_like(journal)):
        title, journal = front, ""  # "Title. J. Atmos. Sci.": the title's full stop parts them
    title = title.strip()
    if journal and title[-1:] not in ".?!":
        title += "."
    year = m.group("year")
    rest = f"{title} {journal}".strip()
    return year_period.parse(f"{names}, {year}. {rest}, {facts.group('facts')}.")
