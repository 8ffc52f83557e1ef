"""A References heading glued to the end of a body line of the other column (pdftotext)."""

from __future__ import annotations

import pytest

from bibcheck.readers import choose, plaintext
from bibcheck.readers.gluedhead import glued_heading

# Two columns read line by line: the heading of the right column ends a left-column line.
_TWO_COLUMN = """\
Seasonal drift of soil sensors

Abstract
Field probes drift with temperature [3] and with salt [1, 2].

Introduction
Capacitive probes are cheap [4]. Their readings depend on
the pore water [5], so calibration per site is advised Bibliography
over a full season of measurements.
[1] K. Hollis, Salinity and dielectric probes, Soil Physics 4 (2011) 12–19.
[2] P. Marsh, L. Tan, Probe drift in saline soils[J/OL]. (2015-03-02)
[2023-09-01]. https://example.org/marsh.

2
\fMethods

[3] R. Iqbal, Thermal effects on soil permittivity, Geoderma 88 (2004) 101–110.
We buried probes at three depths [2] and logged them hourly.
[4] H. Moreau, Low-cost soil moisture sensing, Sensors 12 (2018) 1–20.
[5] A. Velez, Pore water and permittivity, Water Resources Research 40 (2009) 7–15.
"""


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["text of the left column costing References", "more text", "[1] A. Author, T."],
            (0, "text of the left column costing"),
        ),
        (
            ["the sensors were calibrated Literatur", "[1] Meier, H.: Titel. Berlin 2001."],
            (0, "the sensors were calibrated"),
        ),
        (
            ["as shown by Smith Список литературы", "1. Иванов И. И. Книга. М., 2001."],
            (0, "as shown by Smith"),
        ),
        (["a line ending References", "", "", "", "", "[1] A. Author, T."], None),  # too far
        (["a line ending References", "[2] A. Author, T."], None),  # not the first entry
        (["a line ending References", "[1] showed that it works"], None),  # a sentence
        (["see the references", "[1] A. Author, T."], None),  # lower case: a sentence
        (["References", "[1] A. Author, T."], None),  # a heading alone: not glued
    ],
    ids=["english", "german", "russian", "far", "not-first", "sentence", "lowercase", "alone"],
)
def test_glued_heading(lines: list[str], expected: tuple[int, str] | None) -> None:
    found = glued_heading(lines)
    assert (None if found is None else (found.index, found.body)) == expected


def test_plain_text_reads_the_list_under_a_glued_heading() -> None:
    assert choose("probes.txt", _TWO_COLUMN).reader.name == plaintext.NAME
    doc = plaintext.read(_TWO_COLUMN)
    assert [n.label for n in doc.literature] == ["1", "2", "3", "4", "5"]
    assert doc.literature_heading_line == 8
    cited = sorted((m.label, m.line) for m in doc.markers)
    # the entries' own labels are no citations; the text around them (the other column) is
    assert cited == [
        ("1", 4),
        ("2", 4),
        ("2", 18),
        ("3", 4),
        ("4", 7),
        ("5", 8),
    ]
