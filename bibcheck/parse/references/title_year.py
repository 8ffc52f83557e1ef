"""A year closing a title that is the title's own, not the entry's date written after it.

``Title, 2023`` most often puts the entry's year after a title that has no delimiters, and
the year is cut from the title.  A statistics office's or a ministry's yearly publication
carries its year in its name (``Bitkisel Üretim İstatistikleri, 2023``, ``Crop Production
Statistics, 2022``, ``Estadística de Pesca, 2021``) and a Vancouver entry dates it again in
its imprint (``Ankara: TÜİK; 2023``): the year before the imprint is the title's.

So is any date that closes the title's sentence before an imprint (:func:`date_in_title`):
a report of a meeting, a year's report or a file of an archive is titled by the place and
the date it covers (``Report of the expert committee, Nairobi, 14–20 March 1965``, ``Annual
report of the malaria programme, 1984``, ``Field records, Kisumu district, June–August
1974``); the imprint after it (``Place: Publisher; Year``, ``Place: Publisher, Year``,
``Place: Archive; shelfmark``) dates the work, or leaves it the title's date:
``Ministry of Health. Annual report of the malaria programme, 1984. Nairobi: Ministry of
Health; 1985.`` is titled ``Annual report of the malaria programme, 1984``, dated 1985.
Without an imprint (``Names, Title, 2019.``, a department's consultation ``…, 12 April
2023.``) the date is the work's and is cut from the title.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.fields import MONTHS

__all__ = ["date_in_title", "imprint_dates_again"]

# NLM's imprint: "Place: Publisher; 2023", its year closing it
_IMPRINT_YEAR = lazy_compile(
    r"[^\W\d_][^:;.]{0,60}:\s[^:;]{1,120};\s?(?P<year>(?:1[5-9]|20)\d\d)\b"
)


def imprint_dates_again(after: str, year: str) -> bool:
    """Does ``after`` (the entry's text after its title) hold a Vancouver imprint dated
    ``year`` (``. TÜİK Haber Bülteni Sayı 49535. Ankara: TÜİK; 2023.``)?"""
    return any(m["year"] == year for m in _IMPRINT_YEAR.finditer(re.sub(r"\s+", " ", after)))


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAYS = r"\d{1,2}\.?(?:\s?[–-]\s?\d{1,2}\.?)?\s"
# the date after the title's last comma: a year, a month (or a range of months) and a year,
# a day or a range of days before the month: ", 1984", ", October–November 1977",
# ", 14–20 March 1965"
_DATE_TAIL = lazy_compile(
    rf",\s(?:(?:{_DAYS})?(?:{_MONTH})\.?(?:\s?[–-]\s?(?:{_DAYS})?(?:{_MONTH})\.?)?\s)?"
    r"(?:1[5-9]|20)\d\d\.?$",
    re.I,
)
# the imprint that opens the next sentence: a place (its state or province, "Amherst (NY)",
# "Toronto, ON"), a colon, a publisher and a semicolon ("Geneva: WHO; 1980", "Geneva: WHO
# Archives; SE/SOM/7") or a comma and a year ("London: HMSO, 1975")
_IMPRINT = lazy_compile(
    r"\.?\s{1,3}[^\W\d_][^.:;,()\d]{1,40}(?:,\s[A-Z]{2,3}|\s\([^()]{1,30}\))?"
    r":\s[^\W\d_][^.:;,]{1,80}(?:;|,\s(?:1[5-9]|20)\d\d\b)"
)


def date_in_title(title: str, text: str) -> int | None:
    """Where the date at the end of ``title`` starts (the offset of its comma) when the
    date is the title's own: ``text`` (the reference, or its part from the title on) prints
    the title and then, in the next sentence, an imprint (:data:`_IMPRINT`); None when
    ``title`` ends in no date or no imprint follows it."""
    title = " ".join(title.split()).rstrip(" .")
    tail = _DATE_TAIL.search(title)
    if tail is None:
        return None
    text = " ".join(text.split())
    at = text.find(title)
    if at < 0:
        return None
    return tail.start() if _IMPRINT.match(text, at + len(title)) else None
