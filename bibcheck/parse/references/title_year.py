"""A year closing a title that is the title's own, not the entry's date written after it.

``Title, 2023`` most often puts the entry's year after a title that has no delimiters, and
the year is cut from the title.  A statistics office's or a ministry's yearly publication
carries its year in its name (``Bitkisel Üretim İstatistikleri, 2023``, ``Crop Production
Statistics, 2022``, ``Estadística de Pesca, 2021``) and a Vancouver entry dates it again in
its imprint (``Ankara: TÜİK; 2023``): the year before the imprint is the title's.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["imprint_dates_again"]

# NLM's imprint: "Place: Publisher; 2023", its year closing it
_IMPRINT_YEAR = lazy_compile(
    r"[^\W\d_][^:;.]{0,60}:\s[^:;]{1,120};\s?(?P<year>(?:1[5-9]|20)\d\d)\b"
)


def imprint_dates_again(after: str, year: str) -> bool:
    """Does ``after`` (the entry's text after its title) hold a Vancouver imprint dated
    ``year`` (``. TÜİK Haber Bülteni Sayı 49535. Ankara: TÜİK; 2023.``)?"""
    return any(m["year"] == year for m in _IMPRINT_YEAR.finditer(re.sub(r"\s+", " ", after)))
