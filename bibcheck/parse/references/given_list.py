"""Full names written given-first, then the year in parentheses and a full stop, then the
title: the APA shape as conference and computing lists print their authors::

    John Smith, Mary Jones, and Ann Lee (2019). Title, with commas. Journal, 12(3), 1–9.
    Ada Lovelace and Mary Somerville (1843). Title. Publisher.

Every part of the list before the year is a person ``Given Family`` (initials may stand
between: ``John Q. Public``), two or more of them, parted by commas with ``and`` or ``&``
before the last.  Without the ``and`` the list is not told from one inverted name or a
name and a title (``García Márquez, Gabriel José (1967).``, ``Lon Fuller, Legal Fictions
(1967).``); that, one name alone or an organisation is not this shape and is left to
the other parsers.  The fields are APA's (:mod:`.apa`).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import apa
from bibcheck.parse.references.patterns import SURNAME, U
from bibcheck.parse.references.shared import Fields

__all__ = ["parse"]

_PERSON = rf"[{U}][\w'’-]+(?:\s[{U}]\.)*(?:\s[{U}][\w'’-]+)?\s{SURNAME}"
_HEAD = lazy_compile(
    rf"^{_PERSON}(?:,\s{_PERSON}){{0,30}},?\s(?:and|&)\s{_PERSON}"
    r"\s\((?:1[5-9]|20)\d\d[a-z]?\)\.\s"
)


def parse(body: str) -> Fields | None:
    """APA fields of ``Given Family, Given Family, and Given Family (2019). Title.``, or
    None for another shape."""
    if _HEAD.match(body) is None:
        return None
    return apa.parse(body)
