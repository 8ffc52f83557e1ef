"""Headings of the parts of a Korean, Japanese or Chinese bibliography.

A ``참고문헌`` / ``参考文献`` list in the humanities is split by the kind of source:
``1. 원전`` (primary texts), ``2. 단행본`` (books), ``3. 논문`` (articles), ``4. 외국 문헌``
(foreign works), ``5. 웹자료`` (web sources); ``一次史料`` / ``二次文献`` / ``和文文献`` /
``欧文文献``; ``中文文献`` / ``外文文献`` / ``古籍`` / ``专著``.  Such a heading is an optional
enumerator (``1.``, ``Ⅱ.``, ``가.``, ``(1)``, ``一、``), at most two qualifiers (domestic,
foreign, primary, in a language) and one head word naming a kind of source, nothing else:
``1. 서론`` or ``研究の方法`` are no part headings.  :func:`is_cjk_list_part` says whether a
heading is one; :func:`without_enumerator` gives a heading's words without its number.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["is_cjk_list_part", "without_enumerator"]

# "1. ", "1) ", "(1) ", "Ⅱ. ", "IV. ", "가. ", "A. ", "一、" (a chapter's "第1節" is none)
_ENUMERATOR = lazy_compile(
    r"^\s*+(?:[(（]?(?:\d{1,2}|[ⅰ-ⅹⅠ-Ⅻ]|[IVXivx]{1,4}|[A-Za-z]|[가-하])[.)）．]"
    r"|[(（](?:\d{1,2}|[가-하])[)）]|[一二三四五六七八九十]{1,2}[、．.])\s*+"
)
# the qualifiers: domestic / foreign / in a language / primary, secondary / other
_QUALIFIER = (
    r"(?:국내|국외|해외|외국|동양|서양|한국|일본|중국|국문|영문|한문|일문|중문|외국어|기타"
    r"|1차|2차|일차|이차|근대|고전|전자|인터넷|온라인|학위|학술|연구"
    r"|一次|二次|和文|邦文|欧文|英文|中文|外文|日文|韓文|日本語|外国語|英語|中国語|朝鮮語"
    r"|未刊行|刊行|既刊|その他|電子|古典|近代|原典"
    r"|外國|國內|国内|国外|西文|俄文|古代|近人|今人|其他|网络|網路|網絡|电子|電子)"
)
# the head words: sources, primary texts, books, articles, theses, newspapers, web pages
_HEAD = (
    r"(?:원전|원사료|사료|자료|문헌|단행본|저서|연구서|논문|학술논문|학위논문|보고서|신문|잡지"
    r"|웹자료|웹\s?사이트|누리집|데이터베이스|DB"
    r"|史料|資料|文献|文獻|著書|著作|単行本|單行本|論文|雑誌論文|学位論文|報告書|新聞|雑誌"
    r"|ウェブサイト|ウェブ資料|データベース|典籍|原典|古籍|古典籍|专著|專著|论文|期刊论文"
    r"|期刊論文|学位论文|學位論文|报纸|報紙|档案|檔案|资料|网站|網站|网络资源|網路資源)"
)
_PART = lazy_compile(
    rf"(?:{_QUALIFIER}\s?){{0,2}}{_HEAD}(?:\s?(?:및|と|及び|及|与|與|和|·|・|/)\s?"
    rf"(?:{_QUALIFIER}\s?){{0,2}}{_HEAD})?"
)
_TRIM = " \t:：.。"


def without_enumerator(text: str) -> str:
    """``text`` without the number that opens it (``1. 원전`` -> ``원전``)."""
    m = _ENUMERATOR.match(text)
    return (text[m.end() :] if m else text).strip(_TRIM)


def is_cjk_list_part(text: str) -> bool:
    """Is ``text`` (a heading's) the name of a part of a Korean, Japanese or Chinese
    bibliography, numbered or not (``1. 원전``, ``4. 외국 문헌``, ``一次史料``)?"""
    words = without_enumerator(text)
    return 0 < len(words) <= 20 and _PART.fullmatch(words) is not None
