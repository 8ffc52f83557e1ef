"""Reports that say so without a report series: a parliamentary committee's "Second
Report of Session 2017–19 (HL Paper 191)" after the title, an organisation's web-published
"… report 2023" (Harvard), and NLM's "Report No.: …" sentence after a Vancouver title (no
part of the title).  Fixture lines written for this test in those patterns."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.reportkind import designated_report, numbered_report, web_report
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        pytest.param(
            "Public Accounts Committee (2023) Clearing the backlog of asylum claims. Twelfth "
            "Report of Session 2022–23 (HC 1009). London: House of Commons.",
            RefKind.REPORT,
            "Clearing the backlog of asylum claims",
            id="committee-ordinal-word",
        ),
        pytest.param(
            "House of Lords Science and Technology Committee (2019) Food and obesity. 2nd "
            "Report of Session 2017–19 (HL Paper 191). London: House of Lords. Available at: "
            "https://committees.example.org/hl191 (Accessed: 4 June 2024).",
            RefKind.REPORT,
            "Food and obesity",
            id="committee-ordinal-number-online",
        ),
        pytest.param(
            "Wildlife Link (2023) Nature recovery progress report 2023. Available at: "
            "https://link.example.org/nrp-2023 (Accessed: 2 June 2024).",
            RefKind.REPORT,
            "Nature recovery progress report 2023",
            id="ngo-report-year-online",
        ),
        pytest.param(
            "Coastal Trust (2022) Beach cleaning annual report. Available at: "
            "https://coast.example.org/annual (Accessed: 1 May 2023).",
            RefKind.REPORT,
            "Beach cleaning annual report",
            id="ngo-annual-report-online",
        ),
        # a web page whose title names no report stays a web page, a book a book
        pytest.param(
            "Riverside Action (2021) Why chalk streams matter. Available at: "
            "https://riverside.example.org/why (Accessed: 3 May 2022).",
            RefKind.WEB,
            "Why chalk streams matter",
            id="web-page",
        ),
        pytest.param(
            "Hart, J. (2020) Reporting the countryside. London: Routledge.",
            RefKind.BOOK,
            "Reporting the countryside",
            id="book",
        ),
    ],
)
def test_harvard_reports(text: str, kind: RefKind, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.kind, ref.title) == (kind, title)


@pytest.mark.parametrize(
    ("text", "kind", "title", "publisher"),
    [
        pytest.param(
            "Adeyemi T, Holm K. Coastal Cohort Study 2019: technical report. Report No.: "
            "CCS-TR-07. Portsmouth: Coastal Health Unit; 2020.",
            RefKind.REPORT,
            "Coastal Cohort Study 2019: technical report",
            "Coastal Health Unit",
            id="titled-and-numbered",
        ),
        pytest.param(
            "Adeyemi T, Holm K. Coastal Cohort Study 2019: technical report. Report No.: "
            "TR-2020/07. Portsmouth: Coastal Health Unit; 2020.",
            RefKind.REPORT,
            "Coastal Cohort Study 2019: technical report",
            "Coastal Health Unit",
            id="number-with-slash",
        ),
        pytest.param(
            "Marsh P. Household water use in rural districts. Report No.: 2021/14. Exeter "
            "(GB): Water Research Unit; 2021.",
            RefKind.REPORT,
            "Household water use in rural districts",
            "Water Research Unit",
            id="numbered-only",
        ),
        pytest.param(
            "Marsh P. Household water use in rural districts. Exeter: Water Research Unit; 2021.",
            RefKind.BOOK,
            "Household water use in rural districts",
            "Water Research Unit",
            id="book",
        ),
    ],
)
def test_vancouver_report_number(text: str, kind: RefKind, title: str, publisher: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.kind, ref.title, ref.publisher) == (kind, title, publisher)


@pytest.mark.parametrize(
    ("text", "numbered"),
    [
        ("Title. Report No.: TR-2022/03. Place: Body; 2022.", True),
        ("Title. Report no.: 14. Place: Body; 2022.", True),
        ("Title. Fourth Report of Session 2021–22 (HC 74). London.", True),
        ("Title (HL Paper 12). London: House of Lords.", True),
        ("Title. HC 1852–53 (123).", False),
        ("Report of the survey, 2019.", False),
    ],
)
def test_numbered_report(text: str, numbered: bool) -> None:
    assert numbered_report(text) is numbered


@pytest.mark.parametrize(
    ("text", "title", "designated"),
    [
        ("Water in towns. Fourth Report of Session 2021–22 (HC 74).", "Water in towns", True),
        ("Water in towns. First Special Report of Session 2019.", "Water in towns", True),
        ("Water in towns. 3rd Report of Session 2017–19.", "Water in towns", True),
        ("Water in towns. Second edition. London: Body.", "Water in towns", False),
    ],
)
def test_session_report_designated(text: str, title: str, designated: bool) -> None:
    assert designated_report(text, title) is designated


@pytest.mark.parametrize("unit", ["Report No.: ", "First Report of ", "(HC ", "1st "])
def test_long_lines_stay_linear(unit: str) -> None:
    assert_linear(
        lambda text: (numbered_report(text), designated_report(text, None)),
        lambda n: unit * (n // len(unit)),
    )


@pytest.mark.parametrize(
    ("title", "report"),
    [
        ("State of our lakes report 2023", True),
        ("Groundwater annual report for the Vale", True),
        ("Rapport d'activité 2022", True),
        ("Rapport sur les haies", False),  # the genre opening the title: not on the web
        ("Report finds rising nitrate levels", False),  # a headline
        ("Reporting on rivers", False),
        (None, False),
    ],
)
def test_web_report(title: str | None, report: bool) -> None:
    assert web_report(title) is report


@pytest.mark.parametrize(
    "title",
    ["Trade report", "Influenza situation report", "Rapport", "Report"],
)
def test_a_report_word_alone_names_no_web_report(title: str) -> None:
    assert not web_report(title)
