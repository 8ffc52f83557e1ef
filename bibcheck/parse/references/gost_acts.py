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

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.quote_pairs import EN_FR_CLOSINGS

__all__ = ["APPROVED_BY", "gost_act"]

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
_KIND_LAST = lazy_compile(
    rf"[{EN_FR_CLOSINGS}](?:\s?[^\W\d_]{{1,12}})?\s(?:Мыйзамы|Токтому|Жарлыгы|Кодекси|Заңы|Жарлығы|Қаулысы"
    r"|Кодексі|Qonuni|Farmoni|Qarori|Kodeksi|Қонуни|Фармони|Қарори|Kanuny|Karary|Permany"
    r"|Qanunu)(?!\w)"
)


def gost_act(text: str) -> bool:
    """Does ``text`` cite a statute or decree in the manner of post-Soviet notes (see the
    module doc)?"""
    flat = " ".join(text.split())
    return bool(
        _DESIGNATED.match(flat)
        or _TAJIK.match(flat)
        or _TITLE_FIRST.search(flat)
        or _KIND_LAST.search(flat)
    )
