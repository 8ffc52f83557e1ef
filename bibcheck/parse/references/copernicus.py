"""An article in the Copernicus/EGU comma form: inverted names with their initials, the
title, the abbreviated journal, the volume, the pages and the year, all parted by commas::

    Oke, T. R. and Cleugh, H. A., Urban heat storage, Bound.-Lay. Meteorol., 39, 233–245, 1987.
    Müller, H.-P. und Weber, K., Stadtklima im Wandel, Meteorol. Z., 12, 34–40, 2003.
    Suzuki, Y., Ocean heat uptake, J. Geophys. Res., 102, C12345, 1997.

The names are read by :mod:`.initials_comma` (their initials closed by the comma before the
title); the journal is the last comma-separated piece before the volume, abbreviated
(:mod:`.physics_title`); the volume, the pages (or article number) and the year end the
entry.  The journals' own reference lists close the names with a colon and may write a
colon after the journal and a ``doi:`` before or after the year::

    Smith, A. and Jones, B.: Aerosol growth, Atmos. Chem. Phys., 12, 345–367, 2019.
    Müller, K.: Ozone trends, Geosci. Model Dev.: 12, 345–367, doi:10.5194/gmd-12-345-2019, 2019.

:func:`parse` gives the fields, or None for any other shape.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references.initials_comma import colon_initialled_names, initialled_names
from bibcheck.parse.references.physics_title import split_title
from bibcheck.parse.references.shared import Fields, year_of

__all__ = ["parse"]

# ", 39, 233–245, 1987." -- the volume (its issue may follow), the pages, the year
# (a DOI's place: "doi:10.5194/…" or its address, or the gap the reader left cutting it out)
_DOI = r"(?:[,.]\s*+(?:(?:doi:\s?|https?://(?:dx\.)?doi\.org/)10\.\d{4,9}/\S+?)?)"
_TAIL = lazy_compile(
    r"[,:]\s(?P<volume>\d{1,5}[A-Z]?)(?:\s?\((?P<issue>[\w–-]{1,12})\))?"
    r",\s(?:pp?\.\s?)?(?P<pages>[A-Za-z]{0,3}\d[\dA-Za-z]{0,12}(?:\s?[–—-]{1,2}\s?[A-Za-z]{0,3}\d{1,8})?)"
    rf"{_DOI}?,\s+(?P<year>(?:1[6-9]|20)\d\d)[a-z]?{_DOI}?[\s.]*$"
)
# an abbreviated journal's name: capitalised words, stops, hyphens, "&", no digits
_JOURNAL = lazy_compile(r"[A-Z][\w.&'’()-]*+(?:\s++[\w.&'’()-]++){0,9}")


def parse(body: str) -> Fields | None:
    """Fields of ``Family, I. I. and Family, I., Title, Journal Abbr., 39, 233–245, 1987.``,
    or None."""
    lead = initialled_names(body) or colon_initialled_names(body)
    if lead is None:
        return None
    names, rest = lead
    tail = _TAIL.search(rest)
    if tail is None:
        return None
    split = split_title(rest[: tail.start()], _is_journal)
    if split is None:
        return None
    title, journal = split
    return Fields(
        "physics",
        names,
        title,
        year_of(tail.group("year")),
        container=journal,
        volume=tail.group("volume"),
        issue=tail.group("issue"),
        pages=tail.group("pages"),
        kind=RefKind.ARTICLE,
    )


def _is_journal(text: str) -> bool:
    return _JOURNAL.fullmatch(text) is not None and any(c.isalpha() for c in text)
