"""Fix 82r: a Slovak or Czech ministry's decree or measure by its date and own number, named
after a comma ("Výnos MŽP SR z 3. marca 2011 č. 77/2011-5, ktorým sa …"), is a report titled
to its name's end (:mod:`bibcheck.parse.references.collection_acts`).

Own invented examples; near-misses must keep their reading.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.collection_acts import collection_act
from tests.growth import growth


def _read(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, [0], detect_styles=True)


# entry -> (title, year) or None
DECREES: dict[str, tuple[str, int] | None] = {
    "Výnos MŽP SR z 3. marca 2011 č. 77/2011-5, ktorým sa upravuje evidencia odpadov. 2011.": (
        "Výnos MŽP SR z 3. marca 2011 č. 77/2011-5, ktorým sa upravuje evidencia odpadov",
        2011,
    ),
    "Opatrenie MF SR z 9. júna 2015 č. MF/44/2015-31, ktorým sa mení opatrenie o účtoch.": (
        "Opatrenie MF SR z 9. júna 2015 č. MF/44/2015-31, ktorým sa mení opatrenie o účtoch",
        2015,
    ),
    "Vyhláška MZe ze dne 7. října 2016 č. 31/2016, kterou se stanoví hygiena mléka.": (
        "Vyhláška MZe ze dne 7. října 2016 č. 31/2016, kterou se stanoví hygiena mléka",
        2016,
    ),
    "Nariadenie vlády SR z 2. apríla 2018 č. 90/2018, ktorým sa ustanovujú limity. 2018.": (
        "Nariadenie vlády SR z 2. apríla 2018 č. 90/2018, ktorým sa ustanovujú limity",
        2018,
    ),
    # near-misses: no name after the number; a person's report with a number
    "Výnos MŽP SR z 3. marca 2011 č. 77/2011-5. Bratislava : Ministerstvo, 2011.": None,
    "Výnosy poľnohospodárov č. 4/2011, ktorým sa venuje štúdia.": None,
}


@pytest.mark.parametrize("text", list(DECREES))
def test_dated_ministry_decree(text: str) -> None:
    assert collection_act(text) == DECREES[text]
    if DECREES[text] is not None:
        ref = _read(text)
        assert (ref.kind, ref.title) == (RefKind.REPORT, DECREES[text][0])  # type: ignore[index]


@pytest.mark.parametrize(
    "unit",
    ["Výnos MP SR ", "z 3. marca 2011 ", "č. 4/2011 ", "Správa č. ", "Uredba Komisije ", "ŠÚ. "],
)
def test_linear(unit: str) -> None:
    assert growth(lambda n: collection_act(unit * n + ", ktorým sa mení."), 200, 800) < 6
    assert growth(lambda n: collection_act("Výnos MP " + unit * n + ", ktorým sa."), 200, 800) < 6
