"""A numbered document repeated by its opening words and a Slavic "op. cit." (round 81).

``Уредба (ЕЗ) бр. 178/2002, нав. дело, члан 14.`` repeats the earlier note that opens with
``Уредба (ЕЗ) бр. 178/2002 …`` as ``CNR-DT 200 R1/2013, cit.`` does an Italian one: the
Serbian, Croatian, Bulgarian, Russian, Ukrainian and Polish phrases were not read
(:mod:`bibcheck.parse.references.lead_repeat`).
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references.lead_repeat import repeated_lead
from tests.growth import growth

_EU = "Уредба (ЕЗ) бр. 178/2002 Европског парламента и Савета од 28. јануара 2002. о храни."
_HR = "Direktiva 2000/60/EZ Europskog parlamenta i Vijeća o vodama. Službeni list EU. 2000."
_BG = "Регламент (ЕС) № 1107/2009 на Европейския парламент и на Съвета относно продуктите."
_RU = "ГОСТ Р 51232-98 Вода питьевая. Общие требования. М.: Стандартинформ, 1998."
_PL = "PN-EN 1992-1-1:2008 Eurokod 2. Projektowanie konstrukcji z betonu. Warszawa: PKN, 2008."


@pytest.mark.parametrize(
    ("text", "earlier", "expected"),
    [
        ("Уредба (ЕЗ) бр. 178/2002, нав. дело, члан 14.", [_HR, _EU, "Исто, стр. 4."], 1),
        ("Direktiva 2000/60/EZ, nav. dj., čl. 4.", [_HR, _EU], 0),
        ("Direktiva 2000/60/EZ, nav. djelo, str. 2.", [_HR], 0),
        ("Регламент (ЕС) № 1107/2009, цит. съч., чл. 4.", [_BG], 0),
        ("ГОСТ Р 51232-98, указ. соч., с. 3.", [_EU, _RU], 1),
        ("PN-EN 1992-1-1:2008, dz. cyt., s. 12.", [_PL], 0),
        # near-misses: a name alone is an author's short note; no earlier note opens so
        ("Петровић, нав. дело, стр. 5.", ["Петровић П. Наслов књиге. Београд: Х; 2001."], None),
        ("Uredba (EU) 2016/679, nav. dj., čl. 5.", [_HR, _EU], None),
        ("Уредба (ЕЗ) бр. 178/2002, члан 14.", [_EU], None),
    ],
)
def test_slavic_lead_repeat(text: str, earlier: list[str], expected: int | None) -> None:
    assert repeated_lead(text, earlier) == expected


@pytest.mark.parametrize("unit", ["нав. ", "Уредба 1/2 ", "nav. dj. ", ", "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: repeated_lead(unit * n + " нав. дело", [_EU]), 5, 20) < 6
