"""Fix round 84 (fix84s): a bracket citation's page written out as a word of a language the
place words did not know (``[1, bog 37]`` Somali, ``[4, ukurasa 12]`` Swahili, ``[2, shafi 9]``
Hausa): :mod:`bibcheck.readers.places`, read alike by the plain-text reader's grammar and
the pdf-text reader's bracket citations (:func:`bibcheck.readers.pdfnumeric.citations`).

Every example is invented.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.numlabels import expand
from bibcheck.readers.pdfnumeric import citations
from bibcheck.readers.plaintext import MARKER

# (a bracket citation, the numbers it cites; None: no citation)
_PLACES = [
    ("[1, bog 37]", ["1"]),
    ("[3, bog 1120–1124]", ["3"]),
    ("[12, bogga 8]", ["12"]),
    ("[5, bogag 40-44]", ["5"]),
    ("[2, Bog 281; 6, bog 9]", ["2", "6"]),
    ("[4, ukurasa 12]", ["4"]),
    ("[7, kurasa 3-5]", ["7"]),
    ("[2, shafi 9]", ["2"]),
    ("[8, ikhasi 71]", ["8"]),
    ("[9, bladsy 14]", ["9"]),
    ("[6, tudalen 22]", ["6"]),
    ("[3, leathanach 5]", ["3"]),
    ("[10, halaman 30]", ["10"]),
    ("[11, pahina 2]", ["11"]),
    ("[1, trang 45]", ["1"]),
    # near-misses: no number after the word, a word that only begins like one, no comma
    ("[2, bog]", None),
    ("[1, boggle 4]", None),
    ("[3 bog 12]", None),
    ("[see bog 4]", None),
]


@pytest.mark.parametrize(("text", "numbers"), _PLACES)
def test_plain_text_marker(text: str, numbers: list[str] | None) -> None:
    m = MARKER.fullmatch(text)
    if numbers is None:
        assert m is None
    else:
        assert m is not None
        assert expand(m.group("label")) == numbers


@pytest.mark.parametrize(("text", "numbers"), _PLACES)
def test_pdf_bracket_citation(text: str, numbers: list[str] | None) -> None:
    line = f"Warbixinta goobta ayaa sidaas qortay {text} sannadkaas."
    found = citations(line)
    if numbers is None:
        assert found == []
    else:
        assert [n for _, _, cited in found for n in cited] == numbers
