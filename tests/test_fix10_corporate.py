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


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        pytest.param(
            "R Core Team. R: A language and environment for statistical computing. Vienna, "
            "2022. URL: https://www.R-project.org/",
            "R Core Team",
            "R: A language and environment for statistical computing",
            id="team-full-stop",
        ),
        pytest.param(
            "Українська бібліотечна асоціація. Рекомендації для бібліотек щодо роботи в "
            "умовах воєнного стану. Київ : УБА, 2022.",
            "Українська бібліотечна асоціація",
            "Рекомендації для бібліотек щодо роботи в умовах воєнного стану",
            id="ukrainian-association",
        ),
        pytest.param(
            "Εταιρεία Μαιευτικής Γυναικολογίας Βορείου Ελλάδος. Κατευθυντήρια οδηγία για την "
            "αναιμία στην κύηση. Θεσσαλονίκη; 2021.",
            "Εταιρεία Μαιευτικής Γυναικολογίας Βορείου Ελλάδος",
            "Κατευθυντήρια οδηγία για την αναιμία στην κύηση",
            id="greek-society-vancouver",
        ),
        pytest.param(
            "World Health Organization *Environmental Noise Guidelines for the European "
            "Region*; WHO Regional Office for Europe: Copenhagen, Denmark, 2018.",
            "World Health Organization",
            "Environmental Noise Guidelines for the European Region",
            id="italic-title-after-organisation",
        ),
        pytest.param(
            "Bundesarchiv: Die Akten der Treuhandanstalt, online unter: "
            "https://www.bundesarchiv.de/treuhand (Zugriff: 12.01.2023).",
            "Bundesarchiv",
            "Die Akten der Treuhandanstalt",
            id="german-authority-colon",
        ),
        pytest.param(
            "Statistisches Bundesamt: Bevölkerung und Erwerbstätigkeit 2021, Wiesbaden 2022.",
            "Statistisches Bundesamt",
            "Bevölkerung und Erwerbstätigkeit 2021",
            id="german-office-colon",
        ),
    ],
)
def test_organisation_before_title_other_forms(text: str, author: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors[:1] == (author,)
    assert (ref.title or "").rstrip(",") == title


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("National Health Service: A History of Care. London: Verso, 2001.",
                     id="colon-title-of-a-book"),
        pytest.param("Trade Union Politics: The British Case. Oxford: Blackwell, 1999.",
                     id="colon-title-union"),
    ],
)  # fmt: skip
def test_a_title_naming_an_organisation_stays_a_title(text: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.title is not None and ref.title.startswith(text.split(".")[0][:20])
