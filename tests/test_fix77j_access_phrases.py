"""fix77j: access phrases of the Galician and the Nordic lists.

* Galician APA writes the access date after the article "o" (``(consultado o 10/02/2025)``),
  where Spanish writes "el" and Portuguese "em";
* Danish, Swedish, Norwegian and Dutch Vancouver lists write NLM's "[cited …]" and
  "Available from:" in their own words (``[citeret 12. januar 2025]``, ``Tilgængelig fra:``,
  ``[citerad 2024 mar 3]``, ``Tillgänglig från:``), the date day first or in NLM's order.

The date seen is no year of the work: the entry keeps the year it was published.
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
        ("Titel [internet]. 2022 [citeret 12. januar 2025].", date(2025, 1, 12)),
        ("Titel [internet]. 2022 [citerad 3 mars 2024].", date(2024, 3, 3)),
        ("Tittel [internett]. 2020 [sitert 5. mai 2023].", date(2023, 5, 5)),
        ("Titel [internet]. 2019 [geciteerd 3 mei 2024].", date(2024, 5, 3)),
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
        # (the Nordic word inside a sentence of the title, no date after it)
        "Ofte citeret litteratur om fjorde. 2019.",
    ],
)
def test_no_access_date(text: str) -> None:
    assert find_access_date(text) is None


@pytest.mark.parametrize(
    ("entry", "year", "seen", "title"),
    [
        (
            "Statens Institut. Vandføring i danske vandløb [internet]. Aarhus: Instituttet; "
            "2022 [citeret 3. marts 2024]. Tilgængelig fra: https://example.dk/vand",
            2022,
            date(2024, 3, 3),
            "Vandføring i danske vandløb",
        ),
        (
            "Länsstyrelsen i Halland. Fiskevårdsplan för Ätran [internet]. Halmstad: "
            "Länsstyrelsen; 2021 [citerad 2024 mar 3]. Tillgänglig från: https://example.se/fiske",
            2021,
            None,
            "Fiskevårdsplan för Ätran",
        ),
        (
            "Fiskeridirektoratet. Fangststatistikk for kysttorsk [Internet]. Bergen: "
            "Fiskeridirektoratet; 2020 [sitert 5. mai 2023]. Tilgjengelig fra: "
            "https://example.no/fangst",
            2020,
            date(2023, 5, 5),
            "Fangststatistikk for kysttorsk",
        ),
    ],
)
def test_nordic_vancouver_page(entry: str, year: int, seen: date | None, title: str) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    assert ref.style == "vancouver"
    assert ref.kind is RefKind.WEB
    assert ref.year == year
    assert ref.title == title
    assert ref.access_date == seen


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
