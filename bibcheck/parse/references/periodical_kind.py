"""Newspaper and law-review articles as the Bluebook cites them: their ``article``.

A Bluebook note names a newspaper's article by its author, its headline, the paper in
capitals or small capitals, the day and the page after ``at`` (``Jane Roe, Harbour Plans
Shelved, WASH. POST, Mar. 3, 2001, at B2``), and an article of a law review numbered by the
year by that year before the review's abbreviation (``Ann Holt, Title, 1987 DUKE L.J. 41,
44``).  The parsers read the author and the title of such notes; these marks tell their kind
when it was read as none (or as a web page, a book with no publisher).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["bluebook_periodical", "periodical_kind"]

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
# the paper, then the day and the page: ", N.Y. TIMES, June 29, 2024, at A1"
_NEWSPAPER = lazy_compile(
    r",\s[A-Z][A-Za-z.&'’]*(?:\s[A-Z][A-Za-z.&'’]*){0,5},\s"
    rf"{_MONTH}\s\d{{1,2}},\s\d{{4}},\sat\s[A-Z]{{0,2}}\d{{1,4}}\b"
)
# a review numbered by its year: ", 1989 DUKE L.J. 511", ", 2001 U. ILL. L. REV. 12"
_YEAR_VOLUME = lazy_compile(
    r",\s(?:1[89]|20)\d\d\s(?:[A-Z][A-Za-z.&]*\s){0,5}L\.\s?(?:J|REV|Rev|Q|F)\.\s\d{1,5}\b"
)
_RELABELLED = frozenset({RefKind.UNKNOWN, RefKind.WEB, RefKind.BOOK})


def bluebook_periodical(text: str) -> bool:
    """Does ``text`` cite a newspaper's article or a law review's by the Bluebook's marks
    (see the module)?"""
    body = " ".join(text.split())
    return bool(_NEWSPAPER.search(body) or _YEAR_VOLUME.search(body))


def periodical_kind(ref: Reference, text: str | None = None) -> Reference:
    """``ref`` an ``article`` when its text (``text``, else its raw text) bears the marks and it
    was read as no kind, a web page or a book with no publisher."""
    if ref.kind not in _RELABELLED or ref.publisher:
        return ref
    if not bluebook_periodical(ref.raw if text is None else text):
        return ref
    return dataclasses.replace(ref, kind=RefKind.ARTICLE)
