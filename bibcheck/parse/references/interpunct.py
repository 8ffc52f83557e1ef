"""Is a middle dot between two names a co-author's mark or the inside of one name?

East Asian lists join names with a middle dot, and the dot means two things:

* Japanese parts co-authors with the katakana middle dot (``山田太郎・佐藤花子``), and a name
  written in katakana parts its given name from its family name with the same dot
  (``マックス・ウェーバー``: one person);
* Chinese writes a foreign name transliterated in Han characters with the Latin middle dot
  or its Chinese forms (``乔治·贝克莱``, ``卡尔‧马克思``: one person each), and never joins
  co-authors with it (they are parted by ``、`` or ``，``);
* Korean joins co-authors in Hangul with that same dot (``홍길동·김철수``: two people).

:func:`one_person` says which: one person when katakana stands on both sides of the dot,
or when Han characters alone stand on both sides of a Chinese dot.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["CHINESE_DOTS", "one_person"]

# the dots Chinese writes inside a transliterated name: U+00B7, U+2027, U+2022, U+30FB is
# Japanese's (and U+FF65 its half-width form)
CHINESE_DOTS = "·‧•"
_KATAKANA = lazy_compile(r"[\u30a0-\u30ffｦ-ﾟ]")
# (a hyphen may join two given names: "让-雅克")
_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"
_HAN_ONLY = lazy_compile(rf"{_HAN}(?:[-‐]{_HAN})*")


def one_person(left: str, dot: str, right: str) -> bool:
    """Whether ``left`` + ``dot`` + ``right`` is one person's name (see the module)."""
    left, right = left.strip(), right.strip()
    if not left or not right:
        return False
    if _KATAKANA.match(left[-1]) and _KATAKANA.match(right[0]):
        return True  # "マックス・ウェーバー"
    return (
        dot.strip() in CHINESE_DOTS
        and _HAN_ONLY.fullmatch(left) is not None
        and _HAN_ONLY.fullmatch(right) is not None
    )
