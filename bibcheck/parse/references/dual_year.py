"""A year of the Hijri calendar printed beside the Common Era one, as Persian, Arabic and
Russian lists date a book from Iran or the Arab world::

    Tehran: Māhur, 1372 Sh./1993.        Тегеран : Зувар, 1320 с.х./1941.
    Beirut: Dār al-Fikr, 1412 AH/1992 CE.    القاهرة: دار المعارف، 1412هـ/1992م.

The entry's year is the Common Era one (:func:`common_era_year` leaves it alone in the
text); a Hijri year written alone stays as written (see ``_calendar_year``).

Nepali, Hindi and Marathi lists write a Vikram Samvat (Bikram Sambat) or Shaka year first
and the Common Era one after it in brackets, marked "सन्" (the Common Era's year), "ई."
/ "ई.सं." / "ईस्वी"::

    काठमाडौं: हिमाल प्रकाशन, वि.सं. २०६९ (सन् २०१२)।     शक १९३४ [ई. २०१२]

The bracketed Common Era year is the entry's year too.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.legal_words import LAW_LAST

__all__ = ["common_era_year"]

_DUAL = lazy_compile(
    r"(?<![\d/])1[0-4]\d\d\s?(?:Sh|SH|Shamsi|AHS|HS|AH|A\.\s?H|H|Q|с\.\s?х|г\.\s?х|л\.\s?х"
    r"|ش|هـ|ه\.\s?ش|ه\.\s?ق|ق)\.?\s?/\s?(?P<ce>(?:1[5-9]|20)\d\d)(?!\d)"
    r"(?:\s?(?:CE|AD|C\.\s?E\.?|A\.\s?D\.?|م|г\.)(?![^\W\d_]))?"
)


# a year in Latin or Devanagari digits
_DEVANAGARI_YEAR = r"[0-9\u0966-\u096f]{4}(?![0-9\u0966-\u096f])"
# the Vikram Samvat's or Shaka era's year, its mark before it ("वि.सं.", "वि. सं.",
# "विक्रम संवत्", "शक", "शके") or none, then the Common Era year in brackets of its own, marked
_INDIC_DUAL = lazy_compile(
    r"(?:(?:वि\.\s?सं\.?|विक्रम\s?सं[वब]त्?|शके?|संवत्?)\s?)?(?<![0-9\u0966-\u096f/])"
    rf"{_DEVANAGARI_YEAR}\s?[(\[]\s?(?:सन्|ई\.\s?सं\.|ई\.|ईस्वी|इ\.\s?सं\.)\s?"
    rf"(?P<ce>{_DEVANAGARI_YEAR})\s?[)\]]"
)


def common_era_year(rest: str) -> str:
    """``rest`` with each Hijri year printed before a Common Era one
    (``1372 Sh./1993``) reduced to the Common Era year (``1993``), and each Vikram Samvat
    or Shaka year with the Common Era one bracketed after it (``वि.सं. २०६९ (सन् २०१२)``)
    to the Common Era year (``२०१२``)."""
    rest = _DUAL.sub(lambda m: m.group("ce"), rest)
    if "सन्" not in rest and "ई" not in rest and "इ" not in rest:
        return rest
    return _INDIC_DUAL.sub(lambda m: _unless_act_year(rest, m), rest)


# an act's name ending in the word for a law, its comma: the year after it is the act's own
# designation ("मुलुकी ऐन, १९१० (सन् १८५४)"), kept whole for :func:`.acts.caseless_titled_law`
_ACT_BEFORE = lazy_compile(rf"(?:{LAW_LAST}),?\s?$")


def _unless_act_year(rest: str, m: re.Match[str]) -> str:
    if _ACT_BEFORE.search(rest, max(0, m.start() - 20), m.start()) is not None:
        return m.group(0)
    return m.group("ce")
