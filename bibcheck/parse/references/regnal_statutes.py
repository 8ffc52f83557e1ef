"""An Act of the Parliament of England, Great Britain or the United Kingdom cited with its
regnal year and chapter, as historians cite the statutes before 1963::

    Public Health Act, 1875 (38 & 39 Vict. c. 55).
    Factory Act 1833 (3 & 4 Will. IV, c. 103), s. 8.
    Poor Law Amendment Act, 1834, 4 & 5 Will. 4, c. 76.
    An Act for the Better Regulation of Mills and Factories, 1844 (7 & 8 Vict. c. 15).

The regnal citation (the regnal years, the sovereign, the chapter) is no part of the title,
and its stops are no sentence's end.  A short title ends in "Act" and holds its year (the
Short Titles Act 1896 lists them so, after a comma the statutes of the time print: "Public
Health Act, 1875"): the title runs to the citation, written as OSCOLA writes a short title
today, with no comma ("Public Health Act 1875", as "Housing Act 1988").  A long title ("An Act to
…", "An Act for …") holds no year: the year after it is the date of the Act, no part of
its title.  Either is a ``report`` (the corpus files legislation as reports).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import U

__all__ = ["regnal_statute"]

_YEAR = r"(?:1[2-9]\d\d)"
# the regnal years ("38 & 39", "4 and 5", "13"), the sovereign ("Vict.", "Will. IV", "Will.
# 4", "Geo. III", "Geo. 5", "Edw. 7", "Eliz. 2"), the chapter ("c. 55", "cap. 76", "c. civ")
_REGNAL = (
    r"\d{1,2}(?:\s?(?:&|and)\s?\d{1,2})?\s"
    r"(?:Vict|Geo|Will|Wm|Gul|Eliz|Edw|Anne|Car|Jac|Hen|Ric|Jas|Cha|Ph\.\s&\sM|W\.\s&\sM)\.?"
    r"(?:\s(?:[IVX]{1,4}|\d))?\.?,?\s(?:c|cap|ch)\.\s?(?:[ivxlcdm]{1,8}|[IVXLCDM]{1,8}|\d{1,4})"
)
# a short title: capitalised words and the small words between them, parenthesised parts
# ("Public Health (Scotland) Act", "Representation of the People Act"), ending in "Act"
_WORD = rf"(?:[{U}][\w’'-]*|\([^()]{{1,80}}\)|of|the|and|for|to|in|on|at|by|with|upon|from|&)"
_SHORT = rf"(?:The\s)?[{U}][\w’'-]*(?:\s{_WORD}){{0,16}}?\sActs?"
# a long title: "An Act to …", "An Act for …", its words to the citation (commas too)
_LONG = r"An\sAct\s(?:to|for|against|concerning|respecting|touching)\s[^()\n]{1,400}?"
_STATUTE = lazy_compile(
    rf"^(?:(?P<long>{_LONG})|(?P<short>{_SHORT}))"
    rf"(?:,?\s(?P<year>{_YEAR}))?"
    # the citation in parentheses or after a comma
    rf"(?:\s\((?P<paren>{_REGNAL})\)|,\s(?P<comma>{_REGNAL}))"
    # then the end, or a provision after a comma ("s. 4", "sch. 2")
    r"(?=[.;]?\s*$|[,;.]\s)"
)


def regnal_statute(body: str) -> tuple[str, str | None] | None:
    """(the title, the year) of the Act ``body`` opens with, cited with its regnal year and
    chapter (see the module), or None."""
    body = " ".join(body.split())
    m = _STATUTE.match(body)
    if m is None:
        return None
    year = m.group("year")
    if m.group("long"):
        return m.group("long").strip(" ,"), year
    short = m.group("short")
    if year is None:
        return short, None
    # (the short title holds its year, written as OSCOLA writes it, with no comma: "Public
    # Health Act 1875")
    return f"{short} {year}", year
