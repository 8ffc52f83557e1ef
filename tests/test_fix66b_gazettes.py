"""fix66b: one table of official gazettes by name, read alike by every legal rule."""

from __future__ import annotations

import re

import pytest

from bibcheck.parse.references.civil_law import legal_source
from bibcheck.parse.references.legal_words import NAMED_GAZETTES
from bibcheck.parse.references.official_acts import further_act

_NAMES = [
    "Official Journal of the European Union",
    "Amtsblatt der Europäischen Gemeinschaften",
    "Journal officiel de l'Union européenne",
    "Journal officiel",
    "Gazzetta Ufficiale",
    "Bundesgesetzblatt",
    "Boletín Oficial del Estado",
    "Diário da República",
    "Diário Oficial da União",
    "Dziennik Ustaw",
    "Dziennik Urzędowy",
    "Monitor Polski",
    "Staatsblad",
    "Staatscourant",
    "Magyar Közlöny",
    "Monitorul Oficial",
    "Riigi Teataja",
]


@pytest.mark.parametrize("name", _NAMES)
def test_table_names_the_gazette(name: str) -> None:
    assert re.fullmatch(NAMED_GAZETTES, name)


# a gazette named in a note: every rule that reads gazettes by name knows every name
@pytest.mark.parametrize(
    "note",
    [
        "Ministerstwo Klimatu, obwieszczenie w sprawie taryf, Monitor Polski 2021, poz. 44.",
        "Regeling van de minister over de subsidie, Staatscourant 2019, nr. 1234.",
        "Decreto ministeriale sulle tariffe, Gazzetta Ufficiale della Repubblica Italiana, 12 marzo 2020.",
        "Arrêté relatif aux tarifs, Journal officiel de la République française, 3 mai 2019.",
        "Verordnung über Tarife, Bundesgesetzblatt Teil I, 2019.",
        "Resolución sobre tarifas, Boletín Oficial del Estado, 4 de mayo de 2020.",
        "Despacho sobre tarifas, Diário da República, 2.ª série, 2018.",
        "Rozporządzenie w sprawie taryf, Dziennik Ustaw 2020.",
    ],
)
def test_note_naming_a_gazette_is_a_legal_source(note: str) -> None:
    assert legal_source(note)
    assert further_act(note)


@pytest.mark.parametrize(
    "text",
    [
        "Smith, J. (2019). A history of the official journal. Oxford University Press.",
        "Rīga: Latvijas Vēstnesis, 2005.",
        "Gazette des Beaux-Arts, 12 (1890), 33-40.",
    ],
)
def test_literature_is_no_legal_source(text: str) -> None:
    assert not legal_source(text)
