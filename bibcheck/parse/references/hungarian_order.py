"""Hungarian names written family name first: which are, and how they are stored.

Hungarian writes a Hungarian name family name first and never inverts it (``Juhász
Dezső``, ``Szabó T. Attila``, ``Imre Samu``), in notes and lists alike, and a foreign
name as its own language writes it (``Peter Trudgill``, ``J. K. Chambers``).  A name is
read in the Hungarian order when its given names are ones only Hungarian spells so
(:func:`bibcheck.parse.names.hungarian_given`: ``Dezső``, ``Réka``), or when the work it
is cited with is Hungarian (:func:`hungarian_title`) and the name opens with no initial,
no particle and no common given name of another language (``Peter``, ``John``).

Such a name is stored inverted, ``Juhász, Dezső``, as the library catalogues and BibTeX
write it and as bibcheck stores every family-first name (Vietnamese, Korean, Hungarian:
:func:`bibcheck.parse.names.family_first_inverted`): the family name is the part before
the comma wherever a name is compared or filed.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.names import hungarian_given
from bibcheck.parse.references.given_names import COMMON_GIVEN
from bibcheck.parse.references.patterns import L, U

__all__ = ["INITIAL", "hungarian_title", "in_hungarian_order", "read_names"]

# an initial: "T.", "Zs.", "Gy."
INITIAL = rf"[{U}][{L}]?\."
_INITIAL = lazy_compile(INITIAL)
# a word of a name: "Juhász", "Tóth-Bakos"
_NAME_WORD = lazy_compile(rf"[{U}][{L}'’]+(?:-[{U}][{L}'’]+)?")

# A Hungarian title's own signs: the letters ő and ű (no other language writes them); a
# word no other language writes ("és" and, "egy" a, "vagy" or, "hogy" that, "magyar",
# "nyelv…" language); or two words with the case endings and suffixes of Hungarian nouns
# ("-ság", "-ből", "-ban", "-ás": "nyelvjárás", "Kisalföldön" aside)
_HUNGARIAN_LETTER = lazy_compile(r"[őűŐŰ]")
_HUNGARIAN_WORD = lazy_compile(r"(?i:\b(?:és|egy|vagy|hogy|magyar\w{0,12}|nyelv\w{0,16})\b)")
_HUNGARIAN_ENDING = lazy_compile(
    r"(?i:\b\w{2,30}(?:ság|ség|ból|ből|ról|ről|ban|ben|nak|nek|ás|és|ási|ési|ások|ések|ához|éhez)"
    r"\b)"
)

_TITLE_READ = 400


def hungarian_title(title: str) -> bool:
    """Is ``title`` Hungarian by its own words (see the module)?  (Its first
    :data:`_TITLE_READ` characters: a title's words tell it.)"""
    title = title[:_TITLE_READ]
    if _HUNGARIAN_LETTER.search(title) or _HUNGARIAN_WORD.search(title):
        return True
    return len(_HUNGARIAN_ENDING.findall(title)) >= 2


def _family_first(words: list[str], hungarian: bool) -> bool:
    """Is the name of ``words`` written family name first (``hungarian``: its work is)?"""
    if not 2 <= len(words) <= 4 or _INITIAL.fullmatch(words[0]) or words[-1].endswith("."):
        return False  # "J. K. Chambers"; "Kovács T." (a family name and an initial, as written)
    if not all(_NAME_WORD.fullmatch(w) or _INITIAL.fullmatch(w) for w in words):
        return False  # "Jan van Dijk", "World Bank"
    given = words[1:]
    if any(hungarian_given(w) for w in given) and all(
        hungarian_given(w) or _INITIAL.fullmatch(w) for w in given
    ):
        return True  # "Juhász Dezső", "Szabó T. Attila", "Imre Samu"
    if words[0] in COMMON_GIVEN or hungarian_given(words[0]):
        return False  # "Peter Trudgill"; "László Deme" (written in the other order)
    return hungarian and len(words) <= 3


def read_names(names: tuple[str, ...], hungarian: bool) -> tuple[str, ...]:
    """``names`` as stored: one written family name first inverted (``Juhász Dezső`` ->
    ``Juhász, Dezső``), any other as written; ``hungarian``: the work is in Hungarian."""
    read = []
    for name in names:
        words = name.split()
        if _family_first(words, hungarian):
            read.append(f"{words[0]}, {' '.join(words[1:])}")
        else:
            read.append(name)
    return tuple(read)


def in_hungarian_order(ref: Reference) -> Reference:
    """``ref`` with its names written family name first inverted, when its title is
    Hungarian: ``Imre Samu 1971. A mai magyar nyelvjárások rendszere.`` is Imre's."""
    if not ref.title or not any("," not in a and 2 <= len(a.split()) <= 3 for a in ref.authors):
        return ref
    if not hungarian_title(ref.title):
        return ref
    read = tuple(a if "," in a else read_names((a,), hungarian=True)[0] for a in ref.authors)
    return ref if read == ref.authors else dataclasses.replace(ref, authors=read)
