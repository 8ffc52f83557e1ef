"""A numbered report's designation as a sentence of its own in a Vancouver entry (round 79):
``Title. Research report no. 12. Oxford: Institute; 2019.``, ``Title. Report No. 4/2019.
…``, ``Title. Rapport nr 7. Oslo: …`` -- before the imprint or after it.  The sentence is
no part of the title nor of the imprint; its number is the report's ``number`` and the work
a report.  A series named without a report's word (``SCI P354.``) and a title that names a
report without a number stay as they were.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.report_sentence import designation_number
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "title", "number", "kind"),
    [
        (
            "Okafor C, Lind B. Night shifts in rural clinics. Research report no. 31. "
            "Leeds: Centre for Rural Care; 2017.",
            "Night shifts in rural clinics",
            "31",
            RefKind.REPORT,
        ),
        (
            "Okafor C. Night shifts in rural clinics. Technical Report No. 5/2016. Leeds: "
            "Centre for Rural Care; 2016.",
            "Night shifts in rural clinics",
            "5/2016",
            RefKind.REPORT,
        ),
        (
            "Dahl E, Moe T. Skiftarbeid i distriktet. Rapport nr 14. Bergen: Senter for "
            "helse; 2015.",
            "Skiftarbeid i distriktet",
            "14",
            RefKind.REPORT,
        ),
        (
            "Vogel H. Schichtarbeit auf dem Land. Forschungsbericht Nr. 9. Kassel: Institut "
            "für Arbeit; 2014.",
            "Schichtarbeit auf dem Land",
            "9",
            RefKind.REPORT,
        ),
        # the designation after the imprint
        (
            "Dahl E, Moe T. Skiftarbeid i distriktet. Bergen: Senter for helse; 2015. "
            "Rapport nr 14.",
            "Skiftarbeid i distriktet",
            "14",
            RefKind.REPORT,
        ),
        # near misses: a series without a report's word, a title naming a report
        (
            "Okafor C. Steel frames in clinics. SCI P412. Ascot: SCI; 2012.",
            "Steel frames in clinics",
            None,
            RefKind.BOOK,
        ),
        (
            "Okafor C. Rural clinics: the final report. Leeds: Centre for Rural Care; 2017.",
            "Rural clinics: the final report",
            None,
            RefKind.REPORT,
        ),
    ],
)
def test_report_designation_sentence(
    text: str, title: str, number: str | None, kind: RefKind
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.title, ref.number, ref.kind) == (title, number, kind)


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Research report no. 12.", "12"),
        ("Report No.: 4/2019", "4/2019"),
        ("Rapport nr 7", "7"),
        ("Raport de cercetare nr. 3/2021.", "3/2021"),
        ("Informe técnico núm. 8.", "8"),
        ("Report of the committee.", None),
        ("Research report.", None),
        ("SCI P354.", None),
    ],
)
def test_designation_number(sentence: str, number: str | None) -> None:
    assert designation_number(sentence) == number


def test_designation_number_linear() -> None:
    assert_linear(designation_number, lambda n: "Report no. " + "1" * (n - 11))
    assert_linear(designation_number, lambda n: "Report no. " * (n // 11))
