"""Two-column ``pdftotext -layout`` text read column by column (fix62m).

``-layout`` sets a two-column page's columns side by side on each line; the pdf-text
reader reads such pages left column then right, page by page, and reports every
citation and entry at its line in the file as written.  Fixtures are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.columns import Row
from bibcheck.readers.columntext import column_text
from bibcheck.readers.pdftext import entry_start, in_columns

_WIDTH = 50  # the left column's width, gutter included


def _page(left: list[str], right: list[str]) -> list[str]:
    """Two columns side by side, as ``pdftotext -layout`` sets them."""
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    return [(a.ljust(_WIDTH) + b).rstrip() for a, b in zip(left, right, strict=True)]


_PAGE1_LEFT = [
    "1  Introduction",
    "Coastal wetlands store carbon at rates well",
    "above those of inland forests (Okafor and",
    "Lindqvist, 2006). Their loss releases it again,",
    "and the rate of that loss has been measured in",
    "several regions over the last decades (Marsh",
    "et al., 2011). Restoration can recover part of",
    "the store within a few decades, but not all.",
    "We ask how fast the recovery is in practice.",
]
_PAGE1_RIGHT = [
    "sediment cores taken along each transect. The",
    "method follows earlier surveys of the same",
    "sites (Okafor and Lindqvist, 2006) with a finer",
    "sampling grid and more cores per plot in the",
    "lower marsh. Tidal range was logged at every",
    "site for a full year before sampling, as in",
    "Tanaka (2019), so that flooding time could be",
    "compared between restored and natural plots.",
    "All cores were dated by lead isotopes.",
]
_PAGE2_LEFT = [
    "Recovery was fastest in the lower marsh, as",
    "earlier work suggested (Marsh et al., 2011),",
    "and slowest where tidal range was small, in",
    "line with Tanaka (2019). Burial rates reached",
    "those of natural plots after about two decades.",
    "",
    "References",
    "Ngozi Okafor and Per Lindqvist. 2006. Carbon",
    "   burial in tidal marshes. Estuarine Studies,",
    "   12(3):45-60.",
]
_PAGE2_RIGHT = [
    "Rosa Marsh, Ida Berg, and Tom Hale. 2011.",
    "   Wetland loss in three estuaries. Journal of",
    "   Coastal Research, 27(2):301-318.",
    "Kenji Tanaka. 2019. Tidal range and marsh",
    "   accretion. Marine Geology, 410:1-12.",
    "Lena Vogt and Omar Haddad. 2015. Salt marsh",
    "   recovery after managed realignment. Ocean",
    "   and Coastal Management, 98:20-31.",
]


def _two_column_text() -> str:
    page1 = _page(_PAGE1_LEFT, _PAGE1_RIGHT)
    page2 = _page(_PAGE2_LEFT, _PAGE2_RIGHT)
    return "\n".join([*page1, "", "1".rjust(_WIDTH)]) + "\n\f" + "\n".join(page2) + "\n"


def _line_of(text: str, needle: str) -> int:
    """The 1-based line of ``text`` that holds ``needle``."""
    for n, line in enumerate(text.split("\n"), 1):
        if needle in line:
            return n
    raise AssertionError(needle)


@pytest.mark.parametrize(
    ("rows", "pages", "expected", "source"),
    [
        # no line cut in two: nothing to rewrite
        ([Row(0, "a"), Row(1, "b")], [0, 0], None, None),
        # one line cut: its left part, then its right part; line numbers 1-based
        ([Row(0, "a"), Row(1, "b"), Row(0, "c")], [0, 0], "a\nb\nc", (1, 2, 1)),
        # a page break kept before the next page's first row
        ([Row(0, "a"), Row(0, "b"), Row(1, "c")], [0, 1], "a\nb\n\fc", (1, 1, 2)),
        # two pages on: two form feeds
        ([Row(0, "a"), Row(0, "b"), Row(1, "c")], [0, 2], "a\nb\n\f\fc", (1, 1, 2)),
    ],
)
def test_column_text(
    rows: list[Row], pages: list[int], expected: str | None, source: tuple[int, ...] | None
) -> None:
    found = column_text(rows, pages)
    if expected is None:
        assert found is None
        return
    assert found is not None
    assert found.text == expected
    assert found.source == source


def test_where_maps_lines_back() -> None:
    found = column_text([Row(4, "a"), Row(4, "b"), Row(7, "c")], [0] * 8)
    assert found is not None
    assert [found.where(n) for n in (1, 2, 3)] == [5, 5, 8]
    assert found.where(9) == 9  # (past the end: left as it is)


@pytest.mark.parametrize(
    ("line", "starts"),
    [
        ("Ngozi Okafor and Per Lindqvist. 2006. Carbon", True),
        ("D. C. Liu and J. Nocedal. 1989. On the limited mem-", True),
        ("Rosa Marsh, Ida Berg, and Tom Hale. 2011.", True),
        ("Kenji Tanaka. 2019b. Tidal range and marsh", True),
        ("In the Model. 2008. we found", False),
        ("The results were good. 2008. Then", False),
        ("and the rate of that loss has been measured in", False),
    ],
)
def test_acl_entry_start(line: str, starts: bool) -> None:
    assert entry_start(line) is starts


def test_two_column_pages_read_in_column_order() -> None:
    text = _two_column_text()
    columns = in_columns(text)
    assert columns is not None
    lines = [line.strip() for line in columns.text.split("\n")]
    # the left column of page 1 first, then its right column
    assert lines[0] == "1  Introduction"
    assert lines.index("We ask how fast the recovery is in practice.") < lines.index(
        "sediment cores taken along each transect. The"
    )
    # each line is mapped to the line of the original it came from
    for n, line in enumerate(lines, 1):
        if line.strip():
            assert line.lstrip("\f") in text.split("\n")[columns.where(n) - 1]


def test_single_column_table_is_not_split() -> None:
    """An indented table's columns line up on every row, but most lines of the page are
    prose across the full width: no gutter, nothing cut."""
    prose = [
        "The survey covered eleven sites in three estuaries over two full years of",
        "sampling, with cores taken at each site in spring and autumn (Okafor, 2006).",
        "Table 1 lists the sites, their tidal range and the number of cores taken.",
    ]
    table = [
        "      Site          Range (m)     Cores     Restored",
        "      Alder Bank    2.1           14        yes",
        "      Briar Flat    1.4           12        no",
        "      Cole Marsh    3.0           16        yes",
        "      Dune Reach    2.6           10        no",
        "      Elm Creek     1.9           15        yes",
        "      Fen Point     2.2           11        no",
        "      Gull Spit     2.8           13        yes",
    ]
    more = [
        "Burial rates were highest where the tidal range was largest, and the restored",
        "sites matched the natural ones after about twenty years (Marsh et al., 2011).",
    ]
    page = [*prose, "", *table, "", *more, "", *prose]
    text = "\n".join(page) + "\n\f" + "\n".join(page) + "\n"
    assert in_columns(text) is None


def test_whole_document_keeps_original_lines(tmp_path: Path) -> None:
    text = _two_column_text()
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(str(path))
    assert doc.reader == "pdf-text"
    entries = [(e.number, e.line) for e in doc.literature]
    assert entries == [
        (1, _line_of(text, "Ngozi Okafor and Per Lindqvist. 2006.")),
        (2, _line_of(text, "Rosa Marsh, Ida Berg, and Tom Hale. 2011.")),
        (3, _line_of(text, "Kenji Tanaka. 2019. Tidal range")),
        (4, _line_of(text, "Lena Vogt and Omar Haddad. 2015.")),
    ]
    cited = sorted((m.line, f.number) for f in doc.footnotes for m in f.markers)
    assert cited == sorted(
        [
            (_line_of(text, "above those of inland forests (Okafor and"), 1),
            (_line_of(text, "sites (Okafor and Lindqvist, 2006)"), 1),
            (_line_of(text, "several regions over the last decades (Marsh"), 2),
            (_line_of(text, "earlier work suggested (Marsh et al., 2011),"), 2),
            (_line_of(text, "Tanaka (2019), so that flooding"), 3),
            (_line_of(text, "line with Tanaka (2019). Burial"), 3),
        ]
    )
