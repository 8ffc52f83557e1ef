"""A report's series and number, set as a sentence of its own after the title::

    National Institute for Health and Care Excellence. Chronic heart failure in adults:
        diagnosis and management. NICE guideline NG106. London: NICE, 2018.
    World Health Organization. Safe water in schools. WHO Technical Report Series
        No. 912. Geneva: WHO, 2016.
    Ortiz A. Flood insurance in small towns. Working Paper 17. Leeds: Leeds Press, 2019.

Vancouver and Lancet lists write it so; the parse of the rest of the entry may take it
into the title.  The sentence names what the work is (a guideline, a report, a paper in a
numbered series): it is cut from the title, and the work, read as a book or nothing, is a
report.  Only the title's last sentence is looked at, and only when it ends in the number
or code right after the series word (``Report 12``, ``guideline NG106``,
``Report Series No. 912``; after a comma only a series of reports or papers with its marked
number, ``…, WHO Technical Report Series, No. 894``): a title's own words (``Annual report
2019``, a year) are kept.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["without_series_sentence"]

_SERIES = lazy_compile(
    r"\.\s(?P<series>(?:[A-Z][\w&-]*+\s){0,4}"
    r"(?i:(?:clinical\s|technical\s|public\shealth\s)?guidelines?|guidance"
    r"|(?:technical\s|research\s)?report(?:\sseries)?|(?:working|discussion|briefing)\spaper"
    r"|bulletin|circular)"
    # the number or code: "NG106", "No. 912", "CG-181", "17" (never a year)
    r"\s(?:No\.?\s?)?(?!(?:1[5-9]|20)\d\d\b)(?:[A-Z]{1,4}[-\s]?)?\d[\w./-]{0,12})\.?$"
)
# ... or after a comma, as notes run the title, the series and the imprint together: "Title,
# WHO Technical Report Series, No. 894, Geneva, 2000" (a series of reports or papers and its
# marked number only)
_COMMA_SERIES = lazy_compile(
    r",\s(?P<series>(?:[A-Z][\w&-]*+\s){0,4}"
    r"(?i:(?:technical\s|research\s)?report\sseries|(?:working|discussion|occasional)\spapers?"
    r"(?:\sseries)?),?\s(?i:No)\.\s?\d[\w./-]{0,12})\.?$"
)


def without_series_sentence(ref: Reference) -> Reference:
    """``ref`` with a series sentence cut from the end of its title (see the module)."""
    if (
        not ref.title
        or ref.host is not None
        or ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN, RefKind.REPORT)
    ):
        return ref
    m = _SERIES.search(ref.title) or _COMMA_SERIES.search(ref.title)
    if m is None or m.start() < 3:
        return ref
    return dataclasses.replace(ref, title=ref.title[: m.start()].rstrip(" ,"), kind=RefKind.REPORT)
