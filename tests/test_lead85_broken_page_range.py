"""A page range broken over a hand wrap in a plain-text list is no numbered item.

An author-date draft typed with a hanging indent breaks ``… Mill History 4 (2): 198-`` and
goes on ``  214. https://…`` on the next line: that ``214.`` is the range's end, not the
214th item of a numbered list.  Before, the plain-text reader took it for one, found no
``[n]`` citing it and refused the whole document (exit 2).  All examples are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.linewrap import range_continues
from bibcheck.readers.plaintext import listed_items


@pytest.mark.parametrize(
    ("line", "following", "continues"),
    [
        ("Cole, M. 1999. 'Roofs'. Mill History 4 (2): 198-", "  214. https://doi.org/x", True),
        ("Conservation 27 (3): 201-", "  19.", True),  # shortened: 201-19
        ("Studies 12: 1087–", "89.", True),  # an en dash, shortened to 1089
        ("Review 8: 45 -", "  62.", True),
        ("3. Brook, L. Stone Floors, pp. 212-", "1. Jones, A. Title.", False),  # 211 < 212
        ("Review 8: 45-", "  45. Same page", False),
        ("Press, 2001.", "  2. Jones, A. Title.", False),  # no range open
        ("https://example.org/a/198-", "214. text", False),  # an address, not a range
        ("ISBN 978-0-19-", "4. Jones", False),  # 14 < 19
    ],
)
def test_range_continues(line: str, following: str, continues: bool) -> None:
    assert range_continues(line, following) is continues


@pytest.mark.parametrize(
    ("lines", "items"),
    [
        # the range's end is no item
        (["Cole, M. 1999. Mill History 4 (2): 198-", "  214. https://doi.org/x"], []),
        # a numbered list whose entry wraps inside its range keeps its items
        (
            ["1. Cole M. Mill History 1999;4(2):198-", "   214.", "2. Abel K. The Mill."],
            ["1. Cole M. Mill History 1999;4(2):198-", "2. Abel K. The Mill."],
        ),
        # the list's next number after a line ending in a range is an item
        (
            ["3. Brook L. Floors, pp. 12-", "4. Jones A. Title."],
            ["3. Brook L. Floors, pp. 12-", "4. Jones A. Title."],
        ),
        (["1. A.", "2. B."], ["1. A.", "2. B."]),
    ],
)
def test_listed_items(lines: list[str], items: list[str]) -> None:
    assert listed_items(lines) == items


_DRAFT = """\
Mill Buildings of the West Riding

The fireproof mill spread after 1830 (Giles and Goodall 1992, 44). Its
floors were studied in detail by Fitzgerald (2021) and by Abel (2013).
Later surveys confirmed the type (Brook 2001; Cole 1999).

REFERENCES

Abel, K. 2013. The Mill and the Town. Leeds: Aire Press.
Brook, L. 2001. Stone Floors. York: Ouse.
Cole, M. 1999. 'Roofs of the worsted mills'. Mill History 4 (2): 198-
  214. https://doi.org/10.99999/mh.1999.4
Fitzgerald, R. 2021. 'Fireproof floors'. Journal of Architectural
  Conservation 27 (3): 201-19.
Giles, C., and I. H. Goodall. 1992. Yorkshire Textile Mills. London:
  HMSO.
"""


def test_author_date_draft_with_broken_range_is_read(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(_DRAFT, encoding="utf-8")
    document = parse_file(path)
    assert document.reader == "plain-text"
    entries = [(e.line, e.reference.title, e.reference.pages) for e in document.literature]
    assert entries == [
        (9, "The Mill and the Town", None),
        (10, "Stone Floors", None),
        (11, "Roofs of the worsted mills", "198-214"),
        (13, "Fireproof floors", "201-19"),
        (15, "Yorkshire Textile Mills", None),
    ]
    cited = sorted((f.line, f.label) for f in document.footnotes)
    assert cited == [(3, "5"), (4, "1"), (4, "4"), (5, "2"), (5, "3")]
