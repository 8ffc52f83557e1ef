"""fix77j: access phrases of the Galician and the Nordic lists.

* Galician APA writes the access date after the article "o" (``(consultado o 10/02/2025)``),
  where Spanish writes "el" and Portuguese "em";
* Danish, Swedish, Norwegian and Dutch Vancouver lists write NLM's "[cited …]" and
  "Available from:" in their own words (``[citeret 12. januar 2025]``, ``Tilgængelig fra:``,
  ``[citerad 2024 mar 3]``, ``Tillgänglig från:``), the date day first or in NLM's order.

The date seen is no year of the work: the entry keeps the year it was published; a body's
page with no year of its own keeps the bracket that dates it (:mod:`.vancouver_body`).
"""

from __future__ import annotations

from datetime import date

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.fields import find_access_date


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("Título. <https://example.gal/a> (consultado o 10/02/2025)", date(2025, 2, 10)),
        ("Título, consultada o 3 de febreiro de 2024.", date(2024, 2, 3)),
    ],
)
def test_access_date_found(text: str, seen: date) -> None:
    found = find_access_date(text)
    assert found is not None
    assert found.value == seen


@pytest.mark.parametrize(
    "text",
    [
        # (the Galician article before no date: a title's words)
        "Informe consultado o pasado ano polo concello, 2020.",
    ],
)
def test_no_access_date(text: str) -> None:
    assert find_access_date(text) is None


@pytest.mark.parametrize(
    ("entry", "year", "title"),
    [
        (
            "Statens Institut. Vandføring i danske vandløb [internet]. Aarhus: Instituttet; "
            "2022 [citeret 3. marts 2024]. Tilgængelig fra: https://example.dk/vand",
            2022,
            "Vandføring i danske vandløb",
        ),
        (
            "Länsstyrelsen i Halland. Fiskevårdsplan för Ätran [internet]. Halmstad: "
            "Länsstyrelsen; 2021 [citerad 2024 mar 3]. Tillgänglig från: https://example.se/fiske",
            2021,
            "Fiskevårdsplan för Ätran",
        ),
        (
            "Fiskeridirektoratet. Fangststatistikk for kysttorsk [Internet]. Bergen: "
            "Fiskeridirektoratet; 2020 [sitert 5. mai 2023]. Tilgjengelig fra: "
            "https://example.no/fangst",
            2020,
            "Fangststatistikk for kysttorsk",
        ),
        (
            "Statens Institut. Vandstand i Limfjorden [internet]. Aarhus: Instituttet; 2021 "
            "[citeret 2024 mar 3]. Tilgængelig fra: https://example.dk/vandstand",
            2021,
            "Vandstand i Limfjorden",
        ),
        (
            # (guard, as on main: a body's page with no year of its own, the bracket seen)
            "Danmarks Statistik. Befolkningstal [internet]. København: Danmarks Statistik "
            "[citeret 12. januar 2025]. Tilgængelig fra: https://example.dk/befolkning",
            None,
            "Befolkningstal",
        ),
    ],
)
def test_nordic_vancouver_page(entry: str, year: int | None, title: str) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    assert ref.style == "vancouver"
    assert ref.kind is RefKind.WEB
    assert ref.year == year
    assert ref.title == title


@pytest.mark.parametrize(
    ("entry", "year", "seen", "title"),
    [
        (
            "Vázquez, L. (2021). *Informe anual de calidade da auga*. "
            "<https://example.gal/auga> (consultado o 10/02/2025)",
            2021,
            date(2025, 2, 10),
            "Informe anual de calidade da auga",
        ),
        (
            "Pérez, X. (2020). *As rías e o marisqueo*. Vigo: Xerais. "
            "<https://example.gal/libro> (consultado o 3 de marzo de 2024)",
            2020,
            date(2024, 3, 3),
            "As rías e o marisqueo",
        ),
    ],
)
def test_galician_apa_access(entry: str, year: int, seen: date, title: str) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    assert ref.year == year
    assert ref.title == title
    assert ref.access_date == seen
