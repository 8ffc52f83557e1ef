"""A data set's bracketed designator inside what was read as its title: the title ends there.

Notes and lists of any language mark a data set by a bracketed word after its title, then
go on with its version and repository, comma after comma::

    Anna Berg: Messreihen an zehn Brücken 1990–2020 [Datensatz], Version 3, Zenodo 2021, …
    Lund, E.: Harbour soundings 1870–1910 [dataset], v2, DANS 2019.
    Pérez, L.: Censo de viviendas de 1860 [datos], versión 1, Madrid 2022.

A parser that runs the title to the place and year keeps ``[Datensatz], Version 3`` in it;
:func:`title_before_medium` ends the title before the designator (``[Datensatz]``,
``[dataset]``, ``[Dataset]``, ``[jeu de données]``, ``[conjunto de datos]``, the short
``[datos]``, ``[dados]``, ``[dati]``, ``[data]``: :data:`.release_words.DATA_SET` and these),
and a work of no kind or read as a book is ``web``, as the corpus conventions file data sets.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import release_words

__all__ = ["title_before_medium"]

# (then the element's comma or the end: "Big [data] analytics" keeps its words)
_DESIGNATOR = lazy_compile(
    rf"\s?\[(?:{release_words.DATA_SET}|datos|dados|données|dati|data)\](?=[,.;:](?:\s|$)|$)",
    re.IGNORECASE,
)


def title_before_medium(ref: Reference) -> Reference:
    """``ref`` with its title cut before a data set's bracketed designator (module doc)."""
    title = ref.title
    if not title or "[" not in title:
        return ref
    m = _DESIGNATOR.search(title)
    if m is None or m.start() < 3:
        return ref
    kind = RefKind.WEB if ref.kind in (RefKind.UNKNOWN, RefKind.BOOK) else ref.kind
    return dataclasses.replace(ref, title=title[: m.start()].rstrip(" ,.;:"), kind=kind)
