"""Manuscripts and documents an East Asian note cites where they are kept.

Japanese, Chinese and Korean notes cite an unpublished item -- a composer's sketch, a
letter, a diary, an archive's file -- by its title and the institution that holds it, with
the word for "held by": ``武満徹「夏の歌」スケッチ、1961年、某音楽資料館所蔵、MS-12。``,
``「日記」、東京大学史料編纂所所蔵。``, ``《家书》，上海图书馆藏。``, ``「편지」, 국사편찬위원회
소장.``.  What a collection holds is no publication: its kind is ``unknown`` and a list of
literature need not hold it (:func:`held`).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["held"]

# an institution's name, then "held by" (所蔵, 収蔵, 館蔵 ja; 藏, 收藏, 馆藏/館藏 zh; 소장 ko) as
# an item of its own, closed by a comma, a full stop or the end
_HELD = lazy_compile(
    r"[^\s、，,。.：:「」『』《》“”]{2,40}?\s?(?:所蔵|収蔵|館蔵|所藏|收藏|收藏|馆藏|館藏|图书馆藏"
    r"|圖書館藏|档案馆藏|檔案館藏|소장)(?=\s*+(?:[、，,。.;；]|$))"
)
# Every word of "held by" above ends in 蔵 (ja) or 藏 (zh) or is 소장 (ko), and the pattern
# has no flags (no case folding): it cannot match a text holding none of the three, so
# those texts (nearly every entry) are answered without running it.  (The pattern tries
# up to 40 characters from each position of the text: a fifth of a millisecond an entry.)
_HELD_WORD_ENDS = ("蔵", "藏", "소장")


def held(text: str) -> bool:
    """Does ``text`` name the institution that holds the item it cites (module doc)?"""
    if not any(end in text for end in _HELD_WORD_ENDS):
        return False
    return _HELD.search(text) is not None
