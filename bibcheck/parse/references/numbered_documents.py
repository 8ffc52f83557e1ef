"""Entries of standards bodies' reference lists: a document number, names, a colon, a title.

The normative references and bibliographies of OGC, IETF, W3C and ISO documents (written
by Metanorma and by hand) put the document's number, its authors or editors and its
title in one of these orders:

* number first, the names closed by a comma and the title quoted or emphasised: ``IETF RFC
  8264, P. Saint-Andre and M. Blanchet, _PRECIS Framework: …_. October 2017``;
* number first: ``IETF RFC 3986, Berners-Lee, T., Fielding, R., Masinter, L: Uniform
  Resource Identifier (URI): Generic Syntax. (2005)``, ``OGC 19-072, Charles Heazel: OGC
  API - Common - Part 1: Core``;
* names first, the number before the title: ``Klyne, G., Newman, C.: IETF RFC 3339, Date
  and Time on the Internet: Timestamps``, ``ISO: ISO 19115-1:2014, Geographic
  information -- Metadata``;
* names first, the number after the title: ``Charles Heazel: OGC API - Common - Part 2:
  Geospatial Data. OGC 20-024, Open Geospatial Consortium``.

The names end at the first colon; they are people (inverted, ``Masinter, L`` with or
without the initial's period, or written forwards, ``Charles Heazel``) or a body
(``ISO``, ``Open Geospatial Consortium``).  The number is neither a name nor part of
the title, and the title's own colons (``(URI): Generic Syntax``) stay in it.
:func:`reread` gives such an entry its names, title and year; any other reference is
left as it was read.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.references import bodywords
from bibcheck.parse.references.shared import last_year

__all__ = ["numbered_entry", "reread"]

# A document's number: a body's letters (one or two words: "IETF RFC", "NIST SP",
# "ISO/IEC"), a space, then the number with its parts, revision and year ("19-072",
# "17-069r4", "19115-1:2014", "800-86"); "HTML5" is a name, no number
# (a year alone is no number: "KDIGO 2012 Clinical Practice Guideline")
_NUMBER = (
    # (a book's or serial's identifier is no document's number: "ISBN 3-8062-1917-6")
    r"(?!(?:ISBN|ISSN|ISMN|EAN|DOI|PMID|PMCID|PMC|OCLC|LCCN|ORCID|URN|ZDB)\b)"
    r"(?:[A-Z][A-Z/-]{1,9}\s){0,2}[A-Z][A-Z/-]{1,9}\s(?!(?:19|20)\d\d(?![\d-]))\d{1,6}"
    r"(?:[-.:]\d{1,6}){0,3}(?:r\d{1,3})?"
)
_NUMBER_FIRST = lazy_compile(
    rf"^(?P<number>{_NUMBER}),\s(?P<names>[^:]{{1,400}}?):\s(?P<rest>.+)$", re.S
)
# ... and the names after the number closed by a comma, the title quoted or emphasised: "IETF
# RFC 8264, P. Saint-Andre and M. Blanchet, _PRECIS Framework: …_. October 2017"
_NUMBER_THEN_MARKED = lazy_compile(
    rf"^(?P<number>{_NUMBER}),\s(?P<names>[^:\"“_*]{{1,400}}?),\s"
    r"(?:\"(?P<q>[^\"]{4,600})\"|“(?P<c>[^”]{4,600})”|_(?P<u>[^_]{4,600})_|\*{1,2}(?P<s>[^*]{4,600})\*)"
)
_NAMES_FIRST = lazy_compile(r"^(?P<names>[^:]{1,400}?):\s(?P<rest>.+)$", re.S)
_NUMBER_OPENS = lazy_compile(rf"^(?P<number>{_NUMBER})(?:,\s|\.\s|\s(?=[A-Z]))")
# the number after the title: ". OGC 20-024, Publisher" / ", OGC 08-131"
_NUMBER_AFTER = lazy_compile(rf"(?:[.,]\s)(?P<number>{_NUMBER})(?![\w-])")
# a person inverted: the family name (up to three words), its initials (the period may be
# missing: "Masinter, L")
_FAMILY = lazy_compile(r"[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2}")
_INITIALS = lazy_compile(r"(?:[^\W\d_a-z]\.?(?:\s?-?[^\W\d_a-z]\.?){0,3})")
# a person or body written forwards: two to five capitalised words ("Charles Heazel",
# "Open Geospatial Consortium"), a middle initial allowed, lower-case particles between
_FORWARD = lazy_compile(
    r"[^\W\d_a-z][\w'’-]+(?:\s(?:[^\W\d_a-z]\.|[^\W\d_a-z][\w'’-]+|van|von|de|der|den|da|di|du|le|la))"
    r"{1,4}"
)
# a person written forwards with initials: "P. Saint-Andre", "R. T. Fielding", "J.-P. Vasseur"
_INITIALLED = lazy_compile(
    r"(?:[^\W\d_a-z]\.(?:-[^\W\d_a-z]\.)?\s?){1,3}[^\W\d_a-z][\w'’-]+(?:\s[^\W\d_a-z][\w'’-]+)?"
)
# words of titles, never of a person's name ("Geographic Information: Metadata" is a
# title); a name closing with a body's word (:mod:`.bodywords`: "Open Geospatial
# Consortium", "Internet Engineering Task Force") is a body's -- unless that word is one
# of these titles' own ("Web Feature Service", "Sensor Network")
_TITLE_WORDS = frozenset(
    """
    Information Data Geographic Spatial Web Service Services System Systems Technology
    Management Security Specification Standard Model Models Part Core Guide Metadata Network
    Networks Protocol Language Format Interface Access Feature Features Common Best Practices
    Practice Requirements Vocabulary Framework Architecture Encoding Schema Reference
    Catalogue Catalog Processing Engineering Software Computing Digital Internet Guidelines
    Introduction Overview Principles Methods Analysis Design Quality Time Date Syntax
    """.split()
)
# a body by its acronym: "ISO", "W3C", "IANA"
_ACRONYM = lazy_compile(r"[A-Z][A-Z0-9&]{1,9}")
_PARTS = lazy_compile(r",\s|\s(?:and|&)\s")
# where a title's sentence ends: a period after more than an initial, then a space
_SENTENCE_END = lazy_compile(r"(?<=[\w)\]’'\"”])(?<![\s.][A-Z])\.\s")
_YEAR_TAIL = lazy_compile(r"\s*[,.]?\s*\((?:19|20)\d\d\)\s*$")


def names(text: str) -> tuple[str, ...] | None:
    """The people or body of ``text`` (the part before the colon), or None when it is not
    a list of names: ``Berners-Lee, T., Fielding, R., Masinter, L`` -> three people,
    ``Charles Heazel`` -> one, ``ISO`` -> a body."""
    text = text.strip()
    if _ACRONYM.fullmatch(text):
        return (text,)
    parts = [p.strip() for p in _PARTS.split(text)]
    found: list[str] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        following = parts[i + 1] if i + 1 < len(parts) else ""
        if _FAMILY.fullmatch(part) and following and _INITIALS.fullmatch(following):
            found.append(f"{part}, {following}")
            i += 2
        elif (_FORWARD.fullmatch(part) and _forward_name(part)) or _INITIALLED.fullmatch(part):
            found.append(part)
            i += 1
        else:
            return None
    return tuple(found) or None


def _forward_name(part: str) -> bool:
    """Is ``part`` (capitalised words) a person's name or a body's, not words of a title?"""
    words = part.split()
    if words[-1] not in _TITLE_WORDS and bodywords.closes_with_body_word(part):
        return True
    return not any(w in _TITLE_WORDS for w in words)


def _title(rest: str) -> str:
    """The title at the start of ``rest``: to the end of its sentence, a year in
    parentheses and a trailing number cut off."""
    end = _SENTENCE_END.search(rest)
    title = rest[: end.start()] if end else rest
    after = _NUMBER_AFTER.search(title)
    if after is not None:
        title = title[: after.start()]
    return _YEAR_TAIL.sub("", title).strip(" ,;.")


def numbered_entry(text: str) -> tuple[str, tuple[str, ...], str] | None:
    """``(number, names, title)`` of a standards body's entry in one of the orders the
    module names, or None."""
    text = " ".join(text.split())
    marked = _NUMBER_THEN_MARKED.match(text)
    if marked is not None:
        people = names(marked.group("names"))
        title = next(t for t in marked.group("q", "c", "u", "s") if t is not None)
        title = title.strip(" ,;.")
        if people is not None and len(title) > 3:
            return marked.group("number"), people, title
    first = _NUMBER_FIRST.match(text)
    if first is not None:
        people = names(first.group("names"))
        if people is not None:
            title = _title(first.group("rest"))
            return (first.group("number"), people, title) if len(title) > 3 else None
    m = _NAMES_FIRST.match(text)
    if m is None:
        return None
    people = names(m.group("names"))
    if people is None:
        return None
    rest = m.group("rest")
    opens = _NUMBER_OPENS.match(rest)
    if opens is not None:
        title = _title(rest[opens.end() :])
        return (opens.group("number"), people, title) if len(title) > 3 else None
    title = _title(rest)
    after = _NUMBER_AFTER.search(rest)
    # (the number straight after the title: ". OGC 20-024", ", OGC 08-131"; one further on
    # is another's: a publisher's, a series')
    if after is None or len(title) <= 3 or not rest.startswith(title):
        return None
    if after.start() < len(title) or rest[len(title) : after.start()].strip(" ,;."):
        return None
    return after.group("number"), people, title


def reread(ref: Reference, rest: str) -> Reference:
    """``ref`` with the names, title and year of a standards body's numbered entry
    (``rest``: the entry's text, addresses cut out); ``ref`` itself for any other."""
    found = numbered_entry(rest)
    if found is None:
        return ref
    _number, people, title = found
    if ref.title == title and ref.authors == people:
        return ref
    year = ref.year
    year_raw = ref.year_raw
    if year is None:
        written = last_year(rest)
        if written is not None:
            year, year_raw = int(written), written
    return dataclasses.replace(ref, authors=people, title=title, year=year, year_raw=year_raw)
