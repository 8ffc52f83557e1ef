"""Chicago bibliography entries whose name ends in several initials before the title, and
notes a bibliography need not hold: record-office shelfmarks and searches in digitised
collections."""

from __future__ import annotations

import pytest

from bibcheck.parse.names import family_names
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archival import archival_source


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        pytest.param(
            "Tolliver-Ames, Bernard R. J. Reed Organs: A Builder's Guide. Leeds: Marsh, 1979.",
            "tolliver-ames",
            "Reed Organs: A Builder's Guide",
            id="given-name-and-initials",
        ),
        pytest.param(
            "Pryce, Gwen M. E. Chapel Music: Essays on Welsh Song. Bangor: Gwasg, 2004.",
            "pryce",
            "Chapel Music: Essays on Welsh Song",
            id="two-initials-then-colon-title",
        ),
        pytest.param(
            "Seibel, Wolfgang: Verwaltete Illusionen. Frankfurt a. M. 2005.",
            "seibel",
            "Verwaltete Illusionen",
            id="german-colon-after-name-kept",
        ),
    ],
)
def test_initials_end_the_name_before_a_title(text: str, author: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert family_names(ref.authors) == [author]
    assert ref.title == title


@pytest.mark.parametrize(
    ("text", "archival"),
    [
        pytest.param(
            "Flintshire Record Office, Hawarden, D/DM/271/3, vestry minutes 1840–1862, fols. 4–6.",
            True,
            id="record-office-series",
        ),
        pytest.param(
            "Anglesey Archives, Llangefni, WM/12/4, chapel accounts 1850–1860.",
            True,
            id="archives-letters-slash-number",
        ),
        pytest.param(
            "See the reports in Papers Past, <https://paperspast.natlib.govt.nz/newspapers"
            "/search?query=revival+1905>, accessed May 2, 2022.",
            True,
            id="newspaper-search",
        ),
        pytest.param(
            "Results at https://www.digitale-sammlungen.de/suche?q=Orgel&page=2 (abgerufen am"
            " 3. 4. 2021).",
            True,
            id="german-suche",
        ),
        pytest.param(
            "Rhian Price, *Chapel Organs* (Cardiff: UWP, 2001), "
            "https://books.example.org/books?id=XyZ&q=organ, 45.",
            False,
            id="book-with-query-is-a-work",
        ),
        pytest.param(
            "Archives parlementaires, vol. 8 (Paris: Dupont, 1875), 12.",
            False,
            id="published-edition",
        ),
    ],
)
def test_notes_no_bibliography_holds(text: str, archival: bool) -> None:
    assert archival_source(text) is archival
