"""A work cited by the designation that opens its long title.

Acts, directives, regulations and numbered official documents carry a long title that opens
with their designation: ``Directive (EU) 2024/1275 of the European Parliament and of the
Council of 24 April 2024 on the energy performance of buildings (recast)``, ``Regulation
(EC) No 1907/2006 of …``, ``Decision No 1313/2013/EU of …``.  A short note cites them by
the designation alone (``Directive (EU) 2024/1275, Art. 2.``): its title is the leading
part of the entry's, up to the number.  The note is that entry when exactly one entry's
title opens so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference

__all__ = ["DESIGNATED_PREFIX", "as_listed", "designated_prefix"]

DESIGNATED_PREFIX = "designated-prefix"  # the method of a link made so

# (a title key: lower-case words of letters and digits, single spaces)
# the designation's words: a word of letters (the kind of document), then the number last,
# or the EU's own designation after it ("Directive 2013/36/EU", "Richtlinie 2013/36/EU",
# "Décision n° 1313/2013/UE", "Richtlijn 2014/24/EU": the institution's letters close it)
_DESIGNATED = lazy_compile(
    r"(?=.*?\b[^\W\d_]{3,}\b).*\b\d+(?:\s(?:eu|eg|ewg|ec|eec|ue|ce|cee|eeg|we|ewwi|euratom))?$"
)


def designated_prefix(key: str, titles: Sequence[str]) -> int | None:
    """The index of the one title key in ``titles`` that ``key`` opens, up to a word's
    end, when ``key`` ends with a number (a designation, see the module doc); None when
    ``key`` is no designation or no title or several open with it."""
    if len(key.split()) < 2 or len(key) > 120 or _DESIGNATED.fullmatch(key) is None:
        return None
    lead = key + " "
    found = [i for i, title in enumerate(titles) if title.startswith(lead)]
    return found[0] if len(found) == 1 else None


def as_listed(note: Reference, listed: Reference) -> Reference:
    """The note ``note`` that cites ``listed`` by its designation, read as that work: the
    entry's fields, the note's own text, lines, pages and anomalies."""
    return replace(
        listed,
        raw=note.raw,
        line=note.line,
        end_line=note.end_line,
        pages=note.pages,
        anomalies=note.anomalies,
    )
