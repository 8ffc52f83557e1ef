"""A note's name in natural order filed as a French list files the same person.

A French bibliography files a person under the family name and writes the particle ``de``,
``d'``, ``du``, ``de la`` or ``des`` after the given names (``MONDONVILLE, Jean-Joseph
Cassanéa de``, ``TOCQUEVILLE, Alexis de``, ``ALEMBERT, Jean Le Rond d'``), the family name
being the word after the particle; the notes name the same person in natural order
(``Jean-Joseph Cassanéa de Mondonville``, ``Alexis de Tocqueville``).  Read alone, a name in
natural order keeps its particle with the family name (``Laurence de Finance`` is ``de
Finance``, as a list that moves the particle before the family name files her): only where
the document's list files that person with the particle after the given names is the note's
name filed so too (``Mondonville, Jean-Joseph Cassanéa de``), so that note and list name one
family name.  (Portuguese and Spanish filing, by the last or the first of two family names,
is :mod:`bibcheck.parse.references.particles`'s.)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference

__all__ = ["as_listed", "listed_filings"]

# "FAMILY, Given Names de", "Family, Given d'", "FAMILY, Given de la": the family name
# (no comma), the given names (capitalised words, initials), the particle last
_FILED = lazy_compile(
    r"^(?P<family>[^\W\d_][^,]{0,60}?),\s"
    r"(?P<given>[^\W\d_][^,]{0,80}?)\s(?P<particle>de\sla|de|du|des|d['’])$"
)


def listed_filings(authors: Iterable[str]) -> dict[str, str]:
    """The natural-order form (case-folded: ``jean-joseph cassanéa de mondonville``) of each
    of ``authors`` (a list's) filed with a French particle after the given names, mapped to
    the particle (as written) that separates given names and family name."""
    found: dict[str, str] = {}
    for author in authors:
        m = _FILED.match(author.strip())
        if m is None:
            continue
        particle = m.group("particle")
        glue = "" if particle.endswith(("'", "’")) else " "
        natural = f"{m.group('given')} {particle}{glue}{m.group('family')}"
        found[_key(natural)] = particle
    return found


def as_listed(ref: Reference, filings: dict[str, str]) -> Reference:
    """``ref`` (a note's) with each name in natural order that the list files with the
    particle after the given names (:func:`listed_filings`) written so: ``Jean-Joseph
    Cassanéa de Mondonville`` -> ``Mondonville, Jean-Joseph Cassanéa de``."""
    if not filings or not ref.authors:
        return ref
    authors = tuple(_filed(a, filings) for a in ref.authors)
    return ref if authors == ref.authors else dataclasses.replace(ref, authors=authors)


def _filed(author: str, filings: dict[str, str]) -> str:
    name = " ".join(author.split())
    particle = filings.get(_key(name))
    if particle is None or "," in name:
        return author
    if particle.endswith(("'", "’")):
        at = _key(name).rfind(f" {_key(particle)}")
        given, family = name[:at], name[at + 1 + len(particle) :]
    else:
        at = _key(name).rfind(f" {_key(particle)} ")
        given, family = name[:at], name[at + len(particle) + 2 :]
    if at <= 0 or not family:
        return author
    return f"{family}, {given} {particle}"


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).casefold()
