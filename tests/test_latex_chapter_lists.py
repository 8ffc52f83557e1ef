"""LaTeX documents with a reference list per chapter: chapterbib with ``\\include``d chapters,
``refsection``/``bibunit`` environments holding a ``thebibliography``.  A citation is
resolved in the list of its own chapter: a key two chapters use for different works keeps
the works apart (the later chapter's entry and citations are labelled ``k.key``), and a
key cited in a chapter whose list lacks it is missing there although another chapter
lists it.  Volumes written for the tests in the patterns of edited collections and
theses by publication."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from bibcheck.readers.latex.units import Unit, unit_of

CH1 = r"""\chapter{Harbour Dues in Bergen}
Dues were farmed out \cite{lund1990}. The staple was kept \cite{berg2004}
and the accounts were audited \cite[p.~12]{lund1990}.

\begin{thebibliography}{9}
\bibitem{lund1990} Arne Lund, \emph{Bergen and the Hanse} (Oslo: Universitetsforlaget, 1990).
\bibitem{berg2004} Kari Berg, \emph{Toll and Town} (Bergen: Fagbokforlaget, 2004).
\end{thebibliography}
"""

CH2 = r"""\chapter{Pilots of the Elbe}
Pilots were licensed \cite{lund1990}. Their guild was old \cite{pohl1977}, older
than the harbour office \cite{berg2004}.

\begin{thebibliography}{9}
\bibitem{lund1990} Eva Lund, ``Lotsen und Lotsenwesen,'' \emph{Hamburger Jahrbuch} 12 (1990): 5--30.
\bibitem{pohl1977} Hans Pohl, \emph{Die Elbe als Handelsweg} (Hamburg: Christians, 1977).
\end{thebibliography}
"""

CH3 = r"""\chapter{Quays of Gdańsk}
The quays were rebuilt \cite{pohl1977} after the fire \cite{nowak2011}.

\begin{thebibliography}{9}
\bibitem{nowak2011} Jan Nowak, \emph{Nabrzeża Gdańska} (Gdańsk: Wydawnictwo UG, 2011).
\bibitem{pohl1977} Hans Pohl, \emph{Die Elbe als Handelsweg} (Hamburg: Christians, 1977).
\end{thebibliography}
"""


def volume(tmp_path: Path, package: str) -> Path:
    (tmp_path / "ch").mkdir()
    for name, text in (("bergen", CH1), ("elbe", CH2), ("gdansk", CH3)):
        (tmp_path / "ch" / f"{name}.tex").write_text(text, encoding="utf-8")
    main = tmp_path / "harbours.tex"
    main.write_text(
        "\\documentclass{book}\n"
        f"{package}"
        "\\begin{document}\n\\frontmatter\n\\chapter*{Preface}\nHarbours change slowly.\n"
        "\\mainmatter\n\\include{ch/bergen}\n\\include{ch/elbe}\n\\include{ch/gdansk}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    return main


def cites(doc: ParsedDocument) -> dict[str, str | None]:
    """Each cited label with the title of the work it resolves to."""
    return {f.label: f.reference.title for f in doc.footnotes if f.markers}


def marker_labels(doc: ParsedDocument) -> list[tuple[str, int]]:
    return sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)


@pytest.mark.parametrize(
    "package",
    [
        pytest.param("\\usepackage{chapterbib}\n", id="chapterbib"),
        pytest.param("\\usepackage[sectionbib,draft]{chapterbib}\n", id="options"),
        pytest.param("\\usepackage{cite,chapterbib}\n", id="with-cite"),
    ],
)
def test_chapterbib_volume(tmp_path: Path, package: str) -> None:
    doc = parse_file(volume(tmp_path, package))
    assert cites(doc) == {
        "lund1990": "Bergen and the Hanse",
        "berg2004": "Toll and Town",
        "2.lund1990": "Lotsen und Lotsenwesen",
        "pohl1977": "Die Elbe als Handelsweg",  # first listed in chapter 2
        "3.pohl1977": "Die Elbe als Handelsweg",
        "nowak2011": "Nabrzeża Gdańska",
    }
    assert ("2.lund1990", 2) in marker_labels(doc)  # chapter 2, line 2 of its file
    assert [e.reference.title for e in doc.literature] == [
        "Bergen and the Hanse",
        "Toll and Town",
        "Lotsen und Lotsenwesen",
        "Die Elbe als Handelsweg",
        "Nabrzeża Gdańska",
        "Die Elbe als Handelsweg",
    ]
    missing = [a for a in doc.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert [(a.line, "berg2004" in a.message, "ch/elbe.tex" in a.message) for a in missing] == [
        (3, True, True)
    ]
    assert not [a for a in doc.all_anomalies() if a.code is C.LITERATURE_UNCITED]
    assert not [a for a in doc.all_anomalies() if a.code is C.DEFINITION_WITHOUT_MARKER]


def test_without_chapterbib_the_lists_are_one(tmp_path: Path) -> None:
    """Without chapterbib every \\bibitem is global (LaTeX keeps one label per key): no
    chapter scope, nothing missing, the old reading."""
    doc = parse_file(volume(tmp_path, ""))
    assert set(cites(doc)) == {"lund1990", "berg2004", "pohl1977", "nowak2011"}
    assert not [a for a in doc.all_anomalies() if a.code is C.CITATION_KEY_MISSING]


ENVIRONMENTS = r"""\documentclass{article}
\usepackage{%(package)s}
\begin{document}
\begin{%(env)s}
\section{Tides}
Tides were tabled \cite{moss1921}.
\begin{thebibliography}{1}
\bibitem{moss1921} Ruth Moss, \emph{Tide Tables of the Mersey} (Liverpool: Philip, 1921).
\end{thebibliography}
\end{%(env)s}
\begin{%(env)s}
\section{Dredging}
Dredging began late \cite{moss1921}, as the engineers complained \cite{kerr1899}.
\begin{thebibliography}{1}
\bibitem{moss1921} Owen Moss, ``Dredgers on the Dee,'' \emph{Engineering} 111 (1921): 40--44.
\end{thebibliography}
\end{%(env)s}
\end{document}
"""


@pytest.mark.parametrize(
    ("package", "env"),
    [
        pytest.param("biblatex", "refsection", id="refsection"),
        pytest.param("bibunits", "bibunit", id="bibunits"),
        pytest.param("chapterbib", "cbunit", id="cbunit"),
    ],
)
def test_environments_with_their_own_list(tmp_path: Path, package: str, env: str) -> None:
    path = tmp_path / "paper.tex"
    path.write_text(ENVIRONMENTS % {"package": package, "env": env}, encoding="utf-8")
    doc = parse_file(path)
    assert cites(doc) == {
        "moss1921": "Tide Tables of the Mersey",
        "2.moss1921": "Dredgers on the Dee",
    }
    assert marker_labels(doc) == [("2.moss1921", 13), ("moss1921", 6)]
    missing = [a for a in doc.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert [a.line for a in missing] == [13]  # kerr1899: in no list at all, reported once


@pytest.mark.parametrize(
    ("pos", "expected"),
    [
        pytest.param(5, "outer", id="outer"),
        pytest.param(25, "inner", id="innermost"),
        pytest.param(95, None, id="outside"),
        pytest.param(90, None, id="end-exclusive"),
    ],
)
def test_unit_of(pos: int, expected: str | None) -> None:
    units = [Unit(0, 90, "outer"), Unit(20, 40, "inner")]
    found = unit_of(units, pos)
    assert (found.name if found else None) == expected
