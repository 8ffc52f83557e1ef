"""PDF-to-text: note numbers the converter set apart from what they belong to.

* an author note's marker after a space at the end of the byline (``Ines Alvarado 1``):
  the superscript came out as a word of its own;
* the numbers of a page's first notes written as a block after the page's last note,
  their texts unnumbered above the first numbered note (the notes start the page or
  follow a float): the numbers are paired with the texts in order.

Numbers after a space elsewhere (``Table 2``, ``Part 1``, a sentence's ``in 1``) stay text.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.pdftext import read

FF = "\f"

BYLINE = (
    "HARBOUR DUES AND THE COURTS\n"
    "Ines Alvarado 1\n\n"
    "Port charges were long set by custom.2 The courts left them alone.3\n"
    "Since 1990 they have not.4\n"
    "1\n"
    "Lecturer in Law, Northgate University. My thanks to the editors.\n"
    "2\n"
    "R. Hale, The Law of Ports 12 (1999).\n"
    "3\n"
    "Id. at 14.\n"
    "4\n"
    "Port of Leith v. Dunn, 12 F.3d 40, 44 (1st Cir. 1993).\n"
)
BYLINE_TWO = (
    "Tidal Mills of the Severn\n"
    "Owen Price and Mari Jones 1\n\n"
    "The mills were first mapped in 1820.2 Few survive.3\n"
    "1 Both authors thank the county archive.\n"
    "2 County Record Office, Map Q/7.\n"
    "3 Ibid., sheet 4.\n"
)
HEADINGS = (
    "Harbour Dues Part 1\n\n"
    "Port charges were long set by custom.1 The courts left them alone.2\n"
    "1 R. Hale, The Law of Ports 12 (1999).\n"
    "2 Id. at 14.\n"
)

PAGE_ONE = (
    "DUES\n\n1\n\n"
    "The charge was fixed by the board.1 Owners paid it each quarter.2\n"
    "1\nHarbour Board, Minutes 4 (1901).\n"
    "2\nId. at 7.\n"
)
SET_APART = (
    PAGE_ONE + f"{FF}DUES\n\n2\n\n"
    "and wharfage was added in 1903.3 The rate then doubled.4\n"
    "Shipowners protested.5 The board did not yield.6\n"
    "Harbour Board, Minutes 12 (1903).\n"
    "Id. at 15; see also\n"
    "Leith Gazette, 3 May 1903.\n"
    "5\n"
    "Petition of Shipowners, 1903.\n"
    "6\n"
    "Harbour Board, Minutes 30 (1904).\n"
    "3\n"
    "4\n"
)
SET_APART_ONE = (
    PAGE_ONE + f"{FF}DUES\n\n2\n\n"
    "and wharfage was added in 1903.3 The rate then doubled.4\n"
    "Harbour Board, Minutes 12 (1903).\n"
    "4\n"
    "Id. at 15.\n"
    "3\n"
)


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        pytest.param(BYLINE, [("1", 2), ("2", 4), ("3", 4), ("4", 5)], id="byline"),
        pytest.param(BYLINE_TWO, [("1", 2), ("2", 4), ("3", 4)], id="byline-two-authors"),
        pytest.param(HEADINGS, [("1", 3), ("2", 3)], id="heading-number-is-text"),
    ],
)
def test_spaced_author_marker(text: str, markers: list[tuple[str, int]]) -> None:
    doc = read(text)
    assert sorted((m.label, m.line) for m in doc.markers) == sorted(markers)
    assert [n.label for n in doc.footnotes] == [label for label, _ in markers]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            SET_APART,
            [
                ("3", "Harbour Board, Minutes 12 (1903)."),
                ("4", "Id. at 15; see also\nLeith Gazette, 3 May 1903."),
                ("5", "Petition of Shipowners, 1903."),
                ("6", "Harbour Board, Minutes 30 (1904)."),
            ],
            id="two-numbers-apart",
        ),
        pytest.param(
            SET_APART_ONE,
            [("3", "Harbour Board, Minutes 12 (1903)."), ("4", "Id. at 15.")],
            id="one-number-apart",
        ),
    ],
)
def test_numbers_paired_with_texts(text: str, want: list[tuple[str, str]]) -> None:
    doc = read(text)
    assert [(n.label, n.text) for n in doc.footnotes][2:] == want
    assert [m.label for m in doc.markers] == ["1", "2", *[label for label, _ in want]]
    assert all("Minutes" not in b.text for b in doc.blocks)
