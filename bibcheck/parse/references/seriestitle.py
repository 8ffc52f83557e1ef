"""A numbered series read into a Vancouver book's title, split off::

    World Health Organization. Communication during patient hand-overs. Patient Safety
        Solutions, vol. 1, solution 3. Geneva: WHO; 2007.

The last sentence of the title, a capitalised name with its volume (and the part in it)
after a comma, is the series the work appeared in, no part of its title; a body's work in a
numbered series of its own is a report (a technical series, a guidance series).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.patterns import ORGANISATION_WORD

__all__ = ["ends_in_series", "without_series"]

_SERIES = lazy_compile(
    r"\.\s(?P<series>[A-Z][^.,;:]{2,80}),\s(?:vol\.|v\.|no\.|nº|n\.)\s?\d{1,4}"
    r"(?:,\s[^\W\d_]{2,12}\.?\s\d{1,4})?$"
)
_BODY = lazy_compile(ORGANISATION_WORD)


def ends_in_series(title: str | None) -> bool:
    """Does ``title``'s last sentence name a numbered series (``… Studies in Hydrology,
    vol. 12``), which :func:`without_series` takes off?"""
    return bool(title) and _SERIES.search(title or "") is not None


def without_series(ref: Reference) -> Reference:
    """``ref`` with a numbered series taken off the end of its title (a book's); a body's
    book in a series is its report."""
    if ref.kind is not RefKind.BOOK or not ref.title:
        return ref
    m = _SERIES.search(ref.title)
    if m is None:
        return ref
    title = ref.title[: m.start()].strip()
    if len(title) < 8:
        return ref
    body = bool(ref.authors) and _BODY.search(ref.authors[0]) is not None
    return dataclasses.replace(ref, title=title, kind=RefKind.REPORT if body else ref.kind)
