"""A body's guidance, policy or plan that the body publishes itself: its ``report``.

Heritage, planning and conservation bodies -- national agencies, councils, committees of
ICOMOS -- issue their guidance, policy statements and management plans under their own
names and publish them themselves, and Vancouver, APA and note styles cite them as books,
the body as author and again as publisher::

    Northshire Heritage. Principles and Guidance for Repairing Timber Barns. Norwich:
        Northshire Heritage; 2015.
    Historic Wales. Recording Farm Buildings: A Guide to Good Survey Practice. Cardiff:
        Historic Wales; 2019.
    Department for Housing and Local Places. Regional Planning Policy Statement. London:
        DHLP; 2021.
    Westmoor District Council. Old Harbour Conservation Area Appraisal and Management Plan.
        Westmoor: Westmoor DC; 2017.
    Landesamt für Denkmalpflege. Managementplan Altstadt Bergheim. Bergheim: Landesamt für
        Denkmalpflege; 2020.

The corpus conventions (tests/corpus/README.md, kinds of sources that are not articles or
books) file an agency's or a body's publication whose title calls it guidance, a guideline or
a standard as a ``report``; :func:`self_issued` does so for such a title
(:func:`.reportkind.body_genre`, or a policy framework or statement, a management plan, an
area appraisal, a guide to good practice: :data:`_OWN_GENRE`) when the one author is a body
that is its own publisher -- the same name, its initials (``DHLP``) or its name with the
closing words' initials (``Westmoor DC``).  A person's guide a body publishes (``Lowe AM.
Planning for Heritage Places … Sydney: Australia ICOMOS; 2013.``), a work in an edition, and a
body's work a publishing house brings out stay books.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.own_imprint import names_itself
from bibcheck.parse.references.publicpublisher import EDITION
from bibcheck.parse.references.reportkind import body_genre

__all__ = ["issues_itself", "self_issued"]

# what a body issues about its own field besides guidelines (:func:`.reportkind.body_genre`):
# a policy framework or statement, a planning policy, a management plan, an area's
# appraisal, a guide to (or code of) good practice, in the languages cited
_OWN_GENRE = lazy_compile(
    r"\b(?:Policy\s(?:Framework|Statement)|Planning\sPolicy|Management\sPlan"
    r"|(?:Area|Character)\sAppraisal|Good\s(?:[^\W\d_]+\s)?Practice"
    r"|Managementplan|Plan\sde\sgesti[oó]n|Plan\sde\sgestion|Piano\sdi\sgestione"
    r"|Plano\sde\sgest[aã]o|Bonnes\spratiques|Buone\spratiche|Buenas\spr[aá]cticas"
    r"|Boas\spr[aá]ticas)\b",
    re.IGNORECASE,
)
# a person's name as Vancouver and APA print it: initials after or before the family name
# ("Lowe AM", "Lowe, A. M.", "A. M. Lowe")
_PERSON = lazy_compile(r"(?:^|\s|,)(?:[A-Z]{1,3}|(?:[A-Z]\.\s?){1,3})(?:$|\s)")
_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")


def _flat(text: str) -> str:
    return " ".join(text.split()).strip(" .,;:").casefold()


def _short_form(author: str, publisher: str) -> bool:
    """``publisher`` is ``author``'s opening words and the initials of the rest
    (``Westmoor DC`` of Westmoor District Council)."""
    words, short = author.split(), publisher.split()
    if len(short) < 2 or not short[-1].isupper() or len(short[-1]) < 2:
        return False
    head = len(short) - 1
    if _flat(" ".join(words[:head])) != _flat(" ".join(short[:head])):
        return False
    rest = [w for w in _WORD.findall(" ".join(words[head:])) if w[0].isupper()]
    return "".join(w[0] for w in rest) == short[-1]


def issues_itself(author: str, publisher: str | None) -> bool:
    """Is ``author`` a body (not a person's name) that ``publisher`` names: the same name,
    its initials or its short form (module doc)?"""
    if not publisher or not author:
        return False
    body = is_organisation(author) or (
        len(author.split()) >= 2 and _PERSON.search(author.strip(" .")) is None
    )
    if not body:
        return False
    publisher = " ".join(publisher.split()).strip(" .,;")
    return names_itself(author, publisher) or _short_form(author, publisher)


def self_issued(ref: Reference) -> Reference:
    """``ref`` as a ``report`` when it is a body's own guidance, policy or plan (module doc):
    ``Historic Wales. Recording Farm Buildings: A Guide to Good Survey Practice. Cardiff:
    Historic Wales; 2019.``"""
    if ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN) or ref.host or len(ref.authors) != 1:
        return ref
    if not ref.title or not issues_itself(ref.authors[0], ref.publisher):
        return ref
    if not (body_genre(ref.title) or _OWN_GENRE.search(ref.title)):
        return ref
    if EDITION.search(ref.raw) is not None:
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT)
