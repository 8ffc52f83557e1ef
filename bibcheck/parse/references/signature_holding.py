"""An item a museum, an archive or a library holds, cited as a printed work is, its holder
standing where the publisher stands and its signature (shelfmark) closing the entry.

Theatre, music and art histories of Catalan, Spanish, Portuguese and Italian lists (ISO 690
and author–date) cite a hand programme, a playbill, a poster or a recording the holder
keeps in the shape of a book, the holder's place and name as the imprint::

    MAE (1981). Programa de mà de L'hort dels cirerers. Teatre X. Barcelona: Museu de les
       Arts Escèniques, signatura PM-123.
    Ajuntament (1902). Cartell de la Festa Major. Girona: Arxiu Municipal de Girona,
       signatura C-45/3.
    Compañía Y (1931). Programa de mano. Madrid: Museo Nacional del Teatro, sig. 4512.

The work is no publication: a file of its holder, ``unknown`` by the corpus conventions
(tests/corpus/README.md, archival files), and the sentence before the imprint (the company
that staged it, the theatre) no second sentence of its title.  A printed book a library
keeps names its own imprint and adds the holding after it (``Madrid: Imprenta Real.
Biblioteca Nacional, signatura R/123.``): the holder in the imprint's place, ``Place:
Holder``, is what tells the two apart.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["held_entry", "holding_imprint"]

# the holder's word: a museum, an archive, a library, a documentation centre, in the
# languages such lists are written in
_HOLDER_WORD = (
    r"Museu|Museo|Museum|Musée|Muzeum|Arxiu|Archivo|Arquivo|Archivio|Archives?|Archiv"
    r"|Biblioteca|Bibliothèque|Bibliothek|Library|Biblioteka|Hemeroteca|Filmoteca"
    r"|Centre\sde\sDocumentació|Centro\sde\sDocumentación|Centro\sde\sDocumentação"
)
# the signature's word: Catalan, Spanish, Portuguese "signatura", "sig.", "cota"; Italian
# "segnatura", "collocazione"; French "cote"; German "Signatur"; Polish "sygn."; English
# "shelfmark", "call number"
_SIGNATURE = (
    r"signatura|sign\.|sig\.|cota|segnatura|collocazione|cote|Signatur|sygnatura|sygn\."
    r"|shelfmark|shelf\smark|call\s(?:number|no\.)"
)
# a character of the holder's sentence (no full stop ending a sentence: "Madrid: Imprenta
# Real. Biblioteca …" is an imprint, then a holding)
_PIECE = r"(?:[^,:;.]|\.(?!\s))"
# "Place: Holder[, department …], signature MARK" closing the entry, its mark with a digit
_HOLDING = lazy_compile(
    r"(?:^|[.)]\s)(?P<imprint>[^\W\d_][^\W\d_'’-]*(?:\s[^\W\d_][^\W\d_'’-]*){0,3}:\s"
    rf"{_PIECE}{{0,60}}?\b(?:{_HOLDER_WORD})\b{_PIECE}{{0,120}}"
    rf"(?:,\s{_PIECE}{{2,120}}){{0,3}}?,\s"
    rf"(?:{_SIGNATURE})\s?:?\s?[^\s,;]*\d[^\s,;]*)\.?\s*$",
    re.IGNORECASE,
)


def holding_imprint(sentence: str) -> bool:
    """Is ``sentence`` (what a parser took for an imprint) a holder's place and name and
    the item's signature, ``Barcelona: Museu …, signatura PM-123.`` (see the module)?"""
    m = _HOLDING.search(" ".join(sentence.split()))
    return m is not None and m.start("imprint") == 0


def held_entry(text: str) -> bool:
    """Does ``text`` (an entry or a note) close with its holder in the imprint's place and
    the item's signature (see the module)?"""
    return _HOLDING.search(" ".join(text.split())) is not None
