"""RIS dates: a record's date of publication (``PY``, ``Y1``, ``DA``) and its access date
(``Y2``, or a note's ``Accessed: …``), as CSL dates.

The RIS specification writes a date ``YYYY/MM/DD/other`` with empty parts left empty
(``2021///``, ``2021/03/03/``, ``2021///Spring``); exports write ``2021-03-03`` too, and
people type what they like in ``Y2`` and ``DA``: ``accessed 3 March 2021``, ``March 3,
2021``, ``03.03.2021``, ``Zugriff am 3. März 2021``.  A note (``N1``) may say the access
date when ``Y2`` does not (``Accessed: 2021-03-03``).  A date read is ``date-parts``; a
text that names no day is kept as a literal, so the reader reports it (never dropped).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.fields import find_access_date, parse_date
from bibcheck.parse.years import YEAR

__all__ = ["RisAccess", "access_of", "issued_of"]

# "2021/03/03/", "2021///Spring", "2021-03-03", "2021": the year first, the parts numbers
_PARTS = lazy_compile(r"[/-]")
# a year alone among other words ("Spring 2021", "03/03/2021")
_YEAR = lazy_compile(rf"(?<!\d)({YEAR})(?!\d)")
_FIRST_NUMBER = lazy_compile(r"\d+")
# an English word in the text: a slashed date then reads month first ("03/04/2021")
_ENGLISH = lazy_compile(r"\b(?:accessed|retrieved|viewed|cited|access)\b", re.I)


def _year_first(value: str, size: int) -> list[int] | None:
    """The numbers of a date written year first (``2021/03/03/``), at most ``size``."""
    parts = [p.strip() for p in _PARTS.split(value.strip())]
    if len(parts[0]) != 4 or not parts[0].isdigit():
        return None
    numbers: list[int] = []
    for part in parts[:3]:
        if not part.isdigit():
            break
        numbers.append(int(part))
    return numbers[:size]


def issued_of(value: str | None) -> dict[str, Any] | None:
    """The CSL date of publication (its year) of a ``PY``/``Y1``/``DA`` value:
    ``2020///``, ``2020/05/03/``, ``2021///Spring``, ``2020-05-03``, ``Spring 2021``,
    ``03/03/2021``; other text as a literal (judged as CSL's is)."""
    if not value or not value.strip():
        return None
    numbers = _year_first(value, 1)
    if numbers:
        return {"date-parts": [numbers]}
    first = _FIRST_NUMBER.search(value)
    years = {m.group(1) for m in _YEAR.finditer(value)}
    if first is not None and len(first.group(0)) != 4 and len(years) == 1:
        # (a day or month first, "03/03/2021": its year; "Spring 2021", "2021a" are
        # read as CSL reads a literal)
        return {"date-parts": [[int(years.pop())]]}
    return {"literal": value.strip()}


@dataclass(frozen=True, slots=True)
class RisAccess:
    """An access date as the record writes it and as read (``csl``: a CSL date)."""

    written: str
    csl: dict[str, Any]


def _day(text: str) -> date | None:
    """The day a free text names: after its label (``accessed 3 March 2021``,
    ``Zugriff am 03.03.2021``) or alone (``March 3, 2021``, ``3/3/2021``)."""
    labelled = find_access_date(text)
    if labelled is not None:
        return labelled.value
    return parse_date(text.strip().rstrip("."), month_first=bool(_ENGLISH.search(text)))


def _csl(day: date) -> dict[str, Any]:
    return {"date-parts": [[day.year, day.month, day.day]]}


def access_of(y2: str | None, notes: Sequence[str] = ()) -> RisAccess | None:
    """The access date of a record: its ``Y2`` (``2021/03/03/``, ``accessed 3 March
    2021``, ``March 3, 2021``), else the first note that says one by its label
    (``Accessed: 2021-03-03``); a ``Y2`` naming no day is kept as written (a literal)."""
    if y2 and y2.strip():
        written = y2.strip()
        numbers = _year_first(written, 3)
        if numbers is not None:
            return RisAccess(written, {"date-parts": [numbers]})
        day = _day(written)
        return RisAccess(written, _csl(day) if day else {"literal": written})
    for note in notes:
        found = find_access_date(note)
        if found is not None and found.value is not None:
            return RisAccess(found.raw, _csl(found.value))
    return None
