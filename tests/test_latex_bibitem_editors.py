"""A hand-written ``thebibliography`` entry whose names end in an editor mark
(``P. Q. Adler and R. Stein (eds.), \\emph{Title}``) names those people, without the mark.
Fixtures written for this test."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes

TEX = r"""\documentclass{article}
\begin{document}
Spectra are tabulated~\cite{tab}.
\begin{thebibliography}{9}
\bibitem{tab} %s \emph{Tables of Spectra}, Harbor Press, Boston, 2004.
\end{thebibliography}
\end{document}
"""


@pytest.mark.parametrize(
    ("names", "authors"),
    [
        pytest.param("P. Q. Adler and R. Stein (eds.),", ("P. Q. Adler", "R. Stein"), id="eds"),
        pytest.param("P. Q. Adler (ed.),", ("P. Q. Adler",), id="ed"),
        pytest.param("Adler, P. Q. (Hrsg.),", ("Adler, P. Q",), id="hrsg"),
        pytest.param("P. Q. Adler and R. Stein,", ("P. Q. Adler", "R. Stein"), id="no-mark"),
    ],
)
def test_editor_marks_are_no_part_of_the_names(names: str, authors: tuple[str, ...]) -> None:
    doc = parse_bytes((TEX % names).encode(), "lab.tex")
    assert doc.literature[0].reference.authors == authors
