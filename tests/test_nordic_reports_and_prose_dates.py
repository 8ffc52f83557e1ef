"""Reports that say so after their title in the languages of Nordic and Dutch lists
("Uppdaterad rapport från en arbetsgrupp.", "Report of a working party.", "Rapport fra
…"), report numbers of Nordic agencies and inquiries ("Rapport 2019:4", "SOU 2017:3"), and
notes whose only year is a date of running prose in those languages ("sedan 2022")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import bibliographic
from bibcheck.parse.references.reportkind import designated_report, numbered_report
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Nordic Society of Nephrology (2018) _Acute kidney injury: a common approach_. "
            "Uppdaterad rapport från en arbetsgrupp. Stockholm: NSN.",
            id="swedish-updated-report-from",
        ),
        pytest.param(
            "British Thoracic Society (2015) _Oxygen use in adults_. Report of a working "
            "party. London: BTS.",
            id="english-report-of",
        ),
        pytest.param(
            "Helsedirektoratet (2020) _Tidlig oppdagelse av forverret tilstand_. Rapport fra "
            "en ekspertgruppe. Oslo: Helsedirektoratet.",
            id="norwegian-rapport-fra",
        ),
        pytest.param(
            "Läkemedelsverket (2019) _Antibiotika i öppenvård_. Rapport 2019:4. Uppsala: "
            "Läkemedelsverket.",
            id="swedish-report-number",
        ),
        pytest.param(
            "Statens offentliga utredningar (2017) _Vård i samverkan_. SOU 2017:3. "
            "Stockholm: Regeringskansliet.",
            id="swedish-inquiry-number",
        ),
    ],
)
def test_reports_named_after_the_title(text: str) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is RefKind.REPORT


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Lindqvist, K. (2012) _Sjukvårdens historia_. Stockholm: Natur och Kultur.",
            id="swedish-book",
        ),
        pytest.param(
            "Moreau, J. (2009) _Resan till Lappland_. 2. uppl. Rapporten från fjällen "
            "diskuteras i kapitel 3. Stockholm: Bonnier.",
            id="edition-and-a-sentence-naming-no-report",
        ),
    ],
)
def test_books_stay_books(text: str) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is RefKind.BOOK


@pytest.mark.parametrize(
    "note",
    [
        "NEWS2 har ersatt den äldre skalan i journalsystemet sedan 2021.",
        "Rutinen gäller på alla avdelningar från 2023.",
        "Skalaen har vært i bruk på sykehuset siden 2019.",
        "De richtlijn wordt in de regio gebruikt sinds 2020.",
    ],
)
def test_prose_dates_are_no_cited_year(note: str) -> None:
    assert not bibliographic(note)
    assert parse_reference(note, (1,), note=True).kind is RefKind.COMMENTARY


@pytest.mark.parametrize(
    "line",
    [
        lambda n: (". Uppdaterad " * (n // 13) + "rapport " * (n // 8))[:n],
        lambda n: ("Rapport nr " * (n // 20) + "2019:" * (n // 10))[:n],
        lambda n: ("SOU 2017" * (n // 8))[:n],
        lambda n: ("i sedan från " * (n // 12))[: n - 10] + " 2021",
    ],
)
def test_report_and_prose_cues_on_a_long_line(line: Callable[[int], str]) -> None:
    def read(text: str) -> object:
        designated_report(text, None)
        numbered_report(text)
        return bibliographic(text)

    assert_linear(read, line)
