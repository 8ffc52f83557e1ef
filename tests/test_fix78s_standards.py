"""Standards cited designation first (round 78): imprints with a comma (``Place, Body``,
``Body, Place``) and a year after them; a designation closed by a space alone; Czech and
Slovak designations with spaced groups (``ČSN 73 1001``), Russian ones (``ГОСТ Р 7.0.100–2018``)
and Polish ones -- the designation the ``number``, the title every part up to the imprint
(bibcheck.parse.references.standard_parts, italic_titled's designation, _standard_titled)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference, standard_parts

# (entry, number, title, year, place, publisher)
CASES = [
    (
        "SFS-EN ISO 14688-1:2018. Geotekninen tutkimus ja testaus. Maalajien tunnistus ja "
        "luokitus. Osa 1: Tunnistus ja kuvaus. Helsinki, Suomen Standardisoimisliitto SFS.",
        "SFS-EN ISO 14688-1:2018",
        "Geotekninen tutkimus ja testaus. Maalajien tunnistus ja luokitus. Osa 1: Tunnistus "
        "ja kuvaus",
        2018,
        "Helsinki",
        "Suomen Standardisoimisliitto SFS",
    ),
    (
        "SFS-EN ISO 14688-2:2018 Geotekninen tutkimus ja testaus. Maalajien tunnistus ja "
        "luokitus. Osa 2: Luokituksen periaatteet. Helsinki: Suomen Standardisoimisliitto SFS.",
        "SFS-EN ISO 14688-2:2018",
        "Geotekninen tutkimus ja testaus. Maalajien tunnistus ja luokitus. Osa 2: "
        "Luokituksen periaatteet",
        2018,
        "Helsinki",
        "Suomen Standardisoimisliitto SFS",
    ),
    (
        "DIN 1505-2 Titelangaben von Dokumenten. Teil 2: Zitierregeln. Berlin, Beuth Verlag.",
        "DIN 1505-2",
        "Titelangaben von Dokumenten. Teil 2: Zitierregeln",
        None,
        "Berlin",
        "Beuth Verlag",
    ),
    (
        "DIN 4020:2010-12. Geotechnische Untersuchungen für bautechnische Zwecke. "
        "Ergänzende Regelungen zu DIN EN 1997-2. Berlin, Beuth Verlag, 2010.",
        "DIN 4020:2010-12",
        "Geotechnische Untersuchungen für bautechnische Zwecke. Ergänzende Regelungen zu "
        "DIN EN 1997-2",
        2010,
        "Berlin",
        "Beuth Verlag",
    ),
    (
        "ÖNORM B 4710-1:2018. Beton. Teil 1: Festlegung, Herstellung, Verwendung und "
        "Konformitätsnachweis. Wien, Austrian Standards International, 2018.",
        "ÖNORM B 4710-1:2018",
        "Beton. Teil 1: Festlegung, Herstellung, Verwendung und Konformitätsnachweis",
        2018,
        "Wien",
        "Austrian Standards International",
    ),
    (
        "ČSN 73 0540. Tepelná ochrana budov. Část 2: Požadavky. Praha, Úřad pro technickou "
        "normalizaci, metrologii a státní zkušebnictví, 2011.",
        "ČSN 73 0540",
        "Tepelná ochrana budov. Část 2: Požadavky",
        2011,
        "Praha",
        "Úřad pro technickou normalizaci, metrologii a státní zkušebnictví",
    ),
    (
        "ČSN 73 6133 Návrh a provádění zemního tělesa pozemních komunikací. Praha: ÚNMZ, 2010.",
        "ČSN 73 6133",
        "Návrh a provádění zemního tělesa pozemních komunikací",
        2010,
        "Praha",
        "ÚNMZ",
    ),
    (
        "ČSN EN 1997-1. Eurokód 7: Navrhování geotechnických konstrukcí. Část 1: Obecná "
        "pravidla. Praha, ČNI, 2006.",
        "ČSN EN 1997-1",
        "Eurokód 7: Navrhování geotechnických konstrukcí. Část 1: Obecná pravidla",
        2006,
        "Praha",
        "ČNI",
    ),
    (
        "STN 73 3050. Zemné práce. Všeobecné ustanovenia. Bratislava: SÚTN, 1987.",
        "STN 73 3050",
        "Zemné práce. Všeobecné ustanovenia",
        1987,
        "Bratislava",
        "SÚTN",
    ),
    (
        "ČSN ISO 5127. Informace a dokumentace. Základy a slovník. Praha: ÚNMZ, 2019.",
        "ČSN ISO 5127",
        "Informace a dokumentace. Základy a slovník",
        2019,
        "Praha",
        "ÚNMZ",
    ),
    (
        "ГОСТ Р 7.0.5–2008. Библиографическая ссылка. Общие требования и правила "
        "составления. Москва: Стандартинформ, 2008.",
        "ГОСТ Р 7.0.5–2008",
        "Библиографическая ссылка. Общие требования и правила составления",
        2008,
        "Москва",
        "Стандартинформ",
    ),
    (
        "ГОСТ 25100-2011. Грунты. Классификация. Москва: Стандартинформ, 2013.",
        "ГОСТ 25100-2011",
        "Грунты. Классификация",
        2013,  # (the imprint's year, as every standard's is read when the entry gives one)
        "Москва",
        "Стандартинформ",
    ),
    (
        "PN-EN ISO 14001:2015-09. Systemy zarządzania środowiskowego. Wymagania i wytyczne "
        "stosowania. Warszawa, Polski Komitet Normalizacyjny, 2015.",
        "PN-EN ISO 14001:2015-09",
        "Systemy zarządzania środowiskowego. Wymagania i wytyczne stosowania",
        2015,
        "Warszawa",
        "Polski Komitet Normalizacyjny",
    ),
    (
        "PN-ISO 5127:2005. Informacja i dokumentacja. Słownik. Warszawa: PKN.",
        "PN-ISO 5127:2005",
        "Informacja i dokumentacja. Słownik",
        2005,
        "Warszawa",
        "PKN",
    ),
    (
        "UNE-EN 1997-1:2016. Eurocódigo 7. Proyecto geotécnico. Parte 1: Reglas generales. "
        "AENOR, Madrid, 2016.",
        "UNE-EN 1997-1:2016",
        "Eurocódigo 7. Proyecto geotécnico. Parte 1: Reglas generales",
        2016,
        "Madrid",
        "AENOR",
    ),
    (
        "NEN-EN 1991-1-3:2003. Eurocode 1. Belastingen op constructies. Deel 1-3: "
        "Sneeuwbelasting. Delft: NEN. 2003.",
        "NEN-EN 1991-1-3:2003",
        "Eurocode 1. Belastingen op constructies. Deel 1-3: Sneeuwbelasting",
        2003,
        "Delft",
        "NEN",
    ),
]


@pytest.mark.parametrize(("entry", "number", "title", "year", "place", "publisher"), CASES)
def test_designation_first_standard(
    entry: str, number: str, title: str, year: int | None, place: str, publisher: str
) -> None:
    ref = parse_reference(entry, [0])
    assert ref.kind is RefKind.REPORT
    assert ref.number == number
    assert ref.title == title
    assert ref.year == year
    assert ref.place == place
    assert ref.publisher == publisher
    assert ref.authors == ()


@pytest.mark.parametrize(
    ("rest", "designation"),
    [
        ("ČSN 73 1001. Zakládání staveb. Praha, ÚNMZ.", "ČSN 73 1001"),
        ("STN 73 6101 Projektovanie ciest. Bratislava: SÚTN.", "STN 73 6101"),
        (
            "ГОСТ Р 7.0.100–2018. Библиографическая запись. Москва: Стандартинформ.",
            "ГОСТ Р 7.0.100–2018",
        ),
        ("DIN 1505-2 Titelangaben von Dokumenten. Berlin, Beuth.", "DIN 1505-2"),
        ("NF EN 206. Béton. Spécification. AFNOR, Paris.", "NF EN 206"),
    ],
)
def test_parts_designation(rest: str, designation: str) -> None:
    parts = standard_parts.titled(rest)
    assert parts is not None
    assert parts.designation == designation


@pytest.mark.parametrize(
    "rest",
    [
        # (no imprint closes it: left to the title cut at its first full stop)
        "ČSN 73 1001. Zakládání staveb. Základová půda pod plošnými základy.",
        # (a comma after a word that is no known place: no imprint)
        "DIN 1505-2 Titelangaben von Dokumenten. Teil 2, Zitierregeln.",
        # (a lowercase word after the designation: no title opens there)
        "ISO 690 and the rules of citation. London, Routledge, 2010.",
    ],
)
def test_parts_not_read(rest: str) -> None:
    assert standard_parts.titled(rest) is None
