"""fix79p: a body's yearly monitoring publication, its title closing with the year it
covers after the language's preposition (``… in the Netherlands in 2022``, ``… bij
landbouwhuisdieren in 2022: trends, …``) and issued up to two years later, is a report
(:func:`bibcheck.parse.references.reportkind.yearly_monitoring`), as the body's annual
report is; a person's book or a body's history of a long-past year stays a book."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.reportkind import yearly_monitoring
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        (
            "NETHMAP. Resistance of bacteria in outpatient care in the Netherlands in 2021."
            " Bilthoven: National Institute for Public Health; 2022.",
            RefKind.REPORT,
        ),
        (
            "Bodemraad. Het gebruik van kalk op landbouwgrond in 2023: trends en verschillen"
            " tussen regio's. Den Haag: Bodemraad; 2024.",
            RefKind.REPORT,
        ),
        (
            "Umweltbundesamt. Pflanzenschutzmittel in Gewässern im Jahr 2020. Dessau:"
            " Umweltbundesamt; 2021.",
            RefKind.REPORT,
        ),
        (
            "Observatoire des sols. Qualité des sols agricoles en France en 2019. Paris:"
            " Observatoire des sols; 2021.",
            RefKind.REPORT,
        ),
        # near misses: a person's book; a body's history of a long-past year; no year covered
        (
            "Smits A. Landbouw in Nederland in 1950. Wageningen: Pudoc; 1951.",
            RefKind.BOOK,
        ),
        (
            "Bodemraad. Het landschap van Drenthe in 1850. Den Haag: Bodemraad; 1990.",
            RefKind.BOOK,
        ),
        (
            "Bodemraad. Handboek bodembeheer voor de melkveehouderij. Den Haag: Bodemraad; 2020.",
            RefKind.BOOK,
        ),
    ],
)
def test_yearly_monitoring_kind(entry: str, kind: RefKind) -> None:
    assert parse_reference(entry, (1,), detect_styles=True).kind is kind


@pytest.mark.parametrize(
    ("text", "title", "authors", "expected"),
    [
        ("X. Use in 2022. Y; 2023.", "Use in 2022", ("MARAN",), True),
        ("X. Use in 2022. Y; 2022.", "Use in 2022", ("Bodemraad",), True),
        ("X. Use in 2022. Y; 2026.", "Use in 2022", ("MARAN",), False),
        ("X. Use in 2022. Y; 2021.", "Use in 2022", ("MARAN",), False),
        ("X. Use in 2022. Y; 2023.", "Use in 2022", ("Smits A",), False),
        ("X. Use in 2022. Y; 2023.", "Use in 2022", ("Smits, Anna",), False),
        ("X. Use in 2022. Y; 2023.", "Use in 2022", ("MARAN", "SDa"), False),
        ("X. Use in 2022 and after. Y; 2023.", "Use in 2022 and after", ("MARAN",), False),
    ],
)
def test_yearly_monitoring(text: str, title: str, authors: tuple[str, ...], expected: bool) -> None:
    assert yearly_monitoring(text, title, authors) is expected


@pytest.mark.parametrize(
    "title",
    [lambda n: "in " * (n // 3) + "2022", lambda n: " in 2022" * (n // 8), lambda n: "i" * n],
)
def test_linear(title: Callable[[int], str]) -> None:
    assert_linear(lambda t: yearly_monitoring(t + " 2023", t, ("MARAN",)), title)
