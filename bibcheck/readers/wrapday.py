"""A date's day wrapped onto the next line, where it looks like a list item's number.

PubMed's citations (NLM, Vancouver) print a date as year, month, day: ``Epub 2014 Feb 21.``,
``2011 May 11;106(2):630-40``.  Wrapped at a fixed width, the line may break between the
month and the day, and the next line then starts ``21. Erratum in: …``: a list item
numbered 21 to a reader of numbered lists, which would end the entry there and make an
entry of its tail.  :func:`day_after_month` tells such a line: the line before it ends with
a year and a month, and its number is a day of a month.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["day_after_month"]

_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"(?:uary|ruary|ch|il|e|y|ust|ember|tember|ober)?"
)
# "… Epub 2014 Feb", "… 2011 May": a year, then a month ending the line
_YEAR_MONTH_END = lazy_compile(rf"(?<!\d)(?:1[6-9]|20)\d\d\s++{_MONTH}\.?[ \t]*+$")
# the day opening the next line, as a list's number would: "21. ", "11;106(2):630-40"
_DAY_START = lazy_compile(r"^[ \t]*+(?P<day>\d{1,2})(?:[.:,)](?:\s|$)|;)")


def day_after_month(before: str, line: str) -> bool:
    """Does ``line`` open with the day of the date ``before`` ends with (``… Epub 2014
    Feb`` / ``21. Erratum in: …``)?"""
    m = _DAY_START.match(line)
    return (
        m is not None
        and 1 <= int(m.group("day")) <= 31
        and _YEAR_MONTH_END.search(before) is not None
    )
