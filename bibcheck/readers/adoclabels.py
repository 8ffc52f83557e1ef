"""What the label of an AsciiDoc/Metanorma bibliography entry says about the entry.

Metanorma writes an entry as ``* [[[id,label]]], text``.  The label is printed before the
text: a standard's designation (``ISO 712:2009``, ``KS X 1001:2004``), whose year follows the
colon when the standard is dated, or the entry's number in a numbered list
(``[[[ref1,1]]]``).  The year of a dated designation is the entry's year when its text states
none; the numbers of a numbered list are checked for skips and repeats like any list's.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly
from bibcheck.parse.numbering import literature_numbering
from bibcheck.parse.years import YEAR_BOUNDED

# A dated designation: letters (the body, "ISO/IEC", "KS X", "DIN EN"), a number with its
# parts ("10646", "1026-1", "8601-1.2"), then ":" and a four-digit year; an amendment or
# corrigendum after it ("/Amd 1:2017") dates the amendment, not the standard.
_DATED = lazy_compile(
    r"^[^\W\d_][\w/.&+ -]{0,40}?[ -]?\d+(?:[-.]\d+){0,4}:(?P<year>1[5-9]\d\d|20\d\d)"
    r"(?![\d:])"
)
_WRAPPER = lazy_compile(r"^(?:nofetch|hidden|dropid)\((?P<inner>[^()]*)\)$")
# A title parsed with the entry's head before it: "Creator, *Title* (remark)", "Fugro
# Nederland B.V. *Title*. Rapport 23-114", "Stadt Köln, Amt für Brücken. *Title*": the one
# emphasised span after a comma or a full stop is the title (AsciiDoc entries set the title
# in italics; a corporate author's name may end in an abbreviation's stop)
_HEAD_TITLE = lazy_compile(r"^[^*]+[,.]\s*\*(?P<title>[^*]+)\*[^*]*$")
_NUMBER = lazy_compile(r"^\d{1,4}$")
_ANY_YEAR = lazy_compile(YEAR_BOUNDED)


def _unwrapped(label: str | None) -> str:
    inner = (label or "").strip()
    wrapped = _WRAPPER.match(inner)
    return wrapped.group("inner").strip() if wrapped is not None else inner


def designation_year(label: str | None) -> int | None:
    """The year of a dated designation label (``ISO/IEC 10646:2020`` -> 2020), else None."""
    m = _DATED.match(_unwrapped(label))
    return int(m.group("year")) if m is not None else None


def label_year(label: str | None, text: str) -> int | None:
    """The year the label gives an entry whose ``text`` states no year of its own."""
    if _ANY_YEAR.search(text):
        return None
    return designation_year(label)


def label_number(label: str | None) -> int | None:
    """The number a numbered list's label gives its entry (``[[[ref1,1]]]`` -> 1)."""
    inner = (label or "").strip()
    return int(inner) if _NUMBER.match(inner) else None


def label_numbering(items: Sequence[tuple[str | None, int]]) -> list[Anomaly]:
    """Skips and repeats in one list's numeric labels (label, line): checked only when the
    list is numbered, two or more of its labels numbers."""
    numbers = [(label_number(label), line) for label, line in items]
    if sum(1 for n, _ in numbers if n is not None) < 2:
        return []
    return literature_numbering(numbers)


def emphasised_title(title: str | None) -> str | None:
    """The title inside a parsed title that kept the entry's head ("Org, *Title* (No. 3)"
    -> "Title"); None when the title is no such thing."""
    m = _HEAD_TITLE.match(title or "")
    return m.group("title").strip() if m is not None else None
