"""The year of a note that starts with a United States case, as the Bluebook cites it.

The year closes the court's parentheses after the reporter (``Dalton v. Capital Assocs.,
Inc., 257 F.3d 409, 415 (4th Cir. 2001)``), the docket number (``No. 1:22-cv-10800 (D.
Mass. May 25, 2022)``) or a database cite (``No. 14-cv-2477, 2017 WL 4357568, at *4
(S.D.N.Y. Sept. 29, 2017)``).  A note may go on with other authorities (``; accord
Carvalho v. …, 629 F.3d 876 (9th Cir. 2010)``), a case it quotes (``(quoting …)``) or a
later document (``See Press Release … (Nov. 20, 2024)``): none of them is its year.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["case_year"]

_CASE = lazy_compile(
    r"^(?:[^;()]{0,200}?\s)?(?:v\.|In\sre)\s[^;()]{0,200}?,\s"
    r"(?:\d{1,4}\s[A-Z][\w.’' ]{0,30}?\s\d{1,6}|No\.\s[\w:.–-]+)"
    r"(?:,\s(?:\d{4}\s[A-Z][\w.]*\s\d+|(?:at\s)?\*?[\d–-]+))*"
    rf"\s\((?:[^()]{{0,40}}?\s)?(?P<year>{_YEAR})\)"
)


# A public-domain (neutral) citation carries its year first: "2019 IL 123186", "2018 IL App
# (1st) 170123", "2016 ND 45", "2020 WI 12", "2017 UT 36", "2019-Ohio-1234", "2009-NMSC-006",
# "2012 Ark. 1", "2015 S.D. 62", "2010 OK CIV APP 5"; so does a database cite ("2017 WL
# 4357568", "2019 U.S. Dist. LEXIS 12345").  The case may be named in full or by one party
# ("Cothron, 2023 IL 128004, ¶ 24"); what the note cites after it has its own years.
_COURT = (
    r"(?:IL|ND|WI|OK|UT|ME|VT|SD|S\.D\.|MT|WY|CO|COA|GU|VI|MS|NH|PA|Ark\.|Ohio|Guam|NMSC|NMCA"
    r"|NMCERT)"
    r"(?:\s(?:App\.?|Super\.?|Cmwlth\.?|CR|CIV\sAPP|Ct\.\sApp\.)){0,2}"
    r"(?:\s\((?:\d(?:st|nd|rd|th|d)|[A-Z][a-z]+)\))?"
)
_NEUTRAL = lazy_compile(
    rf"^(?:[^;()]{{0,200}}?\s(?:v\.|In\sre)\s)?[^;()]{{1,200}}?,\s(?P<year>{_YEAR})"
    rf"(?:\s{_COURT}\s|-(?:Ohio|NMSC|NMCA|NMCERT)-)\d{{1,7}}(?![\d/])"
    rf"|^(?:[^;()]{{0,200}}?\s(?:v\.|In\sre)\s)?[^;()]{{1,200}}?,\s(?:No\.\s[\w:.–-]+,\s)?"
    rf"(?P<dbyear>{_YEAR})\s(?:WL|U\.S\.\s(?:Dist\.|App\.)\sLEXIS)\s\d{{1,8}}(?!\d)"
)


def case_year(text: str) -> str | None:
    """The year of the United States case ``text`` starts with, or None."""
    m = _CASE.match(text.strip())
    if m is not None:
        return m.group("year")
    m = _NEUTRAL.match(text.strip())
    return (m.group("year") or m.group("dbyear")) if m else None
