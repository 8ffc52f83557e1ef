"""A bibliography entry headed by whole names joined in the list's language.

Chicago's bibliography inverts the first author's name and writes the others in natural
order, whole given names and all, the last after the list's word for "and" -- with no
comma before it in French, Spanish, German, Italian or Polish lists::

    Roux, Anne, Paul Henry et Marie Blanc. Titre. Paris : Éditeur, 2015.
    Lenz, Karl und Eva Roth. Titel. Berlin : Verlag, 2001.

French typography's space before the colon ("Paris : Éditeur") is GOST's area
punctuation too, but GOST names its authors by initials and joins them with commas,
never with a word: such a head is no GOST entry (:func:`joined_head`).
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


def serial_comma(text: str) -> str:
    """``text`` with a comma before the list's word for "and" of a :func:`joined_head`
    that has none ("Roux, Anne, Paul Henry, et Marie Blanc. …"), as the English lists
    write it; any other text as it is."""
    m = _JOINED.match(text) or _pair(text)
    if m is None or m.group("comma"):
        return text
    return f"{text[: m.end('names')]},{text[m.end('names') :]}"
