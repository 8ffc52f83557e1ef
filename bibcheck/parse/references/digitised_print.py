"""A printed book cited with the address of its digitised copy: still a book.

Histories cite an old print, or any book, in the copy a digital library holds: the
emphasised title, the imprint (the place, Latin locatives too, and the year; a
publisher after a colon), then the copy's address and the date it was consulted::

    _Constitutiones synodi dioecesis Cracoviensis_, Cracoviae 1621, https://polona.pl/…
    *Statuta synodalia*, Romae: Typis Vaticanis, 1596, https://archive.org/… (accessed …)
    _Rituale Romanum_, Venetiis 1614, https://books.google.com/… (dostęp: 10.02.2026).

The address makes a parser read a web page; the imprint says the work was printed, a
``book`` (the address its ``url``).  :func:`digitised_print` tells the shape: the title in
emphasis marks (a web page's is quoted or plain) right before the imprint, the imprint
right before the address.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["digitised_print", "printed_kind"]

# after the emphasised title: ", Place Year," or ", Place: Publisher, Year," then the address
# (the place one to three capitalised words; the publisher no address, no digits)
_IMPRINT = lazy_compile(
    r"^[*_]{1,2}[,.]\s(?:[^\W\d_][\w'’-]{1,30}\s){0,2}?[^\W\d_a-z][\w'’-]{1,30}"
    r"(?::\s[^\d:/,;()]{2,80})?,?\s(?:1[4-9]\d\d|20\d\d)[,.]?\s+(?:<\s?)?https?://",
)


def digitised_print(ref: Reference, text: str) -> bool:
    """Is ``ref``, read as a web page from ``text``, a printed book cited with the address
    of its digitised copy (see the module)?"""
    if ref.kind is not RefKind.WEB or not ref.title or ref.host:
        return False
    flat = " ".join(text.split())
    at = flat.find(ref.title)
    if at <= 0 or flat[at - 1] not in "*_":
        return False
    if flat[: at - 1].strip(" *_"):
        return False  # (an author or a publisher before the title: another shape)
    return _IMPRINT.match(flat[at + len(ref.title) :]) is not None


def printed_kind(ref: Reference, text: str) -> Reference:
    """``ref`` a ``book`` when it is a digitised print (:func:`digitised_print`)."""
    if digitised_print(ref, text):
        return dataclasses.replace(ref, kind=RefKind.BOOK)
    return ref
