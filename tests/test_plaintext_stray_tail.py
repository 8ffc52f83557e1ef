"""Plain ``pdftotext`` (no ``-layout``) of a two-column paper's last page: the converter
prints the right column's entries above the ``References`` heading of the left column,
and the end of the left column's last entry (broken at the column's foot) at the top of
the right column, in the same block as the next entry (lines written for the tests)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument

PAGE_ONE = """\
Tide Gauges on Small Piers

Gauges on small piers drift with the pier itself [1]. The first survey of the
problem [2, 3] measured eleven piers; a later one [4] found the same drift on
pontoons, and the standard method [5] corrects it only in part. We test a
correction from the tilt sensor [6] against the land gauge [7].
1
"""
BODY_END = """\
\fThe drift was removed from all but two gauges, as the earlier survey [2] had
predicted.
"""
LEFT = """\
References

[1] A. Reed, “Drift of tide gauges on piers,” J. Coast. Surv., vol. 4,
pp. 1–9, 1999.
[2] B. Marsh and C. Hale, “Eleven piers,” in Proc. 3rd Harbour Conf.,
Hull, UK, 2004, pp. 12–20.
[3] C. Dock, Tide Gauges. London: Tide Books, 2006.
[4] D. Wood, “Pontoons and gauges,” Marine Eng., vol. 9, no. 2,
pp. 40–58, 2010.
[5] E. Gale, “Gauge drift corrections,” in
2
"""
TAIL = "Proc. Coastal Measurement Symp., Leith,\nUK, 2012, pp. 301–310.\n"
RIGHT = """\
[6] F. Finch, “Tilt sensors at sea,” in Proc. Sensors Conf., Oban,
UK, 2018, pp. 5–9.
[7] G. Ross, Land Gauges. Hull: Port Press, 2020.
"""


def read(text: str) -> ParsedDocument:
    return parse_bytes(text.encode(), "paper.txt")


@pytest.mark.parametrize(
    "page_two",
    [
        pytest.param(BODY_END + "\n" + TAIL + RIGHT + "\n" + LEFT, id="tail-then-entries"),
        pytest.param(
            BODY_END + "\n" + TAIL + RIGHT + "\nConclusion\n\nTilt halves drift [6].\n\n" + LEFT,
            id="tail-entries-then-body",
        ),
        pytest.param(  # the column broke the entry inside its title
            BODY_END
            + "\ncorrections,” in Proc. Coastal Measurement Symp., Leith,\nUK, 2012, pp. 301–310.\n"
            + RIGHT
            + "\n"
            + LEFT.replace("“Gauge drift corrections,” in", "“Gauge drift"),
            id="broken-in-the-title",
        ),
    ],
)
def test_the_tail_goes_to_the_unfinished_entry(page_two: str) -> None:
    doc = read(PAGE_ONE + page_two)
    assert doc.reader == "plain-text"
    assert [e.number for e in doc.literature] == [1, 2, 3, 4, 5, 6, 7]
    fifth = doc.literature[4].reference
    assert fifth.raw.endswith("pp. 301–310.") and fifth.year == 2012
    codes = [a.code for a in doc.all_anomalies()]
    assert C.CITATION_KEY_MISSING not in codes and C.LITERATURE_NUMBERING not in codes


def test_body_text_before_an_entry_is_no_tail() -> None:
    # (the lines before the entry cite: the other column's prose, never an entry's end)
    body = "The gauges agree with the land gauge [7] to within\n2 cm in 2019.\n"
    doc = read(PAGE_ONE + BODY_END + "\n" + body + RIGHT + "\n" + LEFT)
    fifth = doc.literature[4].reference
    assert "2 cm" not in fifth.raw
