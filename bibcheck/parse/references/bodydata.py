"""A public body's own record of its work, which a list of literature leaves out.

A note may cite where its facts come from: a body's yearly account of itself (``Consejo de
Estado, *Memoria del año 2022*, Madrid, 2023, p. 151.``, ``Federal Court, *Annual Report
2021–22*, 14.``, ``Bundesarchiv, *Jahresbericht 2019*.``) or a page of the database it keeps
online (``Department of Fine Arts, "Archival records database," accessed 10 January 2024,
https://….``, ``Instituto Nacional de Estadística, *Base de datos INEbase*.``).  These are
records, not literature: a list that holds scholarly works alone does not hold them.  A list
that holds one such record (a body's yearly report or its database) lists them, and then a
note citing one that is not in it is a missing entry.

The work is a body's when its one author is an organisation (a ministry, a council, a
department ...: :func:`bibcheck.parse.references.corporate.is_organisation`, or a Thai body
by the word its name opens with); a person's database or yearbook is literature.

So is a page a body keeps online (its statistical release, a register's page) that a GOST
note designates an electronic resource: a list that holds no body's page (nor record) leaves
those to the notes, and a list that holds one lists them (:func:`body_page`).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.corporate import is_organisation

__all__ = ["body_page", "body_record"]

# A body's yearly account: an annual report, a yearbook or a "memoria" of a year, in the
# writer's language (Spanish "Memoria (anual|del año) 2022", French "rapport annuel",
# German "Jahresbericht", "Tätigkeitsbericht", Portuguese "relatório anual", Italian
# "relazione annuale", Dutch "jaarverslag", Nordic "årsrapport", "årsberetning",
# "vuosikertomus", Polish "sprawozdanie roczne", "rocznik", Russian "годовой отчёт",
# "ежегодник", Thai "รายงานประจำปี")
_YEARLY = lazy_compile(
    r"(?<!\w)(?:annual\sreport|yearbook|year\sbook|memoria(?:\sanual|\sdel\saño)?\s(?:1[89]|20)\d\d"
    r"|informe\sanual|rapport\sannuel|rapport\sd['’]activité|jahresbericht|tätigkeitsbericht"
    r"|jahrbuch|relatório\sanual|relazione\sannuale|jaarverslag|årsrapport|årsberetning"
    r"|årsredovisning|vuosikertomus|sprawozdanie\sroczne|rocznik|годовой\sотч[её]т"
    r"|ежегодник|річний\sзвіт|anuario|annuaire|annuario)(?!\w)"
    r"|รายงานประจำปี",
    re.IGNORECASE,
)
# A database a body keeps (English, German, Spanish, Portuguese, French, Italian, Dutch,
# Polish, Russian, Ukrainian, Thai)
_DATABASE = lazy_compile(
    r"(?<!\w)(?:database|data\sbase|datenbank|base\sde\sdatos|banco\sde\sdados"
    r"|base\sde\sdonnées|banca\sdati|databank|baza\sdanych|база\sданных|база\sданих)(?!\w)"
    r"|ฐานข้อมูล",
    re.IGNORECASE,
)
# Thai names of bodies open with what the body is: a department, a ministry, an office, an
# institute, a university, the archives, a committee, a bank ("กรมศิลปากร", "กระทรวงการคลัง")
_THAI_BODY = lazy_compile(r"(?:กรม|กระทรวง|สำนักงาน|สถาบัน|มหาวิทยาลัย|หอจดหมายเหตุ|คณะกรรมการ|ธนาคาร)")


def _by_body(ref: Reference) -> bool:
    if len(ref.authors) != 1:
        return False
    name = ref.authors[0].strip()
    return is_organisation(name) or _THAI_BODY.match(name) is not None


def body_record(ref: Reference) -> bool:
    """Does ``ref`` cite a public body's own record: its yearly report or its database?"""
    title = " ".join((ref.title or "").split())
    return (
        bool(title)
        and _by_body(ref)
        and (_YEARLY.search(title) is not None or _DATABASE.search(title) is not None)
    )


def body_page(ref: Reference) -> bool:
    """Does ``ref`` cite, in a GOST note, a page a public body keeps online (its statistics, a
    release: ``Улуттук банк. Төлөм теңдеми [Электрондук ресурс]. – URL: …``)?  A record of
    the body's as its yearly report is: a list that holds no such page leaves them to the
    notes.  (ABNT and the styles that list a body's documents by its name, ``BRASIL. Lei nº
    …``, are not asked.)"""
    return ref.style == "gost" and ref.kind is RefKind.WEB and _by_body(ref)
