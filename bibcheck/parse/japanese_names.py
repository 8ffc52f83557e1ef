"""Japanese names written family name first in Hepburn romanisation.

Japanese studies, art history and museum writing print Japanese names in their own order,
family name first: ``Ogata Kōrin``, ``Katsushika Hokusai``, ``Maruyama Nobuhiko``, often with
the name in its script after it (``Maruyama Nobuhiko 丸山伸彦``).  Two signs say a name is
written so, and both are needed to tell it from a Japanese name given in Western order
(``Haruki Murakami``):

* the name in Han characters or kana right after it (the script's order is family name
  first, and a writer who gives it keeps the romanised name in the same order), or
* a long vowel written with a macron or circumflex (``ō``, ``ū``, ``â``), the careful
  Hepburn of scholarly writing, which writes Japanese names in Japanese order.

Every word must be Hepburn syllables (``Ma-ru-ya-ma``, ``Kō-rin``, ``Hok-ku``): ``Liza
Dalby`` or ``Terry Satsuki Milhaupt`` is no such name.  :func:`japanese_family_first`
gives the name as a catalogue inverts it, ``Maruyama, Nobuhiko`` (the script original
left out: it is the same name written again).
"""

from __future__ import annotations

import unicodedata

from bibcheck.lazyre import lazy_compile

__all__ = ["japanese_family_first"]

# one Hepburn syllable (long vowels read as short ones, "n" alone, a doubled consonant
# before the next syllable: "Hokkai", "Hattori", "Kenzaburō"), written in small letters
_SYLLABLES = lazy_compile(
    r"(?:(?:kk|ss|tt|pp|tch|cch)?(?:ky|gy|sh|ch|j|ny|hy|by|py|my|ry|ts|[kgsztdnhbpmyrwf])?"
    r"[aeiou]|n(?![aeiouy]))+"
)
_LONG_VOWEL = lazy_compile(r"[āēīōūâêîôûĀĒĪŌŪÂÊÎÔÛ]")
# the name again in its script after the romanised one: "丸山伸彦", "ひろし"
_SCRIPT = lazy_compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]{1,10}")


def _hepburn(word: str) -> bool:
    """Is ``word`` a capitalised word of Hepburn syllables (``Kōrin``, ``Nobuhiko``)?"""
    if len(word) < 2 or not word[:1].isupper():
        return False
    bare = unicodedata.normalize("NFD", word.casefold())
    bare = "".join(c for c in bare if not unicodedata.combining(c))
    return _SYLLABLES.fullmatch(bare) is not None


def japanese_family_first(author: str) -> str | None:
    """``Maruyama Nobuhiko 丸山伸彦`` / ``Ogata Kōrin`` -> ``Maruyama, Nobuhiko`` / ``Ogata,
    Kōrin``: a Japanese name written family name first (see the module doc), inverted as a
    catalogue writes it; None for any other name."""
    words = author.split()
    script = len(words) == 3 and _SCRIPT.fullmatch(words[2]) is not None
    if script:
        words = words[:2]
    if len(words) != 2 or not all(_hepburn(w) for w in words):
        return None
    if not (script or _LONG_VOWEL.search(author)):
        return None
    return f"{words[0]}, {words[1]}"
