"""A government body named for several fields of its remit, commas inside its name
(issue 11, heldout11 5): ``Department for Levelling Up, Housing and Communities, *Title*
(December 2023) para 158`` -- the department is the author, the title ends before the
OSCOLA date and pinpoint."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize("detect_styles", [True, False], ids=["detect", "notes-only"])
@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Ministry of Housing, Communities and Local Government, *Planning for the Future* "
            "(August 2020) para 2.4.",
            "Ministry of Housing, Communities and Local Government",
            "Planning for the Future",
        ),
        (
            "Ministry of Housing, Communities and Local Government, Planning for the Future "
            "(August 2020) para 2.4.",
            "Ministry of Housing, Communities and Local Government",
            "Planning for the Future",
        ),
        (
            "Department for Environment, Food and Rural Affairs, Waste Management Plan for "
            "England (January 2021) ch 3.",
            "Department for Environment, Food and Rural Affairs",
            "Waste Management Plan for England",
        ),
        (
            "Department for Digital, Culture, Media and Sport, Online Harms White Paper "
            "(April 2019).",
            "Department for Digital, Culture, Media and Sport",
            "Online Harms White Paper",
        ),
    ],
    ids=["italic-title", "plain-title", "three-fields-chapter", "author-date-reading"],
)
def test_department_with_its_remit(text: str, author: str, title: str, detect_styles: bool) -> None:
    ref = parse_reference(text, [1], detect_styles=detect_styles, note=True)
    assert ref.authors == (author,)
    assert ref.title == title
    assert AnomalyCode.REFERENCE_UNPARSED not in {a.code for a in ref.anomalies}


def test_a_person_then_a_list_is_left_alone() -> None:
    ref = parse_reference(
        "Jane Smith, Housing, Land and Planning (London: Verso, 2019), 4.", [1], note=True
    )
    assert ref.authors == ("Jane Smith",)
    assert ref.title == "Housing, Land and Planning"
