"""A person named before a quoted title, with words between them: the person is the author.

Hand-typed notes of course pages and student papers cite a talk, a lecture or a handout by
its speaker, what it is, then its title in quotation marks: ``Prof. E. Lindqvist, GEOG 310
Lecture 5 "The urban energy balance", slides, 2023``, ``Dr. A. Novak, guest lecture
"Heat and health", 2022``, ``J. Smith, keynote “Cities after carbon”, 2019``.  A parser
that finds the quoted title but no author-title order leaves the work without authors.

The name is taken only in a person's shape -- initials and a family name (``E.
Lindqvist``, ``J.-P. Roux``), or an academic title and two or three capitalised words
(``Prof. Eva Lindqvist``) -- never a body's name (``United Nations, "Title"``), and the
academic title is no part of it.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.references import quote_pairs

__all__ = ["lead_person"]

_TITLES = (
    r"(?:(?:Prof|Dr|Doç|Doz|Dra|Drs|Ir|Ing|Mag|Assoc\.\sProf|Asst\.\sProf|Assist\.\sProf)\.?\s)"
)
_CAP = r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻČŘŠŽİŞĞ]"
_INITIALS_NAME = rf"(?:{_CAP}\.(?:\s?-?{_CAP}\.)?\s){{1,2}}{_CAP}[\w'’-]+"
_WORDS_NAME = rf"{_CAP}[\w'’-]+(?:\s{_CAP}[\w'’-]+){{1,2}}"
_LEAD = lazy_compile(
    rf"^{_TITLES}{{0,2}}(?P<name>{_INITIALS_NAME})(?:,\s|\s(?=[a-z]))"
    rf"|^{_TITLES}{{1,2}}(?P<named>{_WORDS_NAME}),\s"
)


def lead_person(ref: Reference, rest: str) -> Reference:
    """``ref`` with the person named before its quoted title as its author, when it has no
    author (see the module)."""
    if ref.authors or not ref.title:
        return ref
    flat = " ".join(rest.split())
    m = _LEAD.match(flat)
    if m is None:
        return ref
    at = flat.find(ref.title, m.end())
    if at < 1 or flat[at - 1] not in quote_pairs.TITLE_OPENINGS:
        return ref
    name = m.group("name") or m.group("named")
    return dataclasses.replace(ref, authors=(name,))
