"""What the fix66j rules leave alone (these pass on main as well: they guard the rules)."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.dated_paper import paper_issue
from bibcheck.parse.references.journal_publisher import publisher_between
from bibcheck.parse.references.names_only import names_only
from bibcheck.readers.common import is_literature_heading


@pytest.mark.parametrize(
    "text",
    [
        "London: Springer; 2011.",
        "J Neurosci. 2005;25(4):123-30.",
        "Geneva: World Health Organization; 2020;12.",
    ],
)
def test_no_publisher_between(text: str) -> None:
    assert publisher_between(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "World Health Organization. 19 May 2024.",  # a body's page
        "London. 19 May 2024.",  # a place
        "J Neurosci. 2005;25:1-3.",  # a journal's volume
        "The Guardian. 2024.",  # a year alone
    ],
)
def test_no_paper_issue(text: str) -> None:
    assert paper_issue(text) is None


@pytest.mark.parametrize(
    "text",
    ["Vitamin D.", "Climate Change and Health.", "Global Burden of Disease."],
)
def test_titles_are_not_names(text: str) -> None:
    ref = names_only(parse_reference(text, (1,), detect_styles=True))
    assert ref.title
    assert not any("only names" in a.message for a in ref.anomalies)
    assert all(a.code is not AnomalyCode.URL_INVALID for a in ref.anomalies)


@pytest.mark.parametrize("heading", ["History of the course", "Notes of the lecture"])
def test_course_scope_alone_names_no_list(heading: str) -> None:
    assert not is_literature_heading(f"## {heading}")


def test_nlm_newspaper_date_stays_an_article() -> None:
    ref = parse_reference(
        "Lee K. Clinics warn of staff gaps. The New York Times. 2024 May 19;Sect. A:1.",
        (1,),
        detect_styles=True,
    )
    assert ref.kind is RefKind.ARTICLE
    assert ref.year == 2024
