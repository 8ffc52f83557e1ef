"""fix71e: two-column ``pdftotext -layout`` pages whose gutter is narrow.

``-layout`` sets the right column at one position on every line; a justified left
column's full lines end one to three spaces before it, a paragraph's last line further
off.  The page is read column by column (the gutter found where it narrows to a single
space), citations and entries reported at their lines, and footnotes at the foot of
each column read in order with their markers.  Fixtures are made up.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers import pdftext
from bibcheck.readers.columns import reading_order


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return [*lines, current]


def _justify(line: str, target: int) -> str:
    words = line.split()
    need = target - len(line)
    if len(words) < 2 or need <= 0:
        return line
    gaps = len(words) - 1
    out = words[0]
    for k, word in enumerate(words[1:]):
        out += " " * (1 + need // gaps + (1 if k < need % gaps else 0)) + word
    return out


def _column(paragraphs: list[str], width: int, spread: tuple[int, ...]) -> list[str]:
    """Paragraphs justified to ``width`` + one of ``spread`` (the converter's rounding),
    each paragraph's last line ragged; "" keeps a blank line; a note ("3 …") hangs."""
    out: list[str] = []
    cycle = itertools.cycle(spread)
    for text in paragraphs:
        if not text:
            out.append("")
            continue
        if text[0].isdigit() or text.startswith("["):  # a note or an entry: hanging
            lines = _wrap(text, width - 4)
            out += [lines[0], *(f"    {line}" for line in lines[1:])]
            continue
        lines = _wrap(text, width - 1)
        out += [_justify(line, width + next(cycle)) for line in lines[:-1]] + lines[-1:]
    return out


def _page(left: list[str], right: list[str], start: int) -> list[str]:
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    return [(a.ljust(start) + b).rstrip() for a, b in zip(left, right, strict=True)]


_GRAIN_LEFT = [
    "Grain stores in the river valleys were built of mud brick and raised on low stone "
    "footings to keep the damp out [1]. The oldest ones known date from the late third "
    "millennium and were found in the lower town [2].",
    "Later stores were larger and had vaulted roofs, which needed timber for the "
    "centring and skilled builders to set the bricks at the right angle [3]. Their "
    "floors were often plastered with lime to keep out rodents, a practice that spread "
    "along the valley within two centuries.",
]
_GRAIN_RIGHT = [
    "The excavated stores fall into three groups by size and by the shape of their "
    "plans, and each group has its own distribution along the river [4]. Small round "
    "stores are found in almost every village of the period.",
    "Large rectangular stores stand only at the main towns, and their capacity exceeds "
    "the needs of a single household by far [5]. They were probably run by the town "
    "itself, as the sealings found in their doorways suggest [2], though private owners "
    "cannot be ruled out for the smaller ones of the group.",
]
_GRAIN_LIST_LEFT = [
    "We conclude that the stores grew with the towns that built them, and that the "
    "largest were public works from the start [6].",
    "",
    "References",
    "[1] A. Okafor and P. Lindqvist, Mud brick granaries of the lower valley, Journal "
    "of Field Archaeology 12 (1998) 45-67.",
    "[2] R. Haddad, Sealings and storage in early towns, Antiquity Studies 30 (2004) 201-219.",
    "[3] M. Brandt, Vaulting without centring in brick architecture, Building History 7 "
    "(2011) 12-30.",
]
_GRAIN_LIST_RIGHT = [
    "[4] K. Tanaka and L. Vogt, A typology of granary plans in the river valleys, "
    "Oxford: Clay Press, 2009.",
    "[5] S. Ruiz, Capacity and population in the early towns of the valley, Near "
    "Eastern Review 41 (2015) 77-98.",
    "[6] T. Soto, Public works and the growth of towns, Cambridge: Field Books, 2018.",
]
_FERRY_LEFT = [
    "Ferries across the estuary ran from the twelfth century on, first as a private "
    "right held by the abbey and later as a licence granted by the town council to "
    "the highest bidder at the yearly auction held in the spring.",
    "The boats were small and open, and in winter the crossing was often stopped for "
    "days at a time when the wind blew from the east against the ebbing tide.",
]
_FERRY_RIGHT = [
    "Tolls were set by the council and posted at both landings, with lower rates for "
    "townsmen than for strangers, and with carts and cattle charged by the head.",
    "The accounts of the ferry survive for most years after the middle of the "
    "fifteenth century, and they show that the income rose steadily until the bridge "
    "was opened upstream and the traffic moved there within a decade.",
]


def _lines_of(paragraphs: list[str], width: int, spread: tuple[int, ...]) -> list[str]:
    return [line.strip() for line in _column(paragraphs, width, spread) if line.strip()]


@pytest.mark.parametrize(
    ("left", "right", "width", "spread"),
    [
        (_GRAIN_LEFT, _GRAIN_RIGHT, 44, (1, 0, -1, 1, 1, 0)),  # gaps of 1, 2 and 3 spaces
        (_FERRY_LEFT, _FERRY_RIGHT, 40, (1, 1, 0, 1)),  # mostly a single space
        (_FERRY_RIGHT, _GRAIN_LEFT, 48, (0, 1, -1)),
        (_GRAIN_LIST_LEFT, _GRAIN_LIST_RIGHT, 44, (1, 0, -1)),  # entries beside text
    ],
    ids=["grain-1to3", "ferry-mostly-1", "mixed-48", "list-page"],
)
def test_narrow_gutter_page_read_column_by_column(
    left: list[str], right: list[str], width: int, spread: tuple[int, ...]
) -> None:
    page = _page(_column(left, width, spread), _column(right, width, spread), width + 2)
    assert any(line[width + 1 : width + 2] == " " and line[width] != " " for line in page)
    rows = reading_order(page, [0] * len(page))
    texts = [row.text.strip() for row in rows if row.text.strip()]
    assert texts == _lines_of(left, width, spread) + _lines_of(right, width, spread)


def test_single_column_justified_prose_is_not_cut() -> None:
    """(guard, passes on main) a page of justified prose across the full width has no
    blank column: nothing is cut."""
    page = _column(_GRAIN_LEFT + _FERRY_LEFT + _GRAIN_RIGHT, 88, (1, 0, -1))
    rows = reading_order(page, [0] * len(page))
    assert [row.text for row in rows] == page


def _paper() -> str:
    page1 = _page(
        _column(_GRAIN_LEFT, 44, (1, 0, -1, 1, 1, 0)),
        _column(_GRAIN_RIGHT, 44, (1, 0, -1, 1, 1, 0)),
        46,
    )
    page2 = _page(
        _column(_GRAIN_LIST_LEFT, 44, (1, 0, -1)),
        _column(_GRAIN_LIST_RIGHT, 44, (1, 0, -1)),
        46,
    )
    head = "Grain Stores of the River Valleys".rjust(60)
    return (
        "\n".join([head, "", *page1, "", "1".rjust(46)])
        + "\n\f"
        + "\n".join([head, "", *page2, "", "2".rjust(46)])
        + "\n\f"
    )


def _line_of(text: str, needle: str) -> int:
    for n, line in enumerate(text.split("\n"), 1):
        if needle in line:
            return n
    raise AssertionError(needle)


def test_numbered_list_in_narrow_columns_reads_every_entry(tmp_path: Path) -> None:
    text = _paper()
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(str(path))
    entries = [(e.number, e.line) for e in doc.literature]
    assert entries == [
        (1, _line_of(text, "[1] A. Okafor")),
        (2, _line_of(text, "[2] R. Haddad")),
        (3, _line_of(text, "[3] M. Brandt")),
        (4, _line_of(text, "[4] K. Tanaka")),
        (5, _line_of(text, "[5] S. Ruiz")),
        (6, _line_of(text, "[6] T. Soto")),
    ]
    # the entry beside the left column's last full line is whole
    assert doc.literature[3].reference.raw.startswith("K. Tanaka and L. Vogt, A typology")


_STORE_LEFT = [
    "The river towns kept their grain in public stores from an early date, as the "
    "sealings found at the doorways show.1 The stores were built of mud brick on stone "
    "footings and were often rebuilt on the same plan after a flood had damaged them.",
    "The oldest stores known date from the late third millennium and stand in the "
    "lower town, close to the quay where the boats were unloaded.2 Their floors were "
    "plastered with lime against rodents.",
    "",
    "1 On the sealings see the survey of the lower town published after the third season.",
    "2 The quay was found in the second season of work.",
]
_STORE_RIGHT = [
    "Later stores were larger and had vaulted roofs, which needed timber for the "
    "centring and skilled builders to set the bricks.3 Such builders were few, and the "
    "towns competed for their services over several generations.",
    "Large rectangular stores are found only at the main towns, and their capacity "
    "exceeds the needs of any single household by far.4 They were probably run by the "
    "town council itself.",
    "",
    "3 Timber had to be brought down the river from the hills.",
    "4 The capacity is estimated from the floor area and the height of the walls.",
]
_TALLY = [
    "The council of each town kept the keys to its stores and met there once a year to "
    "count the grain that was left over from the harvest before the flood came again."
] * 3
_SCRIBES = [
    "Counting was done by scribes, who wrote the totals on clay tablets that were kept "
    "in the store itself, beside the jars and the sealed sacks of barley and wheat."
] * 3


def _footnoted(left: list[str], right: list[str], start: int) -> str:
    head = "Stores of the River Towns".rjust(60)
    width = start - 2
    page1 = _page(_column(left, width, (1, 0, -1)), _column(right, width, (1, 0, -1)), start)
    page2 = _page(_column(_TALLY, width, (1, 0, -1)), _column(_SCRIBES, width, (1, 0, -1)), start)
    return (
        "\n".join([head, "", *page1, "", "12".rjust(start)])
        + "\n\f"
        + "\n".join([head, "", *page2, "", "13".rjust(start)])
        + "\n\f"
    )


@pytest.mark.parametrize(
    ("left", "right", "start", "markers"),
    [
        (
            _STORE_LEFT,
            _STORE_RIGHT,
            46,
            [("1", "show.1"), ("2", "unloaded.2"), ("3", "bricks.3"), ("4", "far.4")],
        ),
        (
            _STORE_LEFT,
            _STORE_RIGHT,
            50,
            [("1", "show.1"), ("2", "unloaded.2"), ("3", "bricks.3"), ("4", "far.4")],
        ),
    ],
    ids=["width-44", "width-48"],
)
def test_footnotes_of_both_columns_read_in_order(
    left: list[str], right: list[str], start: int, markers: list[tuple[str, str]]
) -> None:
    text = _footnoted(left, right, start)
    doc = pdftext.read(text)
    assert [(m.label, m.line) for m in doc.markers] == [
        (label, _line_of(text, needle)) for label, needle in markers
    ]
    notes = {n.label: " ".join(n.text.split()) for n in doc.footnotes}
    assert notes["2"] == "The quay was found in the second season of work."
    assert notes["3"] == "Timber had to be brought down the river from the hills."
    assert "Later stores" not in notes["2"]
