"""A record office's or a collection's reference closing a note: the note cites an item.

British and Commonwealth notes cite an item a record office, a library's collection or a
museum keeps by its description, the holder, and the holder's reference last, in the form
holders write it -- a collection's letters, then the parts of the reference parted by
slashes, the last a number::

    Oral history collection, interview 12, recorded 1984, County Record Office, OHC/3/12.
    Minute book of the harbour board, 1870–1885, Town Archive, HB 214/1/3.
    Parish magazine, 1921, Local Studies Centre, LSC/PM/1921/4.

Such a note carries no year where citations put one (``recorded 1984`` is a date of the
sentence) and no title in quotation marks, yet it cites an item: the archive's file that
the corpus conventions file as ``unknown``, no commentary (:mod:`.commentary`).  A
reference is known by its slashes and its closing number, after a comma at the note's end
(``HIV/AIDS`` has no number, ``24/7`` no letters).  A note whose first element names the
collection (``… collection``, ``… papers``, ``… fonds``, ``Nachlass …``) and which closes
with such a reference cites an item of the collection (:func:`collection_item`), whatever
the parsers made of its number (a report's).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["closing_reference", "collection_item"]

_CLOSING = lazy_compile(
    # (a class's letters may stand apart: "C DPD/3/1"; a number before the slashes: "HB 214/1")
    r",\s(?:[A-Z]{1,3}\s)?[A-Z][A-Z.]{1,9}(?:\s\d{1,6})?(?:/[A-Z\d.]{1,12}){0,4}/\d{1,6}"
    r"(?:\s?[–-]\s?\d{1,6})?\.?\s*$"
)


def closing_reference(text: str) -> bool:
    """Does ``text`` (a note) close with a holder's reference (see the module)?"""
    return _CLOSING.search(" ".join(text.split())) is not None


# the collection named by the note's first element, closing it ("Oral history collection",
# "Harbour Board papers", "Fonds Dupont" opening it)
_COLLECTION = lazy_compile(
    r"^[^,;:]{0,80}?\b(?:collection|papers|archives?|fonds|Sammlung|Nachlass|samling|arkiv"
    r"|collectie|archief|collezione|colección|coleção)$"
    r"|^(?:Fonds|Nachlass|Collection|Sammlung|Collectie)\s[^,;:]{1,80}$",
    re.IGNORECASE,
)


def collection_item(text: str) -> bool:
    """Does ``text`` (a note) name a collection in its first element and close with a
    holder's reference (see the module)?"""
    flat = " ".join(text.split())
    first = flat.split(",", 1)[0].strip(" *_")
    return _COLLECTION.match(first) is not None and closing_reference(flat)
