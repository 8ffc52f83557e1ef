"""Fields of notes as British parliamentary briefings write them (OSCOLA): journal articles
with the authors' initials unstopped (``T Okonjo, R Vale and P Marsh``, ``A-M Lindqvist and
others``) and an article number for a first page; committee papers by a committee named
after a department's remit (``Culture, Media and Sport Committee, Title (HC 2022-23,
118)``), which are reports unless they print evidence; a department's publication dated
after a comma (``…, 31 August 2020``); a statute with ``Etc.`` in its short title.  Lines
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            'T Okonjo, R Vale and P Marsh, "Short lets and housing supply" (2023) 61 Urban '
            "Studies 402",
            {
                "authors": ("T Okonjo", "R Vale", "P Marsh"),
                "title": "Short lets and housing supply",
                "year": 2023,
                "kind": RefKind.ARTICLE,
            },
            id="three-authors-unstopped-initials",
        ),
        pytest.param(
            'H Quarrie and D Benn, "Licensing hosts" (2024) 12 Scottish Planning Review 88',
            {"authors": ("H Quarrie", "D Benn"), "kind": RefKind.ARTICLE},
            id="two-authors",
        ),
        pytest.param(
            'A-M Lindqvist and others, "Platform rentals in Nordic cities" (2021) 122 Journal '
            "of Housing Economics 101774",
            {"authors": ("A-M Lindqvist",), "year": 2021, "kind": RefKind.ARTICLE},
            id="and-others-article-number",
        ),
        pytest.param(
            "Culture, Media and Sport Committee, Ticket resale markets (HC 2022-23, 118)",
            {
                "authors": ("Culture, Media and Sport Committee",),
                "title": "Ticket resale markets",
                "year": 2022,
                "kind": RefKind.REPORT,
            },
            id="committee-with-commas",
        ),
        pytest.param(
            "Home Affairs Committee, Policing protests (HL Paper 31, 2024)",
            {"authors": ("Home Affairs Committee",), "kind": RefKind.REPORT},
            id="committee-paper",
        ),
        pytest.param(
            "Culture, Media and Sport Committee, Oral evidence: Ticket resale markets "
            "(HC 2022-23, 119)",
            {"title": "Oral evidence: Ticket resale markets", "kind": RefKind.BOOK},
            id="evidence-is-no-report",
        ),
        pytest.param(
            "Department for Transport, Consultation on pavement parking, 31 August 2020",
            {
                "authors": ("Department for Transport",),
                "title": "Consultation on pavement parking",
                "year": 2020,
            },
            id="dated-after-a-comma",
        ),
        pytest.param(
            "Department for Energy Security and Net Zero, Heat network zoning: government "
            "response, March 2024",
            {"title": "Heat network zoning: government response", "year": 2024},
            id="month-and-year",
        ),
        pytest.param(
            "Department for Science, Innovation and Technology, Government response to the "
            "consultation on data reform, 14 June 2023",
            {
                "authors": ("Department for Science, Innovation and Technology",),
                "title": "Government response to the consultation on data reform",
            },
            id="government-response-is-no-unit",
        ),
        pytest.param(
            "Licensing Etc. (Amendment) Act 1998, s 2",
            {"title": "Licensing Etc. (Amendment) Act 1998", "year": 1998},
            id="statute-etc",
        ),
        pytest.param(
            "R (Miller) v Secretary of State [2017] UKSC 5, [2018] AC 61",
            {"title": "R (Miller) v Secretary of State", "year": 2017},
            id="case-two-citations",
        ),
        pytest.param(
            "Housing Act 1988, s 21", {"title": "Housing Act 1988", "year": 1988}, id="statute"
        ),
        pytest.param("HC Deb 12 May 2023, vol 732, col 45", {"year": 2023}, id="hansard"),
        pytest.param(
            "Department for Business and Trade, Guidance on zero hours contracts (2024) "
            "https://www.gov.uk/guidance/zero-hours-contracts",
            {
                "authors": ("Department for Business and Trade",),
                "title": "Guidance on zero hours contracts",
                "url": "https://www.gov.uk/guidance/zero-hours-contracts",
            },
            id="gov-uk-url",
        ),
    ],
)
def test_oscola_note_fields(text: str, want: dict[str, Any]) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    got = {
        "authors": ref.authors,
        "title": ref.title,
        "year": ref.year,
        "kind": ref.kind,
        "url": ref.url,
    }
    assert {k: got[k] for k in want} == want
