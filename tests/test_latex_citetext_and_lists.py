"""natbib's \\citetext is text holding citations; footnotes beside a numbered list."""

from __future__ import annotations

from pathlib import Path

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C

CITETEXT = r"""\documentclass{article}
\usepackage{natbib}
\begin{document}
Les travaux récents \citetext{\citealp{durand2009}; voir aussi \citealp[ch.~3]{morel2006}}
le confirment.
\bibliographystyle{plainnat}
\bibliography{refs}
\end{document}
"""

BIB = """@book{durand2009, author={Durand, Anne}, title={Les parlers}, year={2009}}
@book{morel2006, author={Morel, Paul}, title={Phonologie}, year={2006}}
"""


def test_citetext_is_text_with_citations(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    main = tmp_path / "these.tex"
    main.write_text(CITETEXT, encoding="utf-8")
    doc = parse_file(main)
    assert sorted(f.label for f in doc.footnotes) == ["durand2009", "morel2006"]
    gaps = [a for a in doc.all_anomalies() if "citetext" in a.message]
    assert gaps == []


NUMBERED = r"""\documentclass{report}
\begin{document}
\chapter{Methods}
Deflection was measured with a laser tracker [1].\footnote{Tracker data sheet:
\url{https://instruments.example.com/tracker-x2}.} Loads followed the code [2, Sec.~4].
\section*{References}
\begin{enumerate}
\item A. Brandt and K. Lee, ``Field load testing of short-span bridges,'' \emph{J. Bridge
Eng.}, vol. 12, no. 3, pp. 211--220, 2015.
\item Eurocode 1: Actions on structures, EN 1991-2, 2003.
\end{enumerate}
\end{document}
"""


def test_a_footnote_beside_a_list_cited_by_number_need_not_be_in_it(tmp_path: Path) -> None:
    main = tmp_path / "report.tex"
    main.write_text(NUMBERED, encoding="utf-8")
    doc = parse_file(main)
    assert len(doc.literature) == 2
    codes = {a.code for a in doc.all_anomalies()}
    assert C.LITERATURE_MISSING not in codes


def test_a_locator_word_after_the_number_keeps_the_citation(tmp_path: Path) -> None:
    """``[2, Sec.~4]``, ``[1, Abb.~3]``, ``[2, п.~4.3]``: cited with a place in the work."""
    main = tmp_path / "report.tex"
    text = NUMBERED.replace(
        "Loads followed the code [2, Sec.~4].",
        "Loads followed the code [2, Sec.~4] and [1, Abb.~3]; see also [2, п.~4.3].",
    )
    main.write_text(text, encoding="utf-8")
    doc = parse_file(main)
    cited = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cited.count(("[2]", 5)) == 2 and ("[1]", 5) in cited
