"""An organisation as author before the title (technical reports and standards, IEEE-like
notes): the organisation is the author, the report number, series and ``Place: Publisher``
no part of the title; a person's name or a plain title with a comma is left as it is."""

from __future__ import annotations

import pytest

from bibcheck.model import Reference
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.corporate import corporate


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        pytest.param(
            "National Transportation Safety Board, Collapse of the Tunnel Ceiling, Report "
            "NTSB/HAR-07-02, Washington, DC, 2007.",
            "National Transportation Safety Board",
            "Collapse of the Tunnel Ceiling",
            id="report-number-and-place",
        ),
        pytest.param(
            "ASTM, D4014-03: Standard Specification for Plain Bearings. West Conshohocken, PA: "
            "ASTM International, 2012.",
            "ASTM",
            "D4014-03: Standard Specification for Plain Bearings",
            id="acronym-and-place-publisher",
        ),
        pytest.param(
            "Department of Transport Victoria, Road Structures Handbook, 4th ed. Melbourne: "
            "DoT, 2011.",
            "Department of Transport Victoria",
            "Road Structures Handbook",
            id="organisation-word-edition",
        ),
        pytest.param(
            "World Road Association, Technical Committee D.3, Durability of Bridge Decks, "
            "Technical Papers 12. Paris: PIARC, 2010.",
            "World Road Association",
            "Technical Committee D.3, Durability of Bridge Decks",
            id="series-number-cut",
        ),
    ],
)
def test_organisation_before_title(text: str, author: str, title: str) -> None:
    ref = parse_reference(text, [1], note=True)
    assert ref.authors[:1] == (author,)
    assert ref.title == title


@pytest.mark.parametrize(
    ("authors", "title"),
    [
        pytest.param(("R. Keller",), "Bearing Replacement, Report 12-3, Bern", id="a-person"),
        pytest.param((), "Harbour Walls, Quays and Jetties. Leeds: Maney", id="a-title-head"),
        pytest.param((), "Society, Culture and the State, Report 4", id="a-word-not-a-name"),
    ],
)
def test_not_an_organisation(authors: tuple[str, ...], title: str) -> None:
    ref = Reference(raw=title, line=1, end_line=1, authors=authors, title=title)
    assert corporate(ref) == ref
