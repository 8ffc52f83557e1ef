"""A museum's or library's named collections and an item's call number in them.

Theatre, performance and art collections are cited by the collection's name and the
item's call number, its series' letters and its numbers parted by slashes: ``V&A Theatre
and Performance Collections, THM/118/7``, ``Wellcome Collection, MS/5120/2``.  No archive
word names the repository (:data:`bibcheck.parse.references.archival.REPOSITORY`), but a
named collection's item by such a number is an archival source as an archive's file is.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["collection_item"]

# a capitalised name ending in "Collection(s)", then letters and two numbers at least, each
# after a slash ("THM/118/7", "MS/5120/2"; not a page range, a date or a volume)
_COLLECTION_ITEM = lazy_compile(
    r"\b[A-Z][\w&'’-]*\sCollections?[,.]\s"
    r"[A-Z]{1,6}(?:/[A-Z]{1,6})*(?:/\d+[A-Za-z]?){2,}(?![\w/])"
)


def collection_item(text: str) -> bool:
    """Does ``text`` cite an item of a named collection by its slashed call number?"""
    return _COLLECTION_ITEM.search(text) is not None
