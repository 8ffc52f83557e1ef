"""AsciiDoc notes written by hand: ``^(1)^`` in the text, a list of notes at the end (fix65d, item 1).

A writer without ``footnote:[…]`` types each note's number as AsciiDoc superscript
(``^(1)^``, ``^[1]^``, ``^1^``) and lists the notes at the end (``(1): https://…``,
``[1] Author, Title…``, ``1. Author…``).  The markers and the notes are read; text that
numbers notes so with no list of them is said, never "no citations" in silence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.readers.adochandnotes import line_marks

_NOTES = {
    "paren_colon": (
        "(1): https://www.example.org/reports/delta-2019.html\n"
        "(2): Okafor, N. Rivers of the delta. Journal of Hydrology 12 (2018): 33-40.\n"
        "(3): Lindqvist, T. Harbour towns of the north. Oslo: Nordic Press, 1999.\n"
    ),
    "bracket": (
        "[1] Okafor, N. Rivers of the delta. Journal of Hydrology 12 (2018): 33-40.\n\n"
        "[2] Lindqvist, T. Harbour towns of the north. Oslo: Nordic Press, 1999.\n\n"
        "[3] https://www.example.org/reports/delta-2019.html\n"
    ),
    "numbered": (
        "1. Okafor, N. Rivers of the delta. Journal of Hydrology 12 (2018): 33-40.\n"
        "2. Lindqvist, T. Harbour towns of the north.\n   Oslo: Nordic Press, 1999.\n"
        "3. https://www.example.org/reports/delta-2019.html\n"
    ),
}


@pytest.mark.parametrize(
    ("marks", "notes", "heading"),
    [
        (("^(1)^", "^(2)^", "^(3)^"), "paren_colon", "== Notes"),
        (("^[1]^", "^[2]^", "^[3]^"), "bracket", "== References"),
        (("^1^", "^2^", "^3^"), "numbered", "== Notes"),
        (("^(1)^", "^(2)^", "^(3)^"), "numbered", "== Anmerkungen"),
        (("^[1]^", "^[2]^", "^[3]^"), "paren_colon", "== Notes"),
        (("^1^", "^2^", "^3^"), "bracket", "== Références"),
        (("^(1)^", "^(2)^", "^(3)^"), "paren_colon", ""),
    ],
)
def test_hand_notes_read(
    tmp_path: Path, marks: tuple[str, str, str], notes: str, heading: str
) -> None:
    text = (
        "= The sinking delta\nA. Writer\n\n== Introduction\n\n"
        f"The delta is sinking.{marks[0]} Its rivers carry less silt{marks[1]} than\n"
        f"they did a century ago, and the harbours silt up.{marks[2]}\n\n"
        + (f"{heading}\n\n" if heading else "")
        + _NOTES[notes]
    )
    path = tmp_path / "delta.adoc"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "asciidoc"
    notes_read = {fn.label: fn for fn in doc.footnotes}
    assert sorted(notes_read) == ["1", "2", "3"]
    assert [m.line for fn in doc.footnotes for m in fn.markers] == [6, 6, 7]
    raw = " ".join(fn.reference.raw for fn in doc.footnotes)
    assert "Rivers of the delta" in raw and "example.org" in raw
    assert not doc.literature  # (the list is the notes, not a second list of entries)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("warming.^(1)^ Next", [("1",)]),
        ("as shown^[2, 3]^ here", [("2", "3")]),
        ("as shown,^(4-6)^ here", [("4", "5", "6")]),
        ("Smith says so.^12^", [("12",)]),
    ],
)
def test_line_marks(line: str, found: list[tuple[str, ...]]) -> None:
    assert [labels for *_, labels in line_marks(line)] == found


@pytest.mark.parametrize("marks", [("^(1)^", "^(2)^"), ("^[1]^", "^[2]^"), ("^1^", "^2^")])
def test_markers_without_list_said(tmp_path: Path, marks: tuple[str, str]) -> None:
    path = tmp_path / "delta.adoc"
    path.write_text(
        "= The sinking delta\n:toc:\n\n== Introduction\n\n"
        f"The delta is sinking.{marks[0]} Its rivers carry less silt.{marks[1]}\n\n"
        "== Conclusion\n\nThe delta will keep sinking.\n\n"
        "NOTE: the notes are in a separate file.\n\n"
        "See <<Introduction>> and https://www.example.org/delta[the delta atlas].\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    unread = [a for a in doc.anomalies if a.code is AnomalyCode.UNREAD_REGION]
    assert any("written by hand" in a.message and a.line == 6 for a in unread)
