"""A law report's or neutral citation's bracketed year (OSCOLA, AGLC, McGill, Irish and NZ
styles: ``[2019] UKSC 5``, ``[1991] 3 SCR 77``) is no numeric citation marker ``[n]``;
a bracketed number that no report abbreviation follows still is one."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.evidence import citation_evidence
from bibcheck.readers.mdlinks import NUMBER
from bibcheck.readers.plaintext import numeric_citations
from tests.test_reader_docx import build_docx, note, p, ref, t


def labels(text: str) -> list[str]:
    return [label for _, _, found in numeric_citations(text) for label in found]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("Smith v Jones [2016] EWCA Civ 88.", [], id="ew-neutral-civ"),
        pytest.param("Re B [2008] UKHL 35, [2009] 1 AC 11", [], id="uk-neutral-and-volume"),
        pytest.param("Marsh v Keane [2011] Env LR 402", [], id="two-word-report"),
        pytest.param("Doe v Roe [2021] NZSC 14", [], id="nz-neutral"),
        pytest.param("R v Dyment [1988] 2 SCR 417", [], id="ca-volume-report"),
        pytest.param("Mabo [1992] HCA 23; (1992) 175 CLR 1", [], id="au-neutral"),
        pytest.param("Bell v Moss [2004] 2 Lloyd's Rep 10", [], id="apostrophe-report"),
        pytest.param("Case C-6/90 [1991] ECR I-5357", [], id="eu-lettered-page"),
        pytest.param("Ward v Hill [2013] IEHC 220 (Ir)", [], id="ie-neutral"),
        pytest.param("as in [12] and [2019].", ["12", "2019"], id="plain-numbers-stay"),
        pytest.param("shown by [1998] Smith and [3]", ["1998", "3"], id="year-before-a-word"),
        pytest.param("see [7] EWHC data", ["7"], id="small-number-then-capitals"),
        pytest.param("see [2019, p. 4] above", ["2019"], id="number-with-locator"),
    ],
)
def test_law_report_years_are_no_markers(text: str, want: list[str]) -> None:
    assert labels(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("Lane v Grey [2015] UKSC 11 and [4]", ["4"], id="neutral"),
        pytest.param("Reid v Cole [2003] 1 WLR 77 [2]", ["2"], id="volume-report"),
        pytest.param("see [2012] and [5]", ["2012", "5"], id="numbers"),
    ],
)
def test_markdown_link_citations_skip_law_report_years(text: str, want: list[str]) -> None:
    assert [m.group("n") for m in NUMBER.finditer(text)] == want


def test_docx_table_of_cases_is_no_unread_numeric_citation() -> None:
    body = [
        p(t("Table of Cases")),
        p(t("Quinn v Lowry [2017] EWHC 1021 (QB), [2018] JPL 55")),
        p(t("Harbour Trust v Dale [1995] 3 SCR 201")),
        p(t("The courts were cautious."), ref(1)),
    ]
    notes = [note(1, t("Quinn v Lowry [2017] EWHC 1021 (QB) [12]."))]
    doc = parse_bytes(build_docx(body, notes), "cases.docx")
    assert [f.label for f in doc.footnotes] == ["1"]
    assert not [a for a in doc.all_anomalies() if a.code is C.UNREAD_REGION]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        pytest.param("R (Ames) v Kent CC [2019] EWHC 2214 (Admin), [2020] JPL 112.", 0,
                     id="table-of-cases-line"),
        pytest.param("Prices rose [3] and fell [4].", 2, id="numeric-markers"),
    ],
)  # fmt: skip
def test_format_evidence_counts_no_law_report_year(text: str, counted: int) -> None:
    found = [e for e in citation_evidence(text) if e.what == "numeric citations [n]"]
    assert sum(e.count for e in found) == counted
