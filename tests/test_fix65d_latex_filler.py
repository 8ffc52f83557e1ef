"""LaTeX: filler text macros are no numeric citations (fix65d, item 4).

``\\lipsum[1-2]``, ``\\kant[3]``, ``\\Blindtext[2][1]`` print dummy paragraphs; the
bracket is the command's optional argument.  A refusal's or an anomaly's hint never
counts it as a numeric citation ``[n]``: a draft of filler text and section titles cites
nothing, and says so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.evidence import citation_evidence, unread_numeric_citations
from bibcheck.readers.mask import mask

_FILLERS = [
    "\\lipsum[1-2]\n\\lipsum[3]",
    "\\lipsum*[4]\n\\lipsum[5-7]",
    "\\kant[2-4]\n\\kant[7]",
    "\\Blindtext[2][1]\n\\blindtext[3]",
    "\\lipsum[4][1-3]\n\\lipsum[2][2]",
    "\\blindtext[2]\n\\kant*[1-2]",
]


def _draft(fillers: str) -> str:
    return (
        "\\documentclass{article}\n\\usepackage{lipsum,blindtext,kantlipsum}\n"
        "\\begin{document}\n\\section{Einleitung}\n"
        f"{fillers}\n\\section{{Methods}}\n{fillers}\n\\end{{document}}\n"
    )


@pytest.mark.parametrize("fillers", _FILLERS)
def test_no_numeric_evidence(fillers: str) -> None:
    masked = mask(_draft(fillers))
    assert not [e for e in citation_evidence(masked) if "numeric" in e.what]
    assert unread_numeric_citations(masked, set()) is None


@pytest.mark.parametrize("fillers", _FILLERS)
def test_filler_draft_cites_nothing(tmp_path: Path, fillers: str) -> None:
    path = tmp_path / "draft.tex"
    path.write_text(_draft(fillers), encoding="utf-8")
    doc = parse_file(path)  # (not refused for "numeric citations [n]")
    assert doc.reader == "latex"
    assert not doc.footnotes
    assert not any("[n]" in a.message for a in doc.anomalies)
