"""A bibliography entry headed by whole names joined in the list's language.

Chicago's bibliography inverts the first author's name and writes the others in natural
order, whole given names and all, the last after the list's word for "and" -- with no
comma before it in French, Spanish, German, Italian or Polish lists::

    Roux, Anne, Paul Henry et Marie Blanc. Titre. Paris : Éditeur, 2015.
    Lenz, Karl und Eva Roth. Titel. Berlin : Verlag, 2001.

French typography's space before the colon ("Paris : Éditeur") is GOST's area
punctuation too, but GOST names its authors by initials and joins them with commas,
never with a word: such a head is no GOST entry (:func:`joined_head`).  Nor is a book's
entry headed by the first author's whole given names, its facts closing it as Chicago's do
("Place : Publisher, Year.", where GOST goes on to its pages), in the Latin script, two
whole given names or a chapter's host after the title (:func:`whole_given_book`)::

    Moulin, Anne Marie. Titre de l'ouvrage. Paris : Fayard, 1996.
    Morvan, Paul. « Titre ». Dans *Livre*, sous la direction de Lise Roy, 13-58. Lyon : PUL, 2021.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coauthors import AND  # the list's word for "and"
from bibcheck.parse.references import quote_pairs
from bibcheck.parse.references.patterns import U

# the marks a quoted title opens with (not ’ and ', apostrophes as often)
_OPENING = re.escape(quote_pairs.openings())
# a whole name (never an initial): "Anne", "Jean-Paul", "Massot", "O'Neill"
_NAME = rf"[{U}][^\W\d_]['’\w]*+(?:-[{U}][^\W\d_]['’\w]*+)?"
# a particle before a family name in natural order
_PARTICLE = r"(?:de|du|des|da|di|del|della|van|von|van\sder|von\sder|le|la)"
# a co-author in natural order: "Jean Massot", "Anne M. Roux", "Paul de Lenz"
_PERSON = rf"{_NAME}(?:\s[{U}]\.)?(?:\s{_PARTICLE})?\s{_NAME}"
# the first author, inverted: "Roux, Anne", "Le Goff, Jacques", the given name's middle
# initials after it ("Roux, Anne M.")
_INVERTED = rf"{_NAME}(?:\s{_NAME})?,\s{_NAME}(?:\s{_NAME})?(?:\s[{U}]\.){{0,2}}"
# (three names at least: "Sağlık, Eğitim ve Spor Bakanlığı", "Ministerio de Sanidad,
# Consumo y Bienestar Social" are one body's name, its words joined the same way)
_JOINED = lazy_compile(
    rf"^(?P<names>{_INVERTED}(?:,\s{_PERSON})+)(?P<comma>,)?\s{AND}\s{_PERSON}\.\s"
)
# two names, when a quoted or italic title follows them ("Roux, Anne et Paul Henry.
# « Titre »", "Lenz, Karl und Eva Roth. *Titel*"), joined by a word that is no part of a
# name (not Spanish "y" nor Portuguese "e": "Ortega y Gasset", "Silva e Sousa")
_PAIR = lazy_compile(rf"^(?P<names>{_INVERTED})(?P<comma>,)?\s(?:et|und|en)\s{_PERSON}\.\s")
_TITLE_MARKED = lazy_compile(rf"[{_OPENING}*_]")


def joined_head(rest: str) -> bool:
    """Does ``rest`` open with a bibliography's three names or more, the first inverted
    and the last joined by the list's word for "and", every given name whole (or two
    names so joined before a marked title)?"""
    return _JOINED.match(rest) is not None or _pair(rest) is not None


def _pair(text: str) -> re.Match[str] | None:
    """The two names joined by a word that head ``text``, when its title is marked (a plain
    title after two names may follow a body's name written the same way: round 74's
    decision, ``tests/test_fix74e_joined_names_decisions.py``)."""
    m = _PAIR.match(text)
    if m is None:
        return None
    return m if _TITLE_MARKED.match(text, m.end()) is not None else None


# the first author's whole given names (co-authors in natural order after them), a title,
# then Chicago's book facts closing the entry, French typography's space before the colon
# or not ("Paris : Fayard, 1996."); the given names and the sentence after the title kept
_WHOLE_GIVEN_BOOK = lazy_compile(
    rf"^{_NAME}(?:\s{_NAME})?,\s(?P<given>{_NAME}(?:\s{_NAME})?)(?:\s[{U}]\.){{0,2}}"
    rf"(?:,\s{_PERSON}){{0,4}}(?:,?\s{AND}\s{_PERSON})?\.\s[^.]{{2,300}}\.\s"
    r"(?P<more>(?:[^.]{2,200}\.\s){0,2})"
    rf"[{U}][^\W\d_][^.:;\d]{{0,40}}\s?:\s[^:;.\d]{{2,120}},\s(?:1[5-9]|20)\d\d\.?\s*$"
)
# a chapter's host after its title: "Dans *Livre*, sous la direction de …", "In …", "En …"
_HOST = lazy_compile(r"(?:Dans|In|En)\s")
_CYRILLIC = lazy_compile(r"[\u0400-\u04ff]")


def whole_given_book(rest: str) -> bool:
    """Is ``rest`` a book's entry (or a chapter's) closed by its place, publisher and year,
    in the Latin script, and headed by the first author's two whole given names (``Moulin,
    Anne Marie. Titre. Paris : Fayard, 1996.``) or by one before a chapter's host
    (``Morvan, Paul. « Titre ». Dans *Livre*, sous la direction de …, 13-58. Lyon : PUL,
    2021.``)?  No GOST entry (see the module doc); one given name before a book's title
    (``Moreau, Jean-Luc. *Titre*. Amiens : Éditeur, 1997.``) is read as it was."""
    m = _WHOLE_GIVEN_BOOK.match(rest)
    if m is None or _CYRILLIC.search(rest) is not None:
        return False
    return " " in m["given"] or _HOST.match(m["more"]) is not None


def serial_comma(text: str) -> str:
    """``text`` with a comma before the list's word for "and" of a :func:`joined_head`
    that has none ("Roux, Anne, Paul Henry, et Marie Blanc. …"), as the English lists
    write it; any other text as it is."""
    m = _JOINED.match(text) or _pair(text)
    if m is None or m.group("comma"):
        return text
    return f"{text[: m.end('names')]},{text[m.end('names') :]}"
