"""Vancouver books: the title ends before an edition statement or a series or report
number, and neither is the place of publication."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "place", "year"),
    [
        pytest.param(
            "Ward PK, Moss JL. Walking vibration of light floors: a practical method. "
            "Revised ed. BRE IP12. Watford: Building Research Establishment; 2012.",
            "Walking vibration of light floors: a practical method",
            "Watford",
            2012,
            id="edition-and-series",
        ),
        pytest.param(
            "Holt R, Kerr D. Acoustic design of timber buildings. TRADA GD-07. "
            "High Wycombe: TRADA; 2015.",
            "Acoustic design of timber buildings",
            "High Wycombe",
            2015,
            id="series-code",
        ),
        pytest.param(
            "Lund K. Floor comfort criteria. 2nd ed. Report No. 41. Oslo: SINTEF; 2018.",
            "Floor comfort criteria",
            "Oslo",
            2018,
            id="edition-report-no",
        ),
        pytest.param(
            "Brandt O. Hitze in der Stadt. Ein Leitfaden. Kassel: Stadtverlag; 2019.",
            "Hitze in der Stadt. Ein Leitfaden",
            "Kassel",
            2019,
            id="subtitle-kept",
        ),
    ],
)
def test_title_and_place(text: str, title: str, place: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.style, ref.title, ref.place, ref.year) == ("vancouver", title, place, year)
