"""A year read from a catalogue, inventory or work number is taken back.

Style parsers find a year where their shape puts one (``…, Museu …, inv. ME 1534.`` looks
like ``, Place 1534.``).  A number after ``inv.``, ``Inv.-Nr.``, ``cat. no.``, ``fol.``,
``BWV`` or ``op.`` (:mod:`bibcheck.parse.references.catalogue_numbers`) is never the
work's year: the year is read again from the rest of the text (the artwork's date, ``c.
1670``), or is none.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.references.catalogue_numbers import without_catalogue_numbers
from bibcheck.parse.references.generic import find_year

__all__ = ["without_catalogue_year"]

_DIGITS = lazy_compile(r"\d{3,4}")


def without_catalogue_year(ref: Reference) -> Reference:
    """``ref`` with its year read again when the only place it stands in the text is a
    catalogue or inventory number (module doc)."""
    if ref.year_raw is None:
        return ref
    digits = _DIGITS.search(ref.year_raw)
    if digits is None or digits.group(0) not in ref.raw:
        return ref
    blanked = without_catalogue_numbers(ref.raw)
    if digits.group(0) in blanked:
        return ref
    found = find_year(blanked)
    return dataclasses.replace(ref, year=found.year, year_raw=found.raw)
