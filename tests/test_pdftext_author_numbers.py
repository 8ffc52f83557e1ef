"""PDF-to-text: numbers that look like glued markers but are not.

* affiliation numbers after the authors' names (``Rui Costa1 , Mei Lin2 , and Ana Reis1``):
  a number used twice, or out of order, on a line of names is no footnote marker, and the
  affiliation lines under it (``1`` / ``University of Minho``) are no notes;
* a decimal followed by more of the sentence (``TensorRT 8.5 [23]``, ``v2.7 and``) is a
  number, not note 7 after ``v2.``.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.pdftext import read

FF = "\f"

AFFILIATIONS = (
    "Low-Power Scheduling for Edge Inference\n"
    "Rui Costa1 , Mei Lin2 , and Ana Reis1\n"
    "1\n\nUniversity of Minho, Portugal\n\n"
    "2\n\nKyoto University, Japan\n\n"
    "Abstract\n\n"
    "We measure energy on three boards at batch size 8.1\n"
    "The governor is the default one.2 Results hold on all traces.\n\n"
    "1 Measured with the on-board power monitor.\n\n"
    "2 The schedutil governor of Linux 6.1.\n\n"
    "1\n"
    f"{FF}Results\n\nThe controller saves energy on every board.\n\n2\n"
)
ONE_AUTHOR_NOTE = (
    "Tidal Power and the Law\n"
    "Rui Costa1\n\n"
    "Tidal projects need a licence.2 Few are granted.3\n"
    "1 Lecturer, University of Minho.\n"
    "2 Marine Act 2009, s 3.\n"
    "3 Ibid., s 7.\n"
)
VERSION = (
    "Energy of Inference\n\n"
    "The boards run TensorRT\n"
    "8.5 [23] and the models come from the zoo.1 Each\n"
    "model was traced with PyTorch 2.7 and exported.2\n\n"
    "1 Model zoo of the vendor, release 3.\n"
    "2 Export settings are in the appendix.\n"
    f"{FF}The zoo gives the weights.\n\n"
    "5\n\n"
    "[23] NVIDIA, TensorRT Developer Guide, 2023.\n"
)


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        pytest.param(AFFILIATIONS, [("1", 13), ("2", 14)], id="affiliation-numbers"),
        pytest.param(ONE_AUTHOR_NOTE, [("1", 2), ("2", 4), ("3", 4)], id="author-note-kept"),
        pytest.param(VERSION, [("1", 4), ("2", 5)], id="version-number"),
    ],
)
def test_markers(text: str, markers: list[tuple[str, int]]) -> None:
    doc = read(text)
    assert sorted((m.label, m.line) for m in doc.markers) == markers
    assert [n.label for n in doc.footnotes] == [label for label, _ in markers]
    assert not any("University of Minho, Portugal" in n.text for n in doc.footnotes)
