"""Headings of the parts of a Korean, Japanese or Chinese bibliography: one vocabulary.

A ``참고문헌`` / ``参考文献`` list in the humanities is split by the kind of source:
``1. 원전`` (primary texts), ``2. 단행본`` (books), ``3. 논문`` (articles), ``4. 외국 문헌``
(foreign works), ``5. 웹자료`` (web sources); ``一次史料`` / ``二次文献`` / ``和文文献`` /
``欧文文献``; ``一、史料``, ``二、研究论著``, ``（一）中文``, ``中文文献`` / ``外文文献`` /
``古籍`` / ``专著``.  Such a heading is an optional enumerator (``1.``, ``Ⅱ.``, ``가.``,
``(1)``, ``（一）``, ``一、``), at most two qualifiers (domestic, foreign, primary, in a
language) and one head word naming a kind of source.  This module owns the enumerator
and the words; its two tests differ in scope:

* :func:`is_cjk_list_part`, for a heading anywhere in a document (Word, ODT, Markdown,
  Org): qualifiers and a head word, nothing else (``1. 서론`` or ``研究の方法`` are no
  part headings).  :func:`without_enumerator` gives a heading's words without its number.
* :func:`cjk_part_heading`, for a line already inside a reference list (PDF text): an
  enumerator and a few words of the script (``一、近人论著``), or, without an enumerator,
  a few words holding a qualifier or head word (``研究文献``, ``단행본``).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import CJK_TEXT

__all__ = ["cjk_part_heading", "is_cjk_list_part", "without_enumerator"]

_NUMERAL = "一二三四五六七八九十"
# "1. ", "1) ", "1、", "(1) ", "Ⅱ. ", "IV. ", "가. ", "A. ", "一、", "（一）" (a chapter's
# "第1節" is none)
# (inside a list: Chinese numerals, digits, Korean letters)
_LIST_ENUMERATOR = (
    rf"(?:[{_NUMERAL}]{{1,3}}\s*[、．.]|[（(]\s*[{_NUMERAL}\d]{{1,3}}\s*[）)]"
    r"|\d{1,2}\s*[.．、]|[가나다라마바사아자차카타파하]\s*[.．)])"
)
# (a heading anywhere: Roman numerals and Latin letters too)
_ENUMERATOR = (
    r"(?:[(（]?(?:\d{1,2}|[ⅰ-ⅹⅠ-Ⅻ]|[IVXivx]{1,4}|[A-Za-z]|[가-하])[.)）．]"
    rf"|[(（](?:\d{{1,2}}|[가-하])[)）]|[{_NUMERAL}]{{1,2}}[、．.]|{_LIST_ENUMERATOR})"
)
_OPENING = lazy_compile(rf"^\s*+{_ENUMERATOR}\s*+")
# the qualifiers that name a part alone: a language, primary or secondary, studies
# ("（一）中文", "一次", "二、研究")
_NAMING = (
    "국문|영문|한문|일문|중문|1차|2차|일차|이차"
    "|一次|二次|和文|邦文|欧文|英文|中文|外文|日文|韓文|韩文|日本語|外国語|英語|中国語|朝鮮語"
    "|西文|俄文|研究|网络|網路"
)
# ... and the others: domestic / foreign / modern / electronic / other
_QUALIFIERS = (
    f"{_NAMING}|국내|국외|해외|외국|동양|서양|한국|일본|중국|외국어|기타"
    "|근대|고전|전자|인터넷|온라인|학위|학술|연구"
    "|未刊行|刊行|既刊|その他|電子|古典|近代|原典"
    "|外國|國內|国内|国外|古代|近人|今人|其他|網絡|电子"
)
# the head words: sources, primary texts, books, studies, articles, theses, periodicals,
# newspapers, archives, web pages
_HEADS = (
    "원전|원사료|사료|자료|문헌|단행본|저서|연구서|동양서|서양서|논문|학술논문|학위논문|보고서"
    "|신문|잡지|웹자료|웹\\s?사이트|누리집|데이터베이스|DB"
    "|史料|資料|文献|文獻|著書|著作|単行本|單行本|論文|雑誌論文|学位論文|報告書|新聞|雑誌"
    "|ウェブサイト|ウェブ資料|データベース|典籍|原典|古籍|古典籍|专著|專著|论著|論著|论文"
    "|期刊论文|期刊論文|期刊|报刊|報刊|学位论文|學位論文|报纸|報紙|档案|檔案|资料|网站|網站"
    "|网络资源|網絡資源|網路資源"
)
_QUALIFIER = f"(?:{_QUALIFIERS})"
_HEAD = f"(?:{_HEADS})"
_PART = lazy_compile(
    rf"(?:{_QUALIFIER}\s?){{0,2}}{_HEAD}(?:\s?(?:및|と|及び|及|与|與|和|·|・|/)\s?"
    rf"(?:{_QUALIFIER}\s?){{0,2}}{_HEAD})?"
)
# a word naming a part, found inside a few words ("研究文献", "中文")
_KIND = lazy_compile(f"{_NAMING}|{_HEAD}")
_TRIM = " \t:：.。"

_LETTER = CJK_TEXT
# a few words of the script, maybe joined by a middle dot or "、", no other punctuation
_HEAD_WORDS = rf"[{_LETTER}]{{1,12}}(?:[・·、\s][{_LETTER}]{{1,12}}){{0,2}}"
_LIST_LINE = lazy_compile(rf"^\s*(?:{_LIST_ENUMERATOR}\s*)?(?P<words>{_HEAD_WORDS})\s*[:：]?\s*$")


def without_enumerator(text: str) -> str:
    """``text`` without the number that opens it (``1. 원전`` -> ``원전``)."""
    m = _OPENING.match(text)
    return (text[m.end() :] if m else text).strip(_TRIM)


def is_cjk_list_part(text: str) -> bool:
    """Is ``text`` (a heading's) the name of a part of a Korean, Japanese or Chinese
    bibliography, numbered or not (``1. 원전``, ``4. 외국 문헌``, ``一次史料``)?"""
    words = without_enumerator(text)
    return 0 < len(words) <= 20 and _PART.fullmatch(words) is not None


def cjk_part_heading(text: str) -> bool:
    """Is ``text``, a line inside a reference list, the heading of one of its parts
    (``一、史料``, ``（一）中文``, ``1. 단행본``, or a part's name alone, ``史料``)?"""
    m = _LIST_LINE.match(text)
    if m is None:
        return False
    if m.start("words") > len(text) - len(text.lstrip()):  # an enumerator before the words
        return True
    return bool(_KIND.search(m.group("words")))
