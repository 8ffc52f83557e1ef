"""A body whose name holds a comma heading an author-date entry.

Ministries and departments are named by their remits, listed with commas as any list is
written, and the author-date lists of every language print the name whole before the year::

    Ministerio de Agricultura, Pesca y Alimentación. 2023. *Anuario …*. Madrid: MAPA.
    Department for Environment, Food and Rural Affairs (2021). Title. London: Defra.
    Bundesministerium für Ernährung, Landwirtschaft und Verbraucherschutz. 2010. Titel. …
    Ministère de l'Agriculture, de l'Alimentation et de la Forêt (MAAF). 2014. Titre. …

The comma made the head look like ``Family, Given`` (the body's first words its author, the
rest of its name its title, a year inside the title the entry's).  :func:`comma_body` reads
the whole name as the author, the year after it as the entry's and the sentence after the
year (an italic title whole) as the title.  Only a head whose first part is a body's name
(:func:`bibcheck.parse.references.corporate.is_organisation`) and whose later parts are
capitalised words with the small words of the languages between them is read so: a person's
``Smith, John. 2010.`` or a title going on after a comma is not.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import AnomalyCode, Reference
from bibcheck.parse.references import body_head
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.generic import split_sentences
from bibcheck.parse.references.shared import emphasized, place_publisher
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["body_name", "comma_body", "title_and_facts"]

# the head: the name (:data:`.body_head.COMMA_NAME`), its abbreviation in brackets perhaps,
# then the year after a full stop or comma, bare or in brackets, and its own stop
_HEAD = lazy_compile(
    rf"^(?P<org>{body_head.COMMA_NAME})(?:{body_head.ABBREVIATION})?"
    rf"(?:[.,]\s|\s)\(?(?P<year>{_YEAR})[a-z]?\)?[.:]\s(?P<rest>\S.*)$",
    re.S,
)
# a part of the name after a comma: capitalised words, the small words between them
# ("Pesca y Alimentación", "Food and Rural Affairs", "de l'Alimentation et de la Forêt",
# "Landwirtschaft und Verbraucherschutz", "alimentari e forestali" of an Italian ministry's
# name written in lower case after its first word; "Food & the Marine": the ampersand as
# :data:`.body_head.NAME` joins words)
_SMALL = f"(?:{'|'.join(sorted(body_head.SMALL_WORDS, key=lambda w: (-len(w), w)))})"
_WORD = r"(?:[^\W\d_][\w’'-]*)"
_PART = lazy_compile(
    rf"(?:{_SMALL}\s|[ldLD][’']){{0,3}}{_WORD}(?:\s(?:&\s)?(?:{_SMALL}\s)*{_WORD}){{0,6}}"
)


def body_name(org: str) -> bool:
    """Is ``org`` a body's name with commas in it (not a person's ``Family, Given``)?"""
    parts = [p.strip() for p in org.split(",")]
    if len(parts) < 2 or len(parts) > 5 or not all(parts):
        return False
    first, later = parts[0], parts[1:]
    if len(first.split()) < 2 or not is_organisation(first):
        return False
    # (each later part capitalised somewhere: a remit's name, no sentence of a title)
    return all(
        _PART.fullmatch(p) is not None and any(w[:1].isupper() for w in p.split()) for p in later
    )


def comma_body(ref: Reference) -> Reference:
    """``ref`` with a body whose name holds a comma read whole as its author, the year
    after the name its year and the sentence after that its title, where the parsers split
    the name (or read no author)."""
    m = _HEAD.match(" ".join(ref.raw.split()))
    if m is None or "," not in m["org"] or not body_name(m["org"].strip()):
        return ref
    org = m["org"].strip()
    first = org.split(",")[0].strip()
    if ref.authors == (org,):
        # (the name read whole, the year read from the title: "*Anuario … 2022*")
        return _dated(ref, m["year"])
    if ref.authors not in ((), (first,)):
        return ref  # (read otherwise: persons' names)
    opened = title_and_facts(m["rest"].strip())
    if opened is None:
        return ref
    title, after = opened
    if len(title) < 3:
        return ref
    place, publisher = place_publisher(after) if after else (None, None)
    anomalies = tuple(a for a in ref.anomalies if a.code is not AnomalyCode.REFERENCE_UNPARSED)
    return dataclasses.replace(
        ref,
        authors=(org,),
        title=title,
        year=int(m["year"]),
        year_raw=m["year"],
        place=ref.place or place,
        publisher=ref.publisher or publisher,
        anomalies=anomalies,
    )


def title_and_facts(rest: str) -> tuple[str, str] | None:
    """The title that opens ``rest`` (what follows a body's name) -- its italic words, else
    its first sentence -- and the facts after it; None when ``rest`` holds no sentence."""
    italic = emphasized(rest)
    if italic is not None:
        return italic["title"].strip(), rest[italic.end() :].lstrip(" .,")
    sentences = split_sentences(rest)
    if not sentences:
        return None
    return sentences[0].strip().rstrip("."), rest[len(sentences[0]) :].strip()


def _dated(ref: Reference, year: str) -> Reference:
    """``ref`` dated by the ``year`` after its head where the year read is one its title
    names (a yearbook's, a survey's: ``Anuario de Estadística 2022``)."""
    if ref.year == int(year) or not ref.year_raw or ref.year_raw not in (ref.title or ""):
        return ref
    return dataclasses.replace(ref, year=int(year), year_raw=year)
