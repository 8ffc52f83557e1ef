"""A document its reader stores although it cites nothing (a LaTeX template, a Typst
chapter not yet written) says so on its coverage line: "no citations found", not a row
of zeros and "nothing reported"; a document that yields anything does not.  Own text."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.coverage import NO_CITATIONS, Coverage, coverage


def _coverage(markers: int, footnotes: int, keys: int, literature: int) -> Coverage:
    return Coverage(
        reader="latex",
        confidence=0.9,
        chosen_by="content",
        markers=markers,
        stray_markers=0,
        footnotes=footnotes,
        cited_keys=keys,
        literature=literature,
        not_read={},
        uncertain=False,
    )


@pytest.mark.parametrize(
    ("counts", "says"),
    [
        pytest.param((0, 0, 0, 0), True, id="nothing"),
        pytest.param((1, 0, 0, 0), False, id="a-stray-marker"),
        pytest.param((0, 1, 0, 0), False, id="a-note"),
        pytest.param((1, 0, 1, 0), False, id="a-key"),
        pytest.param((0, 0, 0, 2), False, id="a-list-only"),
    ],
)
def test_the_line_says_when_nothing_was_cited(
    counts: tuple[int, int, int, int], says: bool
) -> None:
    assert (NO_CITATIONS in _coverage(*counts).line()) is says


@pytest.mark.parametrize(
    ("name", "text"),
    [
        pytest.param(
            "memo.tex",
            "\\documentclass{article}\n\\usepackage[style=authoryear]{biblatex}\n"
            "\\begin{document}\nDraft to follow.\n\\end{document}\n",
            id="latex-template",
        ),
        pytest.param(
            "memo.tex",
            "\\documentclass{report}\n\\begin{document}\n\\chapter{Plan}\nTo do.\n"
            "\\end{document}\n",
            id="latex-chapter",
        ),
        pytest.param(
            "memo.typ",
            '#set text(lang: "en")\n= Plan\nTo be written.\n',
            id="typst",
        ),
    ],
)
def test_a_stored_document_that_cites_nothing(name: str, text: str) -> None:
    doc = parse_bytes(text.encode(), name)
    line = coverage(doc).line()
    assert f"0 literature entries ({NO_CITATIONS})" in line
