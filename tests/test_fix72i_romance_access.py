"""Access dates as Spanish, Catalan, Portuguese, Italian and French lists write them, read
by ``fields.find_access_date``; an APA entry online with such a date and no ISBN is web."""

from __future__ import annotations

from datetime import date

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.fields import find_access_date

# (text, the date read)
ACCESS_CASES = [
    ("Base de datos. http://corpus.example.es [consulta: 9 de marzo de 2023]", date(2023, 3, 9)),
    ("Padrón. https://stats.example.es/p [Consulta: 21 de octubre de 2022]", date(2022, 10, 21)),
    ("Portal. https://x.example.es (consultado: 7/5/2021)", date(2021, 5, 7)),
    ("Portal. https://x.example.es [consultado el 14 de junio de 2020]", date(2020, 6, 14)),
    ("Recuperado el 2 de abril de 2019 de https://x.example.mx/a", date(2019, 4, 2)),
    ("Recuperado em 11 de agosto de 2018, de https://x.example.br/a", date(2018, 8, 11)),
    ("Arxiu. https://x.example.cat [consulta: 5 de novembre de 2021]", date(2021, 11, 5)),
    ("Portal. https://x.example.br. Acesso em: 8 jul. 2022.", date(2022, 7, 8)),
    ("Portal. https://x.example.pt. Consultado em 19 de maio de 2023", date(2023, 5, 19)),
    ("Sito. https://x.example.it (consultato il 12 marzo 2021)", date(2021, 3, 12)),
    ("Sito. https://x.example.it [ultima consultazione: 30 aprile 2020]", date(2020, 4, 30)),
    ("Site. https://x.example.fr (consulté le 17 janvier 2024)", date(2024, 1, 17)),
]


@pytest.mark.parametrize(("text", "expected"), ACCESS_CASES)
def test_romance_access_date_read(text: str, expected: date) -> None:
    found = find_access_date(text)
    assert found is not None
    assert found.value == expected


# (text): "consulta" after a word is the word of a title, no label
NOT_ACCESS = [
    "Gómez, L. (2020). Una consulta: 3 de febrero de 2019 en el hospital. Editorial Sur.",
    "Ruiz, P. (2018). La consulta popular de 1990. Ediciones Norte.",
]


@pytest.mark.parametrize("text", NOT_ACCESS)
def test_consulta_in_a_title_no_access_date(text: str) -> None:
    assert find_access_date(text) is None


# (entry, url): an APA entry online with an access phrase in the writer's language
WEB_CASES = [
    (
        "CORPES (2019). *Corpus del español del siglo XXI*. Real Academia Española. "
        "https://corpes.example.es [consulta: 9 de marzo de 2023]",
        "https://corpes.example.es",
    ),
    (
        "ISTAT (2021). *Censimento permanente della popolazione*. https://istat.example.it/c "
        "(consultato il 12 marzo 2022)",
        "https://istat.example.it/c",
    ),
    (
        "INSEE (2020). *Recensement de la population*. https://insee.example.fr/r "
        "(consulté le 17 janvier 2021)",
        "https://insee.example.fr/r",
    ),
]


@pytest.mark.parametrize(("text", "url"), WEB_CASES)
def test_accessed_online_entry_is_web(text: str, url: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert ref.kind is RefKind.WEB
    assert ref.url == url
    assert ref.access_date is not None
