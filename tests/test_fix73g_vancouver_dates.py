"""fix73g: a Vancouver newspaper with its place in parentheses after its name, and NLM's
citation date in the languages other than English, no year of publication."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "La visita del gobernador a Gandía. El Mercantil (Valencia). 1885 jul 2;2.",
            "La visita del gobernador a Gandía",
            1885,
        ),
        (
            "Cholera at the docks. The Standard (London). 1866 Aug 4;5.",
            "Cholera at the docks",
            1866,
        ),
        (
            "Ruiz P. Titular del día. La Voz de Galicia (Vigo). 2019 mar 3;12.",
            "Titular del día",
            2019,
        ),
    ],
)
def test_paper_with_its_place(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.title, ref.year, ref.kind) == (title, year, RefKind.ARTICLE)


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Ministerio de Sanidad. Gripe aviar - situación actual. Alertas sanitarias"
            " [Internet]. Madrid: Ministerio de Sanidad; 2022 oct 5 [consultado 8 ene 2024]."
            " Disponible en: https://www.sanidad.example.org/alertas/gripe",
            "Gripe aviar - situación actual",
            2022,
        ),
        (
            "Organización Panamericana de la Salud. Dengue [Internet]. Washington: OPS;"
            " 2021 mar 2 [citado 4 feb 2024]. Disponible en: https://www.paho.example.org/dengue",
            "Dengue",
            2021,
        ),
        (
            "Ministério da Saúde. Febre amarela [Internet]. Brasília: MS; 2020 jan 5"
            " [acesso em 3 mai 2024]. Disponível em: https://www.saude.example.org/febre",
            "Febre amarela",
            2020,
        ),
    ],
)
def test_citation_date_is_no_year(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.title, ref.year) == (title, year)
