"""fix65c: a publisher's series number in parentheses ("(UTB 1591)") is no year."""

from __future__ import annotations

import pytest

from bibcheck.model import TextBlock
from bibcheck.parse.references import parse_reference
from bibcheck.readers.datedunlisted import dated_citations


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


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Die Einführung ist knapp (UTB 1591). Sie erschien auch so (UTB 2003). Mehr "
            "bei Müller (Müller 2001).",
            id="de-utb",
        ),
        pytest.param(
            "The handbook is short (UTB 1984). A second volume followed (UTB 2004), as "
            "Smith notes (Smith 2001).",
            id="en-utb",
        ),
    ],
)
def test_series_in_running_text_is_no_citation(body: str) -> None:
    blocks = [TextBlock(body, ((0, 1),))]
    assert [c.shown for c in dated_citations(blocks)] == [
        c for c in ("Müller 2001", "Smith 2001") if c in body
    ]
