"""The kind of a map in a typed entry: a CSL-JSON ``map`` item.

The corpus conventions (``tests/corpus/README.md``, kinds of sources that are not articles or
books) file a map as a ``book`` when it is printed and as ``web`` when it is online only.  A
CSL ``map`` item says which by its fields: a publisher or a place of publication is a printed
sheet's imprint (an Ordnance Survey sheet, a geological map, an atlas plate), and so is an item
with no address at all; an item with an address and no imprint is a map published online only
(a web map, a map service's page).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bibcheck.model import RefKind

__all__ = ["csl_map_kind"]

_IMPRINT_FIELDS = ("publisher", "publisher-place", "event-place")
_ADDRESS_FIELDS = ("URL", "url")


def _given(item: Mapping[str, Any], name: str) -> bool:
    value = item.get(name)
    return isinstance(value, str) and bool(value.strip())


def csl_map_kind(item: Mapping[str, Any]) -> RefKind | None:
    """``book`` for a printed map, ``web`` for a map online only, None for an item that is
    no ``map`` (see the module)."""
    if str(item.get("type", "")).strip().lower() != "map":
        return None
    if any(_given(item, name) for name in _IMPRINT_FIELDS):
        return RefKind.BOOK
    if any(_given(item, name) for name in _ADDRESS_FIELDS):
        return RefKind.WEB
    return RefKind.BOOK
