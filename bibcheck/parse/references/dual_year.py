"""A year of the Hijri calendar printed beside the Common Era one, as Persian, Arabic and
Russian lists date a book from Iran or the Arab world::

    Tehran: Māhur, 1372 Sh./1993.        Тегеран : Зувар, 1320 с.х./1941.
    Beirut: Dār al-Fikr, 1412 AH/1992 CE.    القاهرة: دار المعارف، 1412هـ/1992م.

The entry's year is the Common Era one (:func:`common_era_year` leaves it alone in the
text); a Hijri year written alone stays as written (see ``_calendar_year``).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["common_era_year"]

_DUAL = lazy_compile(
    r"(?<![\d/])1[0-4]\d\d\s?(?:Sh|SH|Shamsi|AHS|HS|AH|A\.\s?H|H|Q|с\.\s?х|г\.\s?х|л\.\s?х"
    r"|ش|هـ|ه\.\s?ش|ه\.\s?ق|ق)\.?\s?/\s?(?P<ce>(?:1[5-9]|20)\d\d)(?!\d)"
    r"(?:\s?(?:CE|AD|C\.\s?E\.?|A\.\s?D\.?|م|г\.)(?![^\W\d_]))?"
)


def common_era_year(rest: str) -> str:
    """``rest`` with each Hijri year printed before a Common Era one
    (``1372 Sh./1993``) reduced to the Common Era year (``1993``)."""
    return _DUAL.sub(lambda m: m.group("ce"), rest)
