"""A paper series that numbers its papers without "No." names a report."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.reportkind import numbered_report, series_host


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Working Paper 7/2021. Poznań: UEP.", True),
        ("Working Paper 19-042 (Accra: Institute of Policy, 2019), 8.", True),
        ("NBER Working Paper 31877. Cambridge, MA.", True),
        ("Discussion Paper 1402. Bonn: Institute.", True),
        ("IZA discussion paper 9911.", True),
        ("Technical Report 45. Delft.", True),
        ("Arbeitspapier 12/2020. Mannheim.", True),
        ("Documento de trabajo 88. Madrid.", True),
        ("Working Paper No. 5.", True),
        # a year after the genre word is no paper's number, nor a page after a title
        ("Discussion Paper 2019 of the board.", False),
        ("Working Papers in Economics, 12.", False),
        ("The Working Poor 2021. London.", False),
    ],
    ids=[
        "slash-number",
        "hyphen-number",
        "nber",
        "discussion",
        "lower-case",
        "tech-report",
        "german",
        "spanish",
        "with-no",
        "year",
        "series-title",
        "no-genre",
    ],
)
def test_numbered_paper_series(text: str, report: bool) -> None:
    assert numbered_report(text) is report


@pytest.mark.parametrize(
    "text",
    [
        "Kowalik, Anna. 2021. Płace w usługach. Working Paper 7/2021. Poznań: UEP.",
        "Mensah, Kofi. 2019. Cash and Credit. Discussion Paper 19-042. Accra: Policy Institute.",
    ],
    ids=["chicago-ad-pl", "chicago-ad-en"],
)
def test_an_entry_in_a_numbered_series_is_a_report(text: str) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is RefKind.REPORT


@pytest.mark.parametrize(
    ("host", "text", "series"),
    [
        ("Working Paper", "“Pay.” Working Paper 7/2021. Poznań: UEP.", True),
        ("Working Paper", "“Pay,” Working Paper 19-042 (Accra: Policy Institute, 2019).", True),
        ("NBER Working Paper Series", "“Pay.” NBER Working Paper Series 31877.", True),
        ("IZA Discussion Paper 9911", "“Pay.” IZA Discussion Paper 9911.", True),
        # a series with no number, a journal named after papers, no container at all
        ("Working Paper", "“Pay.” Working Paper. Poznań: UEP.", False),
        ("Journal of Working Papers", "“Pay.” Journal of Working Papers 12 (3): 4–9.", False),
        (None, "Pay. Working Paper 7/2021.", False),
    ],
    ids=["pl-list", "note", "nber", "iza", "no-number", "journal", "no-host"],
)
def test_series_host(host: str | None, text: str, series: bool) -> None:
    assert series_host(host, text) is series
