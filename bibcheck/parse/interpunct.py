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
or when Han characters alone stand on both sides of a Chinese dot.  A Chinese list may put
the author's nationality in brackets before such a name (``[德]马克斯·韦伯``, ``〔法〕米歇尔·
福柯``): still one person.  :data:`TRANSLITERATED` is the shape of such a name in a pattern
(the bracketed nationality, then Han parts joined by Chinese dots), :func:`surname` its
family name, the last part (``马克斯·韦伯`` -> ``韦伯``).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["CHINESE_DOTS", "TRANSLITERATED", "one_person", "surname", "without_nationality"]

# the dots Chinese writes inside a transliterated name: U+00B7, U+2027, U+2022, U+30FB is
# Japanese's (and U+FF65 its half-width form)
CHINESE_DOTS = "·‧•"
_KATAKANA = lazy_compile(r"[\u30a0-\u30ffｦ-ﾟ]")
# (a hyphen may join two given names: "让-雅克")
_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"
_HAN_ONLY = lazy_compile(rf"{_HAN}(?:[-‐]{_HAN})*")
# the author's nationality in brackets before the name: "[德]", "〔法〕", "（美）", "【英】"
_NATIONALITY = r"[\[［〔【（(][\u4e00-\u9fff]{1,2}[\]］〕】）)]\s?"
_NATIONALITY_START = lazy_compile(rf"^{_NATIONALITY}")
# (... before a name's Han characters)
_NATIONALITY_NAME = lazy_compile(rf"\s*{_NATIONALITY}(?=[\u3400-\u4dbf\u4e00-\u9fff])")
_PART = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{1,8}(?:[-‐][\u4e00-\u9fff]{1,8})?"
# a Chinese transliteration of a foreign name: two to four parts joined by Chinese dots
TRANSLITERATED = rf"(?:{_NATIONALITY})?{_PART}(?:\s?[{CHINESE_DOTS}]\s?{_PART}){{1,3}}"
_TRANSLITERATED = lazy_compile(TRANSLITERATED)
_DOTS = lazy_compile(rf"\s?[{CHINESE_DOTS}]\s?")


def one_person(left: str, dot: str, right: str) -> bool:
    """Whether ``left`` + ``dot`` + ``right`` is one person's name (see the module)."""
    left, right = _NATIONALITY_START.sub("", left.strip()), right.strip()
    if not left or not right:
        return False
    if _KATAKANA.match(left[-1]) and _KATAKANA.match(right[0]):
        return True  # "マックス・ウェーバー"
    return (
        dot.strip() in CHINESE_DOTS
        and _HAN_ONLY.fullmatch(left) is not None
        and _HAN_ONLY.fullmatch(right) is not None
    )


def surname(name: str) -> str | None:
    """The family name of a Chinese transliteration of a foreign name, its last part
    (``马克斯·韦伯`` -> ``韦伯``, ``[德]卡尔·马克思`` -> ``马克思``), else None."""
    name = name.strip()
    if _TRANSLITERATED.fullmatch(name) is None:
        return None
    return _DOTS.split(name)[-1]


def without_nationality(text: str) -> str:
    """``text`` without the bracketed nationality that opens a Chinese entry's foreign
    author (``[德]马克斯·韦伯. 1998.`` -> ``马克斯·韦伯. 1998.``); other text as it is."""
    m = _NATIONALITY_NAME.match(text)
    return text[m.end() :] if m else text
