"""An organisation as author before the title, as technical reports and standards cite it
(IEEE and its kin, with no quotation marks around a book's or a standard's title):

``Federal Highway Administration, Bridge Guide, Report FHWA-HIF-12-345, Washington, DC, 2019.``,
``ISO, ISO 9001: Quality Management Systems. Geneva: ISO, 2015.``,
``National Research Council, Joint Programme Office, Pipeline Manual, Technical Documents 4.
Ottawa: NRC, 2001.``

A parser that read no author leaves the organisation at the head of the title; one that read
it may leave the report number, the series or the place and publisher at its tail.  Only a
reference whose first element is an organisation (a word such as Association, Ministry,
Administration, or an acronym in capitals) is changed.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.model import Reference
from bibcheck.parse.references.patterns import ORGANISATION_WORD

_ORG_WORD = re.compile(ORGANISATION_WORD)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_HEAD = re.compile(r"^(?P<org>[A-Z][^,:;.\d“”\"«»()]{1,100}?),\s(?P<rest>\S.*)$", re.S)
# the tail no title holds: ", Report FHWA-HIF-12-345[, Place, ST]", ". Geneva: ISO",
# ", Technical Documents 4", ", 4th ed."
_TAIL = re.compile(
    r"(?:,\s(?:Technical\s)?(?:Report|Rep\.|Tech\.\sRep\.)\s(?:No\.\s?)?[\w./-]*\d[\w./-]*.*"
    r"|\.\s[A-Z][^.:;,]{1,40}(?:,\s[A-Z]{2,3})?:\s[^:;]{2,60}"
    r"|,\s(?:[A-Z][\w-]+\s){0,4}(?:Documents|Series|Reports|Papers|Studies|Notes|Bulletin)"
    r"\s\d{1,4}|,\s\d{1,2}(?:st|nd|rd|th)\sed\.?)$",
    re.S,
)


def is_organisation(name: str) -> bool:
    """``Federal Highway Administration``, ``ISO``: an organisation's name, not a person's."""
    # (one word is a title's: "Society, Culture and the State")
    words = name.split()
    return bool((len(words) > 1 and _ORG_WORD.search(name)) or _ACRONYM.fullmatch(name.strip()))


def corporate(ref: Reference) -> Reference:
    """``ref`` with an organisation at the head of its title made its author, and the report
    number, series or place and publisher at the tail of an organisation's title cut."""
    title = ref.title or ""
    authors = ref.authors
    if not authors:
        head = _HEAD.match(title)
        if head is None or not is_organisation(head.group("org")):
            return ref
        authors, title = (" ".join(head.group("org").split()),), head.group("rest")
    if len(authors) != 1 or not is_organisation(authors[0]):
        return ref
    more = _HEAD.match(title)
    if more is not None and _ORG_WORD.search(more.group("org")):
        # "European Commission, Joint Research Centre, Title": a unit of the first
        authors, title = (*authors, " ".join(more.group("org").split())), more.group("rest")
    tail = _TAIL.search(title)
    while tail is not None and tail.start() > 0:  # the place, then the series before it
        title = title[: tail.start()]
        tail = _TAIL.search(title)
    title = title.strip(" ,.")
    if not title or (authors == ref.authors and title == ref.title):
        return ref
    return dataclasses.replace(ref, authors=authors, title=title)
