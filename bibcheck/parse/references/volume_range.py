"""A multi-volume work's span of years in its imprint (pure functions).

A work in several volumes printed over some years is cited with its count of volumes and
the span of their years, in every language::

    Karl Barth, Die kirchliche Dogmatik, 4 Bde., Zürich 1932–1967.
    Storia della Chiesa, a cura di A. Fliche, 26 voll., Torino 1959–1979, vol. 3, 45.

The work's year is the first of the span (the set began then); the span, read whole, is no
year at all.  :func:`first_year_only` gives the text with the span's end left out for the
reading, when the text counts its volumes (the span closes the imprint: no line after it
moves).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["first_year_only"]

_YEAR = r"(?:1[5-9]|20)\d\d"
# the count of volumes: "2 Bde.", "4 Bände", "26 voll.", "5 tomes" (English "vols." lists
# are read well as they are)
_VOLUMES = lazy_compile(r"\b\d{1,3}\s(?:Bde|Bände|voll|tomes|tomos|tomi|Tle|Teile|tt)\b\.?")
# the span after a word (the place or publisher) and closing its clause
_SPAN = lazy_compile(
    rf"(?:(?<=[^\W\d_][\s,])|(?<=[^\W\d_],\s))(?P<first>{_YEAR})(?P<end>\s?[–-]\s?(?P<last>{_YEAR}))"
    r"(?=[.,;)]|\s*$)"
)


def first_year_only(text: str) -> str | None:
    """``text`` with the end of its volumes' span of years left out (``1958–1961`` ->
    ``1958``), or None when it counts no volumes or prints no such span after them."""
    volumes = _VOLUMES.search(text)
    if volumes is None:
        return None
    span = _SPAN.search(text, volumes.end())
    if span is None or int(span.group("last")) <= int(span.group("first")):
        return None
    start, end = span.span("end")
    return text[:start] + text[end:]
