"""A body's charter: a ``report``, no book.

International bodies of heritage conservation, planning and architecture issue charters under
their own names, and notes and lists cite them as they cite a book, the body first, the
title, the place and year of the meeting that adopted it::

    ICOMOS: Internationale Charta über … (Charta von Venedig), Venedig 1964.
    ICOMOS. International Charter for the Conservation … (The Venice Charter). Venice, 1964.
    CIAM: La Charte d'Athènes, Paris 1943.
    Australia ICOMOS: The Burra Charter, Burwood 2013.
    ICOMOS. The Kraków Document on Rebuilding. Paris: ICOMOS; 2003.
    ICOMOS. Déclaration de Xi'an sur la conservation du contexte … Paris: ICOMOS; 2005.

The corpus conventions (tests/corpus/README.md, kinds of sources that are not articles or
books) file standards, guidelines and such charters as a ``report``.  :func:`charter_kind`
does so when the one author is an organisation (:func:`.corporate.is_organisation`), the work
was read as a book or of no kind (no journal, no chapter of one) and its title is named a
charter, a declaration or a body's "document on" a matter: the genre's noun, perhaps after up
to three qualifying words, opens it (a person's "Charta öfver …" -- a map, in Swedish -- is not
a body's).  "Carta" names a charter in Italian, Spanish and Portuguese and a map as well: it
opens a charter's title when the meeting's city (``Carta di Venezia``, ``Carta de Atenas``) or
a charter's adjective (``Carta Internazionale del Restauro``) follows it and the entry names no
sheet, scale or mapping body (a survey's ``Carta geológica …``, ``Carta d'Italia, foglio 12``
stay maps' readings).  A body whose name tells no organisation (``New Zealand
ICOMOS``) counts when it is its own publisher (:func:`.self_issued.issues_itself`).
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.patterns import U
from bibcheck.parse.references.self_issued import issues_itself

__all__ = ["charter_kind"]

_CHARTER = lazy_compile(
    rf"^(?:(?:The|Die|La|Le|Der|El|A|O|Il)\s)?(?:[{U}][\w'’-]+\s){{0,3}}"
    r"(?:Charta|Charter|Charte|Declaration|Déclaration|Declaración|Declaração"
    r"|Dichiarazione|Deklaration|Erklärung|Document\s(?:on|of)|Dokument\s(?:zur|über))\b"
)
# a charter in Italian, Spanish and Portuguese, "Carta" with what names a charter after it: the
# city of the meeting that adopted it ("Carta di Venezia", "Carta de Atenas", "Carta da
# Lisboa", "Carta d'Amsterdam") or an adjective a charter takes ("Carta Internazionale del
# Restauro", "Carta Europea del Patrimonio", "Carta Iberoamericana …"), or the restoration it
# rules ("Carta del Restauro"); "Carta" alone is also a map ("Carta topografica d'Italia",
# "Carta Geológica de Portugal"), which :data:`_MAP` tells apart
_CARTA = lazy_compile(
    r"^(?:(?:La|A)\s)?Carta\s(?:(?i:internazionale|internacional|europea|europeia|mondiale"
    r"|mundial|iberoamericana|ibero-americana|italiana|nazionale|nacional)\b"
    rf"|(?:(?:di|de|da)\s|d['’]\s?)(?!(?:Don|Dom|Doña|Dona|Fray|Frei)\b)[{U}][^\W\d_]{{2}}"
    r"|(?i:del\srestauro|de\srestauración|do\srestauro)\b)"
)
# a letter's addressee: "Carta de Pedro de Alvarado al rey", "Carta di Marco Polo al doge"
_ADDRESSEE = lazy_compile(r"\s(?:al|ao|aos|alla|allo|ai|agli)\s")
# what a map's citation holds and a charter's does not: its sheet, its scale, or a body that
# maps ("foglio 12", "hoja 559", "folha 12-A", "1:50 000", "scala", "escala", "Istituto
# Geografico Militare", "Servicio Geográfico", "Instituto Geológico")
_MAP = lazy_compile(
    r"\b(?:fogli[oa]|hoja|folha|feuille|sheet|Blatt|scala|escala|échelle|scale"
    r"|geogr[aá]fic[oa]|cartogr[aá]fic[oa]|geol[oó]gic[oa]|topogr[aá]fic[oa]|survey)\b"
    r"|\b1\s?:\s?\d",
    re.IGNORECASE,
)


def charter_kind(ref: Reference) -> Reference:
    """``ref`` as a ``report`` when it is a body's charter (module doc)."""
    if ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN) or ref.host or len(ref.authors) != 1:
        return ref
    if not ref.title or (_CHARTER.match(ref.title) is None and not _carta(ref)):
        return ref
    if not is_organisation(ref.authors[0]) and not issues_itself(ref.authors[0], ref.publisher):
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT)


def _carta(ref: Reference) -> bool:
    """``ref``'s title is a charter named "Carta" (``ICOMOS. Carta di Venezia. Venezia,
    1964.``): the word and what names a charter after it (:data:`_CARTA`), and no map's sheet,
    scale or mapping body anywhere in the entry (``Carta d'Italia, foglio 12``), no letter's
    addressee in the title (``Carta de Pedro de Alvarado al rey``)."""
    return (
        ref.title is not None
        and _CARTA.match(ref.title) is not None
        and _MAP.search(ref.raw) is None
        and _ADDRESSEE.search(ref.title) is None
    )
