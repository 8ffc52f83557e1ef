"""A map's scale after its title: no part of the title.

A printed map is cited by its title (often a sheet's number and name), then its scale as an
element of its own, before the imprint::

    Landesvermessungsamt: Topographische Karte 5218 Gießen, 1:25 000, Wiesbaden 1931.
    Carte de l'état-major, feuille 12 Rouen, échelle 1/80 000, Paris 1836.
    Ordnance Survey: One-inch map, sheet 94, Penrith, scale 1:63,360, Southampton 1925.
    Kaart van Nederland, blad 31, schaal 1:50.000, Delft 1912.
    Stadtplan von Hannover (M 1:10 000), Hannover 1910.

The scale is the map's mathematical data (ISBD area 3, MARC 255), which library catalogues and
citation styles keep apart from the title proper, as they keep an edition or a volume.  Cut
when it closes the title after a comma, a semicolon or in brackets, with or without its word
(``M``, ``Maßstab``, ``scale``, ``échelle``, ``escala``, ``scala``, ``schaal``, ``skala``,
``mittakaava``, ``målestokk``, ``masštab``, ``масштаб``).  A scale inside a series' name with no
separator before it (``Mapa Topográfico Nacional de España 1:50.000``, ``Harta gjeologjike e
Shqipërisë 1:200 000``) names the series and stays.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference

__all__ = ["without_scale"]

# the scale's own word, in the languages maps are cited in
_WORD = (
    r"(?:M\.?|Ma(?:ß|ss)stab|[Ss]cale|[ÉéEe]chelle|[Ee]scala|[Ss]cala|[Ss]chaal|[Ss]kala"
    r"|[Mm]ittakaava|[Mm]ålestokk|[Mm]ålestock|[Mm]ěřítko|[Mm]asštab|[Mm]асштаб|[Mm]asštabas)"
)
# the ratio: "1:25 000", "1 : 25.000", "1:25,000", "1:25000", "1/80 000"
_RATIO = r"1\s?[:/]\s?\d{1,3}(?:[.,\s\u00a0\u202f]?\d{3})+(?!\d)"
_CLOSING = lazy_compile(
    rf"(?:[,;]\s(?:{_WORD}\.?\s)?{_RATIO}|\s[(\[](?:{_WORD}\.?\s)?{_RATIO}[)\]])\.?\s*$"
)


def title_without_scale(title: str) -> str:
    """``title`` with the scale closing it cut (see the module); as it is otherwise."""
    m = _CLOSING.search(title)
    if m is None or m.start() < 3:
        return title
    return title[: m.start()].rstrip(" ,;")


def without_scale(ref: Reference) -> Reference:
    """``ref`` with the map's scale closing its title cut (see the module)."""
    if not ref.title:
        return ref
    title = title_without_scale(ref.title)
    return ref if title == ref.title else dataclasses.replace(ref, title=title)
