"""Is an acronym the initials a body's name goes by, in the languages bodies are cited in?

A body's acronym is made of the initials of its name's significant words, in order --
not only of the capitalised ones: French, Spanish, Italian and Portuguese names write
their adjectives and nouns after the first in lower case, and the small words between
them (articles, prepositions, conjunctions) are skipped::

    Organisation mondiale de la Santé            OMS
    Organización Mundial de la Salud             OMS
    Organizzazione mondiale della sanità         OMS
    Organisation de coopération et de
        développement économiques                OCDE
    World Health Organization                    WHO

A small word may give its letter where the acronym takes it (``Bundesamt für Statistik``:
``BFS``), and so may a part of a compound -- after a hyphen (``Robert Koch-Institut``:
``RKI``) or after a German compound's first element that names a level of government
(``Bundeszentrale für gesundheitliche Aufklärung``: ``BZgA``).  Every significant word
gives its letter (an acronym that leaves one out is matched only as a subsequence, from
the same first letter, three letters at least: ``ANSM`` of ``Agence nationale de sécurité
du médicament et des produits de santé``).  Letters are compared without accents and
case.  Deterministic, offline; linear in the name's words times the acronym's letters.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from bibcheck.lazyre import lazy_compile

__all__ = ["acronym_of", "significant_initials"]

# the small words a body's name joins its words with, in the languages bodies are cited in
# (English, French, Spanish, Italian, Portuguese, German, Dutch, Nordic)
_SMALL = frozenset(
    """of the for and on in at to a an & de la le les du des et à au aux en pour sur par
    del el los las y e para por di della dello delle dei degli del il lo gli ed per da do
    das dos na no nas nos em für und der die das im am zur zum von vom van voor het och
    og i för""".split()
)
# an elided article or preposition before a word: "l'Économie", "dell'Ambiente", "d'Études"
_ELIDED = lazy_compile(r"^(?:[ldcjmnst]|dell|all|nell|sull|dall|un)['’](?=\w)")
# German compounds' first elements naming a level of government ("Bundes|zentrale",
# "Landes|amt", "Staats|ministerium"): the part after one may give its letter
_COMPOUND_FIRST = ("bundes", "landes", "staats", "reichs", "kreis", "stadt", "welt")
_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")
_SHORTEST = 3  # an acronym has at least this many letters (two are a person's initials)


def _bare(text: str) -> str:
    """Lower case, accents dropped ("Santé" -> "sante", "İ" -> "i")."""
    folded = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


_SMALL_BARE = frozenset(_bare(word) for word in _SMALL)


def _tokens(name: str) -> tuple[tuple[str, bool], ...]:
    """The letters ``name``'s words and parts may give, in order, each marked whether it
    must (a significant word's initial) or may (a small word's, a compound part's)."""
    out: list[tuple[str, bool]] = []
    for raw in _WORD.findall(name):
        word = _ELIDED.sub("", _bare(raw))
        if not word:
            continue
        if word in _SMALL_BARE:
            out.append((word[0], False))
            continue
        parts = [p for p in word.replace("’", "'").replace("'", "-").split("-") if p]
        for k, part in enumerate(parts):
            out.append((part[0], k == 0))
            head = next((h for h in _COMPOUND_FIRST if part.startswith(h)), None)
            if head is not None and len(part) > len(head) + 2:
                out.append((part[len(head)], False))
    return tuple(out)


def significant_initials(name: str) -> str:
    """The initials of ``name``'s significant words, lower case without accents
    ("Organisation mondiale de la Santé" -> "oms")."""
    return "".join(letter for letter, must in _tokens(name) if must)


@cache
def _spelled(letters: str, tokens: tuple[tuple[str, bool], ...]) -> bool:
    """Do ``tokens`` spell ``letters`` exactly, every required one giving its letter?"""
    if not tokens:
        return not letters
    (letter, must), rest = tokens[0], tokens[1:]
    if letters[:1] == letter and _spelled(letters[1:], rest):
        return True
    return not must and _spelled(letters, rest)


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)


def acronym_of(acronym: str, name: str) -> bool:
    """Is ``acronym`` (``OMS``, ``BZgA``) the initials ``name`` goes by (see the module)?"""
    letters = "".join(c for c in _bare(acronym) if c.isalpha())
    capitals = _bare("".join(c for c in acronym if c.isupper()))
    tokens = _tokens(name)
    if len(letters) < _SHORTEST or not tokens:
        return False
    if any(_spelled(form, tokens) for form in {letters, capitals} if len(form) >= _SHORTEST):
        return True
    initials = significant_initials(name)
    if min(len(letters), len(initials)) < _SHORTEST or letters[0] != initials[0]:
        return False
    return _subsequence(letters, initials) or _subsequence(initials, letters)
