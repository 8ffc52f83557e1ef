"""Artworks and museum objects a note cites as objects, which a list of literature leaves out.

Art history cites a painting, a drawing or an object by its maker, title and date, its
medium and the collection that holds it with its inventory (accession) number:
``Josefa de Ayala, *Agnus Dei*, c. 1670, óleo sobre tela, Évora, Museu …, inv. ME 1534.``,
``Jan Steen, *The Feast*, 1668, oil on canvas, 82 × 107 cm, London, National Gallery, inv.
NG 1421.``, ``Caspar David Friedrich, *Mönch am Meer*, 1810, Öl auf Leinwand, Berlin,
Alte Nationalgalerie, Inv.-Nr. A I 1227.``.  The work is an object, not a publication: a
bibliography lists the literature about it, a list of works reproduced perhaps, never the
object itself.  Told by its medium on a support (``oil on canvas``, ``huile sur toile``,
``olio su tavola``, ``olieverf op doek``) together with an inventory number or its size.

So is the object's record in a collection's online catalogue, cited by the object's title
and the record's address (``«Março», MatrizNet, Museus e Monumentos de Portugal,
http://…/Objectos/ObjectosConsultar.aspx?IdReg=253814 (consultado em …).``, ``“The Feast,”
National Gallery, https://www.nationalgallery.org.uk/paintings/…``): no author, and an
address whose path opens an object's or a collection's record (``/object/``,
``/objectos/``, ``/collection/…/``, ``/sammlung/objekt/``).

A note citing either is no ``missing-literature-entry`` unless the list holds one of the
kind (then it lists them all).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference

__all__ = ["artwork", "cites_object", "collection_record"]

# a medium on its support, in English, Portuguese, Spanish, French, Italian, German, Dutch,
# Polish and Czech
_MEDIUM = lazy_compile(
    r"\b(?:oil|tempera|acrylic|gouache|watercolou?r|ink|distemper|egg\stempera)"
    r"\son\s(?:canvas|panel|(?:oak\s)?wood|paper|copper|board|linen|vellum|parchment|slate)\b"
    r"|(?<!\w)(?:óleo|têmpera|temple|acrílico|guache)\ssobre\s"
    r"(?:tela|tábua|madeira|lienzo|tabla|cobre|papel|cartão|pergaminho)\b"
    r"|\b(?:huile|tempera|détrempe|gouache|aquarelle)\ssur\s(?:toile|bois|panneau|cuivre|papier)\b"
    r"|\b(?:olio|tempera|acrilico)\ssu\s(?:tela|tavola|rame|carta|legno)\b"
    r"|(?<!\w)(?:Öl|Tempera|Acryl|Aquarell)\sauf\s(?:Leinwand|Holz|Eichenholz|Kupfer|Papier|Karton)\b"
    r"|\b(?:olieverf|tempera)\sop\s(?:doek|paneel|koper|papier)\b"
    r"|\bolej\sna\s(?:płótnie|desce|plátně|dřevě)(?!\w)",
    re.IGNORECASE,
)
# an inventory or accession number: "inv. 1740", "inv. no. NG 1421", "Inv.-Nr. A I 1227",
# "n.º inv. 12", "acc. no. 1975.1.1", "accession number 29.100.5", "inv.nr. SK-A-199"
_INVENTORY = lazy_compile(
    r"(?<!\w)(?:inv\.(?:[\s-]?(?:n[º°o]\.?|nr\.?|no\.?))?|n\.?\s?º\s?(?:de\s)?inv\.?"
    r"|inventory\s(?:no\.|number)|inventario|inventaire|Inventarnummer"
    r"|acc(?:ession)?\.?\s?(?:no\.|nr\.|number))\s?(?:[A-Z]{1,5}[\s.-]?){0,3}\d",
    re.IGNORECASE,
)
# its size: "84 × 160 cm", "82 x 107 cm", "45,5 × 60 cm"
_SIZE = lazy_compile(
    r"\b\d{1,4}(?:[.,]\d)?\s?[×x]\s?\d{1,4}(?:[.,]\d)?(?:\s?[×x]\s?\d{1,4})?\s?cm\b"
)
# an address whose path opens an object's or a collection's record
_RECORD_PATH = lazy_compile(
    r"https?://[^\s/]++(?:/[^\s/]*+)*?/(?:objects?|objectos?|objetos?|objets?|oggett[oi]"
    r"|objekte?|collections?/[^\s/]++|sammlung/[^\s/]++|cole[cç][cç]?[aã]o/[^\s/]++"
    r"|colecci[oó]n/[^\s/]++|collezion[ei]/[^\s/]++)(?:/|\?|\b)",
    re.IGNORECASE,
)


def artwork(text: str) -> bool:
    """Does ``text`` cite an artwork by its medium, with its inventory number or size?"""
    medium = _MEDIUM.search(text)
    if medium is None:
        return False
    after = text[medium.end() :]
    return _INVENTORY.search(after) is not None or _SIZE.search(text) is not None


def collection_record(ref: Reference) -> bool:
    """Does ``ref`` cite, with no author, an object's record in a collection online?"""
    return not ref.authors and any(
        _RECORD_PATH.match(url) is not None
        for url in (ref.url, *re.findall(r"https?://\S+", ref.raw))
        if url
    )


def cites_object(ref: Reference) -> bool:
    """Does ``ref`` cite an artwork or a collection's record of an object (module doc)?"""
    return artwork(ref.raw) or collection_record(ref)
