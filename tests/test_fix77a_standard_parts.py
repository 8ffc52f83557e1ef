"""A standard cited designation first, its title in several sentence-like parts (the series,
the subject, the part's number and name), then ``Place: Body``: the title runs to the
imprint, not to its first full stop (bibcheck.parse.references.standard_parts)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference, standard_parts

# (entry, title, year, place, publisher)
CASES = [
    (
        "SFS-EN ISO 17892-4:2016. Geotekninen tutkimus ja testaus. Maan laboratoriokokeet. "
        "Osa 4: Rakeisuuden määritys. Helsinki: Suomen Standardisoimisliitto SFS.",
        "Geotekninen tutkimus ja testaus. Maan laboratoriokokeet. Osa 4: Rakeisuuden määritys",
        2016,
        "Helsinki",
        "Suomen Standardisoimisliitto SFS",
    ),
    (
        "SFS-EN 1992-1-1:2005. Eurokoodi 2. Betonirakenteiden suunnittelu. Osa 1-1: Yleiset "
        "säännöt ja rakennuksia koskevat säännöt. Helsinki: Suomen Standardisoimisliitto SFS.",
        "Eurokoodi 2. Betonirakenteiden suunnittelu. Osa 1-1: Yleiset säännöt ja rakennuksia "
        "koskevat säännöt",
        2005,
        "Helsinki",
        "Suomen Standardisoimisliitto SFS",
    ),
    (
        "SFS 5978:2019. Rakennustyön turvallisuus. Kaivanto. Helsinki: Suomen "
        "Standardisoimisliitto SFS.",
        "Rakennustyön turvallisuus. Kaivanto",
        2019,
        "Helsinki",
        "Suomen Standardisoimisliitto SFS",
    ),
    (
        "BS EN ISO 22476-2:2005. Geotechnical investigation and testing. Field testing. "
        "Part 2: Dynamic probing. London: British Standards Institution.",
        "Geotechnical investigation and testing. Field testing. Part 2: Dynamic probing",
        2005,
        "London",
        "British Standards Institution",
    ),
    (
        "BS EN 1991-1-4:2005. Eurocode 1. Actions on structures. Part 1-4: General actions. "
        "Wind actions. London: BSI.",
        "Eurocode 1. Actions on structures. Part 1-4: General actions. Wind actions",
        2005,
        "London",
        "BSI",
    ),
    (
        "DIN EN ISO 22475-1:2022-01. Geotechnische Erkundung und Untersuchung. "
        "Probenentnahmeverfahren und Grundwassermessungen. Teil 1: Technische Grundlagen. "
        "Berlin: Beuth Verlag.",
        "Geotechnische Erkundung und Untersuchung. Probenentnahmeverfahren und "
        "Grundwassermessungen. Teil 1: Technische Grundlagen",
        2022,
        "Berlin",
        "Beuth Verlag",
    ),
    (
        "DIN EN 1997-2:2010-10. Eurocode 7. Entwurf, Berechnung und Bemessung in der "
        "Geotechnik. Teil 2: Erkundung und Untersuchung des Baugrunds. Berlin: Beuth.",
        "Eurocode 7. Entwurf, Berechnung und Bemessung in der Geotechnik. Teil 2: Erkundung "
        "und Untersuchung des Baugrunds",
        2010,
        "Berlin",
        "Beuth",
    ),
    (
        "SS-EN ISO 22476-3:2005. Geoteknisk undersökning och provning. Fältprovning. Del 3: "
        "Standard penetration test. Stockholm: Swedish Standards Institute.",
        "Geoteknisk undersökning och provning. Fältprovning. Del 3: Standard penetration test",
        2005,
        "Stockholm",
        "Swedish Standards Institute",
    ),
    (
        "SS-EN 1990:2002. Eurokod. Grundläggande dimensioneringsregler för bärverk. "
        "Stockholm: SIS Förlag.",
        "Eurokod. Grundläggande dimensioneringsregler för bärverk",
        2002,
        "Stockholm",
        "SIS Förlag",
    ),
    (
        "NF EN ISO 22476-1:2013. Reconnaissance et essais géotechniques. Essais en place. "
        "Partie 1: Essais de pénétration au cône électrique. Paris: AFNOR.",
        "Reconnaissance et essais géotechniques. Essais en place. Partie 1: Essais de "
        "pénétration au cône électrique",
        2013,
        "Paris",
        "AFNOR",
    ),
    (
        "NF EN 1990:2003. Eurocodes structuraux. Bases de calcul des structures. Paris: "
        "Association française de normalisation, 2003.",
        "Eurocodes structuraux. Bases de calcul des structures",
        2003,
        "Paris",
        "Association française de normalisation",
    ),
    (
        "ČSN EN ISO 22476-2:2005. Geotechnický průzkum a zkoušení. Terénní zkoušky. Část 2: "
        "Dynamická penetrační zkouška. Praha: Český normalizační institut.",
        "Geotechnický průzkum a zkoušení. Terénní zkoušky. Část 2: Dynamická penetrační zkouška",
        2005,
        "Praha",
        "Český normalizační institut",
    ),
    (
        "ČSN EN 1997-1:2006. Eurokód 7. Navrhování geotechnických konstrukcí. Část 1: "
        "Obecná pravidla. Praha: Český normalizační institut.",
        "Eurokód 7. Navrhování geotechnických konstrukcí. Část 1: Obecná pravidla",
        2006,
        "Praha",
        "Český normalizační institut",
    ),
]


@pytest.mark.parametrize(("entry", "title", "year", "place", "publisher"), CASES)
@pytest.mark.parametrize("detect", [False, True])
def test_title_runs_to_the_imprint(
    entry: str, title: str, year: int, place: str, publisher: str, detect: bool
) -> None:
    ref = parse_reference(entry, [0], detect_styles=detect)
    assert (ref.title, ref.kind, ref.year, ref.place, ref.publisher) == (
        title,
        RefKind.REPORT,
        year,
        place,
        publisher,
    )
    assert ref.authors == ()


# the last sentence no imprint (no place, no colon, a person's book): not this shape
@pytest.mark.parametrize(
    "entry",
    [
        "SFS-EN ISO 17892-4:2016. Geotekninen tutkimus ja testaus. Osa 4: Rakeisuus.",
        "BS EN 1991-1-4:2005. Eurocode 1. Actions on structures. BSI, 2005.",
        "Smith, J. 2010. Soil testing. Part 1: Methods. London: Routledge.",
        "BS EN 1991-1-4:2005. Eurocode 1. Actions on structures. Part 2: Wind: Gusts.",
    ],
)
def test_no_imprint_no_parts(entry: str) -> None:
    assert standard_parts.titled(entry) is None
