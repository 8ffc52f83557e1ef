"""A French note citing a page online: its quoted title, the site, the access date, the URL.

French notes (Chicago's French adaptations, the agencies' and the humanities' notes) cite a
page of a site as they cite an article, its title in guillemets, then the site or the
register it belongs to, the date it was consulted and its address::

    Agence régionale de santé, « Les centres de vaccination du Rhône », Site de l'ARS,
    consulté le 4 mai 2025, https://ars.example.org/centres.
    « Essai CALMEVAC », registre ClinicalTrials.gov, NCT0000000, consulté le 2 juin 2024,
    https://clinicaltrials.gov/study/NCT0000000.

With no place of publication, the site's name reads as the book's publisher (or its
register as its place): :func:`web_page` makes such a note a page online (``web``, as every
style's entry that names its address and no imprint) when it names its address and its
access date, its title is quoted (a part of a site, not a book, which French italicises)
and no real place of publication nor a journal's numbering is read.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import page_designation, quote_pairs
from bibcheck.parse.references.patterns import FRENCH_MONTH
from bibcheck.parse.references.places import is_place

__all__ = ["web_page"]

# the access date: "consulté le 2 mars 2026", "consulté en ligne le 1er juin 2024",
# "page consultée le …", "dernière consultation le …"
_ACCESSED = lazy_compile(
    r"\b(?:consulté(?:e)?(?:\sen\sligne)?|dernière\sconsultation)\s(?:le\s)?"
    rf"\d{{1,2}}(?:er)?\s{FRENCH_MONTH}\s\d{{4}}",
    flags=0,
)
# a title in guillemets at the start or after the names: "…, « Titre », …"
_OPENINGS = "".join(p.opening for p in quote_pairs.FRENCH)
_QUOTED = lazy_compile(rf"(?:^|,\s)[{_OPENINGS}]")


def _imprint(ref: Reference) -> bool:
    """Does ``ref`` name a book's place of publication: a known place, or a capitalised
    one with its publisher ("Nîmes, Lacour, 2019"; not a register's "registre ISRCTN")?"""
    place = (ref.place or "").strip()
    return bool(place) and (is_place(place) or (place[:1].isupper() and bool(ref.publisher)))


def web_page(ref: Reference, text: str, web: bool) -> Reference:
    """``ref`` (a French note or entry, ``text`` as written, ``web``: it names a web address,
    no DOI's) as a page online when it names its address and access date and its quoted
    title was read as a book's (see above)."""
    if ref.style != "french" or ref.kind is not RefKind.BOOK or not web:
        return ref
    if ref.volume or ref.issue or _imprint(ref):
        return ref
    if _ACCESSED.search(text) is None or _QUOTED.search(text) is None:
        return ref
    # ("…, site internet du musée X, …": published by the owner the designation names, as
    # :mod:`.page_designation` reads it)
    owner = page_designation.page_owner(ref.publisher) if ref.publisher else None
    if owner is not None:
        return dataclasses.replace(ref, kind=RefKind.WEB, publisher=owner, place=None)
    return dataclasses.replace(ref, kind=RefKind.WEB)
