"""SIST 02 (Japan's science-information standard): East Asian names, then items parted by
full stops.

Japanese university libraries teach SIST 02, and Japanese (and some Chinese and Korean)
lists and notes follow it: the names, the title, the journal or the site, then the year
and the numbers, each area ending with a full stop (``.``, ``．`` or ``。``), the names
parted by semicolons or commas:

* ``山田太郎; 鈴木花子. 論文名. 日本物理学会誌. 2019, vol.42, no.3, pp.55-67.`` -- an
  article: the journal's area, then the year with the numbers after it;
* ``佐藤一郎. 書名. 第2版, 岩波書店, 2010, 245p.`` -- a book: the publisher before the year
  in the same area;
* ``文部科学省. “ページの題名”. 文部科学省. 2021. https://…, (参照 2024-05-01).`` -- a web
  page: its title in quotation marks, the site's name after it.

The names are East Asian (a Han, kana or Hangul character in each, no Latin letter or
digit): a Latin author's entry is the other parsers'.  An entry with a GB/T 7714 code
(``[J]``, ``[M]``) or a title in corner brackets (``『』``, ``《》``) is not this shape
(:mod:`~bibcheck.parse.references.gbt`, :mod:`~bibcheck.parse.references.cjk_brackets`).
:func:`parse` gives the fields or None.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.cjk_brackets import people
from bibcheck.parse.references.patterns import CJK_TEXT, PLAUSIBLE_YEAR
from bibcheck.parse.references.shared import Fields, Year

__all__ = ["areas", "parse"]

_CJK = CJK_TEXT
# an area ends at a full stop: a Latin one before a space or the end (not "vol.42",
# "pp.55", "p.3"), a full-width one anywhere
_AREA_END = lazy_compile(
    r"(?<!\bvol)(?<!\bVol)(?<!\bno)(?<!\bNo)(?<!\bpp)(?<!\bp)(?<!\bed)\.(?:\s++|$)|[．。]\s*+"
)
# one name: East Asian characters (a space or a middle dot inside: "志甫 淳", "マックス・
# ウェーバー"), no Latin letter, digit or bracket
_NAME = lazy_compile(rf"[{_CJK}][{_CJK}\s・·･]{{0,30}}")
_NAMES_SPLIT = lazy_compile(r"\s*+[;；,，、]\s*+")
_QUOTED = lazy_compile(r"^[“\"「](?P<title>[^“”\"「」]{1,300})[”\"」]$")
_YEAR_AREA = lazy_compile(
    rf"^(?P<year>{PLAUSIBLE_YEAR})(?:[-/.]\d{{1,2}}(?:[-/.]\d{{1,2}})?)?(?:\s*年)?\.?"
    r"(?P<rest>\s*[,，].*)?$"
)
_IMPRINT = lazy_compile(
    rf"^(?P<head>.+?)\s*[,，]\s*(?P<year>{PLAUSIBLE_YEAR})\s*年?(?:\s*[,，].*)?$"
)
_VOLUME = lazy_compile(r"\bvol\.\s*(?P<n>[\w-]{1,10})|(?P<m>\d{1,5})\s*巻", re.I)
_ISSUE = lazy_compile(r"\bno\.\s*(?P<n>[\w-]{1,10})|(?P<m>\d{1,5})\s*号", re.I)
_PAGES = lazy_compile(r"\bpp?\.\s*(?P<p>\d+(?:\s*[-–〜~]\s*\d+)?)(?!\d)", re.I)
_EDITION = lazy_compile(
    r"^(?:第?\s*\d{1,2}\s*版|改訂版|新版|増補版|\d{1,2}(?:st|nd|rd|th)\s+ed\.?)$"
)
_FOREIGN_SHAPES = lazy_compile(r"\[(?:[A-Z]{1,2})(?:/OL)?\]|[『《』》]")
_TAIL = " .。．,，"


def areas(body: str) -> list[str]:
    """``body`` cut at its areas' full stops (``vol.42``, ``pp.5`` are no area's end)."""
    return [a.strip(_TAIL) for a in _AREA_END.split(body.strip()) if a.strip(_TAIL)]


def parse(body: str) -> Fields | None:
    """SIST 02 fields of ``body`` (see the module), or None."""
    if _FOREIGN_SHAPES.search(body):
        return None
    parts = areas(body)
    if len(parts) < 3:
        return None
    names = [n for n in _NAMES_SPLIT.split(parts[0]) if n]
    if not names or not all(_NAME.fullmatch(n) for n in names):
        return None
    authors = tuple(a for n in names for a in people(n))
    if not authors:
        return None
    quoted = _QUOTED.match(parts[1])
    title = quoted.group("title").strip() if quoted else parts[1]
    if not re.search(rf"[{_CJK}A-Za-z]", title):
        return None
    after = parts[2:]
    # the year's area: "2019, vol.42, no.3, pp.55-67", "2023", "2021-03-05"
    for i, area in enumerate(after):
        dated = _YEAR_AREA.match(area)
        if dated is None:
            continue
        year = Year(int(dated.group("year")), dated.group("year"))
        numbers = dated.group("rest") or ""
        container = after[i - 1] if i >= 1 else None
        if container is not None and _EDITION.match(container):
            container = None
        return Fields(
            "cjk",
            authors,
            title,
            year,
            container=container,
            volume=_number(_VOLUME.search(numbers)),
            issue=_number(_ISSUE.search(numbers)),
            pages=_pages(numbers),
        )
    # a book's imprint: "岩波書店, 2010, 245p." ("第2版, 岩波書店, 2010")
    for area in after:
        imprint = _IMPRINT.match(area)
        if imprint is None:
            continue
        items = [i for i in _NAMES_SPLIT.split(imprint.group("head")) if i]
        items = [i for i in items if not _EDITION.match(i)]
        publisher = items[-1] if items else None
        return Fields(
            "cjk",
            authors,
            title,
            Year(int(imprint.group("year")), imprint.group("year")),
            publisher=publisher,
            book=publisher is not None,
        )
    return None


def _number(m: re.Match[str] | None) -> str | None:
    return (m.group("n") or m.group("m")) if m else None


def _pages(numbers: str) -> str | None:
    m = _PAGES.search(numbers)
    return re.sub(r"\s*[-〜~]\s*", "–", m.group("p")) if m else None
