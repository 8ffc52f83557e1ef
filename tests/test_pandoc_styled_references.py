"""Pandoc: a reference written by hand in a block set in the bibliography's Word style
(``<div custom-style="Bibliography"><p>…</p></div>``, ``::: {custom-style="Bibliography"}``)
is not read as an entry of the list the keys make; it is reported, never dropped in
silence.  Texts written for the tests."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.readers.pandoc import read

_TEXT = """# Methods

Plots were drawn with two packages [@lind2019; @haas2015].

{block}
"""


@pytest.mark.parametrize(
    ("block", "lines"),
    [
        pytest.param(
            '<div custom-style="Bibliography"><p>\nOkoro T. "plotkit: figures." 2020.\n</p></div>',
            [5],
            id="html-div",
        ),
        pytest.param(
            '::: {custom-style="Bibliography"}\nOkoro T. "plotkit: figures." 2020.\n:::\n\n'
            "::: {custom-style='Bibliography'}\nBerg A. Colour maps. 2018.\n:::",
            [5, 9],
            id="fenced-divs",
        ),
        pytest.param(
            '<div custom-style="Caption"><p>\n**Fig 1.** Counts.\n</p></div>', [], id="caption"
        ),
        # the empty div citeproc fills with the list the keys make (papaja, bookdown)
        pytest.param('::: {#refs custom-style="Bibliography"}\n:::', [], id="citeproc-fenced"),
        pytest.param(
            "::::: {custom-style='Bibliography' #refs}\n\n:::::", [], id="citeproc-fenced-order"
        ),
        pytest.param(
            '<div id="refs" custom-style="Bibliography"></div>', [], id="citeproc-html-one-line"
        ),
        pytest.param(
            "<div id='refs' custom-style=\"References\">\n</div>", [], id="citeproc-html-two"
        ),
        # (a #refs div with a reference typed into it is still reported)
        pytest.param(
            '::: {#refs custom-style="Bibliography"}\nBerg A. Colour maps. 2018.\n:::',
            [5],
            id="refs-div-with-text",
        ),
    ],
)
def test_hand_written_styled_references_are_reported(block: str, lines: list[int]) -> None:
    doc = read(_TEXT.format(block=block))
    found = [
        a
        for a in doc.anomalies
        if a.code is AnomalyCode.UNREAD_REGION and "Bibliography" in a.message
    ]
    if not lines:
        assert found == []
    else:
        assert len(found) == 1 and found[0].line == lines[0]
        assert f"{len(lines)} reference(s)" in found[0].message
