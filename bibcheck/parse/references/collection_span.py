"""A collection's title holds the span of years its material covers.

Archival description titles a collection by its name and its dates (DACS 2.3 and 2.4;
ISAD(G) 3.1.2 and 3.1.3), and a note citing the collection, digitised or not, keeps them
together, the description of the collection after them::

    County Library, Temperance handbills, 1850–1890, digitised collection, https://….
    Town Archive, Strike committee minutes, 1911–1913, box 4, folder 2.
    Museum of Work, Union banners, 1880–1930, online collection (accessed 2 May 2024).

The span is no year of publication: a parser that ended the title before it left it out.
:func:`collection_span` gives it back when the title is followed by the span, then a comma
and the word of a collection, an archive's fonds or series, or a box or folder.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference

__all__ = ["collection_span"]

# the span ("1870–1900", "1870-1900", "1870–95"), then what the cited thing is
_SPAN_THEN_COLLECTION = lazy_compile(
    r",\s(?P<span>(?:1[5-9]|20)\d\d\s?[–-]\s?(?:(?:1[5-9]|20)\d\d|\d\d))"
    r",\s(?:(?i:digiti[sz]ed|digital|online|archival|manuscript|special|photograph(?:ic)?)\s)?"
    r"(?i:collection|archive|fonds|series|box\s\d|folder\s\d|file\s\d)"
)


def collection_span(ref: Reference) -> Reference:
    """``ref`` with the span of years after its title given back to it (see the module);
    as it is otherwise."""
    if not ref.title or ref.doi:
        return ref
    raw = " ".join(ref.raw.split())
    m = next(
        (m for m in _SPAN_THEN_COLLECTION.finditer(raw) if raw[: m.start()].endswith(ref.title)),
        None,
    )
    if m is None:
        return ref
    return dataclasses.replace(ref, title=f"{ref.title}, {m.group('span')}")
