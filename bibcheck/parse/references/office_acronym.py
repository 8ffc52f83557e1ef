"""A body's short name made of the first syllables of its name's words.

Many bodies go by a short name of syllables rather than of initials: ``ΕΛΣΤΑΤ`` (ΕΛληνική
ΣΤΑΤιστική Αρχή), ``TÜİK`` (TÜrkiye İstatistik Kurumu), ``Destatis`` (DEutsches STATIStisches
Bundesamt), ``Istat`` (IStituto nazionale di STATistica), ``Rosstat`` (ROSsiyskaya
STATistika), ``Eurostat``.  :func:`syllabic` tells whether a short name is such a
contraction of a body's name: its letters are the openings of some of the name's words, in
their order, the first word's among them.
"""

from __future__ import annotations

import unicodedata
from functools import cache

__all__ = ["syllabic"]


def _plain(text: str) -> str:
    """``text`` without accents, case folded (``İ`` and ``Ü`` as ``i`` and ``u``)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def syllabic(short: str, name: str) -> bool:
    """Is ``short`` (three to eight letters) the openings of words of ``name`` in their
    order, the first word's opening first, at least two words' openings in all?"""
    letters = _plain(short.strip(" .,*_"))
    words = tuple(_plain(w) for w in name.split() if w[:1].isalpha())
    if not 3 <= len(letters) <= 8 or not letters.isalpha() or len(words) < 2:
        return False
    return _split(letters, words, 0, True) >= 2


@cache
def _split(letters: str, words: tuple[str, ...], at: int, first: bool) -> int:
    """The most words whose openings make ``letters`` from word ``at`` on (0: none)."""
    if not letters:
        return 0
    best = -1
    for k in range(at, len(words)):
        if first and k != at:
            break  # (the first word's opening comes first)
        word = words[k]
        for n in range(min(len(word), len(letters)), 0, -1):
            if word[:n] != letters[:n]:
                continue
            rest = _split(letters[n:], words, k + 1, False)
            if rest >= 0:
                best = max(best, rest + 1)
    return best
