"""PDF-to-text: a Unicode superscript that prints the number of a note already marked
above it is a cross reference to that note (Word's ``NOTEREF`` formatted as a note mark),
so a second citation of the note where it stands -- and no duplicate-marker defect.

Not a repeat: a superscript before the note's own marker, a power (``10³``), a unit
(``m²``), a plain number glued to a word, or any number where numbering restarts.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.pdftext import read

FF = "\f"

WORD_PDF = (
    "Harbour Dredging Costs\n\n"
    "Silt builds up fastest in estuary ports.¹ Dredging is let by tender.²\n"
    "Costs rose by a fifth between 2015 and 2020, as the survey showed.¹\n"
    "Small ports share dredgers with neighbours.³ Tenders are rare.²,³\n"
    "____________________\n"
    "¹ Port Survey Office, Silt and Sediment Report (Leeds: PSO, 2021), 14.\n"
    "² Marine Works Board, Tendering Guide (London: MWB, 2019), 3.\n"
    "³ Coastal Councils Group, Shared Dredging (Hull: CCG, 2020), 7.\n"
    "Harbour Brief | Page 1\n"
    f"{FF}"
    "Later ports followed the same course.¹\n"
    "____________________\n"
    "Harbour Brief | Page 2\n"
)

NOT_REPEATS = (
    "Pump Capacity\n\n"
    "Each pump lifts 10³ litres a minute.¹ The basin covers 400 m² of quay.²\n"
    "The survey of 2019 counted 12 pumps in use, cited in Harbour1 reports.\n"
    "____________________\n"
    "¹ Harbour Engineering Office, Pump Tables (Bristol: HEO, 2018), 9.\n"
    "² Quay Authority, Basin Plans (Bristol: QA, 2017), 2.\n"
)


@pytest.mark.parametrize(
    ("text", "want", "repeats"),
    [
        pytest.param(
            WORD_PDF,
            [("1", 3), ("1", 4), ("1", 11), ("2", 3), ("2", 5), ("3", 5), ("3", 5)],
            True,
            id="cross-references-to-notes-1-2-3",
        ),
        pytest.param(NOT_REPEATS, [("1", 3), ("2", 3)], False, id="powers-units-plain-numbers"),
    ],
)
def test_a_repeated_superscript_cites_its_note_again(
    text: str, want: list[tuple[str, int]], repeats: bool
) -> None:
    doc = read(text)
    assert sorted((m.label, m.line) for m in doc.markers) == want
    # (a marker used again is then no duplicate-marker defect of the numbering checks)
    assert doc.markers_reusable is repeats
