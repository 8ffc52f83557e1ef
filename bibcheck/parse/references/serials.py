"""Journal articles known by a serial's identifier.

A reference that gives a serial's ISSN or a PubMed identifier (``ISSN 0308-5961.``,
``PMID: 34021003.``, ``PMCID: PMC8123456``) together with a journal's volume and issue
(``31(6-7), 359-373``, ``5(4), bjgpopen21X101562``, ``2019;12(3):45-50``) cites an article
of that journal, even where a style parser, puzzled by the identifier or by an article
number in the pages' place, took it for a book or could not tell (:func:`serial_article`).
A book's identifier is its ISBN: an entry that gives one is left as it is read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["serial_article", "serial_identified"]

_SERIAL_ID = lazy_compile(
    r"\b(?:e-?ISSN|ISSN|PMID|PMCID)\b\s?:?\s?(?:\d{4}-\d{3}[\dXx]|PMC\d{4,}|\d{5,9})\b",
    re.IGNORECASE,
)
_ISBN = lazy_compile(r"\bISBN\b", re.IGNORECASE)
# a volume and its issue: "31(6-7),", "5(4):", "83 (1)."; Vancouver's "2019;12(3):45"
_VOLUME_ISSUE = lazy_compile(
    r"(?<![\d/.-])\d{1,4}\s?\(\d{1,4}(?:[-–/]\d{1,4})?\)\s?[,:.]"
    r"|;\s?\d{1,4}(?:\s?\(\d{1,4}\))?\s?:\s?[A-Za-z]?\d+"
)


def serial_identified(text: str) -> bool:
    """Whether ``text`` gives a serial's identifier (ISSN, PMID, PMCID) and a journal's
    volume and issue, and no ISBN."""
    return (
        _SERIAL_ID.search(text) is not None
        and _VOLUME_ISSUE.search(text) is not None
        and _ISBN.search(text) is None
    )


def serial_article(ref: Reference) -> Reference:
    """``ref`` (a book, a web page or a work of unknown kind) as an article when its text
    identifies a journal's issue (:func:`serial_identified`)."""
    if ref.kind not in (RefKind.BOOK, RefKind.WEB, RefKind.UNKNOWN):
        return ref
    if not ref.title or not serial_identified(ref.raw):
        return ref
    return replace(ref, kind=RefKind.ARTICLE)
