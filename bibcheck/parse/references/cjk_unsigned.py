"""Unsigned pieces in newspapers and magazines, cited in East Asian notes by title first.

A review, a report or a column that names no author is cited by its own title in single
brackets, then the paper's or magazine's title in double ones and the issue by its date,
perhaps a page: ``「新作映画評 切腹」『キネマ旬報』1962年10月上旬号、78頁。``,
``「社説 港の再開発」『朝日新聞』1985年4月2日朝刊、5面。``,
``“社论：新的一年”，《人民日报》1980年1月1日，第1版。``,
``「시평」, 『동아일보』, 1975년 3월 1일, 2면.``.  The issue is dated by its month (a day, a
part of the month ``上旬``/``中旬``/``下旬``, a morning or evening edition): a scholarly
journal's article is numbered by volume and issue (``第12巻第3号``) and names its author.

Such a piece is an ``article`` with no author (:func:`parse`); like the unsigned newspaper
article of Chicago's notes (:func:`bibcheck.parse.references.chicago.unsigned_news`) it is
cited in the notes only, and a bibliography that holds none leaves it out
(:func:`unsigned_periodical`).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references.patterns import PLAUSIBLE_YEAR
from bibcheck.parse.references.shared import Fields, Year

__all__ = ["parse", "unsigned_periodical"]

# the issue's date: a year, a month (年/月, 년/월, or "1962.10."), perhaps a day or a part of
# the month, perhaps the issue's or edition's word ("号", "朝刊", "夕刊")
_ISSUE_DATE = (
    rf"(?P<year>{PLAUSIBLE_YEAR})\s*+(?:年|년|[.．/])\s*+\d{{1,2}}\s*+(?:月|월|[.．/])"
    r"(?:\s*+\d{1,2}\s*+(?:日|일)?)?\s*+(?:[上中下]旬)?\s*+(?:特別|臨時|増刊)?\s*+"
    r"(?:号|號|호|朝刊|夕刊|版)?"
)
_PIECE = lazy_compile(
    r"^\s*+[「〈“](?P<title>[^「」〈〉“”『』《》]{1,120})[」〉”]\s*+[、，,]?\s*+"
    r"[『《](?P<paper>[^『』《》]{1,60})[』》]\s*+[、，,]?\s*+"
    rf"{_ISSUE_DATE}"
    r"(?P<rest>[^「」『』《》]{0,40})$",
    re.S,
)
# a page or a newspaper's page (面, 版, 면) after the date
_PAGE = lazy_compile(
    r"(?:第\s*+)?(?P<page>\d{1,4}(?:\s*+[-–〜~]\s*+\d{1,4})?)\s*+(?:頁|页|面|版|면|쪽|ページ)"
)


def parse(body: str) -> Fields | None:
    """The fields of an unsigned newspaper or magazine piece (see the module doc), or None."""
    m = _PIECE.match(body)
    if m is None:
        return None
    year = m.group("year")
    page = _PAGE.search(m.group("rest"))
    return Fields(
        "cjk",
        (),
        m.group("title").strip(),
        Year(int(year), year),
        container=m.group("paper").strip(),
        pages=page.group("page") if page else None,
        kind=RefKind.ARTICLE,
    )


def unsigned_periodical(text: str) -> bool:
    """Does ``text`` cite an unsigned newspaper or magazine piece by title, paper and the
    issue's date (see the module doc)?"""
    return _PIECE.match(text) is not None
