"""The imprint that closes a book's entry, when its reading kept none (pure functions).

A body's book in the German author-year form (``Robert Koch-Institut (2020): Gesundheit
in Deutschland. Berlin: RKI.``, ``Umweltbundesamt (2020): Daten zur Umwelt. Dessau:
UBA.``) is read by no person's parser, and the generic reading takes its author, year
and title but leaves the place and publisher that end it.  :func:`trailing_imprint` reads
them: the sentence after the title is the entry's last, ``Place: Publisher`` (a year after
a comma allowed).
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.shared import place_publisher
from bibcheck.parse.references.title_end import title_end

__all__ = ["trailing_imprint"]

# the last sentence: "Berlin: RKI.", "Dessau-Roßlau: Umweltbundesamt, 2020."
_IMPRINT = lazy_compile(
    r"[\"”’*_]*\.\s+(?P<imprint>[^\W\d_][^:;.()]{1,40}:\s?[^\W\d_][^:;()]{0,80}?"
    r"(?:,\s(?:1[5-9]|20)\d\d)?)\.?\s*$"
)


def trailing_imprint(ref: Reference) -> Reference:
    """``ref``, a book or report with neither place nor publisher, with the ``Place:
    Publisher`` sentence that closes its entry after the title read; otherwise unchanged."""
    if ref.kind not in (RefKind.BOOK, RefKind.REPORT) or ref.place or ref.publisher:
        return ref
    if not ref.title or ref.host:
        return ref
    found = title_end(ref.raw, ref.title)
    if found is None:
        return ref
    m = _IMPRINT.match(*found)
    if m is None:
        return ref
    place, publisher = place_publisher(m.group("imprint"))
    if place is None or publisher is None:
        return ref
    return replace(ref, place=place, publisher=publisher)
