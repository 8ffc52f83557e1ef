"""A map's sheet after the series title: no part of the title.

A topographic or geological map printed in sheets is cited by its series title (which holds
its scale), then the sheet's number and name::

    Instituto Geográfico Nacional. Mapa Topográfico Nacional de España 1:50.000. Hoja 605,
        Aranjuez [mapa]. Madrid: CNIG; 2019.
    Ordnance Survey. Explorer Map 1:25 000. Sheet OL7, The English Lakes. Southampton: …
    Geologische Karte von Bayern 1:25 000. Blatt 7934, Starnberg Süd. München: LfU, 2010.

The sheet identifies a part of the series' work, as a report's number does (the corpus
conventions: a map's sheet number and name after the series title are no part of the
title).  :func:`without_map_sheet` cuts the sheet's sentence from a title when the title
holds a scale (``1:50.000``, ``1:25 000``) or the entry calls itself a map (``[mapa]``,
``[map]``, ``[Karte]``); a "Sheet 3" closing any other title stays.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference

__all__ = ["without_map_sheet"]

# the sheet's sentence closing the title: its word, number and name
_SHEET = lazy_compile(
    r"\.\s(?:Hoja|Sheet|Blatt|Feuille|Foglio|Folha|Blad|Kartblad|Arkusz|Lehti|Karta)\s"
    r"(?:(?:n\.?\s?º|No\.|Nr\.|n\.)\s?)?[A-Z]{0,3}\d{1,4}[A-Za-z]?(?:[-–/]\d{1,4})?"
    r"(?:,?\s[^.;]{1,80})?$"
)
# a map's scale: "1:50.000", "1:25 000", "1 : 200 000", "1:1,000,000"
_SCALE = lazy_compile(r"(?<!\d)1\s?:\s?\d{1,3}(?:[.,\s\u00a0]?\d{3})+(?!\d)")
# the entry's own word for a map in brackets
_MAP_WORD = lazy_compile(r"\[(?i:mapa|map|maps|karte|carte|carta|kaart|kart|mapa\stopográfico)\]")


def without_map_sheet(ref: Reference) -> Reference:
    """``ref`` with the map sheet after its series title cut from its title (see the
    module); as it is otherwise."""
    if not ref.title:
        return ref
    m = _SHEET.search(ref.title)
    if m is None or m.start() < 3:
        return ref
    head = ref.title[: m.start()]
    if _SCALE.search(head) is None and _MAP_WORD.search(ref.raw) is None:
        return ref
    return dataclasses.replace(ref, title=head)
