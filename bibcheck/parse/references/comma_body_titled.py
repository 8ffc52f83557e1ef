"""A body whose name holds a comma heading a bibliography entry, its title after the name.

A ministry is named by its remits, listed with commas, and a notes-and-bibliography list
(Chicago's, and the French, Spanish and Italian lists that follow it) prints the name whole,
then the title, the facts and the year at the end::

    Ministère du Travail, de l'Emploi et de l'Insertion. *Titre du guide*. Paris, 2021.
    Ministerio de Sanidad, Consumo y Bienestar Social. Título del informe. Madrid, 2019.
    Department for Environment, Food and Rural Affairs. Title. London: Defra, 2018.

The comma made the head look like ``Family, Given``: the body's first words the author, the
rest of its name the start of the title.  :func:`reread` reads the whole name as the author
and the sentence after it (an italic title whole) as the title, where the parsers split the
name; the year and the rest as read.  Only a list entry's name :func:`.comma_body.body_name`
takes for a body's (its first part a body's name, its later parts remits), its last remit
joined by the list's word for "and", is read so (a note's comma after a body opens its
title: ``Ministry of Transportation, *Structural Manual*, 2008``); the author-date list's
year after the name is :mod:`.comma_body`'s.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import AnomalyCode, Reference
from bibcheck.parse.coauthors import AND
from bibcheck.parse.references import body_head
from bibcheck.parse.references.comma_body import body_name, title_and_facts
from bibcheck.parse.references.shared import place_publisher

__all__ = ["reread"]

# the head: the name, its abbreviation in brackets perhaps, a full stop, then the rest (a
# year right after the name is the author-date list's, :mod:`.comma_body`)
_HEAD = lazy_compile(
    rf"^(?P<org>{body_head.COMMA_NAME})(?:{body_head.ABBREVIATION})?\.\s"
    r"(?!\(?(?:1[5-9]|20)\d\d)(?P<rest>\S.*)$"
)


# the list's word for "and" in the last remit: "… et des Solidarités", "Consumo y Bienestar
# Social", "Food and Rural Affairs" (a list of remits ends so; a title after the name
# seldom does)
_JOINED_LAST = lazy_compile(rf"\s{AND}\s")


def reread(ref: Reference, *, note: bool = False) -> Reference:
    """``ref`` with a body whose name holds a comma read whole as its author and the
    sentence after the name as its title, where the parsers split the name (a note's
    comma after a body opens its title: ``Ministry of X, Title. Place, 2008.``)."""
    if note:
        return ref
    m = _HEAD.match(" ".join(ref.raw.split()))
    if m is None or "," not in m["org"] or not body_name(m["org"].strip()):
        return ref
    if _JOINED_LAST.search(m["org"].rsplit(",", 1)[1]) is None:
        return ref  # (no list of remits: "Autorità di bacino del Po, Piano di gestione …")
    org = m["org"].strip()
    first = org.split(",")[0].strip()
    if ref.authors not in ((), (first,)) or (ref.authors == (org,) and ref.title):
        return ref  # (read otherwise, or read whole)
    opened = title_and_facts(m["rest"].strip())
    if opened is None:
        return ref
    title, after = opened
    if len(title) < 3 or not after:
        # (the sentence after the name the entry's last, its facts: "Ministry of Health,
        # Annual Report and Accounts. London: HMSO, 1976." names its title after the comma)
        return ref
    place, publisher = place_publisher(after) if after else (None, None)
    anomalies = tuple(a for a in ref.anomalies if a.code is not AnomalyCode.REFERENCE_UNPARSED)
    return dataclasses.replace(
        ref,
        authors=(org,),
        title=title,
        place=ref.place or place,
        publisher=ref.publisher or publisher,
        anomalies=anomalies,
    )
