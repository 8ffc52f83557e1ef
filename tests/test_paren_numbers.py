"""Vancouver numbers in parentheses ("(1)", "(2, 3)", "(4–6)") citing a numbered list:
the pure recogniser (:mod:`bibcheck.readers.parennum`) and a Word document whose
reference manager's citations were converted to plain text."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.parennum import cites_in_parentheses, paren_citations
from tests.test_reader_docx_lists import build, p, t


def labels(text: str, size: int = 20) -> list[list[str]]:
    return [found for _, _, found in paren_citations(text, size)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Falls are common in frail adults (1).", [["1"]]),
        (
            "as earlier trials showed (2, 3), and later cohorts (4–6).",
            [["2", "3"], ["4", "5", "6"]],
        ),
        ("as a meta-analysis found (7, p. 12).", [["7"]]),
        ("a 1998 survey (4;9) confirmed", [["4", "9"]]),
        ("first described in 2011 (5) and replicated", [["5"]]),
        ("The criteria (2) and the instrument (4) are used.", [["2"], ["4"]]),
        ("|Frailty (12), n (%)|", [["12"]]),
        ("a number just past the list (21)", [["21"]]),
        # a number that is part of a name: joined by a hyphen, or a version ending a clause
        ("admissions for COVID-19 (3).", [["3"]]),
        ("patients infected with SARS-CoV-2 (5), and", [["5"]]),
        ("causes coded in ICD-10 (6); deaths", [["6"]]),
        ("after the mpox-22 (9) wave", [["9"]]),
        ("models were fitted in SPSS 28 (7).", [["7"]]),
        ("all runs used Windows 11 (8), as", [["8"]]),
    ],
    ids=[
        "single",
        "list-range",
        "locator",
        "semicolon",
        "after-year",
        "two",
        "cell",
        "past-list",
        "hyphen-name",
        "hyphen-name-2",
        "hyphen-code",
        "hyphen-word-after",
        "version",
        "version-comma",
    ],
)
def test_citations_in_parentheses(text: str, want: list[list[str]]) -> None:
    assert labels(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "patients aged 70 years and older (n = 612) were included",
        "as Okafor argued (2019) in his review",
        "quoted on the first page (p. 3) of the report",
        "mean age 84.2 (6.1) years, 187 (31) with delirium",
        "shown in the first table (Table 1) and (OR 5.8, 95% CI 3.9–8.6)",
        "three factors: (1) age, (2) frailty and (3) anaemia",
        "(1) Patients were screened twice daily.",
        "E = m c^2 + k (3)",
        "substituting Eq. (2) into Eqs. (4)–(5) gives",
        "as in equation (7) and wzór (8)",
        "a far number (90) is no citation of a short list",
        "an index (0) or (07)",
        "in arm B 45 (15) fell",
        "Falls 187 (12)",
        "of these 64 (18).",
    ],
    ids=[
        "n-equals",
        "year",
        "page",
        "counts",
        "table-or",
        "enumeration",
        "enumeration-start",
        "equation-number",
        "eq-chain",
        "equation-words",
        "far",
        "zero",
        "count-after-letter",
        "count-in-cell",
        "count-after-lowercase",
    ],
)
def test_parentheses_that_cite_nothing(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize(
    ("paragraphs", "size", "want"),
    [
        (["Known for long (1). Trials (2, 3) agree.", "Cohorts (4) and audits (5)."], 6, True),
        (["Of 40 patients (12) fell; (3) more later.", "A year (2) of follow-up."], 30, False),
        (["Seen twice (3). Seen again (1). Also (2) and (4)."], 4, True),  # nearly all listed
        (["Figures: (1) shows, (2) shows."], 5, False),
        (["Only one (1)."], 10, False),
        ([], 3, False),
    ],
    ids=["vancouver-order", "scattered", "all-listed", "enumeration", "one-number", "empty"],
)
def test_document_cites_in_parentheses(paragraphs: list[str], size: int, want: bool) -> None:
    assert cites_in_parentheses(paragraphs, size) is want


ENTRIES = [
    "Lindqvist A, Moreau P. Frailty in older surgical patients. Age Ageing. 2018;47(2):210-6.",
    "Okafor N. Anaemia and recovery after fracture. BMJ Open. 2020;10:e034512.",
    "Haugen T, Brandt S, Varga L. Falls in care homes. J Am Geriatr Soc. 2017;65(4):801-8.",
    "Pereira M. Vitamin D and falls: a cohort. Osteoporos Int. 2021;32(1):77-85.",
]


def paren_doc(typed: str) -> bytes:
    def item(k: int, text: str) -> str:
        return p(t(f"{typed.format(k)}\t{text}"))

    body = [
        p(t("Falls after discharge"), style="Heading1"),  # 1
        p(t("Frailty predicts falls in older adults (1). Anaemia (2, 3) adds to it.")),  # 2
        p(t("Of 240 residents (n = 240), 61 (25) fell in 2022 (Table 1).")),  # 3
        p(t("Vitamin D was not protective (4), nor was a later regimen (5).")),  # 4
        p(t("References"), style="Heading1"),  # 5
        *(item(k, text) for k, text in enumerate(ENTRIES, start=1)),  # 6-9
    ]
    return build(body)


@pytest.mark.parametrize(
    "typed", ["{}.", "[{}]", "{})", "({})"], ids=["dot", "bracket", "paren", "parens"]
)
def test_word_document_cites_in_parentheses(typed: str) -> None:
    doc = parse_bytes(paren_doc(typed), "falls.docx")
    cited = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cited == [("1", 2), ("2", 2), ("3", 2), ("4", 4)]
    assert [e.number for e in doc.literature] == [1, 2, 3, 4]
    assert [e.reference.authors[0][:4] for e in doc.literature] == ["Lind", "Okaf", "Haug", "Pere"]
    missing = [a for a in doc.anomalies if a.code is C.CITATION_KEY_MISSING]
    assert [(a.footnote, a.line) for a in missing] == [("5", 4)]
    assert not [a for a in doc.anomalies if a.code is C.MARKER_WITHOUT_DEFINITION]


def test_unread_parentheses_are_said() -> None:
    body = [
        p(t("Falls"), style="Heading1"),  # 1
        p(t("Frailty matters (3). Age matters (1).")),  # 2
        p(t("Anaemia matters (4) too.")),  # 3
        p(t("References"), style="Heading1"),  # 4
        *(p(t(f"{k}.\t{text}")) for k, text in enumerate(ENTRIES * 3, start=1)),  # 5-16
    ]
    doc = parse_bytes(build(body), "falls.docx")
    assert not doc.footnotes
    unread = [a for a in doc.anomalies if a.code is C.UNREAD_REGION]
    assert [(a.line, "(3)" in a.message) for a in unread] == [(2, True)]
