"""Where an entry starts in an author-date list whose entries open with the names and the
year bare after them (``Jansen, P.J. 1996. Titel. …``), as Dutch, Flemish, Scandinavian and
Afrikaans journals print it (:mod:`bibcheck.parse.references.bare_year`).

Converted from PDF with no hanging indent kept, such a list's lines are told apart by how
they open.  In a list where most entries open that way (:func:`year_headed`), every entry
carries its year right after its names, so

* a line that opens with such a head (:func:`bibcheck.parse.references.bare_year.head`)
  starts an entry after a finished line -- a body's too (``Kadaster 1832.``, ``NEN 2011.``,
  ``RCE z.j.``), though no name with initials opens it; a head whose names run on to the
  next line (``Hansen, J., P. Olsen &`` / ``K. Berg 2011. Titel.``) is read over both;
* a line that opens with a word and a comma but no initials, and names no bare year, is the
  end of an entry wrapped onto it (``Proefschrift, Technische Universiteit Delft.``,
  ``Avhandling, Lunds universitet.``), never a person's entry;
* a body's head that would sort before the entry above it is a title's words wrapped onto
  the line (``Leiden 1993.`` under ``Meijer, …``): the list is alphabetical.

:func:`opens_entry` says which (None: no say; the reader's other rules decide).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.bare_year import Head, head
from bibcheck.parse.references.patterns import U
from bibcheck.parse.references.yearwords import NO_DATE_WORDS, abbreviations

__all__ = ["opens_entry", "year_headed"]

# a word (or two) and a comma opening a line: a family name, or an entry's words wrapped
_WORD_COMMA = lazy_compile(rf"^[{U}][\w'’-]+(?:\s[\w'’-]+)?,\s")
# ... with initials after the comma: a person's name
_INITIALS_AFTER = lazy_compile(rf"^[^,]+,\s(?:[{U}][a-z]?\.|[{U}]\s?-)")
# names that go on to the next line: the line ends with a joiner or a comma
_NAMES_GO_ON = lazy_compile(r"(?:,|\s(?:&|and|en|og|och|und|e|y|et))$")
# a bare year in the line ("Gemeente Enschede, afdeling Erfgoed 2015.": a body's head with
# a comma, read by the reader's other rules)
_DATED = lazy_compile(rf"\s(?:(?:1[5-9]|20)\d\d[a-z]?\.|{abbreviations(NO_DATE_WORDS)})(?:\s|$)")
_MIN_HEADS = 3  # entries with a person's bare-year head that make a list one of them
_SHARE = 0.6  # ... and their share of the lines that open with a word and a comma


def year_headed(lines: Sequence[str]) -> bool:
    """Do most of a list's entries (``lines``, stripped) open with persons' names and a bare
    year (``Jansen, P. 1996.``)?"""
    heads = 0
    named = 0
    for k, line in enumerate(lines):
        found = _head(line, lines[k + 1] if k + 1 < len(lines) else "")
        persons = found is not None and found.body is None
        heads += persons
        named += persons or bool(_WORD_COMMA.match(line))
    return heads >= _MIN_HEADS and heads >= _SHARE * named


def opens_entry(line: str, following: str, above: str) -> bool | None:
    """In a bare-year list, does ``line`` open an entry (True), or is it surely none
    (False)?  ``following`` is the next line, ``above`` the first line of the entry above;
    None where the head says nothing."""
    found = _head(line, following)
    if found is not None:
        if found.body is None:
            return True
        return not above or _initial(found.body) >= _initial(above)
    if _WORD_COMMA.match(line) and not _INITIALS_AFTER.match(line) and not _DATED.search(line):
        return False
    return None


def _head(line: str, following: str) -> Head | None:
    """The bare-year head of ``line``, or of it and ``following`` when its names run on."""
    found = head(line)
    if found is None and following and _NAMES_GO_ON.search(line) and _WORD_COMMA.match(line):
        found = head(f"{line} {following}")
    return found


def _initial(text: str) -> str:
    """The letter an entry is filed under: its first capital's (a particle before it, as
    ``van`` in ``van der Berg``, is not filed under), without its accent."""
    for ch in text:
        if ch.isupper():
            return unicodedata.normalize("NFD", ch)[0].casefold()
    return text[:1].casefold()
