"""Two-column pages of ``pdftotext -layout`` output read column by column."""

from __future__ import annotations

import pytest

from bibcheck.readers.columns import reading_order

LEFT = [
    "Harbour dues were first levied",
    "on coal in 1700 [1]. They rose",
    "when the quays were rebuilt [2].",
    "",
    "2   Method",
    "We read the ledgers of the port",
    "for every year from 1700 [3].",
    "Dues on timber came later [4],",
    "and on grain after 1760.",
]
RIGHT = [
    "References",
    "[1] A. Reed, Coal and Quays,",
    "    Hull: Port Press, 1999.",
    "[2] B. Marsh, Docks. London:",
    "    Tide Books, 2010.",
    "[3] C. Dock, Ledgers, 2001.",
    "[4] D. Wood, Timber and Tolls,",
    "    York: Minster, 2005.",
    "",
]


def side_by_side(left: list[str], right: list[str], gap: int = 6) -> list[str]:
    width = max(len(line) for line in left) + gap
    return [f"{a:<{width}}{b}".rstrip() for a, b in zip(left, right, strict=True)]


def texts(lines: list[str], whole: set[int] | None = None) -> list[tuple[int, str]]:
    rows = reading_order(lines, [0] * len(lines), whole or set())
    return [(r.index, r.text) for r in rows if r.text.strip()]


def test_two_columns_are_read_one_after_the_other() -> None:
    lines = ["          Coal Dues in a Small Port", "", *side_by_side(LEFT, RIGHT)]
    got = texts(lines)
    assert got[0] == (0, "          Coal Dues in a Small Port")  # spans the gutter: first
    assert [t for _, t in got[1:]] == [*(t for t in LEFT if t), *(t for t in RIGHT if t)]
    assert got[1 + len([t for t in LEFT if t])] == (2, "References")  # each keeps its line


def test_a_page_number_below_the_columns_is_kept_whole() -> None:
    lines = [*side_by_side(LEFT, RIGHT), "", "                      14"]
    got = texts(lines, whole={len(lines) - 1})
    assert got[-1] == (len(lines) - 1, "                      14")


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(LEFT + RIGHT, id="one-column"),
        pytest.param(
            [f"{'word ' * 12}and a table cell    12.5" for _ in range(8)], id="table-column"
        ),
        pytest.param(side_by_side(LEFT[:3], RIGHT[:3]), id="too-few-lines"),
        pytest.param(
            [
                f"Port of {name:<20}{tons:>12} tonnes    {year}"
                for name, tons, year in [
                    ("Hull", "1,200", 1901),
                    ("Goole", "800", 1902),
                    ("Leith", "2,100", 1903),
                    ("Blyth", "950", 1904),
                    ("Whitby", "400", 1905),
                    ("Wick", "300", 1906),
                    ("Ayr", "700", 1907),
                    ("Troon", "650", 1908),
                ]
            ],
            id="table-in-the-middle",
        ),  # fmt: skip
    ],
)
def test_pages_that_are_not_two_columns_are_left_alone(lines: list[str]) -> None:
    rows = reading_order(lines, [0] * len(lines))
    assert [r.text for r in rows] == lines


def test_hanging_indents_of_the_right_column_are_kept() -> None:
    got = dict(texts(side_by_side(LEFT, RIGHT)))
    assert got[2] == "    Hull: Port Press, 1999."
    assert got[1].startswith("[1]")


# A ragged -layout page: where a left line is short the converter pulled the right
# column's text up to it, one space apart (None: the two sides stand at their columns).
RAGGED_PAIRS = [
    ("The tide gauge at the north pier was read", "counted the barrels landed in", None),
    ("every hour from 1820, and the readings were", "1822 and 1823 [2]; the", None),
    ("copied into the harbour book [1]. The gauge was", "ledger gives their owners.", None),
    ("moved in 1841 when the pier was rebuilt and the", "Later harbour works", " "),
    ("first ledger of the dues office, which also", "[0004] The breakwater of 1850", None),
    ("settled the quarrels of the fishermen, was lost", "[3] Finch, A., Piers and Tolls,", " "),
    ("in the fire of 1865. A copy kept at the old", "Hull: Port Press, 1999.", " "),
    ("customs house survives. Its clerks wrote in a", "[4] Gale, B., Harbour Dues,", None),
    ("tidy hand and ruled their columns with the ex-", "tra care that a dispute needed", " "),
    ("pected care of men paid by the page.", "London: Tide Books, 2010.", None),
]
RAGGED = [f"{a} {b}" if glue else f"{a:<50}{b}" for a, b, glue in RAGGED_PAIRS]


def test_a_ragged_page_is_cut_where_the_columns_meet() -> None:
    got = texts(RAGGED)
    assert [t.strip() for _, t in got] == [
        *(a for a, _, _ in RAGGED_PAIRS),
        *(b for _, b, _ in RAGGED_PAIRS),
    ]
    assert [i for i, t in got if t.strip() == "[3] Finch, A., Piers and Tolls,"] == [5]


# The last page of a two-column paper: one column runs on far below the other, so
# fewer than a third of the page's lines have text on both sides; where the left column
# has a blank line (between paragraphs, around a heading) the right one stands alone.
BODY_END = [
    "the ledgers were kept by the clerks",
    "of the harbour board; they agree with",
    "the customs returns [2].",
    "",
    "5   Conclusion",
    "Dues on coal paid for the quays [1].",
    "",
    "References",
    "",
    " [1] A. Reed, “Coal and quays,” Port",
    "     History, vol. 3, pp. 1–9, 1999.",
    "",
    " [2] B. Marsh, Docks and Tolls. Lon-",
    "     don: Tide Books, 2010.",
    "",
    " [3] C. Dock, “Ledgers of the north",
    "     pier,” in Proc. Harbour Studies,",
    "     Hull, UK, 2001, pp. 11–20.",
    "",
    " [4] D. Wood, “Timber and tolls,” in",
    "     Proc. 4th Conf. Port Economics,",
    "     York, UK, 2005, pp. 3–8.",
    "",
    " [5] E. Gale, “Harbour dues in the",
    "     north,” Maritime Review, vol. 9,",
    "     no. 2, pp. 40–58, 2012.",
]
SHORT_RIGHT = [
    "York, UK, 2005, pp. 301–310.",
    "",
    "[6] F. Hale, “Piers,” in Proc. Coast,",
    "    Leith, UK, 2014, pp. 1–9.",
    "",
    "[7] G. Ross, “Quays and cranes of",
    "    the east coast,” Port History,",
    "    vol. 8, pp. 77–90, 2016.",
]


def uneven(left: list[str], right: list[str], gap: int = 10) -> list[str]:
    """Two columns side by side, the shorter padded with blank lines."""
    depth = max(len(left), len(right))
    width = max(len(line) for line in left) + gap
    rows = zip(
        [*left, *[""] * (depth - len(left))], [*right, *[""] * (depth - len(right))], strict=True
    )
    return [f"{a:<{width}}{b}".rstrip() for a, b in rows]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(BODY_END, SHORT_RIGHT, id="right-column-ends-early"),
        pytest.param(
            BODY_END, ["", "", *SHORT_RIGHT, "", *SHORT_RIGHT[2:5]], id="right-starts-lower"
        ),
        pytest.param(SHORT_RIGHT, BODY_END, id="left-column-ends-early"),
        pytest.param(
            [line for line in BODY_END if line],
            [*SHORT_RIGHT[:3], *[""] * 6, *SHORT_RIGHT[3:]],
            id="right-column-with-a-gap",
        ),
    ],
)
def test_a_page_whose_columns_end_apart_is_read_column_by_column(
    left: list[str], right: list[str]
) -> None:
    got = texts(uneven(left, right))
    assert [t.strip() for _, t in got] == [
        *(t.strip() for t in left if t),
        *(t.strip() for t in right if t),
    ]
