"""Statutes and decrees as the notes of post-Soviet (GOST) writing cite them.

Russian, Ukrainian and Belarusian notes name an act by its kind first, then its date and
number, then its title in guillemets (``Федеральный закон от 25.07.2002 № 115-ФЗ «О
правовом положении …»``, ``Указ Президента Республики Беларусь от 5 мая 2006 г. № 289``),
or, as GOST 7.1 describes it, by the title first and the kind after a colon (``О
правовом положении … : федер. закон от 25.07.2002 № 115-ФЗ``).  The Turkic languages of
Central Asia put the kind last, with its possessive ending, after the quoted title: Kyrgyz
``Кыргыз Республикасынын 2006-жылдын 13-январындагы № 4 «…» Мыйзамы``, Kazakh ``… «…
туралы» Заңы``, Uzbek ``… «… to‘g‘risida»gi Qonuni``, Turkmen ``Türkmenistanyň «…» Kanuny``;
Tajik puts it first (``Қонуни Ҷумҳурии Тоҷикистон «Дар бораи …»``).

Whether a list of literature holds such acts is the document's choice: Russian theses list
them first (``Нормативные правовые акты``), many articles cite them in notes only.  So an act
cited in a note lacks an entry only when the list holds acts (:func:`gost_act` is asked of the
entries too, see :mod:`bibcheck.manuscript`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.fields import month_prefix
from bibcheck.parse.references.quote_pairs import EN_FR_CLOSINGS, EN_FR_OPENINGS

__all__ = ["APPROVED_BY", "NamedAct", "gost_act", "kind_last_name", "named_act_name"]

# a programme, strategy or rules approved by an act, its approval after GOST's colon:
# Russian "утв. постановлением Правительства … от …", "утверждена распоряжением …",
# Ukrainian "затв. постановою Кабінету Міністрів …", "затв. наказом …", Belarusian "зацв.
# пастановай …" (an official document, filed with the acts)
APPROVED_BY = (
    r"(?:утв|затв|зацв)(?:\.|ерждена|ерджена|ерджана)\s(?:постановлением|приказом|указом"
    r"|распоряжением|постановою|наказом|розпорядженням|пастановай|загадам|указам)"
)

# the kind of act first (Russian, Ukrainian, Belarusian, Tajik): law, code, decree,
# resolution, order, and the adjectives before them ("Федеральный закон", "Указ Президента")
_KIND_FIRST = (
    r"(?:Федеральный\s(?:конституционный\s)?закон|Закон|Кодекс|Указ|Постановление|Распоряжение"
    r"|Приказ|Постанова|Розпорядження|Наказ|Пастанова|Дэкрэт|Декрет|Загад"
    r"|Қонуни|Фармони|Қарори|Кодекси)"
)
# ... then its date ("от 25.07.2002", "від 14 жовтня 1992 р.", "ад 5 мая 2006 г.", Tajik "аз
# 11 декабри 1999") or number ("№ 115-ФЗ") within the designation
_DESIGNATED = lazy_compile(rf"^\W*{_KIND_FIRST}\s[^«»;]{{0,120}}?(?:\s(?:от|від|ад|аз)\s\d|№\s?\d)")
# ... or the Tajik kind before the state's name and the quoted title
_TAJIK = lazy_compile(r"^\W*(?:Қонуни|Фармони|Қарори|Кодекси)\s(?:Ҷумҳурии\sТоҷикистон|ҶТ)\s")
# the title first, the kind after GOST's colon: "… : федер. закон от …", "… : указ …"
_TITLE_FIRST = lazy_compile(
    r"\s:\s(?:федер\.\s|федеральный\s|федер\.\sконституц\.\s)?(?:закон|кодекс|указ"
    r"|постановление|распоряжение|приказ|постанова|розпорядження|наказ|" + APPROVED_BY + r")\s"
    r"(?:[^\d:;]{0,60}?\s)?(?:от|від|ад)\s\d",
    re.I,
)
# the Turkic kind last, with its possessive ending, after the quoted title (one or two
# words between: Uzbek "…»gi Qonuni", Kazakh "… туралы» Заңы")
_KIND_LAST_WORD = (
    r"(?:Мыйзамы|Токтому|Жарлыгы|Кодекси|Заңы|Жарлығы|Қаулысы"
    r"|Кодексі|Qonuni|Farmoni|Qarori|Kodeksi|Қонуни|Фармони|Қарори|Kanuny|Karary|Permany"
    r"|Qanunu)(?!\w)"
)
_KIND_LAST = lazy_compile(rf"[{EN_FR_CLOSINGS}](?:\s?[^\W\d_]{{1,12}})?\s{_KIND_LAST_WORD}")
# ... the same kinds, of any case, last in an act's whole designation: the issuer (in the
# genitive), the quoted name with its possessive ending, then the date and number, then the
# kind ("Oʻzbekiston Respublikasi Prezidentining “… toʻgʻrisida”gi 2019-yil 4-martdagi
# PQ-4215-son qarori", "Qozogʻiston Respublikasi Hukumatining «…»gi 12-son Qarori"), or the
# date and number before the quoted name (Kyrgyz "Кыргыз Республикасынын 2012-жылдын
# 3-майындагы № 50 «…» Мыйзамы"): up to eight short words between the name and the kind
_KIND_LAST_NAMED = lazy_compile(
    rf"^[^{EN_FR_OPENINGS}{EN_FR_CLOSINGS}]{{0,200}}[{EN_FR_OPENINGS}]"
    rf"(?P<name>[^{EN_FR_OPENINGS}{EN_FR_CLOSINGS}]{{2,300}})[{EN_FR_CLOSINGS}]"
    rf"(?:-?[^\W\d_]{{1,6}})?(?:\s[^\s{EN_FR_OPENINGS}{EN_FR_CLOSINGS}]{{1,25}}){{0,8}}?"
    rf"\s(?i:{_KIND_LAST_WORD})[.,]?$"
)


# ... or the kind, the state's name in a few words, the act's name in guillemets, and only
# then its date and number, as DSTU 8302 and GOST 7.1 lists write an act by its name:
# "Закон України «Про свободу совісті …» від 23 квіт. 1991 р. № 987-XII", "Федеральный
# закон «О свободе совести …» от 26.09.1997 № 125-ФЗ", "Закон Рэспублікі Беларусь «Аб …» ад
# 17 снеж. 1992 г. № 2054-XII" (the date a day, a month's name or its abbreviation, a year,
# or written with dots)
_NAMED_THEN_DATED = lazy_compile(
    rf"^\W*(?P<name>{_KIND_FIRST}(?:\s[^\W\d_][\w.-]{{0,30}}){{0,4}}\s«[^«»]{{2,300}}»)"
    r"\s(?:от|від|ад)\s(?:\d{1,2}\.\d{1,2}\.(?P<dotted>(?:1[7-9]|20)\d\d)"
    r"|\d{1,2}\s(?P<month>[^\W\d_]{3,10})\.?\s(?P<year>(?:1[7-9]|20)\d\d))(?!\d)"
)


@dataclass(frozen=True)
class NamedAct:
    """An act cited by its name before its date: the name (its kind, its state and its «…»
    name) and the year of its date."""

    name: str
    year: int


def named_act_name(text: str) -> NamedAct | None:
    """The act's name and year when ``text`` cites an act by its name and then its date and
    number (``Закон України «Про освіту» від 5 верес. 2017 р. № 2145-VIII`` -> ``Закон
    України «Про освіту»``, 2017), else None."""
    found = _NAMED_THEN_DATED.match(" ".join(text.split()))
    if found is None or (found.group("month") and not month_prefix(found.group("month"))):
        return None
    return NamedAct(found.group("name"), int(found.group("year") or found.group("dotted")))


def kind_last_name(text: str) -> str | None:
    """The quoted name of an act a Turkic language designates with its kind last (see
    :data:`_KIND_LAST_NAMED`): ``Oʻzbekiston Respublikasi Prezidentining “Madaniyat
    toʻgʻrisida”gi 2019-yil 4-martdagi PQ-4215-son qarori`` -> ``Madaniyat toʻgʻrisida``;
    None for any other text (a title that goes on after the kind, or has no quoted name)."""
    found = _KIND_LAST_NAMED.match(" ".join(text.split()))
    return found.group("name").strip() if found is not None else None


def gost_act(text: str) -> bool:
    """Does ``text`` cite a statute or decree in the manner of post-Soviet notes (see the
    module doc)?"""
    flat = " ".join(text.split())
    return bool(
        _DESIGNATED.match(flat)
        or _TAJIK.match(flat)
        or _TITLE_FIRST.search(flat)
        or _KIND_LAST.search(flat)
        or kind_last_name(flat.partition(" // ")[0].rstrip(" .")) is not None
        or named_act_name(flat) is not None
    )
