"""A national weather, hydrological or geological service or a statistical office is a public
body: its yearly publication cited by its link is its report (bibcheck.parse.references.reportkind)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.reportkind import agency_document


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("Kenya Meteorological Service. Rainfall Outlook 2023. https://example.org/o.pdf",
         "Rainfall Outlook 2023", True),
        ("British Geological Survey. Groundwater Levels 2019. https://example.org/g.pdf",
         "Groundwater Levels 2019", True),
        ("Met Office. UK Climate Extremes 2022. https://example.org/x", "UK Climate Extremes 2022",
         True),
        ("Central Statistical Office. Household Budget Survey 2018. https://example.org/h.pdf",
         "Household Budget Survey 2018", True),
        # a service that is no public body of this kind, or no edition's year: no report
        ("Customer Service. Opening Hours 2021. https://example.org/c", "Opening Hours 2021",
         False),
        ("Met Office. How clouds form. https://example.org/c", "How clouds form", False),
    ],
)  # fmt: skip
def test_service_body_document(text: str, title: str, expected: bool) -> None:
    assert agency_document(text, title) is expected


def test_weather_service_annual_pdf_is_a_report() -> None:
    ref = parse_reference(
        "South African Weather Service. Annual State of the Climate of South Africa 2020. "
        "https://www.example.org/Documents/StateOfClimate2020.pdf. SAWS, 2021.",
        (1,),
        detect_styles=True,
    )
    assert ref.kind is RefKind.REPORT
