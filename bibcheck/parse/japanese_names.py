"""Japanese names written family name first, their script original after them.

Japanese studies, art history and museum writing print Japanese names in their own order,
family name first, and often give the name in its script right after the romanised one:
``Maruyama Nobuhiko 丸山伸彦``, ``Katsushika Hokusai 葛飾北斎``, ``Yoshioka Sachio 吉岡幸雄``.
The script's order is family name first, and a writer who gives it keeps the romanised name
in the same order: that is the sign.  Every romanised word must be Hepburn syllables
(``Ma-ru-ya-ma``, ``Hok-u-sai``).  A long vowel's macron alone is no sign (``Natsume Sōseki``
and ``Sōseki Natsume`` are both printed, and Māori names in their natural order have
macrons and the same syllables: ``Māui Pōmare``), so a name without its script is left as
written.  :func:`japanese_family_first` gives the name as a catalogue inverts it,
``Maruyama, Nobuhiko`` (the script original left out: the same name written again).
"""

from __future__ import annotations

import unicodedata

from bibcheck.lazyre import lazy_compile

__all__ = ["hepburn", "japanese_family_first"]

# one Hepburn syllable (long vowels read as short ones, "n" alone, a doubled consonant
# before the next syllable: "Hokkai", "Hattori", "Kenzaburō"), written in small letters
_SYLLABLES = lazy_compile(
    r"(?:(?:kk|ss|tt|pp|tch|cch)?(?:ky|gy|sh|ch|j|ny|hy|by|py|my|ry|ts|[kgsztdnhbpmyrwf])?"
    r"[aeiou]|n(?![aeiouy]))+"
)
# the name again in its script after the romanised one: "丸山伸彦", "ひろし"
_SCRIPT = lazy_compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]{1,10}")


def hepburn(word: str) -> bool:
    """Is ``word`` a capitalised word of Hepburn syllables (``Kōrin``, ``Nobuhiko``)?"""
    if len(word) < 2 or not word[:1].isupper():
        return False
    bare = unicodedata.normalize("NFD", word.casefold())
    bare = "".join(c for c in bare if not unicodedata.combining(c))
    return _SYLLABLES.fullmatch(bare) is not None


def japanese_family_first(author: str) -> str | None:
    """``Maruyama Nobuhiko 丸山伸彦`` -> ``Maruyama, Nobuhiko``: a Japanese name written
    family name first with its script original (see the module doc), inverted as a
    catalogue writes it; None for any other name."""
    words = author.split()
    if len(words) != 3 or _SCRIPT.fullmatch(words[2]) is None:
        return None
    if not all(hepburn(w) for w in words[:2]):
        return None
    return f"{words[0]}, {words[1]}"
