"""A museum object's inventory number in parentheses after its title, no part of the title.

A collection's online record of an object is cited by the object's name with its inventory
or accession number in parentheses, then the collection and the record's address:
``Museum. (n.d.). Lute from Bologna (inv. no. MI 54). Retrieved …``, ``Pokal aus Nürnberg
(Inv.-Nr. KG 1123)``, ``Spinett (inv.nr 4471)``, ``Harp (acc. no. 1989.44)``, ``Luth (n° inv.
E.1234)``.  The number says which object the record is of; the title is the name before it.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.catalogue_numbers import INVENTORY_LABEL

__all__ = ["without_inventory"]

# the label: "inv.", "inv. no.", "inv.nr", "Inv.-Nr.", "inventory no.", "Inventarnummer",
# Swedish "inventarienr", Dutch "inventarisnummer", "n° inv.", "nº de inv.", "acc. no.",
# "accession number", "object no."; then the collection's letters and the number
_TRAILING = lazy_compile(
    rf"\s\({INVENTORY_LABEL}\s?(?:[A-Z]{{1,5}}[\s.-]?){{0,3}}\d[\w.:/–-]*\)$",
    re.IGNORECASE,
)


def without_inventory(title: str) -> str:
    """``title`` without the inventory number in parentheses at its end (module doc)."""
    m = _TRAILING.search(title)
    return title if m is None or m.start() == 0 else title[: m.start()].rstrip()
