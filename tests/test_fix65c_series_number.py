"""fix65c: a publisher's series number in parentheses ("(UTB 1591)") is no year."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "year", "kept"),
    [
        pytest.param(
            "Habermas, Jürgen: Der philosophische Diskurs der Moderne. Frankfurt am Main "
            "1985 (UTB 1591).",
            1985,
            "UTB 1591",
            id="de-utb",
        ),
        pytest.param(
            "Adorno, Theodor W.: Negative Dialektik. Frankfurt am Main 1966 (stw 1984).",
            1966,
            "stw 1984",
            id="de-stw",
        ),
        pytest.param(
            "Schmidt, Hans: Ethik der Neuzeit. Stuttgart 1999 (= Reclams "
            "Universal-Bibliothek 1834).",
            1999,
            "Reclams Universal-Bibliothek 1834",
            id="de-reclam",
        ),
        pytest.param(
            "Dupont, Jean : La philosophie morale. Paris 1962 (Que sais-je ? 1859).",
            1962,
            "Que sais-je ? 1859",
            id="fr-que-sais-je",
        ),
        pytest.param(
            "Serre, Jean-Pierre: Cohomologie galoisienne. Berlin 1973 "
            "(Lecture Notes in Mathematics 1999).",
            1973,
            "Lecture Notes in Mathematics 1999",
            id="en-lnm",
        ),
    ],
)
def test_series_number_is_no_year(text: str, year: int, kept: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.year == year
    assert ref.raw == text
    assert kept not in (ref.title or "")
