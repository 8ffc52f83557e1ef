"""Reference lists of Chinese, Japanese and Korean theses: their part headings and entries.

(The part headings' words and enumerators are :mod:`cjklistparts`'s.)

A ``参考文献`` (``参考文献一覧``, ``참고문헌``) is split into parts headed by an enumerator
and a few words: ``一、史料``, ``二、研究论著``, ``（一）中文``, ``(二)日文``, ``1. 단행본``,
``가. 국문``, or the words alone (``史料``, ``論文``, ``단행본``).  An entry starts with its
author and a colon or comma before the title's corner brackets (``李四：《书名》``,
``山田太郎『書名』``, ``홍길동, 『책』``) or with the title itself (``《宋会要辑稿》``), and
ends with a full stop (``。`` or ``.``).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import CJK_TEXT

__all__ = ["bare_marked_work", "cjk_entry_start"]

# an entry's start: a name (no punctuation but a middle dot, at most 30 characters), a
# colon, comma or space, then the title's corner bracket; or the title's bracket first
# (a translator's name after the author's: "斯波义信著，庄景辉译：《…》")
_NAME = r"[^\s《『「〈》』」〉：:，,。.（）()\d][^《『「〈》』」〉：:，,。（）()\d]{0,29}?"
_ENTRY_START = lazy_compile(
    rf"^\s*(?:{_NAME}\s*(?:[（(][^）)]{{1,20}}[）)])?\s*(?:[，,]\s*{_NAME}\s*)?[：:，,、.．]?\s*)?"
    r"[《『「〈]"
)
# a GB/T 7714 entry's start: its names (CJK, or a Latin family name and initials: "SMITH
# J"), a full stop, the year perhaps ("王明, 李华. 2019. "), the title and its type mark:
# "王明. 题名[J]", "SMITH J, WANG L. Title[M]", "陈静, 刘洋, 等. 题名[D]"
_GBT_PERSON = rf"(?:[{CJK_TEXT}]{{1,12}}|[A-Z][A-Za-z'’-]+(?:\s[A-Z]{{1,3}})?)"
_GBT_START = lazy_compile(
    rf"^\s*{_GBT_PERSON}(?:\s*[,，、]\s*{_GBT_PERSON}){{0,9}}(?:\s*[,，]?\s*(?:等|et\sal))?"
    r"\s*[.．]\s*(?:(?:1[5-9]|20)\d{2}[a-z]?\s*[.．]\s*)?[^\[\]\n]{1,200}?"
    r"\[(?:[A-Z]{1,2}|[A-Z]{1,2}/OL|EB/OL)\]"
)


def cjk_entry_start(text: str) -> bool:
    """Does ``text`` start a CJK entry: a name and a title in corner brackets
    (``李四：《书名》``, ``山田太郎『書名』``, ``홍길동, 『책』``, ``김철수(2018). 「제목」``),
    or the title first; or GB/T 7714's names, title and type mark (``王明. 题名[J]``)?"""
    return bool(_ENTRY_START.match(text) or _GBT_START.match(text))


# a work cited by its author's name and its title alone, nothing after the title but a
# volume: "一然, 『三國遺事』.", "司馬遷『史記』", "『高麗史』 卷1", "班固：《汉书》。" (a
# classic, its edition not named; no sentence introducing a list has this shape)
_BARE_WORK = lazy_compile(
    rf"^\s*(?:[{CJK_TEXT}]{{1,12}}\s*[：:，,、]?\s*)?"
    r"[《『][^《『》』\n]{1,60}[》』]\s*[，,、]?\s*"
    r"(?:(?:卷|巻|권|第|제)?\s*\d{1,4}\s*(?:卷|巻|권|冊|册|책)?)?\s*[.。．]?\s*$"
)


def bare_marked_work(text: str) -> bool:
    """Is ``text`` a whole entry of a name and a title in a book's marks, and at most a
    volume after it (``一然, 『三國遺事』.``, ``『高麗史』 卷1``): an entry with no year,
    never a list's introduction?"""
    return _BARE_WORK.match(text) is not None
