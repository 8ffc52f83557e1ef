"""PDF-to-text: the first note number of a page glued to the page's last body word (the
converter joined ``ar-`` / ``chives`` with the ``1`` below it) on a line that also holds a
marker of the body: that marker stands above the notes, not inside them, so the page's
notes are read from that line (and a note number printed out of place is put back)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers.pdftext import read

FF = "\f"
TAIL = f"\n7\n{FF}ARCHIVE NOTES\n\nchives in a fire.4 Nothing was saved.\n4 Ibid., f. 12.\n\n8\n"

PLAIN = (
    "ARCHIVE NOTES\n\n"
    "The harbour kept two ledgers.1 The clerks copied them\n"
    "each spring,2 and the board read them.3 Then a fire took the ar1\n"
    "Harbour Board, Ledger A, f. 3.\n"
    "2 Ibid., f. 9.\n"
    "3 Town Council minutes, 4 May 1901.\n" + TAIL
)
OUT_OF_PLACE = (
    "ARCHIVE NOTES\n\n"
    "The harbour kept two ledgers.1 The clerks copied them\n"
    "each spring,2 and the board read them.3 Then a fire took the ar1\n"
    "Harbour Board, Ledger A, f. 3.\n"
    "Ibid., f. 9.\n"
    "3\n"
    "Town Council minutes, 4 May 1901.\n"
    "2\n" + TAIL
)


NOTES = [
    ("1", "Harbour Board, Ledger A, f. 3."),
    ("2", "Ibid., f. 9."),
    ("3", "Town Council minutes, 4 May 1901."),
    ("4", "Ibid., f. 12."),
]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        pytest.param(PLAIN, 12, id="numbers-in-place"),
        pytest.param(OUT_OF_PLACE, 14, id="number-out-of-place"),
    ],
)
def test_notes_read_from_the_glued_line(text: str, last: int) -> None:
    doc = read(text)
    assert [(n.label, n.text) for n in doc.footnotes] == NOTES
    assert sorted((m.label, m.line) for m in doc.markers) == [
        ("1", 3),
        ("2", 4),
        ("3", 4),
        ("4", last),
    ]


def test_no_numbering_findings() -> None:
    doc = parse_bytes(OUT_OF_PLACE.encode(), "paper.txt")
    numbering = {
        AnomalyCode.NUMBERING_GAP,
        AnomalyCode.MARKER_WITHOUT_DEFINITION,
        AnomalyCode.DEFINITION_WITHOUT_MARKER,
    }
    assert not [a for a in doc.all_anomalies() if a.code in numbering]
