"""A manuscript cited by its holding place, shelfmark and leaf: ``Utrecht, Museum
Catharijneconvent, BMH h 70, fol. 22r``, ``Wien, ÖNB, Cod. 2771, f. 12v``, ``Paris, BnF,
lat. 6371, f° 3v``, ``München, BSB, Clm 14000, Bl. 5r``.

A leaf with its side (recto, verso) after a shelfmark is the mark of a manuscript (or
another unpublished written object) however its holder is named -- an archive, a library,
a museum, a cathedral treasury -- so long as nothing of a publication is in the part: no
year, no title in quotation marks or italics, no address.  Archives and libraries named as
such are :func:`bibcheck.parse.references.archival.archival_file`'s.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.archival import archival_file

__all__ = ["manuscript_cited"]

# a leaf and its side: "fol. 22r", "fols. 3v–4r", "ff. 12r-v", "f. 5v", "f° 41v", "Bl. 5r",
# "fo 9r", "k. 12v" (Polish "karta"), "l. 3r" (Russian "list", transliterated)
_LEAF = lazy_compile(r"(?<![\w.])(?:fols?\.|ff?\.|f°|fo\.?|Bl\.|k\.|l\.)\s?\d{1,4}\s?[rv]\b")
_PUBLICATION = lazy_compile(r"\b1[5-9]\d\d\b|\b20\d\d\b|[*_“”„«»\"‘’]|https?://|\bwww\.")


def manuscript_cited(part: str) -> bool:
    """Does ``part`` (one work of a note) cite a manuscript by holder and shelfmark?"""
    if archival_file(part):
        return True
    leaf = _LEAF.search(part)
    if leaf is None or _PUBLICATION.search(part) is not None:
        return False
    # (the holder and the shelfmark before the leaf: at least two comma-separated parts)
    return part[: leaf.start()].count(",") >= 2
