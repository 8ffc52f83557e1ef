"""The name an author-date text cites a standard of its list by: its designation.

An entry led by a standard's designation has no author (ISO 690 and the national styles
after it print the designation first, then the year, then the title)::

    STN EN ISO 6579-1: 2017. Mikrobiológia potravinového reťazca. …
        -> "STN EN ISO 6579-1 (2017)", "(STN EN ISO 6579-1, 2017)"
    ČSN EN ISO 4833-1:2014. Mikrobiologie potravinového řetězce. …
        -> "(ČSN EN ISO 4833-1, 2014)"
    PN-EN ISO 22000:2018-06. Systemy zarządzania bezpieczeństwem żywności. …
        -> "PN-EN ISO 22000 (2018)"

:func:`standard_names` gives the designation without its year (the bodies, joined by a
space, ``/`` or ``-``, then the number with its parts), for the index of
:mod:`bibcheck.readers.authoryear` to read a mention of it with a year as it reads a
body's name.  An entry that does not open with a designation names none (a title that
names one later, "Implementing ISO 9001 in small firms", is no standard's entry).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.designations import BODY

__all__ = ["standard_names"]

# the designation at the entry's start: up to five bodies ("STN EN ISO", "PN-EN ISO",
# "ISO/IEC"), the number with its parts ("11290-1", "7.0.100"), then the year after a
# colon or a dash, or the entry's full stop, comma or space (not a number going on)
_OPENING = lazy_compile(
    rf"(?P<designation>{BODY}(?:[/\s-]{BODY}){{0,4}}\s?\d{{1,6}}(?:\.\d{{1,4}}){{0,3}}"
    r"(?:-\d{1,3}(?!\d)){0,4})"
    r"(?=\s?[:–-]\s?(?:19|20)\d\d|[.,;]|\s(?!\d)|$)"
)


def standard_names(entry: str) -> set[str]:
    """The designation an entry that opens with a standard's is cited by, its year left
    out: ``{"STN EN ISO 6579-1"}`` for ``STN EN ISO 6579-1: 2017. Mikrobiológia …``; none
    for an entry that opens otherwise."""
    m = _OPENING.match(entry.strip())
    if m is None:
        return set()
    designation = " ".join(m["designation"].split())
    # (a name of one word, "ISO/IEC 27001"'s bodies glued to no number, is no body's name
    # for the index: it must hold a space)
    return {designation} if " " in designation else set()
