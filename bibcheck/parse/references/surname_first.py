"""A list that writes its authors' names family name first, with no comma between the
family and the given name.

French bibliographies head each entry ``NOM Prénom`` with the family name in small
capitals; a PDF converter or a word processor's plain text often loses the capitals
(``Berthier Hugo, « Titre », …``, ``Moreno Carlos, Allam Zaheer et Pratlong Florent,
…``), and Hungarian, Chinese and Korean lists write names in that order as the language
does.  Taken alone, ``Berthier Hugo`` reads as a given name and a family name.  A list
says which: it is sorted by its first authors' family names, so when its entries follow the
alphabet by the first word of such names and not by the last, the first word is the family
name.  :func:`surname_first_list` then writes every such name of the list inverted
(``Berthier, Hugo``), as library catalogues do.

Icelandic lists are sorted by the given name, written first (``Bjarni Þorsteinsson``,
``Guðrún Jónsdóttir``): a list with a patronymic or matronymic last is left as written.

Only two-word names of capitalised words (a hyphen may join two: ``Parin-Senemaud
Claire``) tell the order, never initials (``Smith J``: Vancouver's) nor an organisation
(``World Bank``); four such heads at least must be in order, and the last words out of it.

A list in parts (``Sources imprimées`` / ``Études``, ``Quellen`` / ``Literatur``, ``Fonti``
/ ``Studi``) starts the alphabet again in each part: a few restarts are allowed (more than
four such names for each) when the last words are out of order more often, as a list written
given name first and sorted by the family name never is (its given names, first, are out of
order about every other entry). Once the list is told, its names of other shapes are
inverted too: a family name after its particles (``Le Verrier Urbain``, ``de Gaulle
Charles``, ``van Dijk Anna`` -> ``Le Verrier, Urbain``) and given names ending with an
initial (``Urban Sean E.`` -> ``Urban, Sean E.``).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence

from bibcheck.lazyre import LazyPattern, lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.references.corporate import is_organisation

__all__ = ["surname_first_list"]

# two capitalised words of two letters or more, no initials, no comma
_WORD = r"[^\W\d_](?:[^\W\d_]|['’])*[^\W\d_](?:-[^\W\d_]{2,})*"
_TWO_WORDS = lazy_compile(rf"(?P<first>{_WORD})\s(?P<last>{_WORD})")
_FEWEST = 4
# a restart of the alphabet (a part of the list) allowed for more than so many two-word names
_PER_RESTART = 8
# the particles a family name written first may open with ("Le Verrier", "de Gaulle",
# "van Dijk", "Van der Berg", "De la Cruz")
_PARTICLE = (
    r"(?:[Ll]e|[Ll]a|[Dd]e|[Dd]u|[Dd]es|[Dd]a|[Dd]i|[Dd]el|[Dd]ella|[Vv]an|[Vv]on"
    r"|der|den|dos|das)"
)
_GIVEN = r"[^\W\d_](?:[^\W\d_]|['’])*[^\W\d_](?:-[^\W\d_]{2,})*"
_INITIAL = r"[^\W\d_][^\W\d_]?\.(?:-[^\W\d_]\.)?"
# "Le Verrier Urbain", "van der Berg Anna Maria": particles, a family word, given names
_PARTICLED = lazy_compile(
    rf"(?P<first>{_PARTICLE}(?:\s{_PARTICLE})?\s{_WORD})\s(?P<last>{_GIVEN}(?:\s{_GIVEN})?)"
)
# "Urban Sean E.", "Corbin T. E.", "Le Gall Anne-M.": a family name, given names ending with
# initials
_INITIALLED = lazy_compile(
    rf"(?P<first>(?:{_PARTICLE}\s){{0,2}}{_WORD})"
    rf"\s(?P<last>(?:{_GIVEN}\s){{0,2}}+{_INITIAL}(?:\s?{_INITIAL}){{0,2}})"
)
# an Icelandic patronymic or matronymic ("Þorsteinsson", "Jónsdóttir"): Icelandic lists sort
# by the given name, which comes first ("Bjarni Þorsteinsson")
_PATRONYMIC = lazy_compile(r"(?:sson|dottir)$")


def _plain(name: str) -> re.Match[str] | None:
    m = _TWO_WORDS.fullmatch(name.strip())
    if m is None or is_organisation(name):
        return None
    first, last = m.group("first"), m.group("last")
    if not (first[:1].isupper() and last[:1].isupper()) or last.isupper() or first.isupper():
        return None  # ("BERTHIER Hugo": capitals say it, read by the style parsers)
    return m


def _key(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(c for c in decomposed if c.isalpha())


def _disorder(keys: Sequence[str]) -> int:
    return sum(1 for a, b in zip(keys, keys[1:], strict=False) if b < a)


def surname_first(refs: Sequence[Reference]) -> bool:
    """Does the list ``refs`` write its first authors' names family name first (module
    docstring)?"""
    firsts: list[str] = []
    lasts: list[str] = []
    plain = 0
    for ref in refs:
        if not ref.authors:
            continue
        head = ref.authors[0]
        m = _plain(head)
        if m is not None:
            plain += 1
            firsts.append(_key(m.group("first")))
            lasts.append(_key(m.group("last")))
        elif "," in head:  # ("Smith, John": an inverted name sorts the same either way)
            family = _key(head.partition(",")[0])
            firsts.append(family)
            lasts.append(family)
    restarts = _disorder(firsts)
    return (
        plain >= _FEWEST
        and restarts * _PER_RESTART < plain
        and _disorder(lasts) > restarts
        and not any(_PATRONYMIC.search(last) for last in lasts)
    )


def _inverted(name: str) -> str:
    """``name`` written family name first (a list :func:`surname_first` told), inverted
    at its family name: ``Berthier Hugo`` -> ``Berthier, Hugo``, ``Le Verrier Urbain`` ->
    ``Le Verrier, Urbain``, ``Urban Sean E.`` -> ``Urban, Sean E.``; as written when it has
    none of these shapes (``World Bank``, ``Smith, John``, ``Dupont Jean Pierre``)."""
    m = (
        _plain(name)
        or _shaped(_PARTICLED, name)
        or (_shaped(_INITIALLED, name) if "," not in name else None)
    )
    return f"{m.group('first')}, {m.group('last')}" if m is not None else name


def _shaped(pattern: LazyPattern, name: str) -> re.Match[str] | None:
    m = pattern.fullmatch(name.strip())
    if m is None or is_organisation(name) or not m.group("last")[:1].isupper():
        return None
    return m


def surname_first_list(refs: Sequence[Reference]) -> list[Reference]:
    """The entries of one list, each two-word name inverted (``Berthier Hugo`` ->
    ``Berthier, Hugo``) when the list writes names family name first (:func:`surname_first`);
    ``refs`` as they are otherwise."""
    if not surname_first(refs):
        return list(refs)
    out = []
    for ref in refs:
        names = tuple(_inverted(a) for a in ref.authors)
        out.append(dataclasses.replace(ref, authors=names) if names != ref.authors else ref)
    return out
