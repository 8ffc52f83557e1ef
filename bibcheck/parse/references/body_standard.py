"""A body's standard or guideline cited by its title and its document designation.

Intergovernmental and national bodies issue trade standards, codes of practice and
guidelines under a document number of their own, and lists cite them as the body's
publication, the number after the title::

    Consejo Oleícola Internacional. 2022. *Norma comercial aplicable a …*. COI/T.15/NC
        n.º 3/Rev. 19. Madrid: COI.
    International Olive Council. 2019. *Trade standard applying to olive oils …*.
        COI/T.15/NC No 3/Rev. 14. Madrid: IOC.
    Codex Alimentarius Commission. *Guidelines on …*. CAC/GL 21-1997. Rome: FAO/WHO.
    UNECE. 2017. *Norme CEE-ONU FFV-50 …*. ECE/CTCS/WP.7/2017/2. Genève: ONU.

A work under one body's name whose title opens with a standard's or a guideline's word (in
the languages cited) and which gives such a number after its title is a standard, a
`report` (tests/corpus/README.md: standards and a body's guidelines are `report`), not the
book the imprint made it.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import guideline_words
from bibcheck.parse.references.corporate import is_organisation

__all__ = ["body_standard"]

# the standard's or guideline's word opening the title, in the languages of
# :data:`.guideline_words.GUIDELINE_WORDS` ("Norma comercial …", "Trade standard …", "Norme
# commerciale …", "General standard for …", "Code of practice for …", "Directrices sobre …")
_GENRE_FIRST = lazy_compile(
    r"^(?:(?:General|International|Trade|Commercial|Regional)\s)?"
    rf"(?:{guideline_words.OPENING})\b",
    re.IGNORECASE,
)
# the body's number for the document: letters, then slashes or a number and a year
# ("COI/T.15/NC n.º 3/Rev. 19", "CAC/GL 21-1997", "CXS 193-1995", "ECE/TRADE/C/WP.7/2017/2")
_DESIGNATION = lazy_compile(
    r"(?:^|[.,;]\s)(?:[A-Z]{2,10}(?:/[A-Z0-9][\w.-]*)+|[A-Z]{2,6}(?:/[A-Z]{2,6})?\s\d{1,4}-(?:19|20)\d\d)"
)


def body_standard(ref: Reference) -> Reference:
    """``ref``, a body's work titled as a standard or guideline with the body's document
    number after its title, as a report."""
    if ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN) or len(ref.authors) != 1:
        return ref
    title = ref.title or ""
    if not _GENRE_FIRST.match(title) or not is_organisation(ref.authors[0]):
        return ref
    raw = " ".join(ref.raw.split())
    at = raw.find(" ".join(title.split()))
    if at < 0:
        return ref
    after = raw[at + len(" ".join(title.split())) :].lstrip('*_”"»’')
    found = _DESIGNATION.search(after)
    if found is None:
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT, number=ref.number or _number(after, found))


# the designation's end: a full stop before a capital (the imprint) or the entry's end
_NUMBER_END = lazy_compile(r"\.(?=\s+[A-Z\u00C0-\u024F]|\s*$)|[,;(]")


def _number(after: str, found: re.Match[str]) -> str | None:
    """The body's number for the document as written, from where ``found`` opens it to
    the sentence's end (``COI/T.15/NC n.º 3/Rev. 19``); None when that runs long."""
    start = found.start() + len(found.group()) - len(found.group().lstrip(".,; "))
    end = _NUMBER_END.search(after, found.end())
    number = after[start : end.start() if end else len(after)].strip()
    return number if 0 < len(number) <= 48 else None
