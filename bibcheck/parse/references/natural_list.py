"""Two people in natural order, parted by a comma, that a parser took for one inverted name.

``Alexandru Niculescu-Mizil, Rich Caruana. "Title". ICML 2005.`` reads, taken alone, as a
Chicago bibliography's inverted first author (family name "Alexandru Niculescu-Mizil",
given names "Rich Caruana"), as ``García Márquez, Gabriel José`` would.  The list says
which: when its other entries name two or more people each in natural order (``Chuan Guo,
Geoff Pleiss, Yu Sun``) and none inverts a name (``Guo, C.``), such a name is two people.
:func:`natural_order` tells a list of that kind; :func:`split_pairs` parts an entry's
(or a note's) name of two natural-order names, each of two words or more.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.patterns import U

__all__ = ["natural_order", "natural_order_list", "split_pairs"]

_WORD = rf"[{U}][^\W\d_]*(?:['’-][^\W\d_]+)*[^\W\d_]"  # "Rich", "Niculescu-Mizil", "O'Neil"
# a person in natural order: a given name written out, further given names or initials,
# the family name last ("Kilian Q. Weinberger", "Mahdi Pakdaman Naeini")
_NATURAL = lazy_compile(rf"{_WORD}(?:\s(?:{_WORD}|[{U}]\.)){{0,2}}\s{_WORD}")
# an inverted name with initials ("Guo, C.", "Guo, Chuan Q."): a list that inverts names
_INVERTED = lazy_compile(rf"[^,]+,\s(?:{_WORD}\s)?[{U}]\.(?:\s?[{U}]\.)*")
_FEWEST = 2  # entries naming two or more people in natural order


def _natural(name: str) -> bool:
    return _NATURAL.fullmatch(name.strip()) is not None and not is_organisation(name)


def _pair(name: str) -> tuple[str, str] | None:
    """``name`` as the two natural-order names it is made of (``A B, C D``), or None."""
    first, comma, second = name.partition(", ")
    if not comma or "," in second or not (_natural(first) and _natural(second)):
        return None
    return first.strip(), second.strip()


def natural_order(refs: Sequence[Reference]) -> bool:
    """Does the list ``refs`` name its people in natural order (module docstring)?"""
    natural = 0
    for ref in refs:
        if any(_INVERTED.fullmatch(a.strip()) for a in ref.authors):
            return False
        if len(ref.authors) >= 2 and all(_natural(a) for a in ref.authors):
            natural += 1
    return natural >= _FEWEST


def split_pairs(ref: Reference) -> Reference:
    """``ref`` with each name made of two natural-order names parted in two."""
    names = tuple(part for a in ref.authors for part in (_pair(a) or (a,)))
    return dataclasses.replace(ref, authors=names) if names != ref.authors else ref


def natural_order_list(refs: Sequence[Reference]) -> list[Reference]:
    """The entries of one list, their two-in-one names parted when the list names people in
    natural order (:func:`natural_order`); ``refs`` as they are otherwise."""
    if not natural_order(refs):
        return list(refs)
    return [split_pairs(ref) for ref in refs]
