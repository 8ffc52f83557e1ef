"""A music manuscript or print held by a library, cited by its shelf mark and RISM siglum.

Musicologists cite a source held by a library by the library's name (or its RISM siglum),
its department and the shelf mark, often with the RISM siglum in parentheses:
``Bibliothèque nationale de France, département de la Musique, Vm7 4822 (RISM F-Pn) :
cantates``, ``Staatsbibliothek zu Berlin, Musikabteilung, Mus.ms. 30095 (RISM D-B)``,
``British Library, R.M. 24.d.4 (RISM GB-Lbl)``.  A RISM library siglum -- the country's
letters, a hyphen, the library's letters (``F-Pn``, ``D-Mbs``, ``GB-Lbl``, ``US-Wc``) --
after the words ``RISM`` names a holding library, so the item is an archival one.  Without
the siglum, a shelf mark in the form of the Paris music collections -- a collection's
letters with its number glued on, then the item's number (``Vm1 1162``, ``Vm7 3615``) --
after a library's name shows the same.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["COLLECTION_MARK", "library_holding"]

# "RISM F-Pn", "RISM: D-Mbs", "RISM GB-Lbl" (a library's siglum, not a RISM series "A/I")
_RISM_SIGLUM = lazy_compile(r"\bRISM:?\s[A-Z]{1,3}-[A-Z][A-Za-z]{0,7}\b")
# a collection's letters with its number glued on, then the item's: "Vm1 1162", "Vm7 3615"
# ("Vma 1043" is no shelf mark of this form, no digit glued; nor "Vol. 12")
COLLECTION_MARK = lazy_compile(
    r"(?<![\w.-])(?P<head>[A-Z][a-z]{1,3}\d{1,2})\s(?P<lo>\d{1,6})(?:\s?[–—-]\s?(?P<hi>\d{1,6}))?"
    r"(?![\w/])"
)
# ... after a comma, past the library's name (and a "Rés." for its reserve)
_AFTER_COMMA = lazy_compile(r",\s(?:Rés\.\s)?(?=[A-Z][a-z]{1,3}\d)")


def library_holding(text: str, after: int) -> bool:
    """Does ``text``, past the library's name that ends at ``after``, cite an item the
    library holds by a RISM siglum or a shelf mark of a collection's letters and number?"""
    if _RISM_SIGLUM.search(text, after):
        return True
    return any(
        COLLECTION_MARK.match(text, comma.end()) for comma in _AFTER_COMMA.finditer(text, after)
    )
