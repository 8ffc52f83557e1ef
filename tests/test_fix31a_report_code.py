"""A report named by its number after the title: a report word, then the issuing body's
code of capitals and digits (``Report JTSC-TR-2025-02``, ``Technical Memorandum
TM-2016-04``), with no ``No.`` between them.  The work is a report; a year or a word after
"Report" is no code."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.reportkind import numbered_report
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Tribunal Systems Working Group. _Audio Retention in First-Tier Tribunals_. "
            "Report TSWG-R-2023-11, 2023.",
            RefKind.REPORT,
        ),
        (
            "Court Records Panel. *Retention of Hearing Recordings*. Report CRP-2019-7. "
            "Leeds, 2019.",
            RefKind.REPORT,
        ),
        (
            "H. Lund. *Metadata for Filed Exhibits*. Technical Memorandum TM-2016-04. "
            "Bergen: Court Administration, 2016.",
            RefKind.REPORT,
        ),
        (
            "Registry Council, *Digital Filing in Small Courts*, Report RC/DF/12, 2021.",
            RefKind.REPORT,
        ),
        # no code: a book stays a book
        (
            "Amy Lund, *Reports from the Registry* (Oslo: Solum, 2014), 12.",
            RefKind.BOOK,
        ),
    ],
)
def test_report_code_kind(text: str, kind: RefKind) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is kind


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Report JTSC-TR-2025-02", True),
        ("Research Report RC24582", True),
        ("Rep. ECE/TRANS/180", True),
        ("Report 2019", False),  # a year
        ("Report A to the Board", False),  # a letter, no number
        ("Report H.R. 5", False),  # (a Bluebook House report is numbered otherwise)
        ("the report JTSC-TR-1", False),  # lower case: a word in a sentence
    ],
)
def test_numbered_report_code(text: str, want: bool) -> None:
    assert numbered_report(text) is want


@pytest.mark.parametrize(
    "text",
    [
        lambda n: "Report " + "A" * n,
        lambda n: "Report A-" * (n // 9),
        lambda n: "Report " + "A1-" * (n // 3) + "x",
    ],
)
def test_report_code_is_linear(text: Callable[[int], str]) -> None:
    assert_linear(numbered_report, text)
