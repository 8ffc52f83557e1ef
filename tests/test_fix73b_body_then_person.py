"""A person in natural order after a body, joined by "e"/"y"/"i"/"and", is a second author
(``body_name``); a body whose own name holds the conjunction stays whole."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import body_name, parse_reference
from bibcheck.parse.references.shared import split_people

_AND = r",?\s(?:and|e|y|i)\s"

# (names, parts)
SPLIT_CASES = [
    ("Ministério da Saúde e Ana Rosado", ("Ministério da Saúde", "Ana Rosado")),
    (
        "Instituto Nacional de Estadística y Luis Pérez",
        ("Instituto Nacional de Estadística", "Luis Pérez"),
    ),
    ("Department of Health and John Smith", ("Department of Health", "John Smith")),
    (
        "Institut d'Estudis Catalans i Jordi Coromines",
        ("Institut d'Estudis Catalans", "Jordi Coromines"),
    ),
    ("Ministério da Educação e Maria João Pires", ("Ministério da Educação", "Maria João Pires")),
    (
        "Ministério da Educação e Maria da Conceição Pires",
        ("Ministério da Educação", "Maria da Conceição Pires"),
    ),
    (
        "Servicio Geológico de España y Ana María de la Torre Ruiz",
        ("Servicio Geológico de España", "Ana María de la Torre Ruiz"),
    ),
]
# (names): one body, its remits joined
WHOLE_CASES = [
    "Ministério da Agricultura e Pescas",
    "Ministerio de Trabajo y Economía Social",
    "Department of Health and Social Care",
    "Ministério da Ciência, Tecnologia e Ensino Superior",
    "Secretaría de Medio Ambiente y Recursos Naturales",
    "Department for Environment, Food and Rural Affairs",
    "National Institute of Standards and Technology",
    "Direcção-Geral de Minas e Serviços Geológicos",
    "Ministerio de Industria, Comercio y Turismo",
    "Department of Justice and Victoria Police Liaison",
]


@pytest.mark.parametrize(("names", "parts"), SPLIT_CASES)
def test_person_after_body_split(names: str, parts: tuple[str, ...]) -> None:
    assert tuple(p.strip(" ,") for p in body_name.split_names(_AND, names)) == parts


@pytest.mark.parametrize("names", WHOLE_CASES)
def test_body_with_conjunction_whole(names: str) -> None:
    assert body_name.split_names(_AND, names) == [names]


# (names, people): the lists a note's or an entry's names are split into
PEOPLE_CASES = [
    ("Ministério da Saúde e Ana Rosado", ("Ministério da Saúde", "Ana Rosado")),
    (
        "Ministério da Educação e Maria da Conceição Pires",
        ("Ministério da Educação", "Maria da Conceição Pires"),
    ),
    ("Ministerio de Trabajo y Economía Social", ("Ministerio de Trabajo y Economía Social",)),
    ("José Ortega y Gasset", ("José Ortega y Gasset",)),
    ("Ana Rosado e Luis de la Torre", ("Ana Rosado", "Luis de la Torre")),
]


@pytest.mark.parametrize(("names", "people"), PEOPLE_CASES)
def test_split_people(names: str, people: tuple[str, ...]) -> None:
    assert split_people(names) == people


# (note, authors): whole notes
NOTE_CASES = [
    (
        "Ministério da Saúde e Ana Rosado, *Relatório anual da vacinação* (Lisboa: Ministério "
        "da Saúde, 2019), 4.",
        ("Ministério da Saúde", "Ana Rosado"),
    ),
    (
        "Instituto Nacional de Estadística y Luis Pérez, *Censos de población* (Madrid: INE, "
        "2015), 12.",
        ("Instituto Nacional de Estadística", "Luis Pérez"),
    ),
    (
        "Ministério da Agricultura e Pescas, *Relatório do sector* (Lisboa, 2018), 2.",
        ("Ministério da Agricultura e Pescas",),
    ),
    (
        "Department of Health and Social Care, *Annual Report* (London: HMSO, 2020), 5.",
        ("Department of Health and Social Care",),
    ),
]


@pytest.mark.parametrize(("note", "authors"), NOTE_CASES)
def test_note_authors(note: str, authors: tuple[str, ...]) -> None:
    assert parse_reference(note, [0], note=True).authors == authors
