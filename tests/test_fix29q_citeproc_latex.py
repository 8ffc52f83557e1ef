"""LaTeX written by Pandoc/Quarto/R Markdown with citeproc: the reference list is a
``CSLReferences`` environment (Pandoc 3: ``\\bibitem[\\citeproctext]{ref-key}``; Pandoc 2:
``\\leavevmode\\vadjust pre{\\hypertarget{ref-key}{}}``, older ``\\leavevmode\\hypertarget``,
numeric styles with ``\\CSLLeftMargin``/``\\CSLRightInline``), cited by
``\\citeproc{ref-key}{...}`` or ``\\protect\\hyperlink{ref-key}{...}``.  Entries are read
into fields and tied to their citations; the list is never "not read" and never "no
literature list"; a margin note holding only a figure is no note."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import RefKind
from bibcheck.readers.latex.lists import _CSL_ITEM
from bibcheck.readers.latex.names import csl_key, csl_keys
from tests.test_regex_growth import assert_linear

PANDOC3 = r"""\documentclass{article}
\NewDocumentCommand\citeproctext{}{}
\NewDocumentCommand\citeproc{mm}{%
  \begingroup\def\citeproctext{#2}\cite{#1}\endgroup}
\newenvironment{CSLReferences}[2]{\begin{list}{}{}}{\end{list}}
\begin{document}
Glaciers retreated fastest in the wet decades
\citeproc{ref-halvorsen2011}{(Halvorsen 2011)}. Meltwater, as
\citeproc{ref-ito2019}{Ito and Reyes (2019)} argue, is the better gauge; both
views are old \citeproc{ref-halvorsen2011,ref-baptiste1998}{(Halvorsen 2011; Baptiste 1998)}.

\section*{Works Cited}\label{works-cited}
\phantomsection\label{refs}
\begin{CSLReferences}{1}{0}
\bibitem[\citeproctext]{ref-baptiste1998}
Baptiste, Claire. 1998. \emph{Ice and Memory}. Lyon: Maison d'Exemple.

\bibitem[\citeproctext]{ref-halvorsen2011}
Halvorsen, Per. 2011. {``Retreat in Wet Decades.''} \emph{Journal of Cold
Places} 14 (3): 220--38. \url{https://doi.org/10.5555/jcp.2011.14}.

\bibitem[\citeproctext]{ref-ito2019}
Ito, Kenji, and Sofia Reyes. 2019. {``Gauging Meltwater.''} In \emph{Methods
in Glaciology}, edited by R. Moss, 12--30. Bergen: Fjell.
\end{CSLReferences}
\end{document}
"""

PANDOC2 = r"""\documentclass{article}
\begin{document}
Glaciers retreated fastest in the wet decades
(\protect\hyperlink{ref-halvorsen2011}{Halvorsen 2011}). Meltwater, as
\protect\hyperlink{ref-ito2019}{Ito and Reyes}
(\protect\hyperlink{ref-ito2019}{2019}) argue, is the better gauge.

\hypertarget{works-cited}{%
\section*{Works Cited}\label{works-cited}}

\hypertarget{refs}{}
\begin{CSLReferences}{1}{0}
\leavevmode\vadjust pre{\hypertarget{ref-halvorsen2011}{}}%
Halvorsen, Per. 2011. {``Retreat in Wet Decades.''} \emph{Journal of Cold
Places} 14 (3): 220--38. \url{https://doi.org/10.5555/jcp.2011.14}.

\leavevmode\vadjust pre{\hypertarget{ref-ito2019}{}}%
Ito, Kenji, and Sofia Reyes. 2019. {``Gauging Meltwater.''} In \emph{Methods
in Glaciology}, edited by R. Moss, 12--30. Bergen: Fjell.

\end{CSLReferences}
\end{document}
"""

# Pandoc 2.11-2.13 with a numeric style (IEEE): \leavevmode\hypertarget, label and text boxes
PANDOC2_NUMERIC = r"""\documentclass{article}
\begin{document}
Glaciers retreated \protect\hyperlink{ref-halvorsen2011}{{[}1{]}}, and
meltwater is the better gauge \protect\hyperlink{ref-ito2019}{{[}2{]}}.

\hypertarget{refs}{}
\begin{CSLReferences}{0}{0}
\leavevmode\hypertarget{ref-halvorsen2011}{}%
\CSLLeftMargin{{[}1{]} }
\CSLRightInline{P. Halvorsen, {``Retreat in wet decades,''} \emph{Journal of Cold Places}, vol. 14, no. 3, pp. 220--238, 2011.}

\leavevmode\hypertarget{ref-ito2019}{}%
\CSLLeftMargin{{[}2{]} }
\CSLRightInline{K. Ito and S. Reyes, {``Gauging meltwater,''} in \emph{Methods in glaciology}, R. Moss, Ed. Bergen: Fjell, 2019, pp. 12--30.}

\end{CSLReferences}
\end{document}
"""

# citations as plain rendered text (no link-citations), margin notes holding a figure
PLAIN = r"""\documentclass{article}
\begin{document}
\marginnote{\begin{footnotesize}

\includegraphics{figures/retreat.pdf}

\end{footnotesize}}
Glaciers retreated fastest in the wet decades (Halvorsen 2011).\sidenote{\includegraphics[width=\linewidth]{fig2.png}}
A note in the margin with words stays a note.\marginnote{Measured at noon.}

\section*{References}
\begin{CSLReferences}{1}{0}
\bibitem[\citeproctext]{ref-halvorsen2011}
Halvorsen, Per. 2011. {``Retreat in Wet Decades.''} \emph{Journal of Cold
Places} 14 (3): 220--38.
\end{CSLReferences}
\end{document}
"""


def _parse(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / "p.tex").write_text(text)
    return parse_file(tmp_path / "p.tex")


@pytest.mark.parametrize(
    ("text", "cited", "markers"),
    [
        pytest.param(
            PANDOC3,
            {"halvorsen2011": 2, "ito2019": 1, "baptiste1998": 1},
            4,
            id="pandoc3-bibitem-citeproc",
        ),
        pytest.param(
            PANDOC2, {"halvorsen2011": 1, "ito2019": 1}, 2, id="pandoc2-vadjust-hyperlink"
        ),
        pytest.param(
            PANDOC2_NUMERIC, {"halvorsen2011": 1, "ito2019": 1}, 2, id="pandoc2-numeric-csl-boxes"
        ),
    ],
)
def test_citeproc_lists_are_read_and_tied_to_citations(
    tmp_path: Path, text: str, cited: dict[str, int], markers: int
) -> None:
    doc = _parse(tmp_path, text)
    entries = {e.label: e for e in doc.literature}
    assert set(entries) == set(cited)
    notes = {n.label: n for n in doc.footnotes}
    assert {k: len(n.markers) for k, n in notes.items()} == cited
    assert sum(len(n.markers) for n in doc.footnotes) == markers
    assert all(n.literature is not None for n in doc.footnotes)
    codes = {a.code for a in doc.all_anomalies()}
    assert not codes & {
        C.NO_LITERATURE_LIST,
        C.UNREAD_REGION,
        C.LITERATURE_UNCITED,
        C.CITATION_KEY_MISSING,
        C.REFERENCE_UNPARSED,
    }
    halvorsen = entries["halvorsen2011"].reference
    assert halvorsen.year == 2011 and halvorsen.kind is RefKind.ARTICLE
    assert halvorsen.title is not None and halvorsen.title.lower() == "retreat in wet decades"
    assert halvorsen.host == "Journal of Cold Places"
    assert halvorsen.authors and "Halvorsen" in halvorsen.authors[0]
    ito = entries["ito2019"].reference
    assert ito.year == 2019 and len(ito.authors) == 2 and ito.kind is RefKind.CHAPTER


def test_pandoc3_doi_and_book(tmp_path: Path) -> None:
    entries = {e.label: e.reference for e in _parse(tmp_path, PANDOC3).literature}
    assert entries["halvorsen2011"].doi == "10.5555/jcp.2011.14"
    assert entries["baptiste1998"].title == "Ice and Memory"
    assert entries["baptiste1998"].kind is RefKind.BOOK


def test_a_citeproc_key_with_no_entry_is_missing(tmp_path: Path) -> None:
    text = PANDOC3.replace(r"\citeproc{ref-ito2019}", r"\citeproc{ref-nobody2000}")
    doc = _parse(tmp_path, text)
    missing = [a for a in doc.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert [("nobody2000" in a.message) for a in missing] == [True]


def test_plain_text_citations_and_figure_margin_notes(tmp_path: Path) -> None:
    doc = _parse(tmp_path, PLAIN)
    assert [e.label for e in doc.literature] == ["halvorsen2011"]
    codes = [a.code for a in doc.all_anomalies()]
    # the list is generated from what is cited: an entry cited in plain text is not uncited
    assert C.LITERATURE_UNCITED not in codes and C.NO_LITERATURE_LIST not in codes
    assert C.UNREAD_REGION not in codes
    # the figure-only margin notes are no notes; the one with words is (and the plain
    # "(Halvorsen 2011)" cites its entry: tests/test_fix30y_citeproc_plain.py)
    assert C.CLAIM_NOT_FOUND not in codes
    assert sorted(n.label for n in doc.footnotes) == ["1", "halvorsen2011"]


@pytest.mark.parametrize(
    ("written", "keys"),
    [
        ("ref-doe2019", ["doe2019"]),
        ("ref-doe2019,ref-roe2021", ["doe2019", "roe2021"]),
        ("ref-doe2019 ref-roe2021", ["doe2019", "roe2021"]),
        ("ref-", ["ref-"]),
        ("plain", ["plain"]),
    ],
)
def test_csl_keys(written: str, keys: list[str]) -> None:
    assert csl_keys(written) == keys
    assert csl_key(written.split(",")[0].split()[0]) == keys[0]


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "\\leavevmode" * (n // 24) + " " * (n // 2),
        lambda n: "\\vadjust pre{" * (n // 13),
        lambda n: "\\hypertarget{ref-" + "a" * n,
        lambda n: "\\bibitem[" + "x" * n,
    ],
)
def test_item_pattern_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: list(_CSL_ITEM.finditer(text)), line)


def test_a_citeproc_list_in_an_unknown_shape_is_unread_not_absent(tmp_path: Path) -> None:
    text = PANDOC3.replace(r"\bibitem[\citeproctext]{ref-", r"\cslentry{ref-").replace(
        "wet decades", r"wet decades\footnote{Measured at the snout.}"
    )
    codes = [a.code for a in _parse(tmp_path, text).all_anomalies()]
    # one honest statement: a list is there and was not read (never also "none found")
    assert C.UNREAD_REGION in codes and C.NO_LITERATURE_LIST not in codes
