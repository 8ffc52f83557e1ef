"""Which of an imprint's two names is its place: a standard BibTeX style prints the
publisher first (``Publisher, Address, 1987.``, :mod:`.bst`), while a note in the Romance
languages (and many others) writes the place first (``Madrid, Cátedra, 1990.``, ``Lisboa,
Cosmos, 1998.``).  A known place of publication (:mod:`.places`) before a name that is
none is the place."""

from __future__ import annotations

from bibcheck.parse.references.places import is_place

__all__ = ["publisher_place"]


def publisher_place(first: str, second: str) -> tuple[str, str]:
    """The publisher and the place of an imprint written ``first, second``: in the BibTeX
    order (the publisher first), unless ``first`` is a known place of publication and
    ``second`` is not."""
    if is_place(first) and not is_place(second):
        return second, first
    return first, second
