"""Fix 45t: an example shown inside a Markdown footnote (an indented code block in it, a
fenced block) is no text of the note: a discursive note citing nothing gets no title or
year from its example, and a note that cites keeps its citation's fields.  Texts written
for this test."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.readers.mdcode import indented_code, prose_lines

DISCURSIVE = {
    "indented-example": (
        "Names need care.[^1]\n\n"
        "[^1]: A line opening with an initial may be taken for a list, as in\n\n"
        '        B. Ward wrote "Ships of the North" in 1961.\n\n'
        "    so the writer adds a second space.\n"
    ),
    "two-indented-examples": (
        "Dates need care.[^n]\n\n"
        "[^n]: The parser looks at the start of each line, like\n\n"
        "        (R) 2004 Tom Reed\n\n"
        "    or\n\n"
        '        K. Lund, "Winter Roads".\n\n'
        "    and leaves both alone.\n"
    ),
    "fenced-example": (
        "Quotes need care.[^q]\n\n"
        "[^q]: The converter keeps straight quotes, for example\n\n"
        "    ```\n"
        '    J. Holm, "Field Notes on Moss" (Oslo, 1987).\n'
        "    ```\n\n"
        "    is left as it is.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(DISCURSIVE))
def test_an_example_in_a_note_gives_it_no_fields(name: str) -> None:
    doc = parse_bytes(DISCURSIVE[name].encode(), "notes.md")
    (note,) = doc.footnotes
    ref = note.reference
    assert ref.title is None and ref.year is None, ref
    assert ref.kind is RefKind.COMMENTARY


CITING = {
    "citation-then-example": (
        "Ships were small.[^1]\n\n"
        "[^1]: Ann Holt, *Ships of the Dales* (Leeds: Loom, 1970), 12. She shows a log:\n\n"
        "        (C) 1999 Tom Reed\n",
        "Ships of the Dales",
        1970,
    ),
    "example-then-citation": (
        "Ships were small.[^1]\n\n"
        "[^1]: Ann Holt, *Ships of the Dales* (Leeds: Loom, 1970), 12, with a log\n\n"
        '        K. Lund, "Winter Roads" (Oslo, 1931).\n\n'
        "    in its appendix.\n",
        "Ships of the Dales",
        1970,
    ),
}


@pytest.mark.parametrize("name", sorted(CITING))
def test_a_citing_note_keeps_its_fields(name: str) -> None:
    text, title, year = CITING[name]
    doc = parse_bytes(text.encode(), "notes.md")
    (note,) = doc.footnotes
    assert note.reference.title == title and note.reference.year == year


def test_a_further_paragraph_stays_in_the_note() -> None:
    text = (
        "Ships were small.[^1]\n\n[^1]: Sizes varied.\n\n"
        "    Ann Holt, *Ships of the Dales* (Leeds: Loom, 1970), 12.\n"
    )
    (note,) = parse_bytes(text.encode(), "notes.md").footnotes
    assert "Ships of the Dales" in note.reference.raw
    assert note.reference.end_line == 5


LINES = [
    "[^1]: Text",  # 0
    "",
    "        code line",  # 2: indented code
    "",
    "    more prose",  # 4
    "    ```",  # 5: fence
    "    fenced",  # 6
    "    ```",  # 7
    "    last prose",  # 8
]


def test_prose_lines_leave_out_code_and_fences() -> None:
    code = indented_code(LINES)
    assert prose_lines(LINES, 1, len(LINES), code) == [4, 8]
