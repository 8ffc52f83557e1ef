"""East Asian book entries as bookshops and blogs write them: items parted by slashes, each
name with its role word after it.

Korean, Japanese and Chinese reading lists copy a book's catalogue line::

    Title / 홍길동, 김철수 공저 / 이영희 역 / 출판사 / 초판 1쇄 2017년 5월 10일
    書名 / 山田太郎 著 / 鈴木花子 訳 / 出版社 / 2019年
    书名 / 张三 著 / 李四 译 / 出版社 / 2018年

The first item is the title; the next ends with an author's role word (저, 지음, 공저, 著,
编著 …) and gives the authors; a translator's (역, 옮김, 訳, 译 …) or editor's item may
follow; the first item after them with no digit is the publisher; the year is the first
plausible year after the title (``2017년``, ``2019年``, ``2018.05.10``).  :func:`parse`
gives the fields, or None when the text has no such shape (a GOST entry's " / " is followed
by names with no role word).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import PLAUSIBLE_YEAR
from bibcheck.parse.references.shared import Fields, Year

__all__ = ["parse"]

# an author's role word, after the names: Korean 저 (written), 지음, 공저 (co-written), 등저
# / 외 저 (and others), 편저 / 엮음 / 편 (edited); Japanese and Chinese 著, 共著, 編, 編著,
# 编著, 主编, 等著
_AUTHOR_ROLE = r"(?:공저|등저|편저|저|지음|글|엮음|편|共著|編著|编著|主编|主編|等著|著|編|编)"
# a translator's or supervisor's role word: 역, 옮김, 공역, 번역, 감수; 訳, 共訳, 監訳, 翻訳;
# 译, 翻译, 译者
_OTHER_ROLE = r"(?:공역|역|옮김|번역|감수|共訳|監訳|翻訳|訳|翻译|译|譯)"
_AUTHOR_ITEM = lazy_compile(rf"^(?P<names>[^\d/]{{1,120}}?)\s*{_AUTHOR_ROLE}$")
_OTHER_ITEM = lazy_compile(rf"^[^\d/]{{1,120}}?\s*{_OTHER_ROLE}$")
# the items' separator: a slash with spaces around it (a title may hold "TCP/IP")
_SLASH = lazy_compile(r"\s+/\s+")
# a slash with no spaces right after a role word: "홍길동 저/이영희 역"
_ROLE_SLASH = lazy_compile(rf"(?<=\s)(?:{_AUTHOR_ROLE}|{_OTHER_ROLE})/(?=\S)")
_NAMES = lazy_compile(r"\s*[,，、]\s*")
# "and others" written before the role or after the last name: "홍길동 외", "山田 他", "张三 等"
_OTHERS = lazy_compile(r"\s*(?:외|등|ほか|他|等)$")
_YEAR = lazy_compile(PLAUSIBLE_YEAR)
# the original title, as the entry notes it: "원제 : Title", "原題：Title", "原书名：Title"
_ORIGINAL = lazy_compile(r"^(?:원제|原題|原题|原书名|原書名)\s*[:：]")
_MIN_ITEMS = 3


def _items(body: str) -> list[str]:
    spaced = _ROLE_SLASH.sub(lambda m: m.group(0)[:-1] + " / ", body)
    return [i.strip(" .。") for i in _SLASH.split(spaced.strip(" .。")) if i.strip(" .。")]


def _authors(names: str) -> tuple[str, ...]:
    people = [_OTHERS.sub("", n).strip() for n in _NAMES.split(names.strip())]
    return tuple(p for p in people if p)


def parse(body: str) -> Fields | None:
    """Fields of a slash-parted East Asian book entry, or None."""
    if " / " not in body:
        return None
    items = _items(body)
    if len(items) < _MIN_ITEMS:
        return None
    head = _AUTHOR_ITEM.match(items[1])
    if head is None or _OTHER_ITEM.match(items[1]):
        return None
    authors = _authors(head.group("names"))
    if not authors:
        return None
    rest = [i for i in items[2:] if not _OTHER_ITEM.match(i) and not _AUTHOR_ITEM.match(i)]
    publisher = next(
        (i for i in rest if not re.search(r"\d", i) and not _ORIGINAL.match(i)),
        None,
    )
    dates = " ".join(i for i in rest if not _ORIGINAL.match(i))
    found = _YEAR.search(dates)
    year = Year(int(found.group(1)), found.group(1)) if found else Year(None, None)
    return Fields(
        "cjk-slashed",
        authors,
        items[0],
        year,
        publisher=publisher,
        book=True,
    )
