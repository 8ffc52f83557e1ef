"""Acts of Japan, Korea and China cited by their article: a ``report``.

A note citing a provision names the act, in corner brackets or bare, and then the article:

* Korean ``「한국은행법」 제1조(목적) 및 제28조``, ``「개인정보 보호법」 제15조제1항``,
  ``자본시장법 제9조``, a decree ``「…법 시행령」 제3조``;
* Japanese ``『日本銀行法』第1条``, ``「金融商品取引法」第2条第1項``, ``民法第709条``;
* Chinese ``《中华人民共和国中国人民银行法》第二条``, ``《證券交易法》第12條``.

The act's name closes on a word of legislation (법, 법률, 시행령, 시행규칙, 조례, 규칙; 法,
法律, 令, 規則, 条例; 法, 条例, 规定, 办法) and the article's designation follows it
(제N조, 第N条, 第N條): a journal's volume or issue (``제27권 제3호``, ``第12卷第3期``) is
no article.  :func:`cjk_law_article` tells whether a text cites such a provision;
:func:`without_cjk_article` cuts the provision off a bare act's title (``民法第709条`` -> ``民法``).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["cjk_law_article", "without_cjk_article"]

_NUMBER = r"[0-9０-９〇零一二三四五六七八九十百千]{1,8}"
# the words an act's name closes on (Korean, then Japanese and Chinese)
_LAW_WORD = (
    r"(?:법률|시행령|시행규칙|법|조례|규칙|규정"
    r"|法律|施行令|施行規則|法|条例|條例|規則|规则|规定|規定|办法|辦法|令)"
)
_CJK_LAW_ARTICLE = lazy_compile(
    # the act in brackets: "「한국은행법」 제1조", "『日本銀行法』第1条", "《…法》第二条"
    rf"[「『《〈](?:[^「」『』《》〈〉]{{0,80}}){_LAW_WORD}\s*[」』》〉]"
    rf"\s*(?:제|第)\s*{_NUMBER}\s*(?:조|条|條)"
    # or bare, glued to its article or a space before it: "자본시장법 제9조", "民法第709条"
    rf"|(?<![^\W\d_])[^\W\d_\s]{{0,30}}{_LAW_WORD}\s?(?:제|第)\s*{_NUMBER}\s*(?:조|条|條)"
)


def cjk_law_article(text: str) -> bool:
    """Does ``text`` cite an East Asian act by its article (see the module)?"""
    return _CJK_LAW_ARTICLE.search(text) is not None


# a bare act's title and the provision after it, to the end ("자본시장법 제9조 참조")
_TITLED_ARTICLE = lazy_compile(
    rf"^(?P<act>[^\W\d_][^「」『』《》〈〉]{{0,80}}?{_LAW_WORD})\s?(?:제|第)\s*{_NUMBER}\s*(?:조|条|條)"
)


def without_cjk_article(title: str) -> str:
    """``title`` without the article a bare East Asian act is cited by (``民法第709条。`` ->
    ``民法``); ``title`` itself when it names no act and article."""
    m = _TITLED_ARTICLE.match(title)
    return title if m is None else m.group("act")
