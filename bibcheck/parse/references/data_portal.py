"""The portal a data series is read on, printed after the series' title: no part of it.

A reference to a statistical series or a data table names the series, perhaps its code in
square brackets, then the portal or database that serves it, before its address and the
date it was consulted::

    Federal Reserve Bank of St. Louis (2026). Federal Funds Effective Rate [FEDFUNDS],
        FRED. https://fred.stlouisfed.org/series/FEDFUNDS (accessed 12 November 2026).
    ECB (2026). MFI interest rate statistics (MIR), ECB Data Portal. https://….
    Destatis (2025). Verbraucherpreisindex [61111-0001], GENESIS-Online. https://….
    INE (2024). Índice de precios de consumo, Base de datos INEbase. https://….

The title is the series' name: the code in brackets (one word, no spaces: the portal's key)
and the portal after it, or a portal's name after the title's last comma (a name that ends
with the word for a data portal or database, in the languages such lists are written in),
are left out.  Only a web reference (the corpus conventions: datasets are ``web``) is read
so; a book's or an article's title keeps its words.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["portal_off_title"]

# "… Rate [FEDFUNDS], FRED", "… [61111-0001], GENESIS-Online": the series' key, then the
# portal's short name
_CODE_PORTAL = lazy_compile(
    r"^(?P<title>.{3,}?)\s\[(?P<code>[\w.:/-]{2,40})\],\s(?P<portal>[^,\[\]()]{2,40})$"
)
# "…, ECB Data Portal", "…, OECD Data Explorer", "…, Base de datos INEbase", "…, Banque de
# données macroéconomiques": a portal or database named by what it is
_PORTAL_WORDS = (
    r"Data\s(?:Portal|Browser|Warehouse|Explorer|Hub|Centre|Center)|Database|Open\sData"
    r"|Statistical\sData\sWarehouse|Datenportal|Datenbank|Base\sde\s(?:datos|dados)"
    r"|Banque\sde\sdonnées|Portal\sde\sdatos|Banca\sdati|Portale\sdati|Databank"
)
_NAMED_PORTAL = lazy_compile(
    rf"^(?P<title>.{{3,}}?),\s(?P<portal>(?:[\w.&-]+\s){{0,4}}(?:{_PORTAL_WORDS})"
    r"(?:\s[\w.&-]+){0,2})$"
)


def portal_off_title(ref: Reference) -> Reference:
    """``ref`` with its title the series' name (see the module doc), when it is a web
    reference whose title ends with the series' code and portal or a portal's name."""
    if ref.kind is not RefKind.WEB or not ref.title:
        return ref
    m = _CODE_PORTAL.match(ref.title) or _NAMED_PORTAL.match(ref.title)
    if m is None:
        return ref
    return dataclasses.replace(ref, title=m.group("title").strip())
