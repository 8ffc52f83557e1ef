"""A German report titled by its compound alone is a report (fix69n).

``Finanzstabilitätsbericht 2025``, ``Monatsbericht März 2024``: a body's periodic report,
named by a compound ending in ``-bericht`` with the month or year of its issue
(:func:`bibcheck.parse.references.reportkind.titled_report`).  Entries are made up.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.reportkind import titled_report


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Landesbank Nord (2025): Finanzstabilitätsbericht 2025, Hamburg.",
            "Finanzstabilitätsbericht 2025",
        ),
        ("Nordbank (2024): Monatsbericht März 2024, Kiel.", "Monatsbericht März 2024"),
        (
            "Wirtschaftsrat (2022): Halbjahresbericht Herbst 2022, Wien.",
            "Halbjahresbericht Herbst 2022",
        ),
    ],
)
def test_compound_report_title(text: str, title: str) -> None:
    ref = parse_reference(text, (1,))
    assert ref.title == title
    assert ref.kind is RefKind.REPORT


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Finanzstabilitätsbericht 2025", True),
        ("Monatsbericht Oktober 2021", True),
        ("Umweltbericht 2022/23", True),
        ("Der Reisebericht als Gattung", False),
        ("Bericht", False),
    ],
)
def test_titled_report_compound(title: str, expected: bool) -> None:
    from bibcheck.parse.references import reportkind

    assert bool(reportkind._GERMAN_COMPOUND_REPORT.match(title)) is expected
    if expected:
        assert titled_report(title)


@pytest.mark.parametrize(
    "text",
    [
        "Landratsamt Nord (2021): Allgemeinverfügung über das Verbot von Feuerwerk vom "
        "28. Dezember 2021, Nordstadt.",
        "Finanzaufsicht (2022): Allgemeinverfügung zur Festsetzung der Pufferquote, Bonn.",
        "Aufsichtsamt (2023): Rundschreiben 05/2023 (BA) – Mindestanforderungen an das "
        "Risikomanagement, Bonn.",
    ],
)
def test_authority_ruling_is_report(text: str) -> None:
    assert parse_reference(text, (1,)).kind is RefKind.REPORT
