"""A library's collection (fonds) named in a shelfmark in place of a manuscript word.

Great libraries shelve their manuscripts by the collection they came in with, and the
shelfmark names that collection, no word for "manuscript"::

    Vat. lat. 1960, Pal. lat. 1071, Reg. lat. 12, Ottob. gr. 3    (Biblioteca Apostolica Vaticana)
    Cod. Vindob. 2554                                          (Österreichische Nationalbibliothek)
    Clm 4660, Cgm 51                                           (Bayerische Staatsbibliothek)
    Harley 2253, Cotton Nero A.x, Royal 2 B vii, Sloane 1977   (British Library)
    Laud Misc. 108, Digby 23, Douce 180                        (Bodleian Library)

:data:`FONDS_ABBREVIATION` are the abbreviations no other text uses ("Vat. lat.", "Clm");
:data:`FONDS_NAME` are the collections named after their collectors, which are surnames too
("Harley", "Cotton"): a shelfmark only where the library and its city stand before them
(:mod:`.city_shelfmark`).  :data:`CLASSMARK` is a number or the Cotton library's press mark
without one (``Nero A.x``: an emperor's bust, its shelf letter and a Roman numeral).
"""

from __future__ import annotations

__all__ = ["CLASSMARK", "FONDS_ABBREVIATION", "FONDS_NAME"]

_LANGUAGE = r"(?:lat|gr|graec|ital|hebr|syr|ar|arab|copt|aeth|arm|germ|gall|fr|slav|ind)"
FONDS_ABBREVIATION = (
    rf"(?<![^\W\d_])(?:(?:Vat|Pal|Reg|Ottob|Barb|Urb|Ross|Chig|Borg|Cappon)\.\s?{_LANGUAGE}\."
    r"|Vindob\.|Clm|Cgm|Cod\.\s?(?:Pal\.\s?)?germ\.|Cod\.\s?(?:Pal\.\s?)?lat\.)(?![^\W\d_])"
)
FONDS_NAME = (
    r"(?<![^\W\d_])(?:Harley|Harleian|Cotton|Royal|Arundel|Sloane|Egerton|Lansdowne|Burney"
    r"|Stowe|Yates\sThompson|Laud|Bodley|Digby|Ashmole|Douce|Rawl\.|Rawlinson|Auct\.|Junius"
    r"|Junii)(?![^\W\d_])"
)
# a number, or a shelf letter and a Roman numeral ("Nero A.x", "Vitellius A.xv", "D. iv")
CLASSMARK = r"(?:\d|(?<![^\W\d_])[A-H]\.\s?[ivxlc]+(?![^\W\d_]))"
