"""SIAM's numbered references (``siamplain``/``siamart`` BibTeX styles, LaTeX through
LaTeXML or a PDF converter): initials first, the title in italics (lost in plain text),
then the journal, its volume and the year in parentheses, then the pages::

    E. Carson and N. J. Higham, Accelerating the solution of linear systems by iterative
    refinement in three precisions, SIAM J. Sci. Comput., 40 (2018), pp. A817–A847.

and a book's publisher before its place, perhaps with its edition::

    N. J. Higham, Accuracy and Stability of Numerical Algorithms, SIAM, Philadelphia, PA,
    second ed., 2002.

The helpers here read what follows the title (or the title and the rest, when no italics
mark where the title ends); the IEEE parser (:mod:`bibcheck.parse.references.ieee`), which
reads the names, calls them.
"""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import U

# ", SIAM J. Sci. Comput., 40 (2018)" then the pages, a DOI, a link or the end: the journal
# is one comma's segment (no parentheses, no digits), the volume digits (perhaps a letter:
# "12A"), the year in parentheses
_JOURNAL = lazy_compile(
    rf",\s(?P<journal>[{U}][^,()\d]{{1,100}}?),\s(?P<volume>\d{{1,4}}[A-Za-z]?)"
    r"\s\((?P<year>(?:1[5-9]|20)\d\d)\)(?=,\s|\.?\s*$)"
)
# an edition: "second ed.", "3rd ed.", "rev. ed."
_EDITION = r"(?:\d{1,2}(?:st|nd|rd|th)|[a-z]{3,8}|rev\.)\sed\."
# ", SIAM, Philadelphia, PA, second ed., 2002." (the whole tail after an italic title): the
# publisher, its place (perhaps with a state or a country), the edition, the year
_BOOK_TAIL = lazy_compile(
    rf"^,\s(?P<publisher>[{U}][^,;:()\d]{{1,80}}),\s(?P<place>[{U}][^,;:()\d]{{1,40}}"
    r"(?:,\s(?:[A-Z]{2}|[A-Z][a-z]{2,20}))?)"
    rf"(?:,\s{_EDITION})?,\s(?P<year>(?:1[5-9]|20)\d\d)\.?\s*$"
)


@dataclass(frozen=True, slots=True)
class Journal:
    """A journal's part of a SIAM entry: where it starts in the text read, its fields."""

    start: int
    journal: str
    volume: str
    year: str


@dataclass(frozen=True, slots=True)
class Imprint:
    """A book's part of a SIAM entry."""

    publisher: str
    place: str
    year: str


def journal(text: str) -> Journal | None:
    """The first ``, Journal, 40 (2018)`` in ``text`` (what follows the names), or None."""
    m = _JOURNAL.search(text)
    if m is None:
        return None
    return Journal(m.start(), m.group("journal").strip(), m.group("volume"), m.group("year"))


def book_imprint(tail: str) -> Imprint | None:
    """The publisher, place and year of ``tail`` (what follows an italic title) when it
    is all a SIAM book's imprint, or None."""
    m = _BOOK_TAIL.match(tail)
    if m is None:
        return None
    return Imprint(m.group("publisher").strip(), m.group("place").strip(), m.group("year"))
