"""Archive files and newspaper articles in the notes of post-Soviet (GOST) writing.

Histories written in Russian, Ukrainian, Belarusian and the languages of Central Asia cite a
document in a state archive by the archive's name or abbreviation, then its fonds, inventory
and file (and the leaves), each by its letter, and often the document's own title and year
after them:

* Russian ``ГАРФ. Ф. 5446. Оп. 1. Д. 12. Л. 3–5.`` (фонд, опись, дело, лист);
* Ukrainian ``ЦДАВО України. Ф. 1. Оп. 2. Спр. 3. Арк. 4.`` (справа, аркуш), Belarusian
  ``НАРБ. Ф. 4. Воп. 1. Спр. 7.`` (вопіс);
* Tajik ``БМД ҶТ. Ф. 18. Р. 1. П. 245. В. 10–15.`` (фонд, рӯйхат, парванда, варақ);
* Kyrgyz ``КР БМА. Ф. 10. Т. 1. И. 54. Б. 12.`` (фонд, тизме, иш, барак);
* Kazakh ``ҚР ОМА. Қ. 30. Т. 1. І. 12. П. 3.`` (қор, тізбе, іс, парақ), also the number
  first: ``ҚР ОМА. 30-қ. 1-т. 12-іс. 3-п.``;
* Uzbek ``O‘zMA. F. R-837. R. 32. Y. 123. V. 15.`` / ``Ф. Р-837. Р. 32. Й. 123.`` (fond,
  ro‘yxat, yig‘majild, varaq); the marks may be parted by commas (``F. 837, R. 32, Y. 123``),
  or the number first (``R-837-fond, 32-ro‘yxat, 123-yig‘majild``; Kyrgyz ``10-фонд, 1-тизме,
  54-иш``).

The fonds, then the inventory, then the file, in that order, make the note an archive's: a
volume and a page (``Т. 2. Б. 45.``) are not three such marks.  The document is the work: its
title is the words after the marks (``… В. 10–15. Маълумотнома дар бораи …, 1934.``, or in
quotation marks right after the file's number: ``… Д. 71 «Отчёт …». 1948. Л. 3–9.``, or as
a sentence before its dates and leaves: ``… Спр. 12. Листування … . 1939–1940. 84 арк.``; the
fonds may carry its name in parentheses, ``Ф. 201 (Консисторія).``), not the
archive's name, and a list of literature need not hold it.

A newspaper issue is cited year first (GOST 7.1: ``«Правда». 1933. 14 июня.``); the article
read in it may be named after the date, by the word for an article or alone in quotation
marks: Russian ``Статья «…»``, Ukrainian ``Стаття``, Tajik ``Мақолаи``, Kazakh ``Мақала``,
Kyrgyz ``Макала``, Uzbek ``Maqola`` / ``Мақола``, Turkmen ``Makala``.  The article is the
work (its title the quoted one), the newspaper its host; a list of literature leaves
unsigned press items out as it does archive files.
"""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.fields import month_prefix
from bibcheck.parse.references.quote_pairs import (
    DOUBLE,
    DOUBLE_CLOSINGS,
    DOUBLE_OPENINGS,
    EN_FR_DOUBLE,
)

__all__ = [
    "SourceTitle",
    "archive_document",
    "archive_file",
    "covered_year",
    "newspaper_article",
]


@dataclass(frozen=True)
class SourceTitle:
    """The work a note cites in an archive or a newspaper: its title and year."""

    title: str
    year: int | None


# a mark's number: "18", "Р-837", "R-837", "245а", "10–15", "3 об." (read once)
_NUMBER = r"\s?(?:[РПRP]-?)?\d[\w–-]{0,12}+"
# (Armenian "ֆ. 57, ց. 1, գ. 12, թ. 3" and Georgian "ფ. 1, ან. 2, საქ. 3, ფურც. 4": fonds,
# list, file and sheet, as the Russian marks)
_FONDS = r"(?:Ф|Қ|F|Ֆ|ֆ|ფ)\."
_INVENTORY = r"(?:Оп|Воп|Р|Т|R|T|Ց|ց|ან)\."
_FILE = r"(?:Д|Спр|П|И|І|Іс|Й|Y|Ед\.\s?хр|Գ|գ|საქ)\."
_LEAF = r"(?:Л|Арк|В|Б|П|V|Varaq|Варақ|Թ|թ|ფურც)\."
# fonds, inventory, file, perhaps the leaves (each a mark, its number and a stop)
# (the fonds' name in parentheses after its number: "Ф. 201 (Митрополича консисторія).")
_FONDS_NAME = r"(?:\s\([^()]{1,160}\))?"
# (an inventory named, not numbered, as some archives' are: "Оп. Медицинский факультет.",
# "Оп. Личный состав." -- one to four words, a capital first)
_INVENTORY_NAMED = r"Оп\.\s[А-ЯЁӘӨҮҖҢҺ][^\W\d_]{1,30}(?:\s[^\W\d_]{1,30}){0,3}"
_MARKS = lazy_compile(
    rf"(?<!\w){_FONDS}{_NUMBER}{_FONDS_NAME}[.,]?\s(?:{_INVENTORY}{_NUMBER}|{_INVENTORY_NAMED})"
    r"[.,]?\s"
    rf"{_FILE}{_NUMBER}(?:[.,]?\s{_LEAF}{_NUMBER}(?:\sоб\.?)?)?\.?"
    # ... or the number first, its mark after it, as Kazakh writes them: "30-қ. 1-т. 12-іс.
    # 3-п.", "30-қор, 1-тізбе, 12-іс, 3-парақ"
    r"|(?<!\w)\d{1,5}-қ(?:ор)?[.,]?\s\d{1,5}-т(?:ізбе)?[.,]?\s\d{1,6}-іс"
    r"(?:[.,]?\s\d[\d–-]{0,12}-п(?:арақ)?)?\.?"
    # ... as Uzbek writes them, "R-2661-fond, 1-roʻyxat, 45-yigʻmajild, 3-varaq" (Cyrillic
    # "Р-2661-фонд, 1-рўйхат, 45-йиғмажилд"), and Kyrgyz "10-фонд, 1-тизме, 54-иш, 12-барак"
    r"|(?<!\w)(?:[РПRP]-)?\d{1,5}-(?:fond|фонд)[.,]?\s\d{1,5}-(?:ro[ʻ‘'’`]?yxat|рўйхат|тизме)"
    r"[.,]?\s\d{1,6}-(?:yig[ʻ‘'’`]?majild|йиғмажилд|иш)"
    r"(?:[.,]?\s\d[\d–-]{0,12}-(?:varaq|варақ|барак))?\.?"
)
# the document after the marks: words (a letter first), perhaps a comma and its year
_DOCUMENT = lazy_compile(
    rf"\s(?P<title>[^\W\d_][^{EN_FR_DOUBLE}]{{2,300}}?)"
    r"(?:,\s(?P<year>(?:1[7-9]|20)\d\d)(?:\s?[-–]\s?\d{2,4})?)?"
    r"\.?\s*$"
)

# ... or its title in quotation marks right after the file's number, then its year and the
# leaves or their count: "ГАРФ. Ф. 5. Оп. 2. Д. 71 «Отчёт о работе завода». 1948. Л. 3–9.",
# "… Спр. 40 «Листування з трестом». 1951. 12 арк."
_QUOTED_DOCUMENT = lazy_compile(
    rf"\s[{DOUBLE_OPENINGS}](?P<title>[^\W\d_][^{DOUBLE}]{{1,300}})[{DOUBLE_CLOSINGS}]"
    r"(?:[.,]\s(?P<year>(?:1[7-9]|20)\d\d)(?:\s?[-–]\s?\d{2,4})?)?"
    rf"(?:[.,]\s(?:{_LEAF}{_NUMBER}(?:\sоб\.?)?|\d{{1,4}}\s(?:л|арк|лл)\.))?"
    r"\.?\s*$"
)

# ... or its title as a sentence, then its date or dates and the count of its leaves, as
# DSTU 8302 and GOST 7.1 describe a file: "ЦДІАЛ України. Ф. 201. Оп. 4. Спр. 12. Листування
# з деканатами. 1939–1940. 84 арк.", "ГАРФ. Ф. 5. Оп. 2. Д. 71. Отчёт о работе. 1948. 12 л."
_DATED_DOCUMENT = lazy_compile(
    rf"\s(?P<title>[^\W\d_][^{EN_FR_DOUBLE}]{{2,300}}?)\.\s(?P<year>(?:1[7-9]|20)\d\d)"
    r"(?:\s?[-–]\s?\d{2,4})?"
    # (the leaves' count after GOST's area dash too: "… 1959–1961. – 34 v.", Uzbek varaq)
    rf"(?:\.\s(?:[-–—]\s)?(?:{_LEAF}{_NUMBER}(?:\sоб\.?)?|\d{{1,4}}\s(?:л|арк|лл|v|в|varaq)\.))?"
    r"\.?\s*$"
)


# the year a file's title says it covers, at its end: "Протоколы заседаний … за 1865 г.",
# "Переписка … за 1870–1871 гг.", Ukrainian "… за 1905 р.", Kazakh "… 1916 ж.", Tatar "…
# 1880 ел"
_COVERED_YEAR = lazy_compile(
    r"(?<!\S)(?P<year>(?:1[5-9]|20)\d\d)(?:\s?[-–]\s?\d{2,4})?\s?(?:гг?|рр?|ж|ел|йыл)\.?\s*$"
)


def covered_year(title: str) -> int | None:
    """The year a file's title ends with (``Протоколы заседаний совета за 1865 г.`` ->
    1865; the first of a range), or None."""
    found = _COVERED_YEAR.search(title)
    return int(found.group("year")) if found is not None else None


def archive_file(text: str) -> bool:
    """Does ``text`` cite a file of a post-Soviet archive by fonds, inventory and file?"""
    return _MARKS.search(text) is not None


def archive_document(text: str) -> SourceTitle | None:
    """The document a note cites by its archive's marks, then its title (see the module doc),
    or None when no title follows the marks."""
    flat = " ".join(text.split())
    marks = _MARKS.search(flat)
    if marks is None:
        return None
    found = (
        _DATED_DOCUMENT.match(flat, marks.end())
        or _DOCUMENT.match(flat, marks.end())
        or _QUOTED_DOCUMENT.match(flat, marks.end())
    )
    if found is None:
        return None
    title = found.group("title").strip(" ,.;")
    if sum(word.isalpha() for word in title.split()) < 2:
        return None
    year = found.group("year")
    return SourceTitle(title, int(year) if year else None)


# the word for a newspaper article, in the languages of GOST notes
_ARTICLE_WORD = r"(?:Статья|Стаття|Артыкул|Мақолаи|Мақола|Мақала|Макала|Maqola|Makala)"
# «Paper». 1933. 14 июн. [Мақолаи] «Title».
_NEWSPAPER_ARTICLE = lazy_compile(
    rf"^\s*[{DOUBLE_OPENINGS}](?P<paper>[^\W\d_][^{DOUBLE}]{{1,80}})[{DOUBLE_CLOSINGS}]"
    r"\.\s(?:[-–—]\s)?"
    r"(?P<year>(?:1[6-9]|20)\d\d)\.\s(?:[-–—]\s)?\d{1,2}\.?\s(?P<month>[^\W\d_]{3,12})\.?"
    r"(?:\s?\(?№\s?\d{1,5}\)?)?\.?\s(?:[-–—]\s)?"
    rf"(?:{_ARTICLE_WORD}\s)?[{DOUBLE_OPENINGS}](?P<title>[^{DOUBLE}]{{2,300}})[{DOUBLE_CLOSINGS}]"
    r"(?:\.\s(?:[-–—]\s)?(?:С|с|Б|В|P|S|s)\.\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?)?\.?\s*$"
)


def newspaper_article(text: str) -> SourceTitle | None:
    """The article a note names after the newspaper's issue it was printed in (see the
    module doc), or None."""
    found = _NEWSPAPER_ARTICLE.match(" ".join(text.split()))
    if found is None or not month_prefix(found.group("month")):
        return None
    return SourceTitle(found.group("title").strip(" ,."), int(found.group("year")))
