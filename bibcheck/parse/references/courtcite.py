"""Authorities a note cites in forms the case and statute parsers do not read whole.

Like the cases and statutes of :func:`bibcheck.parse.references.legal.cites_authority`, they
are cited in the notes and listed (in a table of their own, or nowhere) apart from the
literature; this module only tells that a note cites one, for the literature-list check:

* a court's decision by its neutral citation, whatever its name ("Agricultural Sector
  (Wales) Bill – Reference by the Attorney General [2014] UKSC 43", joined appeals "R (A) v
  B; C v D [2019] UKSC 41"): the bracketed year, the court's designation (UKSC, UKHL,
  EWCA Civ, EWHC, HCA, NZSC, SGCA, IESC, ZACC ...) and the number.  A journal cited by its
  year ("[2004] Public Law 78", "[2004] CLJ 45") names no court;
* a Welsh Act, Measure, Order or Regulations by its title ("Deddf Llywodraeth Cymru 2006,
  a. 108A", "Mesur y Gymraeg (Cymru) 2011", "Rheoliadau … 2020"): the word opens the title
  and the year closes it;
* a decision by its parties ("A vs B", "A v. B"), then the court and the date
  ("…, Qorti Kostituzzjonali, 28 ta' Frar 2014", "…, Court of Appeal, 3 May 2019").
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["NEUTRAL_COURT", "court_or_act"]

# The courts of the Commonwealth and Ireland by the designation of their neutral citations
# (also the case parser's: bibcheck.parse.references.legal)
NEUTRAL_COURT = (
    r"(?:UK(?:SC|HL|PC|UT|FTT|EAT|IPTrib)|EW(?:CA|HC|COP|FC|CST)|CSIH|CSOH|HCJAC|NI(?:CA|QB|KB|Ch)"
    r"|IE(?:SC|CA|HC)|HCA|FCAFC|FCA|NSW(?:CA|SC|CCA)|VSCA|VSC|QCA|WASCA|NZ(?:SC|CA|HC)"
    r"|SCC|ONCA|BCCA|QCCA|ABCA|ZA(?:CC|SCA|GPPHC|WCHC)|SG(?:CA|HC)|HKCFA|HKCA|CCJ|JMCA)"
)
_NEUTRAL = lazy_compile(
    rf"\[{_YEAR}\]\s{NEUTRAL_COURT}(?:\s(?:Civ|Crim|Admin|Ch|QB|KB|Fam|Comm|TCC|Pat))?\s\d{{1,5}}\b"
)
_WELSH_ACT = lazy_compile(
    rf"^(?:Gw\.\s)?(?:Deddf|Mesur|Gorchymyn|Rheoliadau)\s[^,;.()]{{1,150}}?"
    rf"(?:\s\([^()]{{1,40}}\))?\s{_YEAR}(?=[,;.]?(?:\s|$))"
)
_COURT_WORD = r"(?:Qorti|Court|Tribunal|Tribunale|Corte|Cour|Gericht|Hof|Sąd|Suprema)"
_PARTIES_COURT = lazy_compile(
    rf"^[^;,]{{1,150}}?\s(?:vs\.?|v\.)\s[^;,]{{1,150}}?,\s(?:[^,;]{{0,60}}?\s)?{_COURT_WORD}"
    rf"(?:\s[^,;]{{1,60}})?,\s(?:[^,;]{{0,30}}?\s)?{_YEAR}\b"
)


def court_or_act(text: str) -> bool:
    """Does the note ``text`` cite a court's decision or a Welsh enactment (see above)?"""
    flat = " ".join(text.split())
    return (
        _NEUTRAL.search(flat) is not None
        or _WELSH_ACT.match(flat) is not None
        or _PARTIES_COURT.match(flat) is not None
    )
