"""The last page of a two-column paper through ``pdftotext -layout``: the reference list
starts in the left column under the end of the body and goes on in the right column,
which ends far above the left one (lines written for the tests)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument

PAGE_ONE = [
    "Tide Gauges on Small Piers",
    "",
    "1   Introduction",
    "Gauges on small piers drift with the pier itself [1]. The",
    "first survey of the problem [2, 3] measured eleven piers; a",
    "later one [4] found the same drift on floating pontoons, and",
    "the standard method [5–7] corrects it only in part. We test",
    "a correction from the pier's own tilt sensor [8], [9].",
    "",
    "2   Method",
    "Each gauge was read against a reference gauge on land [10].",
    "",
]
LEFT = [
    "The drift was removed from all but two of",
    "the gauges, as the earlier survey [2] had",
    "predicted for piers on timber piles.",
    "",
    "3   Conclusion",
    "A tilt sensor halves the drift [1, 9].",
    "",
    "References",
    "",
    " [1] A. Reed, “Drift of tide gauges on piers,”",
    "     J. Coast. Surv., vol. 4, pp. 1–9, 1999.",
    "",
    " [2] B. Marsh and C. Hale, “Eleven piers,” in",
    "     Proc. 3rd Harbour Conf., Hull, UK, 2004,",
    "     pp. 12–20.",
    "",
    " [3] C. Dock, Tide Gauges. London: Tide",
    "     Books, 2006.",
    "",
    " [4] D. Wood, “Pontoons and gauges,” Marine",
    "     Eng., vol. 9, no. 2, pp. 40–58, 2010.",
    "",
    " [5] E. Gale, “Gauge drift corrections,” in",
    "     Proc. Coastal Measurement Symp., Leith,",
]
RIGHT = [
    "     UK, 2012, pp. 301–310.",
    "",
    " [6] F. Finch, Levelling the Pier. York:",
    "     Minster Press, 2014.",
    " [7] G. Ross and H. Lamb, “Standard gauge",
    "     corrections,” Hydrogr. Rev., vol. 12,",
    "     pp. 77–90, 2016.",
    " [8] H. Lamb, “Tilt sensors at sea,” in Proc.",
    "     Sensors Conf., Oban, UK, 2018, pp. 5–9.",
    " [9] I. Moss, “Tilt and tide,” Coast. Eng.,",
    "     vol. 70, pp. 1–12, 2019.",
    "[10] J. Shaw, Land Gauges. Hull: Port Press,",
    "     2020.",
]


def uneven(left: list[str], right: list[str], gap: int = 8) -> list[str]:
    depth = max(len(left), len(right))
    width = max(len(line) for line in left) + gap
    rows = zip(
        [*left, *[""] * (depth - len(left))], [*right, *[""] * (depth - len(right))], strict=True
    )
    return [f"{a:<{width}}{b}".rstrip() for a, b in rows]


def document(right: list[str]) -> str:
    return "\n".join([*PAGE_ONE, "\f" + "", *uneven(LEFT, right), "", ""])


def read(right: list[str]) -> ParsedDocument:
    return parse_bytes(document(right).encode(), "paper.txt")


SPACED = [line for pair in zip(RIGHT, [""] * len(RIGHT), strict=True) for line in pair][:-1]


@pytest.mark.parametrize(
    "right",
    [
        pytest.param(RIGHT, id="right-column-packed"),  # no blank line between its entries
        pytest.param(SPACED, id="right-column-spaced"),
        pytest.param(["", "", *RIGHT], id="right-column-starts-lower"),
    ],
)
def test_the_list_goes_on_in_the_right_column(right: list[str]) -> None:
    doc = read(right)
    assert doc.reader == "plain-text"
    assert [e.number for e in doc.literature] == list(range(1, 11))
    assert doc.literature[4].reference.raw.endswith("pp. 301–310.")  # the tail, up there
    assert doc.literature[4].reference.year == 2012
    cited = sorted({m.label for f in doc.footnotes for m in f.markers}, key=int)
    assert cited == [str(n) for n in range(1, 11)]
    listed = {e.line for e in doc.literature}
    assert not [m for f in doc.footnotes for m in f.markers if m.line in listed]
    assert C.CITATION_KEY_MISSING not in [a.code for a in doc.all_anomalies()]
