"""PDF-to-text of a two-column page whose columns the converter interleaved line by
line: the second column's markers stand among the first's, out of reading order.  They
are still tied to their notes, the order of the markers is not checked (it is the
converter's, not the author's), and an anomaly says so.  The other column's text
inside an unnumbered reference list is no entry's."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers.pdftext import read

FF = "\f"
HEAD = "Ferry Tolls\n\nWorking Paper 4\n\n"
NOTES = (
    "1 Harbour Board, Annual Report 1911, p. 3.\n"
    "2 Ferry Act 1890, s. 4.\n"
    "3 Port Ledger, vol. 2, f. 17.\n"
    "4 Town Council minutes, 3 May 1902.\n"
    "5 The tariff of 1904 is lost; we use the copy of 1906.\n"
    "6 Shipping Gazette, 12 June 1907, p. 2.\n"
)


def _document(body: str) -> str:
    return f"{HEAD}{body}\n{NOTES}\n1\n{FF}Ferry Tolls\n\nThe end of the paper.\n\n2\n{FF}"


INTERLEAVED = _document(
    "for every crossing after the flood.5 The clerks\n"
    "Tolls on the river ferries were set by the kept two ledgers, one for each bank.6\n"
    "Harbour Board each spring.1 The Ferry Act\n"
    "gave it the power to do so.2 Ledgers survive\n"
    "for most years,3 and the Council approved each\n"
    "new tariff.4 Fares rose slowly."
)
IN_ORDER = _document(
    "Tolls on the river ferries were set by the\n"
    "Harbour Board each spring.1 The Ferry Act\n"
    "gave it the power to do so.2 Ledgers survive\n"
    "for most years,3 and the Council approved each\n"
    "new tariff.4 Fares rose slowly\n"
    "for every crossing after the flood.5 The clerks\n"
    "kept two ledgers, one for each bank.6"
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            INTERLEAVED,
            [("1", 7), ("2", 8), ("3", 9), ("4", 10), ("5", 5), ("6", 6)],
            id="interleaved",
        ),
        pytest.param(
            IN_ORDER,
            [("1", 6), ("2", 7), ("3", 8), ("4", 9), ("5", 10), ("6", 11)],
            id="in-order",
        ),
    ],
)
def test_every_note_gets_its_marker(text: str, want: list[tuple[str, int]]) -> None:
    assert sorted((m.label, m.line) for m in read(text).markers) == want


def test_order_of_interleaved_markers_is_not_reported() -> None:
    doc = parse_bytes(INTERLEAVED.encode(), "paper.txt")
    codes = [a.code for a in doc.all_anomalies()]
    assert AnomalyCode.NUMBERING_OUT_OF_ORDER not in codes
    assert AnomalyCode.DEFINITION_WITHOUT_MARKER not in codes
    said = [a for a in doc.all_anomalies() if "interleaved" in a.message]
    assert [a.line for a in said] == [5]
    assert "5, 6" in said[0].message


def test_in_order_document_says_nothing_of_interleaving() -> None:
    doc = parse_bytes(IN_ORDER.encode(), "paper.txt")
    assert not [a for a in doc.all_anomalies() if "interleaved" in a.message]


def test_a_number_twice_out_of_order_is_not_guessed() -> None:
    # two candidates "…1904.5" and "…bank.5": neither is taken for note 5
    text = INTERLEAVED.replace("bank.6", "bank.5")
    labels = [m.label for m in read(text).markers]
    assert "5" not in labels


REFERENCES = (
    "Tolls on ferries rose.1 Fares followed.2\n"
    "1 Harbour Board, Annual Report 1911, p. 3.\n"
    "2 Ferry Act 1890, s. 4.\n\n1\n"
    f"{FF}References\n"
    "Adams, J. (1990). River Crossings. London: Dock Press.\n"
    "Baker, L. (2001). Ferries and their tolls. Transport History 12(2), 44–61.\n"
    "\n{heading}\n\n"
    "{after}\n\n2\n"
    f"{FF}Carter, M. and P. Dunn (2010). Ledgers of the river. Port Studies 3, 1–20.\n"
    "Evans, R. (2015). Ferry Acts. Oxford: Quay Books.\n\n3\n"
)


@pytest.mark.parametrize(
    ("heading", "after", "titles"),
    [
        pytest.param(
            "Data and sources",
            "The ledgers of both banks were read in full,\nand the column's text goes on here",
            ["Adams", "Baker", "Carter", "Evans"],
            id="other-column-text",
        ),
        pytest.param(
            "Secondary works",
            "Dunn, P. (2012). Tolls on the river in the\nnineteenth century. Leeds: Mill Press.",
            ["Adams", "Baker", "Dunn", "Carter", "Evans"],
            id="sub-heading-of-the-list",
        ),
    ],
)
def test_other_column_text_in_the_list_is_no_entry(
    heading: str, after: str, titles: list[str]
) -> None:
    doc = read(REFERENCES.format(heading=heading, after=after))
    assert [e.text.split(",")[0] for e in doc.literature] == titles
    assert not any("column's text" in e.text for e in doc.literature)
