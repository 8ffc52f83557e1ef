"""Works a bibliography customarily leaves out though the notes cite them.

Chicago (17th ed., 14.170 and 14.289) and the traditions that follow it cite newspaper
articles and Acts of Parliament in the notes only: ``*Leeds Mercury*, 6 October 1849, 5.``,
``The Times (London), 3 May 1850, 4.``, ``5 & 6 Vict., c. civ (1842).``, ``13 Geo. III,
c. 78.``.  A note citing one is no ``missing-literature-entry``.

A newspaper issue is told from a book by its shape: a short title, then a full date with
its day, then at most a page; a book note has a place, a publisher or a year alone.
"""

from __future__ import annotations

import re

__all__ = ["newspaper_issue", "regnal_act", "unlisted_work"]

_MONTH = r"[^\W\d_]{3,10}\.?"
_DATE = rf"(?:\d{{1,2}}\.?\s{_MONTH}\s\d{{4}}|{_MONTH}\s\d{{1,2}},\s\d{{4}})"
_NEWSPAPER = re.compile(
    r"^\s*(?P<title>\*[^*]{2,60}\*|_[^_]{2,60}_|(?:The\s)?[A-Z][\w'’&-]*(?:\s[A-Z][\w'’&-]*){0,4})"
    r"(?:\s\([^()]{2,30}\))?,\s"
    rf"{_DATE}"
    r"(?:,\s(?:(?:p|pp|S|bl|s|c)\.\s?)?\d{1,4}(?:\s?[-–]\s?\d{1,4})?)?"
    r"(?:,\s(?:col|cols|kol)\.\s?\d+)?\.?\s*$"
)
# Acts by regnal year and chapter: "5 & 6 Vict., c. civ", "13 Geo. III, c. 78", "1 Edw. 7 c. 4"
_REGNAL = re.compile(
    r"\b\d{1,2}(?:\s?(?:&|and)\s?\d{1,2})?\s(?:Vict|Geo|Will|Wm|Eliz|Edw|Anne|Car|Jac|Hen|Ric"
    r"|Jas|Cha)\.?(?:\s(?:[IVX]+|\d))?,?\s(?:c|cap|ch)\.\s?(?:[ivxlcdm]+|[IVXLCDM]+|\d+)\b"
)


def newspaper_issue(text: str) -> bool:
    """Is ``text`` a note citing one issue of a newspaper (title, full date, page)?"""
    return bool(_NEWSPAPER.match(text))


def regnal_act(text: str) -> bool:
    """Does ``text`` cite an Act of Parliament by regnal year and chapter?"""
    return bool(_REGNAL.search(text))


def unlisted_work(text: str) -> bool:
    """A newspaper issue or an Act: cited in notes, customarily absent from a bibliography."""
    return newspaper_issue(text) or regnal_act(text)
