"""A library's copy of a printed work, its holding named before the work's citation.

A note that cites the copy a library keeps -- an atlas, an early print, a map -- may give
the library, its department and the shelf mark first, by the shelf mark's word, and the
work's citation after a colon::

    National Library, Special Collections, shelfmark Maps C.7.d.2: Jan Visscher, *Atlas
        contractus*, Amsterdam: Visscher, 1666.
    Universiteitsbibliotheek Leiden, Bijzondere Collecties, plaatsnummer COLLBN 1402 A 3:
        Willem Blaeu, *Theatrum orbis terrarum*, Amsterdam: Blaeu, 1635.
    Staatsbibliothek, Kartenabteilung, Signatur 2° Kart. L 1234: Matthäus Seutter, *Atlas
        novus*, Augsburg: Seutter, 1730.

The work cited is the printed one, its maker the author and its imprint the year (the
corpus conventions: a printed map or atlas is a book); the holding is where the copy is,
no author.  :func:`after_holding` gives the citation after the holding, for the parsers
to read alone; the shelf mark may hold a colon of its own (``OTM: HB-KZL 1806``), so the
holding ends at the first colon after the shelf mark's word that is followed by a name or
a title (no digit before the next comma).  Without the shelf mark's word, a manuscript's
shelfmark before its title is :mod:`.shelfmark_lead`'s.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["after_holding"]

# the shelf mark's word, in the languages of the notes
_MARK_WORD = (
    r"(?:shelf\s?-?mark|press\s?-?mark|call\s(?:number|no\.)|plaatsnummer|plaatskenmerk"
    r"|signatuur|Signatur|Sign\.|cote|segnatura|collocazione|signatura|sygnatura|signum"
    r"|hyllsignum|hyllesignatur|signatura\stopográfica|cota)"
)
# the holding: the holder and its department (commas apart), then the shelf mark's word
_HOLDING = lazy_compile(
    rf"^(?P<holder>[^\W\d_][^:;()\[\]*_“”\"]{{2,160}}?),\s{_MARK_WORD}\s", re.IGNORECASE
)
# the colon that ends the holding and what follows it, up to its next comma
_COLON = lazy_compile(r":\s+(?=(?P<next>[^,]{1,80}))")


def after_holding(text: str) -> str | None:
    """The citation after the holding ``text`` opens with (see the module), or None."""
    found = _HOLDING.match(text)
    if found is None:
        return None
    for colon in _COLON.finditer(text, found.end()):
        following = colon.group("next")
        if re.search(r"\d", following):
            continue  # (the shelf mark goes on: "OTM: HB-KZL 1806 A 1–11")
        rest = text[colon.start("next") :]
        return rest if len(rest) >= 12 else None
    return None
