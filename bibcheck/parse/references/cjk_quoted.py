"""East Asian entries in the scientific form: the title in quotation marks, items parted by
commas.

Japanese, Chinese and Korean lists in the sciences (SIST 02, IEEE as the societies' journals
adapt it, GB/T-like lecture notes) write the names, then the title in quotation marks
(``“…”``, ``"…"``) or single corner brackets (``「…」`` with no ``『』`` journal after it,
which :mod:`~bibcheck.parse.references.cjk_brackets` reads), then the facts, each item
parted by a full-width or Latin comma (``，`` ``、`` ``,``):

* ``志甫 淳，“層とホモロジー代数”，共立出版，東京，2016.`` -- a book: the publisher, the
  place after it (or before it with a colon, as Chinese writes ``北京：科学出版社``);
* ``山田太郎，鈴木花子，“論文名”，日本物理学会誌，vol. 12, no. 3, pp. 1–10, 2001.`` and
  ``王明，“论文”，物理学报，第12卷第3期，45–60页，2010年。`` -- an article: the journal,
  its volume, number and pages.

The names are East Asian names (a Han, kana or Hangul character in each, no digit), one
or more, parted by commas, ``、`` or ``・``
(:func:`~bibcheck.parse.references.cjk_brackets.people`).
:func:`parse` gives the fields or None when the text has no such shape.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references import cjk_held
from bibcheck.parse.references.cjk_brackets import people
from bibcheck.parse.references.patterns import CJK_TEXT, PLAUSIBLE_YEAR
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.shared import Fields, Year

__all__ = ["parse"]

# a Han, kana or Hangul character: an East Asian name holds one
_CJK = CJK_TEXT
_SEP = r"[，,、：:]"
# the names (no quotation mark, bracket, digit or sentence end; bounded), the title in its
# marks, the rest
_ENTRY = lazy_compile(
    rf"^\s*+(?P<who>[^“”\"「」『』《》〈〉\d。.()（）]{{1,120}}?)\s*+"
    rf"(?:{_SEP}\s*+(?:“(?P<curly>[^“”\n]{{1,300}})”|\"(?P<straight>[^\"\n]{{1,300}})\")"
    # (a corner bracket needs no separator before it, or a full stop: "夏目漱石「こころ」、",
    # "동국대학교 불교학술원. 「검색시스템」.")
    rf"|(?:{_SEP}|[.。])?\s*+「(?P<corner>[^「」\n]{{1,300}})」)"
    r"\s*+(?P<rest>.*)$",
    re.S,
)
_NAME = lazy_compile(rf"[^\d]{{0,20}}[{_CJK}][^\d]{{0,20}}")
_ITEMS = lazy_compile(r"\s*+[，,、;；]\s*+")
_YEAR = lazy_compile(rf"{PLAUSIBLE_YEAR}\s*年?")
# an item that is the work's date, to the month or the day: "2023년 12월", "2023年12月1日",
# "2023. 12. 9." -- a date, no publisher
_DATE_ITEM = lazy_compile(
    rf"{PLAUSIBLE_YEAR}\s*(?:年|년)\s*\d{{1,2}}\s*(?:月|월)(?:\s*\d{{1,2}}\s*(?:日|일))?(?:\s*[上中下]旬)?"
    rf"|{PLAUSIBLE_YEAR}\.\s*\d{{1,2}}\.(?:\s*\d{{1,2}}\.?)?"
)
# "vol. 12", "第12巻", "12卷"; "no. 3", "第3号", "3期" (a bare "第3" is neither)
_VOLUME = lazy_compile(r"(?:[Vv]ol\.?)\s*(?P<n>\d{1,5})|第?\s*(?P<m>\d{1,5})\s*(?:巻|卷|권)")
_ISSUE = lazy_compile(r"(?:[Nn]o\.?)\s*(?P<n>\d{1,5})|第?\s*(?P<m>\d{1,5})\s*(?:号|號|호|期)")
_PAGES = lazy_compile(
    r"(?:pp?\.|頁|页)\s*(?P<a>\d+(?:\s*[-–—〜~～]\s*\d+)?)"
    r"|(?P<b>\d+(?:\s*[-–—〜~～]\s*\d+)?)\s*(?:頁|页|ページ|쪽)"
)
# an item that is a publisher by its word: 出版, 書店, 書房, …社, …館, a university's press
_PUBLISHER_WORD = lazy_compile(
    r"(?:出版|書店|書房|书店|社|館|馆|堂|院|会|會|閣|舎|房|局|Press|press)"
)
# "北京：科学出版社": the place before the publisher, with a colon
_PLACED = lazy_compile(rf"^(?P<place>[{_CJK}A-Za-z ]{{1,15}}?)\s*[:：]\s*(?P<publisher>.+)$")
_TAIL = " .。，,、"


def parse(body: str) -> Fields | None:
    """Fields of an East Asian entry with its title in quotation marks, or None (a title in
    double corner brackets, ``『』`` ``《》``, is :mod:`cjk_brackets`' shape)."""
    if "『" in body or "《" in body:
        return None
    m = _ENTRY.match(body)
    if m is None:
        return None
    names = [p for p in _ITEMS.split(m.group("who").strip(_TAIL)) if p]
    if not names or not all(_NAME.fullmatch(n) for n in names):
        return None
    authors = tuple(a for n in names for a in people(n))
    if not authors:
        return None
    title = (m.group("curly") or m.group("straight") or m.group("corner") or "").strip(_TAIL)
    rest = m.group("rest").strip(_TAIL)
    year_found = _YEAR.search(rest)
    year = Year(int(year_found.group(1)), year_found.group(1)) if year_found else Year(None, None)
    items = [i.strip(_TAIL) for i in _ITEMS.split(rest) if i.strip(_TAIL)]
    facts = [i for i in items if not (_YEAR.fullmatch(i) or _DATE_ITEM.fullmatch(i))]
    numbered = [i for i in facts if _VOLUME.search(i) or _ISSUE.search(i) or _PAGES.search(i)]
    if numbered and facts and facts[0] not in numbered:  # "Journal, vol. 12, no. 3, pp. 1–10"
        numbers = " ".join(numbered)
        return Fields(
            "cjk",
            authors,
            title,
            year,
            container=facts[0],
            volume=_group(_VOLUME.search(numbers)),
            issue=_group(_ISSUE.search(numbers)),
            pages=_pages(numbers),
        )
    if cjk_held.held(rest):  # "「夏の歌」スケッチ、…資料館所蔵、MS-12": a manuscript, kept
        return Fields("cjk", authors, title, year, kind=RefKind.UNKNOWN)
    publisher, place = _publisher([i for i in facts if i not in numbered])
    if (
        m.group("corner")
        and year_found is None
        and publisher
        and place is None
        and not _PUBLISHER_WORD.search(publisher)
    ):
        # "夏目漱石「こころ」、青空文庫、https://…": an undated text of a site or a collection,
        # its name no publisher's (an article's marks: no book's title)
        return Fields("cjk", authors, title, year, container=publisher)
    return Fields(
        "cjk",
        authors,
        title,
        year,
        publisher=publisher,
        place=place,
        pages=_pages(" ".join(numbered)) if numbered else None,
        book=publisher is not None,
    )


def _group(m: re.Match[str] | None) -> str | None:
    return (m.group("n") or m.group("m")) if m else None


def _pages(numbers: str) -> str | None:
    m = _PAGES.search(numbers)
    if m is None:
        return None
    return re.sub(r"\s*[-—〜~～]\s*", "–", m.group("a") or m.group("b"))


def _publisher(facts: list[str]) -> tuple[str | None, str | None]:
    """The publisher and place among the items after the title: ``共立出版，東京`` (the place
    after), ``北京：科学出版社`` (before, with a colon), ``東京：岩波書店``."""
    if not facts:
        return None, None
    placed = _PLACED.match(facts[0])
    if placed is not None:
        return placed.group("publisher").strip(_TAIL), placed.group("place").strip()
    publisher = facts[0]
    place = facts[1] if len(facts) > 1 and _is_place(facts[1]) else None
    if _is_place(publisher) and len(facts) > 1 and place is None:  # "東京，岩波書店"
        return facts[1], publisher
    return publisher, place


def _is_place(item: str) -> bool:
    """A place of publication: a known one, or a short name in Han characters that is no
    publisher's (``東京``, ``北京``, ``서울``)."""
    if is_place(item):
        return True
    return bool(re.fullmatch(rf"[{_CJK}]{{1,4}}", item)) and not _PUBLISHER_WORD.search(item)
