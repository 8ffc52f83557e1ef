"""An act printed in an official gazette, cited with ``in:`` before the gazette: a ``report``.

German notes cite an act as they cite a chapter, its title, ``in:`` and where it is
printed::

    Richtlinie 2000/60/EG des Europäischen Parlaments und des Rates vom 23. Oktober 2000
        …, in: Amtsblatt der Europäischen Gemeinschaften L 327 vom 22.12.2000, S. 1–73.
    Verordnung über die Vermessung vom 3. Mai 1911, in: Reichsgesetzblatt 1911, S. 101.

The ``in:`` reads as a chapter's host; but the host is an official gazette and the work
an act (its designation opens the entry, :func:`.legal_kind.legal_opening`, or a German
act's kind, subject and date, ``Gesetz über … vom 12. Mai 1990``), which the
corpus conventions (``tests/corpus/README.md``, kinds of sources that are not articles or
books) file as a ``report``, as they file an act wherever it is printed.  A chapter about
an act in a book (``Name: Die Richtlinie …, in: Handbuch …``) opens with its author and
names no gazette: it stays a chapter.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.legal_kind import legal_opening
from bibcheck.parse.references.legal_words import GAZETTES, HISTORIC_GAZETTES, NAMED_GAZETTES

__all__ = ["gazette_act", "title_before_gazette"]

_IN_GAZETTE = lazy_compile(
    # (Romanian and Moldovan "în", "publicat în", "publicată în", "publ. în": "…, în
    # *Monitorul Oficial*, nr. 178", "…, publicată în Monitorul Oficial al Republicii
    # Moldova")
    rf"[,.]\s(?:(?:publicat[ăe]?|publ\.)\s)?[*_]?(?:in|In|en|En|dans|w|W|i|I|în|În):?\s[*_]?"
    rf"(?:{NAMED_GAZETTES}|{HISTORIC_GAZETTES}|{GAZETTES})"
)

# a German act by its kind, its subject and its date ("Gesetz über … vom 12. Mai 1990",
# "Verordnung zur … vom 3.5.1911"), which :func:`legal_opening` leaves to the gazette
_GERMAN_ACT = lazy_compile(
    r"^[*_]?(?:Gesetz|Verordnung|Richtlinie|Erlass|Runderlass|Bekanntmachung|Satzung"
    r"|Anordnung|Verfügung|Allerhöchste\sKabinettsordre|Kabinettsordre)\b[^;]{0,300}?"
    r"\svom\s\d{1,2}\.\s?(?:\d{1,2}\.\s?|[A-ZÄÖÜ][a-zä]{2,8}\s)\d{4}\b"
)


def gazette_act(ref: Reference, text: str) -> Reference:
    """``ref`` a ``report`` when it was read as a chapter of an official gazette and opens
    with an act (see the module); as it is otherwise."""
    if ref.kind is not RefKind.CHAPTER or ref.authors:
        return ref
    if _IN_GAZETTE.search(text) is None:
        return ref
    if not legal_opening(text) and _GERMAN_ACT.match(text) is None:
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT)


def title_before_gazette(ref: Reference, text: str) -> Reference:
    """``ref`` with the act's title ended where the gazette it is printed in is named, when
    the title ran on into the gazette or was taken from it: ``Legea nr. 12/2001 privind
    apele, în Monitorul Oficial, nr. 4, 2001`` -> ``Legea nr. 12/2001 privind apele`` (an act
    opening the text, no author; :func:`.legal_kind.legal_opening`); as it is otherwise."""
    if ref.kind is not RefKind.REPORT or ref.authors or not ref.title:
        return ref
    gazette = _IN_GAZETTE.search(text)
    if gazette is None or not legal_opening(text):
        return ref
    head = text[: gazette.start()].strip(" *_")
    if not head or head.startswith(("„", "“", '"', "«")):
        return ref  # (a quoted title: the quotation marks end it)
    gazette_name = text[gazette.start() : gazette.end()].strip(" ,.*_")
    ran_on = ref.title.startswith(head) and len(ref.title) > len(head)
    if not ran_on and not gazette_name.endswith(ref.title.strip(" *_")):
        return ref
    return dataclasses.replace(ref, title=head)
