"""LaTeX's ``\\footnotetext`` prints a note without a marker: one that no
``\\footnotemark`` points at (a CV's legend, a title-page note) is unmarked on purpose,
never a definition without a marker; a ``\\footnotemark`` still pairs with its text."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.model import RawMarker, RawNote
from bibcheck.parse.numbering import check_numbering
from bibcheck.readers.latex import read

HEAD = "\\documentclass{article}\n\\begin{document}\n"
END = "\\end{document}\n"


@pytest.mark.parametrize(
    ("body", "unmarked", "codes"),
    [
        ("\\section{Papers}\n\\footnotetext{Starred: joint first authors.}\nText.\n", ["0"], []),
        (  # a mark and its text: paired, marked
            "Table\\footnotemark{} here.\n\\footnotetext{The table's source.}\n",
            [],
            [],
        ),
        (  # a legend after a real footnote: the counter's label, which has a marker
            "Text.\\footnote{A real note.}\n\\footnotetext[9]{Legend.}\n",
            ["9"],
            [],
        ),
        (  # a \footnote with no marker is impossible; \footnotemark with no text is missing
            "Here\\footnotemark{} and there.\n",
            [],
            [C.MARKER_WITHOUT_DEFINITION],
        ),
    ],
)
def test_footnotetext_without_marker(body: str, unmarked: list[str], codes: list[C]) -> None:
    raw = read(HEAD + body + END)
    assert [n.label for n in raw.footnotes if n.unmarked] == unmarked
    found = check_numbering(raw.markers, raw.footnotes, markers_reusable=raw.markers_reusable)
    assert [a.code for a in found] == codes


@pytest.mark.parametrize(
    ("unmarked", "codes"),
    [(False, [C.DEFINITION_WITHOUT_MARKER]), (True, [])],
)
def test_numbering_skips_unmarked_notes(unmarked: bool, codes: list[C]) -> None:
    notes = [RawNote("1", "A note.", 3, 3, (3,), unmarked=unmarked)]
    assert [a.code for a in check_numbering([], notes)] == codes
    assert [a.code for a in check_numbering([RawMarker("1", 2, 5, 0, 0)], notes)] == []
