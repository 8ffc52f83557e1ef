"""The order of a document's slash dates: day first or month first, as its dates say.

``05/04/2017`` is 5 April in Britain, New Zealand, India … and May 4 in the US.  A
document writes its dates one way: when some of its slash dates can only be day first
(``22/03/2017``) and none only month first (``03/22/2017``), its ambiguous ones are day
first too, and the other way round; a document whose dates do not say keeps each date as
its label reads it (:func:`bibcheck.parse.references.fields.parse_date`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.references.fields import day_month_date

__all__ = ["day_first", "in_document_order"]

_SLASHED = lazy_compile(r"^\s*(\d{1,2})\s?/\s?(\d{1,2})\s?/\s?(\d{2}|\d{4})\s*$")
_MONTHS = 12


def _numbers(raw: str | None) -> tuple[int, int, int] | None:
    m = _SLASHED.match(raw or "")
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def day_first(raws: Iterable[str | None]) -> bool | None:
    """Do the slash dates ``raws`` say day first (True), month first (False), or
    nothing (None: no date decides, or dates decide both ways)?"""
    days = months = False
    for raw in raws:
        numbers = _numbers(raw)
        if numbers is None:
            continue
        first, second, _ = numbers
        days = days or (first > _MONTHS >= second)
        months = months or (second > _MONTHS >= first)
    return None if days == months else days


def in_document_order(ref: Reference, first_day: bool) -> Reference:
    """``ref`` with an ambiguous slash access date (both numbers 12 or less) read in the
    document's order (``first_day``: day first)."""
    numbers = _numbers(ref.access_date_raw)
    if numbers is None or max(numbers[0], numbers[1]) > _MONTHS:
        return ref
    value = day_month_date(list(numbers), month_first=not first_day)
    return ref if value == ref.access_date else replace(ref, access_date=value)
