"""LaTeX written by Pandoc/Quarto citeproc WITHOUT ``link-citations``: the list is a
``CSLReferences`` environment, the citations in the body are plain rendered text --
author-date ``(Okafor and Lind 2020; Brandt 2019a)``, ``Brandt (2019b, 14)``, or numbers
``{[}3{]}`` / ``\\textsuperscript{2,3}``.  They are tied to the entries by the shared
author-date matcher (``readers/authoryear.py``) and by the list's own numbers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.latex import read_at
from bibcheck.readers.latex.plaincite import entry_number
from tests.test_regex_growth import assert_linear

_HEAD = r"""\documentclass{article}
\newenvironment{CSLReferences}[2]{\begin{list}{}{}}{\end{list}}
\begin{document}
"""

AUTHOR_DATE_P3 = (
    _HEAD
    + r"""Fjords warm from below (Okafor and Lind 2020; Brandt 2019a), a view
Brandt (2019b, 14) takes further. Sediment cores agree
(Vasquez et al. 2021, 3--5), and Okafor and Lind (2020) doubt the rest.

\section*{References}
\begin{CSLReferences}{1}{0}
\bibitem[\citeproctext]{ref-brandt2019a}
Brandt, Ilse. 2019a. {``Warm Water Below.''} \emph{Polar Notes} 3: 1--9.

\bibitem[\citeproctext]{ref-brandt2019b}
Brandt, Ilse. 2019b. \emph{Fjord Heat}. Tromsø: Nordlys.

\bibitem[\citeproctext]{ref-okafor2020}
Okafor, Ada, and Jens Lind. 2020. {``Heat from Beneath.''} \emph{Ocean
Letters} 12 (2): 44--60.

\bibitem[\citeproctext]{ref-vasquez2021}
Vasquez, Lena, Tomas Berg, and Mia Holt. 2021. {``Cores.''} \emph{Sediments} 8: 1--12.
\end{CSLReferences}
\end{document}
"""
)

# Pandoc 2: the entries open with \leavevmode\vadjust pre{\hypertarget{..}{}}
AUTHOR_DATE_P2 = (
    _HEAD
    + r"""Fjords warm from below (Okafor and Lind 2020). Later work disagrees
(Vasquez et al. 2021; Okafor and Lind 2020, 50).

\hypertarget{refs}{}
\begin{CSLReferences}{1}{0}
\leavevmode\vadjust pre{\hypertarget{ref-okafor2020}{}}%
Okafor, Ada, and Jens Lind. 2020. {``Heat from Beneath.''} \emph{Ocean
Letters} 12 (2): 44--60.

\leavevmode\vadjust pre{\hypertarget{ref-vasquez2021}{}}%
Vasquez, Lena, Tomas Berg, and Mia Holt. 2021. {``Cores.''} \emph{Sediments} 8: 1--12.
\end{CSLReferences}
\end{document}
"""
)

NUMERIC_BRACKETS = (
    _HEAD
    + r"""Fjords warm from below {[}1{]}, {[}2{]}; the cores agree {[}1--3{]}.

\begin{CSLReferences}{0}{0}
\bibitem[\citeproctext]{ref-okafor2020}
\CSLLeftMargin{{[}1{]} }%
\CSLRightInline{A. Okafor and J. Lind, {``Heat from beneath,''} \emph{Ocean Letters}, vol. 12, no. 2, pp. 44--60, 2020.}

\bibitem[\citeproctext]{ref-brandt2019}
\CSLLeftMargin{{[}2{]} }%
\CSLRightInline{I. Brandt, \emph{Fjord heat}. Tromsø: Nordlys, 2019.}

\bibitem[\citeproctext]{ref-vasquez2021}
\CSLLeftMargin{{[}3{]} }%
\CSLRightInline{L. Vasquez, T. Berg, and M. Holt, {``Cores,''} \emph{Sediments}, vol. 8, pp. 1--12, 2021.}
\end{CSLReferences}
\end{document}
"""
)

NUMERIC_SUPERSCRIPT = (
    _HEAD
    + r"""Fjords warm from below.\textsuperscript{1} The cores agree.\textsuperscript{2,3}

\begin{CSLReferences}{0}{0}
\leavevmode\vadjust pre{\hypertarget{ref-okafor2020}{}}%
\CSLLeftMargin{1. }%
\CSLRightInline{Okafor, A. \& Lind, J. Heat from beneath. \emph{Ocean Letters} \textbf{12}, 44--60 (2020).}

\leavevmode\vadjust pre{\hypertarget{ref-brandt2019}{}}%
\CSLLeftMargin{2. }%
\CSLRightInline{Brandt, I. \emph{Fjord heat}. (Nordlys, 2019).}

\leavevmode\vadjust pre{\hypertarget{ref-vasquez2021}{}}%
\CSLLeftMargin{3. }%
\CSLRightInline{Vasquez, L., Berg, T. \& Holt, M. Cores. \emph{Sediments} \textbf{8}, 1--12 (2021).}
\end{CSLReferences}
\end{document}
"""
)


def _parse(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / "p.tex").write_text(text)
    return parse_file(tmp_path / "p.tex")


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        pytest.param(
            AUTHOR_DATE_P3,
            {"okafor2020": 2, "brandt2019a": 1, "brandt2019b": 1, "vasquez2021": 1},
            id="pandoc3-author-date",
        ),
        pytest.param(AUTHOR_DATE_P2, {"okafor2020": 2, "vasquez2021": 1}, id="pandoc2-author-date"),
        pytest.param(
            NUMERIC_BRACKETS,
            {"okafor2020": 2, "brandt2019": 2, "vasquez2021": 1},
            id="numeric-brackets",
        ),
        pytest.param(
            NUMERIC_SUPERSCRIPT,
            {"okafor2020": 1, "brandt2019": 1, "vasquez2021": 1},
            id="numeric-superscript",
        ),
    ],
)
def test_plain_citations_are_tied_to_the_citeproc_list(
    tmp_path: Path, text: str, cited: dict[str, int]
) -> None:
    doc = _parse(tmp_path, text)
    notes = {n.label: n for n in doc.footnotes}
    assert {k: len(n.markers) for k, n in notes.items()} == cited
    for key in cited:
        match = notes[key].literature
        assert match is not None and doc.literature[match.index].label == key
    codes = {a.code for a in doc.all_anomalies()}
    assert not codes & {C.CITATION_KEY_MISSING, C.LITERATURE_UNCITED, C.UNREAD_REGION}


def test_linked_citations_are_not_counted_twice(tmp_path: Path) -> None:
    text = AUTHOR_DATE_P2.replace(
        "(Okafor and Lind 2020). Later",
        r"(\protect\hyperlink{ref-okafor2020}{Okafor and Lind 2020}). Later",
    )
    doc = _parse(tmp_path, text)
    # a document with link-citations is cited by its links only
    assert {n.label: len(n.markers) for n in doc.footnotes} == {"okafor2020": 1}


@pytest.mark.parametrize(
    ("entry", "number"),
    [
        ("[1] A. Okafor, Heat", 1),
        ("[12] I. Brandt", 12),
        ("3. Vasquez, L.", 3),
        ("7) Holt, M.", 7),
        ("Okafor, Ada. 2020.", None),
        ("2020 Heat", None),
        ("", None),
    ],
)
def test_entry_number(entry: str, number: int | None) -> None:
    assert entry_number(entry) == number


@pytest.mark.parametrize("text", [AUTHOR_DATE_P2, NUMERIC_SUPERSCRIPT, NUMERIC_BRACKETS])
@pytest.mark.parametrize(
    "body",
    [
        lambda n: "(Okafor " * (n // 8),
        lambda n: "{[}" * (n // 3) + "1",
        lambda n: "\\textsuperscript{1," + "1," * (n // 2) + "}",
    ],
    ids=["names", "brackets", "superscript"],
)
def test_long_lines_are_linear(text: str, body: Callable[[int], str]) -> None:
    assert_linear(lambda line: read_at(text.replace("Fjords warm from below", line), ""), body)
