"""Fix round 28 (L): a ``\\title`` set after ``\\begin{document}`` (llncs, svjour) is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file


@pytest.mark.parametrize(
    ("tex", "title"),
    [
        # in the body, before \maketitle (llncs)
        (
            "\\documentclass{llncs}\n\\begin{document}\n%\n\\title{Tiled Stencils on Small Cores}"
            "\n\\author{R. Amadi}\n\\maketitle\nText.\n",
            "Tiled Stencils on Small Cores",
        ),
        # with a short title, before the abstract
        (
            "\\documentclass{svjour3}\n\\begin{document}\n\\title[Short]{A Longer Title Here}\n"
            "\\begin{abstract}Words.\\end{abstract}\n",
            "A Longer Title Here",
        ),
        # the preamble's title still wins
        (
            "\\documentclass{article}\n\\title{Preamble Title}\n\\begin{document}\n\\maketitle\n"
            "Text.\n",
            "Preamble Title",
        ),
        # a \title after the title is made is no document title (a slide, a quoted macro)
        ("\\documentclass{article}\n\\begin{document}\n\\section{Intro}\n\\title{Later}\n", None),
    ],
)
def test_title_in_the_body(tmp_path: Path, tex: str, title: str | None) -> None:
    path = tmp_path / "paper.tex"
    path.write_text(tex + "\\end{document}\n", encoding="utf-8")
    assert parse_file(path).title == title
