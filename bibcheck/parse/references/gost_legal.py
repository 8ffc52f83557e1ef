"""Acts, EU acts and treaties described in GOST 7.1 / 7.0.100 areas: GOST entries, ``report``.

A Russian, Ukrainian, Belarusian or Kazakh list describes a law, an act of the European
Union or a treaty as it describes anything else, its areas parted by ``. – ``::

    Regulation (EU) 2022/2065 of the European Parliament and of the Council of 19 October
        2022 on … . – 2022. – URL: https://eur-lex.europa.eu/… (дата обращения: 12.03.2024).
    Федеральный закон от 27.07.2006 № 152-ФЗ «О …» // Собрание законодательства РФ. – 2006.
        – № 31. – Ст. 3451.
    Paris Agreement. – 2015. – URL: https://unfccc.int/… (дата обращения: 10.10.2022).

The act's designation opens the entry as in the civil-law notes the act parsers read
(:mod:`.acts`), whose dash before an act's subject (``Ustawa z dnia … r. – Kodeks cywilny``)
is no GOST area.  :func:`act_with_areas` tells the GOST entry by what follows the act: the
host's `` // ``, or after an area separator an area GOST alone writes (a year alone, the URL's
label, the content and media area, ``Place : Publisher``), so the GOST parser reads it and
the title ends before ``. – ``.

By the corpus conventions (tests/corpus/README.md) legislation and treaties are ``report``:
:func:`legal_report` files a GOST entry so read (an article in the gazette that printed the
act, a web page of its text) as one.  (An entry read as a web page that designates its
medium is a web page still, :mod:`.medium_designator`.)
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import gost_media
from bibcheck.parse.references.acts import eu_act
from bibcheck.parse.references.fields import month_prefix
from bibcheck.parse.references.gost_acts import gost_act, kind_last_name, named_act_name

__all__ = ["act_with_areas", "legal_report", "treaty_named"]

# an area GOST alone writes after a separator: a year alone ("– 2022. –", "– 2022."), the
# URL's label, "Place : Publisher" (the colon spaced on both sides)
_GOST_AREA = lazy_compile(
    r"\.\s?[-–—]{1,2}\s(?:(?:1[5-9]|20)\d\d\.?(?:\s|$)"
    r"|(?:URL|Режим\sдоступ[ау])\s?:"
    r"|[^\W\d_][\w.-]{0,30}(?:\s[^\W\d_][\w.-]{0,30})?\s:\s[^\W\d_])"
)
_MEDIA_AFTER = lazy_compile(r"\.\s?[-–—]{1,2}\s(?P<area>[^.–—]{3,60}?)(?=\.\s?[-–—]|\.?\s*$|\s//)")


def act_with_areas(text: str) -> bool:
    """Does ``text`` (an entry opening with an act) go on in GOST areas: a host after
    `` // `` or an area only GOST writes (see the module)?"""
    flat = " ".join(text.split())
    if " // " in flat or _GOST_AREA.search(flat):
        return True
    return any(
        gost_media.media_area(m.group("area")) is not None for m in _MEDIA_AFTER.finditer(flat)
    )


# a treaty by its name alone: up to three capitalised words, then the treaty's word, then
# nothing or what it is on, of or between ("Paris Agreement", "Kyoto Protocol to the
# United Nations Framework Convention on Climate Change", "Treaty on the Functioning of the
# European Union", "Конвенция о защите прав человека …", "Парижское соглашение")
_TREATY_WORD = (
    r"(?:Agreement|Protocol|Convention|Treaty|Accord|Covenant|Charter"
    r"|[Сс]оглашение|[Кк]онвенция|[Дд]оговор|[Уу]года|[Кк]онвенція|[Дд]оговір|[Пп]агадненне"
    r"|[Кк]анвенцыя|[Дд]агавор)"
)
_TREATY_NAME = lazy_compile(
    rf"^(?:(?:The|[A-ZА-ЯЁІЇЄҐЎ][\w-]+)\s){{0,3}}{_TREATY_WORD}"
    r"(?:$|\s(?i:on|of|to|for|between|establishing|concerning|relating|against|о|об|между"
    r"|про|між|аб|паміж)\s)"
)


def treaty_named(title: str | None) -> bool:
    """Is ``title`` a treaty's name alone (see :data:`_TREATY_NAME`)?"""
    return bool(title) and _TREATY_NAME.match(" ".join((title or "").split())) is not None


# the kinds an act may have been read as: an article of its gazette, a web page of its text,
# no kind
_TAKEN = frozenset({RefKind.ARTICLE, RefKind.WEB, RefKind.UNKNOWN})

# a collection that prints laws alone, as the host after " // ": the Russian Empire's
# "Полное собрание законов Российской империи", "Собрание узаконений и распоряжений
# правительства", "Свод законов", the Soviet and later "Собрание постановлений …",
# "Собрание законодательства …", "Ведомости Верховного Совета …" (Ukrainian "Відомості
# Верховної Ради", Belarusian "Ведамасці Вярхоўнага Савета"), Ukrainian "Повне зібрання
# законів", Kazakh "… Парламентінің Жаршысы"
_LAW_COLLECTION = lazy_compile(
    r"^(?:Полное\sсобрание\sзаконов|Собрание\s(?:узаконений|законодательства|постановлений"
    r"|актов\sПрезидента)|Свод\sзаконов|Ведомости\s(?:Верховного\sСовета|Съезда\sнародных)"
    r"|Відомості\sВерховної\sРади|Ведамасці\sВярхоўнага\sСавета|Повне\sзібрання\sзаконів"
    r"|(?:[^\W\d_]{1,20}\s){1,3}Парламентінің\sЖаршысы)"
)
# ... or an act of the Russian Empire by its kind: "Положение о …", "Устав …", "Манифест
# …", "Уложение …", "Высочайше утвержденное мнение …", "Именной указ …"
_IMPERIAL_ACT = lazy_compile(
    r"^(?:Положение|Устав|Манифест|Уложение|Высочайше\sутвержд[её]нн\w{1,4}|Именной\sуказ)\s"
)
# the act's date after its name: ", 1 января 1864 г.", ", от 19 февраля 1861 г.", Ukrainian
# ", 5 верес. 2017 р.", ", 01.01.1864"
_DATE_AFTER_NAME = lazy_compile(
    r",\s(?:от\s|від\s|ад\s)?(?:\d{1,2}\.\d{1,2}\.(?P<dotted>(?:1[7-9]|20)\d\d)"
    r"|\d{1,2}\s(?P<month>[^\W\d_]{3,10})\.?\s(?P<year>(?:1[7-9]|20)\d\d))"
    r"(?:\s?(?:г|р|гг)\.?)?$"
)


def _collected_act(ref: Reference) -> Reference | None:
    """``ref`` as an act printed in a collection of laws (``Положение о …, 1 января 1864 г. //
    Полное собрание законов Российской империи. Собр. 2. Т. 39. — СПб., 1867.``): a report
    titled by its name and dated by its date, not by the volume's year; None for another
    entry."""
    title = " ".join((ref.title or "").split())
    in_collection = ref.host is not None and _LAW_COLLECTION.match(ref.host) is not None
    if not title or not (in_collection or _IMPERIAL_ACT.match(title)):
        return None
    dated = _DATE_AFTER_NAME.search(title)
    if dated is not None and (not dated.group("month") or month_prefix(dated.group("month"))):
        year = int(dated.group("year") or dated.group("dotted"))
        ref = dataclasses.replace(ref, title=title[: dated.start()], year=year, year_raw=str(year))
    elif not in_collection:
        return None
    return dataclasses.replace(ref, kind=RefKind.REPORT) if ref.kind in _TAKEN else ref


def legal_report(ref: Reference, text: str) -> Reference:
    """``ref``, a GOST entry with no authors, a ``report`` when it describes an act (post-Soviet
    designation, :mod:`.gost_acts`; an EU act, :mod:`.acts`) or a treaty by its name, and was
    read as an article, a web page or no kind; an act cited by its «…» name before its date
    and number titled by its name and dated by its date (``Закон України «Про освіту» від 5
    верес. 2017 р. № 2145-VIII`` -> ``Закон України «Про освіту»``, 2017)."""
    if ref.style != "gost" or ref.authors:
        return ref
    named = named_act_name(ref.title or "")
    if named is not None:
        # ("Закон України «Про …» від 23 квіт. 1991 р. № 987-XII // Відомості …": the act by
        # its name, its date and number no part of the title, its date's year the act's)
        ref = dataclasses.replace(ref, title=named.name, year=named.year, year_raw=str(named.year))
    kind_last = kind_last_name(ref.title or "")
    if kind_last is not None:
        # ("Oʻzbekiston Respublikasi Prezidentining “…”gi 2017-yil 17-noyabrdagi PQ-3391-son
        # qarori": a Turkic act's issuer, date, number and kind no part of its title)
        ref = dataclasses.replace(ref, title=kind_last)
    collected = _collected_act(ref)
    if collected is not None:
        return collected
    if ref.kind not in _TAKEN:
        return ref
    act = kind_last is not None or gost_act(text) or (ref.title is not None and eu_act(ref.title))
    treaty = ref.host is None and ref.publisher is None and treaty_named(ref.title)
    if act or treaty:
        return dataclasses.replace(ref, kind=RefKind.REPORT)
    return ref
