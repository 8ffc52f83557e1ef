"""Fields keep no emphasis marks, and a year written only in an access date or a URL is
no year "written where the style does not put it"."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.shared import tidy, year_written


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("*The Observer* (London)", "The Observer (London)"),
        ("Le *Belem* et la mer", "Le Belem et la mer"),
        ("*Whole title*", "Whole title"),
        ("A* search and B* trees", "A* search and B* trees"),
        ("Robust *t*-tests", "Robust t-tests"),
        ("2*3*4 grids", "2*3*4 grids"),
    ],
    ids=["span-then-words", "span-inside", "whole", "stars-in-words", "letter-span", "products"],
)
def test_emphasis_marks_are_not_field_text(text: str, want: str) -> None:
    assert tidy(text) == want


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Ann Berg, Harbour Lights, at www.example.org/lights.html (accessed 3 March 2015).",
            False,
        ),
        (
            "Ann Berg, Harbour Lights, https://example.org/2014/05/x (abgerufen am 3. März 2015).",
            False,
        ),
        (
            "Ann Berg, Harbour Lights, https://example.org/2014/05/x (дата обращения: 03.03.2015).",
            False,
        ),
        ("Ann Berg, Harbour Lights, rev. 2014, www.example.org/x (accessed 3 March 2015).", True),
        ("Ann Berg, Harbour Lights (Oslo, 1998).", True),
    ],
    ids=["access-date", "url-and-german-access", "url-and-russian-access", "year-too", "plain"],
)
def test_a_year_written_outside_access_date_and_urls(text: str, written: bool) -> None:
    assert year_written(text) is written


def test_a_web_note_dated_only_by_its_access_is_not_unparsed() -> None:
    ref = parse_reference(
        "Ann Berg, *Harbour Lights of the North*, at www.example.org/lights.html "
        "(accessed 3 March 2015).",
        (1,),
        detect_styles=True,
        note=True,
    )
    assert AnomalyCode.REFERENCE_UNPARSED not in {a.code for a in ref.anomalies}
    assert ref.title == "Harbour Lights of the North"


def test_emphasised_container_in_a_chicago_note() -> None:
    ref = parse_reference(
        '"Harbour Lights" in *The Observer* (London) (3 March 1951).',
        (1,),
        note=True,
        detect_styles=True,
    )
    assert ref.host == "The Observer (London)"
