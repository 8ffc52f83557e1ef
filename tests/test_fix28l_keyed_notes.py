"""Fix round 28 (L): a note tied to its entry by citation key is no repeat note; an initial
ends no sentence; a long list of initials-first names parses in linear time."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.parse.references.commentary import short_note_head
from bibcheck.parse.references.german import _COMMA_SHAPE
from tests.growth import growth

_DOC = r"""\documentclass{article}
\begin{document}
Sorbents were reviewed \cite{varga2011}; the step isotherm is due to \cite{lind2016}.
Both are cited again \cite{lind2016,varga2011}; the lecture notes \cite{lindnotes} also.
\begin{thebibliography}{9}
\bibitem{varga2011}
A. Varga, P.Q. Lind, O. Brandt, Porous solids for gas separation, Chem. Soc. Rev. 40 (2011)
101--140, doi:10.1000/csr.2011.1.
\bibitem{lind2016}
P.Q. Lind, R.S. Tomic, V. Holm, E.E. Aalto, K. Mbeki, Stepwise uptake in appended
frameworks, Nature 530 (2016) 200--205, doi:10.1000/nat.2016.2.
\bibitem{lindnotes}
Lind, Porous solids, 12.
\end{thebibliography}
\end{document}
"""


def test_a_keyed_note_keeps_its_own_entry(tmp_path: Path) -> None:
    path = tmp_path / "paper.tex"
    path.write_text(_DOC, encoding="utf-8")
    doc = parse_file(path)
    titles = {fn.label: fn.reference.title for fn in doc.footnotes}
    assert titles["lind2016"] == "Stepwise uptake in appended frameworks"
    assert titles["varga2011"] == "Porous solids for gas separation"
    # (a keyed entry shaped like a short note cites itself, not the earlier work of Lind)
    assert titles["lindnotes"] != "Porous solids for gas separation"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # names with initials: no sentence ends after "V." or "X."
        ("P.Q. Lind, R.S. Tomic, V. Holm, E.E. Aalto, Stepwise uptake, Nature 530 (2016).", None),
        ("H. Okafor, X. Brandt, Title of a paper, J. Chem. 4 (1999) 1-9.", None),
        # a short note, then a remark, is still split
        ("Lind, Stepwise Uptake, 92. I follow his reading.", "Lind, Stepwise Uptake, 92."),
    ],
)
def test_short_note_head_not_after_an_initial(text: str, head: str | None) -> None:
    assert short_note_head(text) == head


def _initials_body(count: int) -> str:
    names = ", ".join(f"{chr(65 + i % 26)}.B. Name{chr(97 + i % 26)}" for i in range(count))
    return f"{names}, Cooperative uptake in porous frameworks, Nature 51 (2015) 303-308."


@pytest.mark.parametrize("count", [18, 24])
def test_many_initials_first_names_parse(count: int) -> None:
    assert _COMMA_SHAPE.match(_initials_body(count)) is not None


def test_many_initials_first_names_parse_in_linear_time() -> None:
    # (twice the names: about twice the time, not the thousandfold of a backtracking match)
    assert growth(lambda count: _COMMA_SHAPE.match(_initials_body(count)), 12, 24) < 6
