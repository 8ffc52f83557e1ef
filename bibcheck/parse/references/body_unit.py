"""A body's department named between the body and the title: no title.

Reports of public bodies name the body, then the department that issued the report, then the
title: ``Regione Lombardia, Direzione Generale Istruzione, Vulnerabilità sismica …, Rapporto
tecnico RT-DGI-2023/04, Milano, 2023``; ``Ministerio de Fomento, Dirección General de
Carreteras, Title, …``; ``Ministère de la Transition écologique, Direction générale de
l'énergie et du climat, Title, …``; ``Bundesministerium für Verkehr, Abteilung
Wasserstraßen, Title, …``; ``City of Leeds, Department of Highways, Title, …``;
``Urząd Miasta Krakowa, Wydział Kształtowania Środowiska, Title, …``.  A parser that takes
the body for the author takes the department for the title; :func:`unit_skipped` takes the
element after it, when the department's name is all the "title" holds.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference

__all__ = ["unit_skipped"]

_UNIT = lazy_compile(
    r"^(?:Direzione\s(?:Generale|Centrale|Regionale)|Dipartimento|Servizio|Settore|Ufficio"
    r"|Dirección\sGeneral|Subdirección\sGeneral|Departamento|Direção(?:-Geral|\sGeral)"
    r"|Direction\s(?:générale|régionale|départementale)|Département|Service|Bureau"
    r"|Abteilung|Referat|Amt\sfür|Generaldirektion|Directorate(?:-General)?|Department"
    r"|Division|Office\sof|Wydział|Departament|Biuro|Dyrekcja|Afdeling|Directie)"
    r"(?:\s[^\W\d_][\w'’-]*){0,8}$"
)


def unit_skipped(ref: Reference, rest: str) -> Reference:
    """``ref`` with the element after the department as its title, when the department's
    name was read as its title after the body read as its author (see the module)."""
    if not ref.title or len(ref.authors) != 1 or _UNIT.match(ref.title) is None:
        return ref
    flat = " ".join(rest.split())
    head = f"{ref.title}, "
    at = flat.find(head)
    if at < 0 or ref.authors[0] not in flat[:at]:
        return ref
    after = flat[at + len(head) :]
    title = after.split(", ", 1)[0].strip(" .")
    if len(title) < 8 or not title[0].isupper():
        return ref
    return dataclasses.replace(ref, title=title)
