"""A list that writes its authors ``NOM Prénom``: the family name in capitals first, the
given name after, no comma between.

French (and Brazilian, Belgian, Swiss) bibliographies head their entries so:
``BOURDIEU Pierre, *Le sens pratique*, …``, ``FERRAND Camille, *Titre*, thèse de doctorat,
…``.  The French style parser inverts such a name (``BOURDIEU, Pierre``) but an entry read
by another parser (a thesis, an entry whose italics decided its shape) keeps it whole, and
its family name is then lost (``Camille`` read as the family).  Taken alone, ``WHO Europe``
or ``UNICEF France`` has the same shape, so the list decides: when at least
:data:`_FEWEST` of its entries already open with an inverted capitals name
(``BOURDIEU, Pierre``), every other first name of that shape (capitals, then one to three
capitalised given names) is inverted as well.  Organisations are left as written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.french_notes import person

__all__ = ["capitals_first_list", "capitals_inverted"]

_FEWEST = 2
# "BOURDIEU, Pierre", "DE LA FONTAINE, Jean", "D'ALMEIDA, Ana": capitals (three letters at
# least in all), a comma, a capitalised given name
_INVERTED = lazy_compile(r"[^\W\d_a-zà-ÿ'’ -]{3,}(?:[ '’-][^\W\d_a-zà-ÿ'’ -]+)*,\s[^\W\d_]")


def _caps_inverted(author: str) -> bool:
    head = author.partition(",")[0]
    return _INVERTED.match(author) is not None and head.isupper()


def capitals_inverted(author: str) -> str:
    """``FERRAND Camille`` -> ``FERRAND, Camille`` (``NOM Prénom``: :func:`.person`); any
    other author, an organisation and a name with a comma as written."""
    if "," in author or is_organisation(author):
        return author
    name = person(author)
    if name is None or "," not in name:
        return author
    family, _, given = name.partition(", ")
    if len(family.replace(" ", "")) < 3 or len(given.split()) > 3:
        return author
    return name


def capitals_first_list(refs: Sequence[Reference]) -> list[Reference]:
    """The entries of one list with ``NOM Prénom`` names inverted when the list writes its
    names so (module docstring); ``refs`` as they are otherwise."""
    if sum(1 for r in refs if r.authors and _caps_inverted(r.authors[0])) < _FEWEST:
        return list(refs)
    out = []
    for ref in refs:
        names = tuple(capitals_inverted(a) for a in ref.authors)
        out.append(dataclasses.replace(ref, authors=names) if names != ref.authors else ref)
    return out
