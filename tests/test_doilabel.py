"""A labelled DOI that is no DOI (``DOI: 10.1021ed039p333``) is reported, not passed over."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.parse.references.doilabel import malformed_dois


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Kinetics, J. Chem. Educ., 1970, 47, 12. DOI: 10.1021ed047p12.", ["10.1021ed047p12"]),
        ("Kinetics. Anal. Chem. 2001. doi:10.1021/ac0012345", []),
        ("Title. Wiley, 1999. DOI 10,1002/0471234567.", ["10,1002/0471234567"]),
        (r"Title. \doi{10.1103PhysRevB.12.34}", ["10.1103PhysRevB.12.34"]),
        (r"Title. \doi{10.1103/PhysRevB.12.34}", []),
        (r"Title. DOI:~10.1000/a\_b.", []),
        ("Title. doi: 10.1002/(SICI)1097-4636(1999)3:1<1::AID-JBM1>3.0.CO;2-7.", []),
        ("See https://dx.doi.org/10.1000/xyz and https://doi.org/10.5555/abc.", []),
        ("Report, 2020. DOI: not assigned.", []),
        ("Title, 2018. DOI: 10.12/short.", ["10.12/short"]),
    ],
    ids=[
        "slash-lost",
        "valid",
        "comma-prefix",
        "macro-slash-lost",
        "macro-valid",
        "tilde-escape-valid",
        "sici-valid",
        "resolver-urls",
        "not-doi-like",
        "short-prefix",
    ],
)
def test_malformed_dois(text: str, written: list[str]) -> None:
    assert [d.written for d in malformed_dois(text)] == written


THEBIB = r"""\documentclass{article}
\begin{document}
Rates were measured as before \cite{ng1970,okoro2004}.
\begin{thebibliography}{9}
\bibitem{ng1970}
K. Ng, Fading of a dye, \emph{J. Chem. Educ.}, 1970,
\textbf{47}, 12. DOI: 10.1021ed047p12.

\bibitem{okoro2004}
A. Okoro, \emph{Spectroscopy}, 2nd edn., Harlow, 2004. DOI: 10.1016/B978-0-12-000000-0.
% \bibitem{old} DOI: 10.9999broken
\end{thebibliography}
\end{document}
"""

ENUMERATE = r"""\documentclass{article}
\begin{document}
Text cites the first work [1] and the second [2].
\section*{References}
\begin{enumerate}
\item R. Patel, \emph{Titration Curves}, Pearson, 2011. doi 10.1234/abc.
\item M. Costa, Buffers revisited, \emph{Anal. Lett.}, 2015, \textbf{48}, 200--209.
DOI:~10.1080~00032719.2014.1
\end{enumerate}
\end{document}
"""


@pytest.mark.parametrize(
    ("source", "lines"),
    [(THEBIB, [7]), (ENUMERATE, [8])],
    ids=["thebibliography", "hand-written-enumerate"],
)
def test_latex_bibliography_reports_malformed_doi(source: str, lines: list[int]) -> None:
    doc = parse_bytes(source.encode(), "paper.tex")
    found = [a for a in doc.all_anomalies() if a.code is AnomalyCode.DOI_INVALID]
    assert [a.line for a in found] == lines
    assert all("malformed" in a.message for a in found)
