"""A paper filed or issued in a case, cited by its name, its own date and the case:
``Order, 23 February 2021, in *In re: DFA – Passport Breach*, NPC SS 19-001 (NTC 2019)``,
``Fact-Finding Report, 14 July 2019, at 1, in *In re …*``, ``Brief for the Respondent,
March 3, 2020, in Smith v. Jones, No. 19-123``, ``Ordonnance, 3 mars 2021, dans l'affaire …``.

The year in the case's parenthesis is the case's (when it was docketed or decided); the
paper's own is its date's, printed before ``in`` names the case.  Such a paper is part of a
case's record, a ``report`` by the corpus conventions, when it was read as no kind, a book
without its publisher or an article.  A letter or paper printed in a published volume (its
imprint, ``(Place: Publisher, 1942)``, or any year after it later than its own date:
``…, 30 octobre 1840, dans *Correspondance générale*, …, Paris, Champion, 1999``) is the
volume's: left as read.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.fields import MONTHS

__all__ = ["filed_paper"]

_FILED = lazy_compile(
    # the paper's name: words, no digits, no quotation (an article's quoted title is none)
    r"^(?P<name>[^\W\d_][^\d,;:\"“”«»]{1,80}),\s"
    # its date: "23 February 2021", "1er mars 2021", "March 3, 2020"
    r"(?:\d{1,2}(?:er|º|°)?\s(?:de\s)?(?P<m1>[^\W\d_]{3,10})\.?\s(?:de\s)?(?P<y1>\d{4})"
    r"|(?P<m2>[^\W\d_]{3,10})\.?\s\d{1,2},\s(?P<y2>\d{4}))"
    # a pinpoint, then the case it was filed in
    r"(?:,\s(?:at|p\.|pp\.|S\.)\s?[\d–-]+)?,\s(?:in|dans|en|nella\scausa|in\sre)\s"
)

# a published volume's imprint: "(Washington, DC: Government Printing Office, 1942)"
_IMPRINT = lazy_compile(r"\([^()]{2,60}:\s?[^()]{2,80}?\d{4}\)")


# a year printed after the case or volume named: a volume printing a letter is later than
# the letter ("…, 30 octobre 1840, dans *Correspondance générale*, …, Paris, …, 1999"); a
# case a paper was filed in is no later than the paper ("(NTC 2019)" under a 2021 order)
_LATER_YEAR = lazy_compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


def _paper_year(text: str) -> int | None:
    """The year of the paper's own date when ``text`` cites a paper filed in a case."""
    flat = " ".join(re.sub(r"[*_]", "", text).split())
    m = _FILED.match(flat)
    if m is None:
        return None
    month = (m.group("m1") or m.group("m2") or "").lower()
    if month.rstrip(".") not in MONTHS and month[:3] not in MONTHS:
        return None
    year = int(m.group("y1") or m.group("y2"))
    if any(int(later) > year for later in _LATER_YEAR.findall(flat, m.end())):
        return None  # printed in a later volume: the volume's work, left as read
    return year


def filed_paper(ref: Reference) -> Reference:
    """``ref`` dated by the paper's own date, and a ``report``, when it cites a paper filed
    in a case (see the module)."""
    year = _paper_year(ref.raw)
    if year is None or _IMPRINT.search(ref.raw):
        return ref  # (a letter printed in an edition: "…, in *Papers …* (Washington, DC: …, 1942)")
    kind = ref.kind
    if kind in (RefKind.UNKNOWN, RefKind.ARTICLE) or (kind is RefKind.BOOK and not ref.publisher):
        kind = RefKind.REPORT
    if year == ref.year and kind is ref.kind:
        return ref
    return dataclasses.replace(ref, year=year, year_raw=str(year), kind=kind)
