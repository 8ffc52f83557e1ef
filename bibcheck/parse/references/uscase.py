"""The year of a note that starts with a United States case, as the Bluebook cites it.

The year closes the court's parentheses after the reporter (``Dalton v. Capital Assocs.,
Inc., 257 F.3d 409, 415 (4th Cir. 2001)``), the docket number (``No. 1:22-cv-10800 (D.
Mass. May 25, 2022)``) or a database cite (``No. 14-cv-2477, 2017 WL 4357568, at *4
(S.D.N.Y. Sept. 29, 2017)``).  A note may go on with other authorities (``; accord
Carvalho v. …, 629 F.3d 876 (9th Cir. 2010)``), a case it quotes (``(quoting …)``) or a
later document (``See Press Release … (Nov. 20, 2024)``): none of them is its year.
"""

from __future__ import annotations

import re

__all__ = ["case_year"]

_YEAR = r"(?:1[5-9]|20)\d\d"
_CASE = re.compile(
    r"^(?:[^;()]{0,200}?\s)?(?:v\.|In\sre)\s[^;()]{0,200}?,\s"
    r"(?:\d{1,4}\s[A-Z][\w.’' ]{0,30}?\s\d{1,6}|No\.\s[\w:.–-]+)"
    r"(?:,\s(?:\d{4}\s[A-Z][\w.]*\s\d+|(?:at\s)?\*?[\d–-]+))*"
    rf"\s\((?:[^()]{{0,40}}?\s)?(?P<year>{_YEAR})\)"
)


def case_year(text: str) -> str | None:
    """The year of the United States case ``text`` starts with, or None."""
    m = _CASE.match(text.strip())
    return m.group("year") if m else None
