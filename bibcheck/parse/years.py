"""The year of a reference, one pattern for every reader and parser.

A year a reference or citation is dated by runs from 1500 to 2099: from the early printed
books and archival sources a scholarly text cites to the dates of this century.  A number
below 1500 or above 2099 in an entry is a page, a volume, an article or report number far
more often than a date, so a bare four-digit number is not taken for a year (a module whose
kind of source is older or younger -- a statute roll, a film, a patent -- says its own
range).

These are pattern texts (``str``) to compile or to build longer patterns from, with no
group of their own: a module that wants the year as a group writes it
(``rf"(?P<year>{YEAR})"``).
"""

from __future__ import annotations

__all__ = ["YEAR", "YEAR_BOUNDED", "YEAR_LETTERED", "YEAR_LETTERED_BOUNDED"]

YEAR = r"(?:1[5-9]|20)\d\d"
"""A year from 1500 to 2099 (``1848``, ``2021``), wherever it stands: inside a longer
number too, so a pattern built on it says what may stand around it."""

YEAR_LETTERED = rf"{YEAR}[a-z]?"
"""A year with the small letter an author-year style adds to tell apart one author's works of
the same year (``2020a``, ``2020b``), or without one."""

YEAR_BOUNDED = rf"(?<!\d){YEAR}(?!\d)"
"""A year that is not part of a longer number: ``1999`` in ``(1999)``, ``1999,`` or
``1999-2001``, not in ``19990`` or ``21999`` (an article or report number)."""

YEAR_LETTERED_BOUNDED = rf"(?<!\d){YEAR_LETTERED}(?!\d)"
"""A year with an optional letter (:data:`YEAR_LETTERED`) that is not part of a longer number
(:data:`YEAR_BOUNDED`): ``2020a`` in ``Smith 2020a,``, not in ``12020a``."""
