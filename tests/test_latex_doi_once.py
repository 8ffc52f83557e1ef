"""A malformed DOI in a hand-written LaTeX bibliography is reported once, at the DOI's own
line (the reader's report), not a second time at the entry's first line by the parser.
Fixture written for this test."""

from __future__ import annotations

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, FindingKind

TEX = r"""\documentclass{article}
\begin{document}
Absorbance follows the law~\cite{beer}.

\begin{thebibliography}{9}
\bibitem{beer}
A. Moreau, The absorbance law, \emph{J. Lab. Sci.}, 1971, \textbf{12}, 404.
DOI: 10.5555jls012p404.
\end{thebibliography}
\end{document}
"""


def test_a_malformed_doi_is_reported_once_at_its_line() -> None:
    doc = parse_bytes(TEX.encode(), "lab.tex")
    notes = [a for a in doc.all_anomalies() if a.code is AnomalyCode.DOI_INVALID]
    assert [a.line for a in notes] == [8]
    found = [f for f in analyse_document(doc, {}, {}) if f.kind is FindingKind.MALFORMED_FIELD]
    assert [f.lines for f in found] == [(8,)]
