"""UK (and Irish, colonial) parliamentary papers as historians cite them.

``Title, H.C. 1846 (735), xxxvii.``, ``Title, HC 1852–53 (123), lv, 41``, ``Title, H.L.
1847 (12), vi``, ``Title, P.P. 1847–48 (956), xxix``: the title, the House (Commons, Lords)
or "Parliamentary Papers", the session's year, the paper's number in parentheses, the
volume of the session's set in Roman numerals and a page.  The number in parentheses is no
year (Harvard's ``(735)``) and the volume no title: the work is a report of the session's
first year.
"""

from __future__ import annotations

import re

from bibcheck.model import RefKind
from bibcheck.parse.references.shared import Fields, year_of

__all__ = ["parse"]

_PAPER = re.compile(
    r"^(?P<title>[^\W\d_][^;]{4,400}?),\s(?:H\.\s?C\.|HC|H\.\s?L\.|HL|P\.\s?P\.|PP)\s"
    r"(?P<year>(?:1[6-9]|20)\d\d)(?:\s?[–-]\s?\d{1,4})?\s\((?P<number>\d+[\w.-]*)\)"
    r"(?:,\s(?P<volume>[ivxlc]+|[IVXLC]+)\b)?"
    r"(?:,\s(?:pp?\.\s?)?(?P<pages>\d+(?:\s?[–-]\s?\d+)?))?"
    r"(?=[.,;]?(?:\s|$))"
)


def parse(body: str) -> Fields | None:
    """Fields of a parliamentary paper, or None when ``body`` has not its shape."""
    m = _PAPER.match(body)
    if m is None:
        return None
    return Fields(
        "parliamentary",
        (),
        m.group("title").strip(),
        year_of(m.group("year")),
        volume=m.group("volume"),
        pages=m.group("pages"),
        kind=RefKind.REPORT,
    )
