"""GB/T 7714 (China): a document-type code in brackets after the title.

``章林伟. 中国海绵城市建设与实践[J]. 给水排水, 2018, 44(11): 1-5.``,
``Kia A, Wong H S, Cheeseman C R. Clogging in permeable concrete: a review[J]. Journal of
Environmental Management, 2017, 193: 221-233.``, ``刘洋. Title[D]. 北京: 北京建筑大学, 2022.``,
``Agency. Title[R/OL]. Washington, DC: EPA, 2016 [2023-03-15]. https://…``,
``Org. 一种透水铺装清洗装置: CN113152358A[P]. 2021-07-23.``

The names (``等`` or ``et al.`` for the rest) end at the first full stop; the title runs to the
code; a journal's name, or the place and publisher, follow it.  The code says the kind:
``J`` journal, ``M`` book, ``D`` thesis, ``C`` proceedings, ``N`` newspaper, ``R`` report,
``S`` standard, ``P`` patent, ``EB``/``OL`` online.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references.gbt_forms import dated_head, half_width, without_role_area
from bibcheck.parse.references.patterns import PLAUSIBLE_YEAR
from bibcheck.parse.references.pinyin import family_first_gbt, paired_initials
from bibcheck.parse.references.shared import Fields, year_of

_CODE = r"(?:M|C|N|J|D|R|S|P|G|Z|A|CP|DB|DS|CM|EB|OL)(?:/OL)?"
_DESIGNATED = lazy_compile(rf"\[(?P<code>{_CODE})\]")
# "Authors. Title[J]" -- the names have no full stop inside ("Yong C F, McCarthy D T", not
# even after initials; "U.S. Environmental Protection Agency" is one name) -- or a title alone
_SHAPE = lazy_compile(rf"^(?P<head>[^\[\]]{{2,400}}?)\s?\[(?P<code>{_CODE})\](?P<tail>.*)$", re.S)
_NAMES_END = lazy_compile(r"(?<!\.[A-Z])(?<!^[A-Z])\.\s+")
# (at most one, at the end: tried from the first of a run of spaces, or a comma, not again
# from each space of it, which made a long run quadratic)
_ET_AL = lazy_compile(r"(?:(?<!\s)|(?=,)),?\s*+(?:等|et\s++al\.?|외|他)\s*+$")
_YEAR = lazy_compile(PLAUSIBLE_YEAR)
# ", 2018, 44(11): 1-5" after the journal's name (up to the first comma, its spaces around it
# left out, or one space where there is nothing else: each run of spaces is taken whole and
# kept only before more of the name, so that thousands of spaces are read once)
_JOURNAL = lazy_compile(
    r"^\.(?:\s*+(?=[^,，\s])|\s*(?=\s[,，]))(?P<journal>[^,，\s]++(?:\s++[^,，\s]++)*+|\s)"
    r"\s*+[,，]\s*(?P<year>\d{4})"
    r"(?:\s*[,，]\s*(?P<vol>[\w-]+))?\s*(?:\((?P<iss>[^)]+)\))?(?:\s*:\s*(?P<pages>[\w-]+))?"
)
_AREA = lazy_compile(
    r"^(?P<place>[^:：.]{1,40}?)\s?[:：]\s?(?P<pub>[^,，:：]{2,80}?)\s?[,，]\s?\d{4}"
)
# the author-date system's journal and book areas, the year said after the names: "[J].
# 清华大学学报, 52(11): 1518-1523.", "[M]. 北京: 中国人民大学出版社: 798."
_DATED_JOURNAL = lazy_compile(
    r"^\.\s*+(?P<journal>[^,，.\[\]]{2,120}?)\s*+[,，]\s*+(?P<vol>[\w-]{1,12})"
    r"\s*(?:\((?P<iss>[^)]{1,20})\))?(?:\s*:\s*(?P<pages>[\w-]{1,20}))?\s*\.?\s*$"
)
_DATED_AREA = lazy_compile(
    r"^(?P<place>[^:：.]{1,40}?)\s?[:：]\s?(?P<pub>[^,，:：]{2,80}?)\s*(?:[:：,，].*)?$"
)
_NUMBER_SUFFIX = lazy_compile(r"\s?[:：]\s?(?:GB|GB/T|ISO|CN|US|EP|WO|JP|DB)[\s\w./—-]*$")
# an edition statement after the code: "2 版.", "第3版.", "修订版.", "2nd ed.", "Rev. ed."
_EDITION = lazy_compile(
    r"^\.?\s*(?:第?\s?\d{1,2}\s?版|修订版|增订版|"
    r"\d{1,2}(?:st|nd|rd|th)\s+(?:rev\.\s+)?ed(?:ition)?|rev(?:ised)?\.?\s+ed)\.?(?=\s)",
    re.I,
)
# "[C]//Editors. Proceedings. Place: Publisher, 2019: 210-221": the host's parts
_HOST_PARTS = lazy_compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])\.\s+")


def designated(text: str) -> bool:
    """Does ``text`` carry a GB/T 7714 document-type code after a title?"""
    m = _SHAPE.match(text.strip())
    return m is not None and bool(m.group("tail").strip(" .").strip() or m.group("head"))


def parse(body: str) -> Fields | None:
    """GB/T 7714 fields of ``body``, or None."""
    m = _SHAPE.match(half_width(body.strip()))  # "作者．书名[M]．北京：出版社，2010．"
    if m is None:
        return None
    head, code, tail = m.group("head").strip(), m.group("code"), m.group("tail")
    split = _NAMES_END.search(head)
    if split is not None and len(head[: split.start()]) <= 200:
        names, title = head[: split.start()], head[split.end() :]
    else:
        names, title = "", head
    # (the author-date system: "汪学军, 2005. 书名[C]", "Jenkins S D. 2012. Title[Z]")
    names, title, dated = dated_head(names, title)
    parts = tuple(
        a.strip() for a in re.split(r"\s*[,，、;；]\s*", _ET_AL.sub("", names)) if a.strip()
    )
    # ("Wang, L., Zhang, W.": two people; "Wang Li", "WANG Li": family name first)
    authors = tuple(family_first_gbt(a) for a in paired_initials(parts))
    if code in ("S", "P"):  # "Title: GB/T 25993—2023[S]": the number is no part of the title
        title = _NUMBER_SUFFIX.sub("", title)
    years = [dated] if dated else (_YEAR.findall(tail) or _YEAR.findall(head))
    fields = Fields("gbt", authors, title.strip(" .") or None, year_of(years[0] if years else None))
    if code.startswith(("R", "S")):
        # a report names its place and publisher as a book does; a standard is filed as one
        fields = replace(fields, kind=RefKind.REPORT)
    if code.startswith("P"):  # "Org. Title: CN113152358A[P]. 2021-07-23."
        fields = replace(fields, kind=RefKind.PATENT)
    if code in ("D", "D/OL"):  # a thesis: its "publisher" is its university (see .thesis)
        fields = replace(fields, kind=RefKind.THESIS)
    if code.startswith("J") or code.startswith("N"):
        journal = _JOURNAL.match(tail) or (_DATED_JOURNAL.match(tail) if dated else None)
        if journal is not None:
            return replace(
                fields,
                container=journal.group("journal").strip(),
                year=year_of(dated or journal.group("year")),
                volume=journal.group("vol"),
                issue=journal.group("iss"),
                pages=journal.group("pages"),
            )
        return fields
    if code.startswith("C") and tail.startswith("//"):
        return _proceedings(fields, tail[2:], dated=dated is not None)
    if code.startswith(("M", "D", "R", "C", "S")):
        # (the translators or editors first: "[M]. 杨斌, 等, 译. 2 版. 北京: 出版社, 2010")
        imprint = _EDITION.sub("", without_role_area(tail)).strip(" .")
        area = _AREA.match(imprint) or (_DATED_AREA.match(imprint) if dated else None)
        if area is not None:  # "北京: 中国建筑工业出版社, 2014", "Washington, DC: EPA, 2016"
            return replace(fields, place=area.group("place"), publisher=area.group("pub").strip())
    return fields


_PROCEEDINGS_PAGES = lazy_compile(
    r"[:：]\s?(?P<pages>\d+\s?[-–—]\s?\d+)\s*(?:\[\d{4}[-./]\d{1,2}[-./]\d{1,2}\])?\s*\.?$"
)


def _proceedings(fields: Fields, host: str, *, dated: bool = False) -> Fields:
    """A paper in proceedings (``[C]//Editors. Proceedings. Place: Publisher, 2019: 1-9``, the
    editors may be left out): a chapter whose host is the proceedings' title.  ``dated``: the
    year came after the names (the author-date system), the imprint has none."""

    def imprint(part: str) -> re.Match[str] | None:
        return _AREA.match(part) or (_DATED_AREA.match(part) if dated else None)

    parts = [p.strip() for p in _HOST_PARTS.split(host.strip()) if p.strip()]
    at = next((k for k, p in enumerate(parts) if imprint(p)), len(parts))
    if at == 0:
        return replace(fields, chapter=True)
    area = imprint(parts[at]) if at < len(parts) else None
    # (an online paper's date of citation after them: "2019: 12-18[2020-01-02]")
    pages = _PROCEEDINGS_PAGES.search(parts[at]) if area else None
    return replace(
        fields,
        chapter=True,
        container=parts[at - 1].strip(" ."),
        place=area.group("place").strip() if area else None,
        publisher=area.group("pub").strip() if area else None,
        pages=pages.group("pages") if pages else None,
    )
