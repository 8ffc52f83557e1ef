"""An act cited with the official collection of its time after a comma: no part of its title.

Notes in history cite a nineteenth- or early twentieth-century act by its title, then the
collection that printed it, its series, year and number::

    Décret impérial du 12 mars 1856 portant création du bureau des longitudes, Bulletin
        des lois de l'Empire français, XIe série, 1856, n° 370.
    Loi du 9 décembre 1905 concernant la séparation des Églises et de l'État, Journal
        officiel de la République française, 11 décembre 1905, p. 7205.
    Arrêté royal du 5 mars 1850 portant organisation de l'Observatoire royal, Pasinomie,
        3e série, 1850, n° 112.

The collections: France's *Bulletin des lois* (1794–1931) and *Moniteur universel*,
Duvergier's *Collection complète des lois*, Belgium's *Pasinomie* and *Moniteur belge*,
the German *Reichsgesetzblatt* and Prussia's *Gesetz-Sammlung*, Italy's *Raccolta
ufficiale delle leggi e dei decreti*, Spain's *Gaceta de Madrid* and *Colección
legislativa*, the Netherlands' *Staatsblad*.  When the title opens with an act's
designation (:data:`.legal_words.STATUTES`, perhaps with the Crown's "Regio", "Real",
"Reial") and a parser ran it on into such a collection after a comma, the collection is
cut; the act is a ``report`` (the corpus files legislation so).  Today's gazettes after a
comma are :mod:`.official_acts`'s.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.legal_words import HISTORIC_GAZETTES, STATUTES

__all__ = ["without_historic_gazette"]

_ACT = lazy_compile(rf"^(?:(?:Regio|Real|Reial)\s)?(?:{STATUTES})\b")
# the collections of their time (:data:`.legal_words.HISTORIC_GAZETTES`), and two of today's
# names that printed acts then too
_COLLECTION = rf"{HISTORIC_GAZETTES}|Journal\sofficiel\sde\sla\sRépublique\sfrançaise|Staatsblad"
# the collection after a comma, the rest of the title its series, year and number
_TAIL = lazy_compile(rf",\s(?:{_COLLECTION})\b[^;]*$")


def without_historic_gazette(ref: Reference) -> Reference:
    """``ref`` with an official collection of acts (see the module) cut from its title's
    end, when the title opens with an act's designation; a ``report``."""
    title = ref.title
    if not title or _ACT.match(title) is None:
        return ref
    tail = _TAIL.search(title)
    if tail is None or tail.start() < 10:
        return ref
    return dataclasses.replace(ref, title=title[: tail.start()].strip(), kind=RefKind.REPORT)
