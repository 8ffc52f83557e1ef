"""What a GOST 7.1-2003 / 7.0.100-2018 title area says about the kind of work.

The GOST parser reads a title area (``Title : other title information``) and its areas; some
works announce their kind inside that area, in words that are no part of the title:

* a standard or code of practice described under its designation (GOST 7.1-2003's heading):
  ``ГОСТ Р 7.0.100–2018. Библиографическая запись …``, ``IEC 61850-9-2:2011. Communication
  networks …``, ``СП 20.13330.2016. Нагрузки и воздействия``, ``DIN EN ISO 9001:2015. …``;
  or title first, its designation or genre after `` : `` (``Вода питьевая : ГОСТ 2874-82``,
  ``Title : национальный стандарт Российской Федерации : …``, ``: свод правил``) -- a
  ``report``, its title without the designation;
* a patent or inventor's certificate: ``Патент № 2738542 Российская Федерация, МПК H02H
  3/26. Title : № 2020113551 : заявл. 14.04.2020 : опубл. 14.12.2020``, ``Пат. 2187888 Рос.
  Федерация, МПК7 H 04 B 1/38. Title``, ``А. с. 1007970 СССР``, ``Patent No. … Russian
  Federation`` -- a ``patent``, its title the invention's title alone;
* software: ``Simscape Electrical : программный комплекс``, ``: программа для ЭВМ``, ``:
  программное обеспечение``, ``: computer program`` -- ``web`` (the corpus convention for
  software), its title the program's name; so is a program or a database described under its
  registration certificate (``Свидетельство о государственной регистрации программы для ЭВМ
  № 2021612345 Российская Федерация. Title : № … : заявл. … : опубл. …``, ``Title :
  свидетельство о государственной регистрации программы для ЭВМ № …``, ``Title : база
  данных``);
* information the cataloguer supplies in brackets after the title: ``Title : [сайт]``, ``:
  [веб-сайт]``, ``: [16+]`` -- no part of the title, whatever the kind.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references.designations import BODY
from bibcheck.parse.references.patterns import LOWER, UPPER

__all__ = ["KindedTitle", "kinded_title", "registered_title", "registration_certificate"]

# the bodies of the designation, and the Russian (and Ukrainian) normative documents that are
# no standards but are cited the same way: codes of practice, building and sanitary rules
_BODIES = rf"(?:{BODY}|ИСО|МЭК|ЕН|СП|СНиП|СанПиН|ДБН|РД|ТУ|ТКП)"
_DESIGNATION = (
    rf"{_BODIES}(?:[/\s-]{_BODIES})*(?:\s[РR](?=\s))?(?:\s(?:Std\.?|Standard))?"
    r"\s?(?:[A-Z]{1,2}\s?)?\d[\d.]*(?:[-–—/]\s?\d[\d.]*)*(?::\s?(?:19|20)\d\d(?:-\d\d)?)?"
    # the edition's note in parentheses: "(IEC 60050-300:2001)", "(Rev. 1)"
    r"(?:\s\([^()]{1,40}\))?"
)
# "IEC 61850-9-2:2011. Title": the designation heads the description
_OPENING = lazy_compile(rf"^{_DESIGNATION}\.\s+(?=[^\W\d_«\"“])")
# "Title : ГОСТ 2874-82", "Title : национальный стандарт Российской Федерации : …", ": свод
# правил", ": стандарт организации", "національний стандарт України"
_STANDARD_AFTER = lazy_compile(
    rf"\s?:\s(?:{_DESIGNATION}(?=\s?(?::|$))|(?i:(?:национальный|межгосударственный"
    r"|государственный|национальний|міждержавний)\sстандарт|стандарт\sорганизации"
    r"|свод\sправил|строительные\sнормы|international\sstandard|national\sstandard)\b)"
)
# "Патент № 2738542 …", "Пат. 2187888 …", "А. с. 1007970 СССР", "Авторское свидетельство №
# …", "Патент на полезную модель № …", "Деклараційний патент …", "Patent No. …"
_PATENT_OPENING = lazy_compile(
    r"^(?:Патент|Пат\.|Деклараційний\sпатент|Авторское\sсвидетельство|Авт\.\sсвид\."
    r"|А\.\s?с\.|Patent|Pat\.|Inventor['’]s\scertificate)"
    r"(?:\sна\s(?:полезную|корисну)\sмодель)?\s?(?:№|No\.?)?\s?\d"
)
# a registration certificate of a program or a database, described under its number as a
# patent is: "Свидетельство о государственной регистрации программы для ЭВМ № 2021612345
# Российская Федерация. Title : № … : заявл. … : опубл. …", "Свид. о гос. регистрации базы
# данных № …", Ukrainian "Свідоцтво про державну реєстрацію програми …"
_REGISTERED = (
    r"(?:программы\sдля\s(?:ЭВМ|электронных\sвычислительных\sмашин)|программы\sЭВМ"
    r"|базы\sданных|програми\sдля\sЕОМ|комп['’]ютерної\sпрограми|бази\sданих)"
)
_REGISTRATION = (
    r"(?:Свидетельство|Свид\.|Свідоцтво)\s(?:о|об|про)\s"
    r"(?:(?:государственной|гос\.|официальной|державну|державної)\s)?"
    rf"(?:регистрации|рег\.|реєстрацію|реєстрації)\s{_REGISTERED}"
)
_REGISTRATION_OPENING = lazy_compile(rf"^{_REGISTRATION}\s?(?:№|No\.?)?\s?\d")
# where the patent's heading (number, country, classification) ends: a full stop, then a word
# of the title -- not an abbreviation's stop ("Рос. Федерация") nor a class symbol's
_HEAD_END = lazy_compile(rf"(?P<word>\S+)\.\s+(?=[{UPPER}][{LOWER}])")
_SHORT_WORD = lazy_compile(rf"[{UPPER}]?[{LOWER}]{{0,3}}")
# the application's number and dates after the title: " : № 2020113551 : заявл. …"
_PATENT_TAIL = lazy_compile(
    r"\s?[:;]\s(?:№|No\.?\s?\d|заявл\.|опубл\.|appl\.|publ\.|filed\b).*$", re.S
)
# software's designation after the title
_SOFTWARE = lazy_compile(
    r"\s?:\s(?:(?:прикладн\w+\s)?программн(?:ый|ое|ые)\s(?:комплекс|обеспечение|продукт|средство)"
    r"|программа\sдля\s(?:ЭВМ|электронных\sвычислительных\sмашин)|компьютерная\sпрограмма"
    r"|мобильное\sприложение|програмн(?:ий|е)\s(?:комплекс|забезпечення|продукт)"
    r"|програма\sдля\sЕОМ|комп['’]ютерна\sпрограма"
    # (its registration certificate after the title: "Title : свидетельство о государственной
    # регистрации программы для ЭВМ № 2021612345")
    rf"|{_REGISTRATION})\b.*$"
    # a database, the designation alone: "Title : база данных", "Title : база даних"
    r"|\s?:\s(?:база\sданных|база\sданих)(?=\s?(?::|$))"
    # (in English the designation alone: "Title : software engineering …" is a subtitle)
    r"|\s?:\s(?:(?:computer\s)?software(?:\spackage)?|computer\sprogram)(?=\s?(?::|$))",
    re.IGNORECASE | re.S,
)
# "Title : [сайт]": what the cataloguer supplies in brackets (a small letter or a digit)
_BRACKETED = lazy_compile(r"\s?:\s?\[[0-9a-zа-яёіїєґў][^\[\]]{0,30}\](?=\s?(?::|$))")


class KindedTitle(NamedTuple):
    """A title area read for its kind: the title proper and the kind it says (None: none)."""

    title: str
    kind: RefKind | None


def _patent_title(title: str) -> str | None:
    """The invention's title of a patent described under its number, or None."""
    if _PATENT_OPENING.match(title) is None:
        return None
    return _headed_title(title)


_REGISTRATION_ANYWHERE = lazy_compile(_REGISTRATION, re.IGNORECASE)


# ... or the designation, then its certificate: "база данных : свидетельство о
# государственной регистрации № 2020620123", "программа для ЭВМ : свидетельство № …"
_CERTIFIED = lazy_compile(
    r"(?:база\sдан(?:ных|их)|программа\sдля\sЭВМ|програма\sдля\sЕОМ)\s?:\s"
    r"(?:свидетельство|свид\.|свідоцтво)\b",
    re.IGNORECASE,
)


def registration_certificate(text: str) -> bool:
    """``text`` names a program's or database's registration certificate (``свидетельство
    о государственной регистрации программы для ЭВМ № …``, ``база данных : свидетельство
    …``): the work is cited by its number, no address is missing."""
    return _REGISTRATION_ANYWHERE.search(text) is not None or _CERTIFIED.search(text) is not None


def registered_title(title: str) -> str | None:
    """The program's or database's title of a registration certificate described under its
    number (``Свидетельство о государственной регистрации программы для ЭВМ № … Российская
    Федерация. Title : № … : заявл. …``), or None."""
    if _REGISTRATION_OPENING.match(title) is None:
        return None
    return _headed_title(title)


def _headed_title(title: str) -> str | None:
    """The title after a patent's or a certificate's heading (its number, country and
    classification), the application's number and dates cut off; None if not found."""
    for m in _HEAD_END.finditer(title):
        if _SHORT_WORD.fullmatch(m.group("word").lstrip("(")):
            continue  # "Рос. Федерация", "Пат. 12": an abbreviation's stop
        return _PATENT_TAIL.sub("", title[m.end() :]).strip(" .:;") or None
    return None


def kinded_title(title: str, *, authored: bool = False) -> KindedTitle:
    """``title`` (a GOST title area, the statement of responsibility cut off) without the
    words that say its kind, and that kind (None: the title says none); see the module.
    ``authored``: the entry names people as its authors -- a standard has none, so a
    designation there opens the title of a book about the standard (``Иванов И. И. ISO
    9001:2015. Руководство по внедрению``)."""
    title = _BRACKETED.sub("", title).strip()
    patent = _patent_title(title)
    if patent is not None:
        return KindedTitle(patent, RefKind.PATENT)
    registered = registered_title(title)
    if registered is not None:
        # (software and databases: web, the corpus convention)
        return KindedTitle(registered, RefKind.WEB)
    software = _SOFTWARE.search(title)
    if software is not None and software.start() > 0:
        return KindedTitle(title[: software.start()].strip(), RefKind.WEB)
    if authored:
        return KindedTitle(title, None)
    opening = _OPENING.match(title)
    if opening is not None:
        return KindedTitle(title[opening.end() :].strip(), RefKind.REPORT)
    after = _STANDARD_AFTER.search(title)
    if after is not None and after.start() > 0:
        return KindedTitle(title[: after.start()].strip(), RefKind.REPORT)
    return KindedTitle(title, None)
