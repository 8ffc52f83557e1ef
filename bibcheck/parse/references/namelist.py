"""Author lists written in natural order, every name given name first, joined by a
conjunction of the document's language.

``Ólafur G. Flóvenz, Gunnar Gunnarsson, Ragnar Ásmundsson og Steinunn Hauksdóttir``
(Icelandic), ``Qingzhou Luo, Farah Hariri, Lamyaa Eloussi, and Darko Marinov`` (English).
The conjunction may be English ``and``/``&``, Icelandic, Norwegian and Danish ``og``,
Swedish ``och``, Dutch and Afrikaans ``en``, German ``und``, Welsh ``a``/``ac``, French
``et``, Spanish ``y``, Italian and Portuguese ``e``, Polish and Croatian ``i``, Hungarian
``és``, Finnish ``ja``, Indonesian ``dan``, Vietnamese ``và``, Turkish ``ve`` (the "and" of
:mod:`bibcheck.parse.coauthors`).  A name in ``Surname, I.`` form may stand among them
(``Sigurður R. Gíslason og Oelkers, E. H.``).  The reference parsers built on these
lists are in :mod:`.listed`.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coauthors import AND
from bibcheck.parse.references.patterns import INITIALS, SURNAME, L, U

__all__ = ["CONJUNCTIONS", "NATURAL_LIST", "natural_list", "split_names", "surname_list"]

CONJUNCTIONS = AND
# A given name: a word or an initial ("Ólafur G. Flóvenz", "Haryadi S. Gunawi")
_GIVEN = rf"[{U}](?:[{L}'’-]+|\.)"
# (an initial is a _GIVEN already: a second alternative for it would let every initial of a
# long list be read two ways, and a list that does not match take exponential time)
# (or a Korean or Chinese name written family name first, its given name of two syllables
# hyphenated: "Kim Min-jun", "Lee Seo-yeon", "Chiang Kai-shek")
_NATURAL = rf"{_GIVEN}(?:\s{_GIVEN}){{0,2}}\s(?:{SURNAME}|[{U}][{L}]+-[{L}]+)"
_INVERTED = rf"{SURNAME},\s{INITIALS}"
_PERSON = rf"(?:{_NATURAL}|{_INVERTED})"
# The first name in natural order, then names joined by commas and a final conjunction
NATURAL_LIST = rf"{_NATURAL}(?:,\s{_PERSON}){{0,30}},?\s{CONJUNCTIONS}\s{_PERSON}"
_WHOLE = lazy_compile(rf"{NATURAL_LIST}")
# (a comma before initials that end a name is inside "Oelkers, E. H.": "N. A. Lynch" is a name)
_SPLIT = lazy_compile(rf",?\s{CONJUNCTIONS}\s|,\s(?!{INITIALS}(?:,|\s{CONJUNCTIONS}\s|$))")


def split_names(names: str) -> tuple[str, ...]:
    """``A B, C D og E F`` -> the names; ``Oelkers, E. H.`` stays one name."""
    return tuple(p.strip(" ,") for p in _SPLIT.split(names) if p.strip(" ,"))


# Family names alone, as an author-date citation or a short note names two or more authors:
# joined by slashes, as German writes them ("Goschler/Böick (2017)", "Müller / Schmidt /
# Bauer"), or two joined by a word for "and" ("Smith and Jones", "Dupont et Durand", "Sari dan
# Putra").  A family name may have two words ("Ferrero Luque/García Sanz").  (Not the
# one-letter "y", "e", "i", "a", "u": "Ortega y Gasset", "Silva e Sousa" are one name.)
_FAMILY = rf"{SURNAME}(?:\s{SURNAME})?"
_LONG_AND = r"(?:and|&|und|en|et|och|og|dan|és|ve|và|ja|ir|un|in|[șş]i|и|та|και|eta|agus|dhe|ac)"
_SLASHED = lazy_compile(rf"{_FAMILY}(?:\s?/\s?{_FAMILY}){{1,10}}")
_SLASH = lazy_compile(r"\s?/\s?")
_PAIR = lazy_compile(rf"(?P<first>{_FAMILY})\s{_LONG_AND}\s(?P<second>{_FAMILY})")


def surname_list(text: str) -> tuple[str, ...] | None:
    """The family names when ``text`` is two or more of them alone, joined by slashes or a
    word for "and" ("Goschler/Böick", "Smith and Jones"), else None."""
    text = " ".join(text.split()).strip(" ,.")
    if _SLASHED.fullmatch(text):
        return tuple(_SLASH.split(text))
    pair = _PAIR.fullmatch(text)
    return (pair.group("first"), pair.group("second")) if pair else None


def natural_list(text: str) -> tuple[str, ...] | None:
    """The names when ``text`` is a natural-order list with a conjunction, else None."""
    text = " ".join(text.split()).strip(" ,")
    return split_names(text) if _WHOLE.fullmatch(text) else None
