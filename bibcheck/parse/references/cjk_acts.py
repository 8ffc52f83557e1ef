"""Acts of Japan, Korea and China by their promulgation number: a ``report``.

The corpus conventions file legislation as ``report``.  East Asian legal citations name an
act by its title and then, in brackets or after it, the number it was promulgated under:

* Japanese ``高齢者の医療の確保に関する法律(昭和57年法律第80号)``, ``統計法（平成19年法律第53号）``,
  a cabinet or ministerial order ``政令第318号``, ``厚生労働省令第157号``, a notice ``告示第3号``,
  the number in kanji (``法律第八十号``), an era's year before it (``令和4年``);
* Korean ``개인정보 보호법 (법률 제19234호)``, ``대통령령 제33000호``;
* Chinese ``中华人民共和国基本医疗卫生与健康促进法（主席令第三十八号）``, ``国务院令第735号``.

:func:`cjk_act` tells whether a text carries such a number: the designation of an act,
never a journal's issue (``第3号`` alone, ``『史学雑誌』第112編第3号``), which no word of
legislation precedes.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["cjk_act"]

_NUMBER = r"[0-9０-９〇零一二三四五六七八九十百千]{1,8}"
_CJK_ACT = lazy_compile(
    # Japanese: an act, a cabinet or ministerial order, an imperial ordinance, a notice or a
    # local ordinance (the ministry's name may stand before "省令")
    r"(?:法律|政令|省令|府令|勅令|告示|条例|規則|訓令)\s*第\s*" + _NUMBER + r"\s*号"
    # Korean: an act, a presidential, prime-ministerial or ministerial decree
    r"|(?:법률|대통령령|총리령|부령|조례)\s*제\s*" + _NUMBER + r"\s*호"
    # Chinese: the President's or the State Council's order
    r"|(?:主席令|国务院令|國務院令|总统令|總統令)\s*[（(]?\s*第\s*" + _NUMBER + r"\s*[号號]"
)


def cjk_act(text: str) -> bool:
    """Does ``text`` carry an East Asian act's promulgation number (see the module)?"""
    return _CJK_ACT.search(text) is not None
