"""A citation in a table read as text lines claims its row, never the rows above.

PDF-to-text (``pdftotext -layout``: cells apart by runs of spaces; plain
``pdftotext``: one cell per line) and aligned plain text.  Own text throughout.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import TextBlock
from bibcheck.parse.claim_text import ClaimIndex
from bibcheck.parse.table_rows import has_cell_gap, row_lines


@pytest.mark.parametrize(
    ("line", "gap"),
    [
        ("Kestrel(Oduya & Marsh, 2017)     dense      0.82", True),
        ("Harrier  sparse", True),
        ("    indented prose line with single spaces", False),
        ("The trial ended early.  A second trial began in May.", False),  # typewriter spacing
        ("cost a tenth of the price,  and more", False),
        ("Totals were reported.", False),
        ("", False),
    ],
)
def test_cell_gap(line: str, gap: bool) -> None:
    assert has_cell_gap(line) is gap


_PROSE = [
    "Grazing pressure on the upland plots was measured each",
    "spring from 2009 to 2015, and the counts were compared",
    "with the lowland plots surveyed by the county trust.",
]


@pytest.mark.parametrize(
    ("lines", "rows"),
    [
        (_PROSE, set()),
        # one cell per line (plain pdftotext): the cells, not the caption
        (
            ["Table 2: Sites compared.", "Site", "Moss cover", "Brackenfell", "Low Scar (4)"],
            {1, 2, 3, 4},
        ),
        # laid-out rows between prose
        (
            [*_PROSE[:2], "Kestrel (Oduya, 2017)     dense     0.82", *_PROSE[2:]],
            {2},
        ),
        # short prose lines wrapped at a narrow column are no cells
        (
            [
                "The council bought the",
                "mill in 1921 and let it",
                "to a cooperative that",
                "ran it until the war.",
            ],
            set(),
        ),
        # a narrow CJK column: few characters, but each fills two columns
        (
            [
                "风电场选址需要考虑风速和地形",
                "条件，本文采用了三年的测风",
                "数据进行评估和比较分析",
            ],
            set(),
        ),
        # a paragraph with one overlong line (two source lines run together)
        (
            [
                "Early surveys counted nests on the cliffs",
                "by boat, which missed the ledges under",
                "the overhang [3]. Later counts used drones and found twice as many "
                "nests as the boat surveys had reported in the same years",
                "on the same cliffs [4].",
            ],
            set(),
        ),
    ],
)
def test_row_lines(lines: list[str], rows: set[int]) -> None:
    assert row_lines(lines) == rows


def test_breaks_start_sentences() -> None:
    text = "Osprey (Lind, 2012)    wet    0.4 Kite (Amos, 2014)    dry    0.7"
    block = TextBlock(text, ((0, 1), (34, 2)), breaks=(34,))
    index = ClaimIndex(block)
    assert index.claim_at(text.index(")", 34)).text == "Kite (Amos, 2014"
    plain = ClaimIndex(TextBlock(text, ((0, 1), (34, 2))))
    assert plain.claim_at(text.index(")", 34)).text.startswith("Osprey")


_REFS_AY = """
References

Amos, R. (2014). Kites over dry valleys. Journal of Raptor Studies, 12(3), 45-60.
Lind, P. (2012). Ospreys of the wet fens. Fenland Press.
Oduya, K., & Marsh, T. (2017). Kestrels and dense hedgerows. Ecology Letters, 20(1), 1-9.
"""

_LAYOUT_TABLE = (
    """Raptor Survey

Hedgerow density predicts kestrel numbers (Oduya & Marsh, 2017). The species
below were counted at all sites.

Table 1: Species and habitat.
Species                       Habitat    Share
Osprey(Lind, 2012)            wet        0.40
Kite(Amos, 2014)              dry        0.70
Kestrel(Oduya & Marsh, 2017)  dense      0.82
"""
    + _REFS_AY
)

_CELL_TABLE = (
    """Raptor Survey

Hedgerow density predicts kestrel numbers (Oduya & Marsh, 2017). The species
below were counted at all sites.

Table 1: Species and habitat.
Species
Habitat
Osprey(Lind, 2012)
wet
Kite(Amos, 2014)
dry
"""
    + _REFS_AY
)

_NUMERIC_TABLE = """Raptor Survey

Hedgerow density predicts kestrel numbers [3]. The species below were counted
at all sites.

Species          Habitat    Source
Osprey           wet        [1]
Kite             dry        [2]
Kestrel          dense      [3]

References

[1] P. Lind, Ospreys of the Wet Fens. Fenland Press, 2012.
[2] R. Amos, "Kites over dry valleys," J. Raptor Stud., vol. 12, pp. 45-60, 2014.
[3] K. Oduya and T. Marsh, "Kestrels and dense hedgerows," Ecol. Lett., vol. 20, 2017.
"""


def _claims(text: str, name: str) -> list[tuple[int, str]]:
    doc = parse_bytes(text.encode(), name)
    found = [*doc.stray_markers, *(m for f in doc.footnotes for m in f.markers)]
    return sorted((m.line, m.claim.text) for m in found if m.claim is not None)


@pytest.mark.parametrize("name", ["survey.txt", "survey.pdf.txt"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LAYOUT_TABLE,
            {
                8: "Osprey(Lind, 2012",
                9: "Kite(Amos, 2014",
                10: "Kestrel(Oduya & Marsh, 2017",
            },
        ),
        (_CELL_TABLE, {9: "Osprey(Lind, 2012", 11: "Kite(Amos, 2014"}),
        (_NUMERIC_TABLE, {7: "Osprey           wet", 8: "Kite             dry"}),
    ],
)
def test_row_claims(name: str, text: str, expected: dict[int, str]) -> None:
    claims = dict(_claims(text, name))
    for line, claim in expected.items():
        assert claims.get(line) == claim, claims
    assert not any("Habitat" in c or "Species" in c for c in claims.values()), claims


def test_pdftotext_pages_table() -> None:
    """A form-feed separated pdftotext file: a table on the second page."""
    page1 = (
        "Fen Birds\n\nOspreys returned to the fens in the 1990s [1]. Their numbers have\n"
        "grown every year since then, as the survey of 2014 shows [2].\n\n1\n"
    )
    page2 = (
        "Species          Habitat    Source\n"
        "Osprey           wet        [1]\n"
        "Kite             dry        [2]\n\n"
        "References\n\n"
        "[1] P. Lind, Ospreys of the Wet Fens. Fenland Press, 2012.\n"
        '[2] R. Amos, "Kites over dry valleys," J. Raptor Stud., vol. 12, pp. 45-60, 2014.\n'
        "\n2\n"
    )
    claims = _claims(page1 + "\f" + page2, "fen.txt")
    rows = [c for _, c in claims if c.startswith(("Osprey ", "Kite "))]
    assert rows and all("Species" not in c and "\n" not in c for c in rows), claims
    assert any(c.startswith("Kite") and "Osprey" not in c for c in rows), claims
