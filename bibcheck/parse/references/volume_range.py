"""A multi-volume work's span of years in its imprint (pure functions).

A work in several volumes printed over some years is cited with its count of volumes and
the span of their years, in every language::

    Karl Barth, Die kirchliche Dogmatik, 4 Bde., Zürich 1932–1967.
    Storia della Chiesa, a cura di A. Fliche, 26 voll., Torino 1959–1979, vol. 3, 45.

The work's year is the first of the span (the set began then); the span, read whole, is no
year at all.  :func:`first_year_only` gives the text with the span's end and the count of
volumes (a clause of its own, no part of the title) left out for the reading, when the span
follows its place with a space, as notes print their imprint (``Zürich 1932–1967``; a span
after a comma, ``…, Il Mulino, 1971-1975``, is read well as it is).  Nothing else moves.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.volume_words import Reading, alternation, words
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["first_year_only"]

# the count of volumes, a clause of its own: ", 2 Bde.,", ", 4 Bände,", ", 26 voll.,", ", 5
# tomes," (English "vols." lists are read well as they are; the words: :mod:`.volume_words`)
_VOLUMES = lazy_compile(rf",\s\d{{1,3}}\s{alternation(words(Reading.COUNT))}\b\.?(?=,\s)")
# the span after its place and a space ("Zürich 1932–1967"), closing its clause
_SPAN = lazy_compile(
    rf"(?<=[^\W\d_]\s)(?P<first>{_YEAR})(?P<end>\s?[–-]\s?(?P<last>{_YEAR}))"
    r"(?=[.,;)]|\s*$)"
)


def first_year_only(text: str) -> str | None:
    """``text`` with its count of volumes and the end of their span of years left out
    (``…, 4 Bde., Zürich 1932–1967.`` -> ``…, Zürich 1932.``), or None when it counts no
    volumes or prints no such span after them."""
    volumes = _VOLUMES.search(text)
    if volumes is None:
        return None
    span = _SPAN.search(text, volumes.end())
    if span is None or int(span.group("last")) <= int(span.group("first")):
        return None
    start, end = span.span("end")
    return text[: volumes.start()] + text[volumes.end() : start] + text[end:]
