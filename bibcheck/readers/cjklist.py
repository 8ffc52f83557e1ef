"""Reference lists of Chinese, Japanese and Korean theses: their part headings and entries.

A ``参考文献`` (``参考文献一覧``, ``참고문헌``) is split into parts headed by an enumerator
and a few words: ``一、史料``, ``二、研究论著``, ``（一）中文``, ``(二)日文``, ``1. 단행본``,
``가. 국문``, or the words alone (``史料``, ``論文``, ``단행본``).  An entry starts with its
author and a colon or comma before the title's corner brackets (``李四：《书名》``,
``山田太郎『書名』``, ``홍길동, 『책』``) or with the title itself (``《宋会要辑稿》``), and
ends with a full stop (``。`` or ``.``).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

_LETTER = r"\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
# an enumerator: Chinese numerals with "、" or "．", in parentheses, or a digit or a Korean
# letter with a full stop
_NUMERAL = "一二三四五六七八九十"
_ENUMERATOR = (
    rf"(?:[{_NUMERAL}]{{1,3}}\s*[、．.]|[（(]\s*[{_NUMERAL}\d]{{1,3}}\s*[）)]"
    r"|\d{1,2}\s*[.．、]|[가나다라마바사아자차카타파하]\s*[.．)])"
)
# a few words of the script, maybe joined by a middle dot or "与", no other punctuation
_HEAD_WORDS = rf"[{_LETTER}]{{1,12}}(?:[・·、\s][{_LETTER}]{{1,12}}){{0,2}}"
_PART = lazy_compile(rf"^\s*(?:{_ENUMERATOR}\s*)?(?P<words>{_HEAD_WORDS})\s*[:：]?\s*$")
# words that name a kind of source, a language or a medium: a part's name without its
# enumerator ("史料", "中文文献", "論文", "단행본"); with an enumerator any words will do
_KIND = lazy_compile(
    r"(?:史料|资料|資料|文献|文獻|论著|論著|专著|專著|著作|论文|論文|期刊|报刊|報刊|档案|檔案|古籍"
    r"|网络资源|網絡資源|网络|網路|中文|日文|西文|英文|外文|韩文|韓文|英語|日本語|中国語|研究"
    r"|単行本|雑誌|一次|二次|原典|단행본|논문|자료|사료|문헌|국문|영문|일문|동양서|서양서|저서)"
)
# an entry's start: a name (no punctuation but a middle dot, at most 30 characters), a
# colon, comma or space, then the title's corner bracket; or the title's bracket first
# (a translator's name after the author's: "斯波义信著，庄景辉译：《…》")
_NAME = r"[^\s《『「〈》』」〉：:，,。.（）()\d][^《『「〈》』」〉：:，,。（）()\d]{0,29}?"
_ENTRY_START = lazy_compile(
    rf"^\s*(?:{_NAME}\s*(?:[（(][^）)]{{1,20}}[）)])?\s*(?:[，,]\s*{_NAME}\s*)?[：:，,、]?\s*)?"
    r"[《『「〈]"
)


def cjk_part_heading(text: str) -> bool:
    """Is ``text`` the heading of a part of a CJK reference list (``一、史料``,
    ``（一）中文``, ``1. 단행본``, or a part's name alone, ``史料``)?"""
    m = _PART.match(text)
    if m is None:
        return False
    if m.start("words") > len(text) - len(text.lstrip()):  # an enumerator before the words
        return True
    return bool(_KIND.search(m.group("words")))


def cjk_entry_start(text: str) -> bool:
    """Does ``text`` start a CJK entry: a name and a title in corner brackets
    (``李四：《书名》``, ``山田太郎『書名』``, ``홍길동, 『책』``), or the title first?"""
    return bool(_ENTRY_START.match(text))
