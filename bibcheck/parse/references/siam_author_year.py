"""SIAM's and the AMS's author-year entries: initials-first names, the year in parentheses,
then a comma and the title::

    J. Okafor, B. Lind, and C.-K. Yap (1995), Title, in Proceedings …, pp. 350–359.
    A. Novak and Yu. Orlov (1962), Title, Dokl. Akad. Nauk SSSR, 145, pp. 293–294 (in
    Russian). English translation in Sov. Phys. Dokl., 7 (1963), pp. 595–596.
    A. K. Berg and H. W. Berg, Jr., eds. (1993), Title, Lecture Notes, Vol. 1554, Springer.

Read by the Harvard parser (names, the year in parentheses, the rest) once the names before
the year are all initials-first persons (:mod:`.initials_first`); otherwise a parser tried
earlier takes ``J. Okafor,`` for the author and the other names for the title, or a later
year (``(1963)``) or a volume (``Vol. 1554``) for the year.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import harvard
from bibcheck.parse.references.initials_first import initials_first_people
from bibcheck.parse.references.shared import Fields

__all__ = ["parse"]

_HEAD = lazy_compile(r"^(?P<names>[^()]{4,600}?)\s\((?:1[5-9]|20)\d\d[a-z]?\),\s")


def parse(body: str) -> Fields | None:
    """Harvard's fields of ``L. M. Okafor and B. Lind (1994), Title, …``, or None for
    another shape."""
    m = _HEAD.match(body)
    if m is None or initials_first_people(m.group("names")) is None:
        return None
    return harvard.parse(body)
