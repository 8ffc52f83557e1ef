"""Line numbers are the file's lines as an editor numbers them: a form feed (every page of
PDF-to-text output starts with one), a vertical tab or a Unicode line separator inside a
line ends no line.  A reference list that was read is never reported unread because its
lines were counted differently."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.text import editor_lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("one", ["one"]),
        ("one\n", ["one"]),
        ("one\n\n", ["one", ""]),
        ("one\r\ntwo\rthree\n", ["one", "two", "three"]),
        ("page one\n\fpage two\n", ["page one", "\fpage two"]),
        ("a\x0bb\x1cc\x1dd\x1ee\x85f\u2028g\u2029h", ["a\x0bb\x1cc\x1dd\x1ee\x85f\u2028g\u2029h"]),
        ("\f\f\n", ["\f\f"]),
    ],
    ids=["empty", "one", "final-end", "blank-last", "crlf-cr", "form-feed", "separators",
         "only-feeds"],
)  # fmt: skip
def test_editor_lines(text: str, expected: list[str]) -> None:
    assert editor_lines(text) == expected


def _converted(pages: int, heading: str, entries: list[str]) -> str:
    """PDF-to-text output: a form feed between pages, a numbered list on the last page."""
    words = ["kettle", "harbour", "lantern", "orchard", "granite", "meadow", "copper"]
    out = []
    for p in range(1, pages + 1):
        lines = [f"Part {p}", ""]
        for k in range(4):
            sentence = " ".join(words[(p * 3 + k * 5 + j) % len(words)] for j in range(8 + k))
            cite = f" [{(p + k) % len(entries) + 1}]" if k == 1 else ""
            lines.append(sentence.capitalize() + cite + ".")
        lines += ["", str(p)]
        out.append("\n".join(lines) + "\n")
    listed = "\n\n".join(f"[{n}] {e}" for n, e in enumerate(entries, 1))
    out.append(f"{heading}\n\n{listed}\n\n{pages + 1}\n")
    return "\f".join(out) + "\f"


ENTRIES = [
    "Nora Field. Harbour lights at dusk. Last visited: 02/03/2021.",
    "Omar Reed. The copper kettle. Last visited: 02/03/2021.",
    "Lena Stone. Granite quarries. Last visited: 02/03/2021.",
]


@pytest.mark.parametrize(
    ("pages", "heading"),
    [(12, "Bibliografia"), (20, "References"), (9, "Literatur"), (15, "Bibliography")],
    ids=["it-12-pages", "en-20-pages", "de-9-pages", "en-15-pages"],
)
def test_read_list_on_a_late_page_is_not_reported_unread(
    tmp_path: Path, pages: int, heading: str
) -> None:
    path = tmp_path / "paper.txt"
    text = _converted(pages, heading, ENTRIES)
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    assert len(doc.literature) == 3
    total = text.count("\n")
    unread = [a for a in doc.all_anomalies() if a.code is AnomalyCode.UNREAD_REGION]
    assert not [a for a in unread if heading in a.message], unread
    assert all(a.line is None or a.line <= total for a in doc.all_anomalies())
    heading_line = editor_lines(text).index(f"\f{heading}") + 1
    assert [n.line for n in doc.literature] == [
        heading_line + 2,
        heading_line + 4,
        heading_line + 6,
    ]
