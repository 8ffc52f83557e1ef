"""A LaTeX source shipped with its ``.bbl`` instead of the ``.bib`` it names (arXiv, a
publisher's upload): the ``.bbl`` stands in, whether it is named after the manuscript
(``paper.bbl``, what BibTeX and biber write) or after the ``.bib`` it replaces
(``\\bibliography{refs}``: ``refs.bbl``), and whatever bibliography style wrote it.

Each fixture is a small ``.bbl`` in the shape its style writes (preamble of
``\\providecommand`` lines, the style's item markup), with its own invented works."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import Reference, RefKind
from bibcheck.readers.latex import bibitem, glue
from tests.test_regex_growth import assert_linear

# ---- the shapes of the .bbl files the common BibTeX styles write -------------------------

PLAIN = r"""\begin{thebibliography}{1}

\bibitem{ortiz2019}
Rafael Ortiz and Mette Lindqvist.
\newblock Sediment transport in tidal channels.
\newblock {\em Journal of Estuarine Research}, 12(3):45--67, 2019.

\bibitem{brandt2004}
Ingrid Brandt.
\newblock {\em Harbour Cranes of the Baltic}.
\newblock Nordic Maritime Press, Oslo, 2004.

\end{thebibliography}
"""

ABBRV = r"""\begin{thebibliography}{1}

\bibitem{ortiz2019}
R.~Ortiz and M.~Lindqvist.
\newblock Sediment transport in tidal channels.
\newblock {\em J. Estuar. Res.}, 12(3):45--67, 2019.

\bibitem{brandt2004}
I.~Brandt.
\newblock {\em Harbour Cranes of the Baltic}.
\newblock Nordic Maritime Press, Oslo, 2004.

\end{thebibliography}
"""

PLAINNAT = r"""\begin{thebibliography}{2}
\providecommand{\natexlab}[1]{#1}
\providecommand{\url}[1]{\texttt{#1}}
\expandafter\ifx\csname urlstyle\endcsname\relax
  \providecommand{\doi}[1]{doi: #1}\else
  \providecommand{\doi}{doi: \begingroup \urlstyle{rm}\Url}\fi

\bibitem[Brandt(2004)]{brandt2004}
Ingrid Brandt.
\newblock \emph{Harbour Cranes of the Baltic}.
\newblock Nordic Maritime Press, Oslo, 2004.

\bibitem[Ortiz and Lindqvist(2019)]{ortiz2019}
Rafael Ortiz and Mette Lindqvist.
\newblock Sediment transport in tidal channels.
\newblock \emph{Journal of Estuarine Research}, 12\penalty0 (3):\penalty0
  45--67, 2019.
\newblock \doi{10.5555/jer.2019.0045}.

\end{thebibliography}
"""

# mciteplus styles (achemso, rsc): a preamble of \providecommand lines, each item closed
# by the sublist machinery; achemso writes the title, rsc does not for an article
_MCITE_HEAD = r"""\providecommand{\latin}[1]{#1}
\makeatletter
\providecommand{\doi}
  {\begingroup\let\do\@makeother\dospecials
  \catcode`\{=1 \catcode`\}=2 \doi@aux}
\providecommand{\doi@aux}[1]{\endgroup\texttt{#1}}
\makeatother
\providecommand*\mcitethebibliography{\thebibliography}
\csname @ifundefined\endcsname{endmcitethebibliography}
  {\let\endmcitethebibliography\endthebibliography}{}
\begin{mcitethebibliography}{2}
\providecommand*\natexlab[1]{#1}
\providecommand*\mciteSetBstSublistMode[1]{}
\providecommand*\mciteSetBstMaxWidthForm[2]{}
\providecommand*\mciteBstWouldAddEndPuncttrue
  {\def\EndOfBibitem{\unskip.}}
\providecommand*\mciteBstWouldAddEndPunctfalse
  {\let\EndOfBibitem\relax}
\providecommand*\mciteSetBstMidEndSepPunct[3]{}
\providecommand*\mciteSetBstSublistLabelBeginEnd[3]{}
\providecommand*\EndOfBibitem{}
\mciteSetBstSublistMode{f}
\mciteSetBstMaxWidthForm{subitem}{(\alph{mcitesubitemcount})}
\mciteSetBstSublistLabelBeginEnd
  {\mcitemaxwidthsubitemform\space}
  {\relax}
  {\relax}

"""
_MCITE_SHUT = r"""
\mciteBstWouldAddEndPuncttrue
\mciteSetBstMidEndSepPunct{\mcitedefaultmidpunct}
{\mcitedefaultendpunct}{\mcitedefaultseppunct}\relax
\EndOfBibitem
"""
ACHEMSO = (
    _MCITE_HEAD
    + r"""\bibitem[Ortiz and Lindqvist(2019)Ortiz, Lindqvist, and Haug]{ortiz2019}
Ortiz,~R.; Lindqvist,~M.; Haug,~K.~E. Sediment Transport in Tidal
  Channels. \emph{J. Estuar. Res.} \textbf{2019}, \emph{12}, 45--67\relax"""
    + _MCITE_SHUT
    + r"""\bibitem[Brandt(2004)]{brandt2004}
Brandt,~I. \emph{Harbour Cranes of the Baltic}; Nordic Maritime Press: Oslo,
  2004\relax"""
    + _MCITE_SHUT
    + "\\end{mcitethebibliography}\n"
)
RSC = (
    _MCITE_HEAD
    + r"""\bibitem[Ortiz \emph{et~al.}(2019)Ortiz, Lindqvist, and Haug]{ortiz2019}
R.~Ortiz, M.~Lindqvist and K.~E. Haug, \emph{J. Estuar. Res.}, 2019,
  \textbf{12}, 45--67\relax"""
    + _MCITE_SHUT
    + r"""\bibitem[Brandt(2004)]{brandt2004}
I.~Brandt, \emph{Harbour Cranes of the Baltic}, Nordic Maritime Press, Oslo,
  2004\relax"""
    + _MCITE_SHUT
    + "\\end{mcitethebibliography}\n"
)

APSREV = r"""\begin{thebibliography}{2}%
\makeatletter
\providecommand \@ifxundefined [1]{%
 \@ifx{#1\undefined}
}%
\providecommand \@ifnum [1]{%
 \ifnum #1\expandafter \@firstoftwo
 \else \expandafter \@secondoftwo
 \fi
}%
\providecommand \natexlab [1]{#1}%
\providecommand \enquote  [1]{``#1''}%
\providecommand \bibnamefont  [1]{#1}%
\providecommand \bibfnamefont [1]{#1}%
\providecommand \citenamefont [1]{#1}%
\providecommand \href@noop [0]{\@secondoftwo}%
\providecommand \href [0]{\begingroup \@sanitize@url \@href}%
\providecommand \bibinfo  [2]{#2}%
\providecommand \BibitemOpen [0]{}%
\providecommand \bibitemStop [0]{.}%
\providecommand \bibitemNoStop [0]{.\EOS\space}%
\providecommand \EOS [0]{\spacefactor3000\relax}%
\providecommand \BibitemShut  [1]{\csname bibitem#1\endcsname}%
\let\auto@bib@innerbib\@empty
%</preamble>
\bibitem [{\citenamefont {Ortiz}\ and\ \citenamefont {Lindqvist}(2019)}]{ortiz2019}%
  \BibitemOpen
  \bibfield  {author} {\bibinfo {author} {\bibfnamefont {R.}~\bibnamefont
  {Ortiz}}\ and\ \bibinfo {author} {\bibfnamefont {M.}~\bibnamefont
  {Lindqvist}},\ }\href@noop {} {\bibfield  {title} {\enquote {\bibinfo {title}
  {Sediment transport in tidal channels},}\ }\href@noop {} {\bibfield  {journal}
  {\bibinfo  {journal} {J. Estuar. Res.}\ }\textbf {\bibinfo {volume} {12}},\
  \bibinfo {pages} {45} (\bibinfo {year} {2019})}\BibitemShut {NoStop}%
\bibitem [{\citenamefont {Brandt}(2004)}]{brandt2004}%
  \BibitemOpen
  \bibfield  {author} {\bibinfo {author} {\bibfnamefont {I.}~\bibnamefont
  {Brandt}},\ }\href@noop {} {\emph {\bibinfo {title} {Harbour Cranes of the
  Baltic}}}\ (\bibinfo  {publisher} {Nordic Maritime Press},\ \bibinfo {address}
  {Oslo},\ \bibinfo {year} {2004})\BibitemShut {NoStop}%
\end{thebibliography}%
"""

ELSARTICLE_NUM = r"""\begin{thebibliography}{10}
\expandafter\ifx\csname url\endcsname\relax
  \def\url#1{\texttt{#1}}\fi
\expandafter\ifx\csname urlprefix\endcsname\relax\def\urlprefix{URL }\fi
\expandafter\ifx\csname href\endcsname\relax
  \def\href#1#2{#2} \def\path#1{#1}\fi

\bibitem{ortiz2019}
R.~Ortiz, M.~Lindqvist, Sediment transport in tidal channels, J. Estuar. Res.
  12~(3) (2019) 45--67.
\newblock \href {https://doi.org/10.5555/jer.2019.0045}
  {\path{doi:10.5555/jer.2019.0045}}.

\bibitem{brandt2004}
I.~Brandt, Harbour Cranes of the Baltic, Nordic Maritime Press, Oslo, 2004.

\end{thebibliography}
"""

IEEETRAN = r"""% Generated by IEEEtran.bst, version: 1.14 (2015/08/26)
\begin{thebibliography}{1}
\providecommand{\url}[1]{#1}
\csname url@samestyle\endcsname
\providecommand{\newblock}{\relax}
\providecommand{\bibinfo}[2]{#2}
\providecommand{\BIBentrySTDinterwordspacing}{\spaceskip=0pt\relax}
\providecommand{\BIBentryALTinterwordstretchfactor}{4}
\providecommand{\BIBentryALTinterwordspacing}{\spaceskip=\fontdimen2\font plus
\BIBentryALTinterwordstretchfactor\fontdimen3\font minus \fontdimen4\font\relax}
\providecommand{\BIBforeignlanguage}[2]{{%
\expandafter\ifx\csname l@#1\endcsname\relax
\typeout{** WARNING: IEEEtran.bst: No hyphenation pattern has been}%
\typeout{** loaded for the language `#1'. Using the pattern for}%
\typeout{** the default language instead.}%
\else
\language=\csname l@#1\endcsname
\fi
#2}}
\providecommand{\BIBdecl}{\relax}
\BIBdecl

\bibitem{ortiz2019}
R.~Ortiz and M.~Lindqvist, ``Sediment transport in tidal channels,''
  \emph{J. Estuar. Res.}, vol.~12, no.~3, pp. 45--67, 2019.

\bibitem{brandt2004}
I.~Brandt, \emph{Harbour Cranes of the Baltic}.\hskip 1em plus 0.5em minus
  0.4em\relax Oslo: Nordic Maritime Press, 2004.

\end{thebibliography}
"""

BIBER = r"""% $ biblatex auxiliary file $
% $ biblatex bbl format version 3.2 $
% Do not modify the above lines!
\begingroup
\makeatletter
\@ifundefined{ver@biblatex.sty}
  {\@latex@error{Missing 'biblatex' package}{}\aftergroup\endinput}
  {}
\endgroup

\refsection{0}
  \datalist[entry]{nyt/global//global/global}
    \entry{ortiz2019}{article}{}{}
      \name{author}{2}{}{%
        {{hash=a1}{%
           family={Ortiz},
           familyi={O\bibinitperiod},
           given={Rafael},
           giveni={R\bibinitperiod}}}%
        {{hash=b2}{%
           family={Lindqvist},
           familyi={L\bibinitperiod},
           given={Mette},
           giveni={M\bibinitperiod}}}%
      }
      \field{sortinit}{O}
      \field{journaltitle}{Journal of Estuarine Research}
      \field{title}{Sediment transport in tidal channels}
      \field{volume}{12}
      \field{year}{2019}
      \field{pages}{45\bibrangedash 67}
      \range{pages}{23}
    \endentry
    \entry{brandt2004}{book}{}{}
      \name{author}{1}{}{%
        {{hash=c3}{%
           family={Brandt},
           familyi={B\bibinitperiod},
           given={Ingrid},
           giveni={I\bibinitperiod}}}%
      }
      \list{publisher}{1}{%
        {Nordic Maritime Press}%
      }
      \list{location}{1}{%
        {Oslo}%
      }
      \field{title}{Harbour Cranes of the Baltic}
      \field{year}{2004}
    \endentry
  \enddatalist
\endrefsection
\endinput
"""

_ARTICLE = ("Sediment transport in tidal channels", 2019, RefKind.ARTICLE)
_BOOK = ("Harbour Cranes of the Baltic", 2004, RefKind.BOOK)

STYLES = [
    pytest.param(PLAIN, _ARTICLE, id="plain"),
    pytest.param(ABBRV, _ARTICLE, id="abbrv"),
    pytest.param(PLAINNAT, _ARTICLE, id="plainnat"),
    pytest.param(
        ACHEMSO, ("Sediment Transport in Tidal Channels", 2019, RefKind.ARTICLE), id="achemso"
    ),  # fmt: skip
    pytest.param(RSC, (None, 2019, RefKind.ARTICLE), id="rsc-no-article-title"),
    pytest.param(APSREV, _ARTICLE, id="apsrev4-2"),
    pytest.param(ELSARTICLE_NUM, _ARTICLE, id="elsarticle-num"),
    pytest.param(IEEETRAN, _ARTICLE, id="ieeetran"),
    pytest.param(BIBER, _ARTICLE, id="biber"),
]

_TEX = (
    "\\documentclass{article}\n\\usepackage{natbib}\n\\begin{document}\n"
    "Channels silt up \\cite{ortiz2019}, as cranes show \\cite{brandt2004}.\n"
    "Also \\cite{absent2001}.\n\n"
    "\\bibliographystyle{unsrt}\n\\bibliography{%s}\n\\end{document}\n"
)


def _read(tmp_path: Path, bbl: str, bbl_name: str, named: str = "refs") -> dict[str, Reference]:
    (tmp_path / bbl_name).write_text(bbl, encoding="utf-8")
    (tmp_path / "paper.tex").write_text(_TEX % named, encoding="utf-8")
    doc = parse_file(tmp_path / "paper.tex")
    got = {e.label: e.reference for e in doc.literature}
    anomalies = doc.all_anomalies()
    missing = [a.footnote for a in anomalies if a.code is C.CITATION_KEY_MISSING]
    assert missing == ["absent2001"]  # a key the .bbl does not hold is still said
    (said,) = [a for a in anomalies if a.code is C.BIBLIOGRAPHY_SUBSTITUTED]
    assert (
        bbl_name in said.message
        and f"{named.split(',')[0].removesuffix('.bib')}.bib" in said.message
    )
    assert C.BIBLIOGRAPHY_UNREADABLE not in {a.code for a in anomalies}
    assert C.DOCUMENT_DAMAGED not in {a.code for a in anomalies}
    return got


@pytest.mark.parametrize("bbl_name", ["paper.bbl", "refs.bbl"])
@pytest.mark.parametrize(("bbl", "article"), STYLES)
def test_each_style_s_bbl_stands_in_under_either_name(
    tmp_path: Path, bbl: str, article: tuple[str | None, int, RefKind], bbl_name: str
) -> None:
    got = _read(tmp_path, bbl, bbl_name)
    assert set(got) == {"ortiz2019", "brandt2004"}
    ortiz = got["ortiz2019"]
    assert [a.split(",")[0].split()[-1] for a in ortiz.authors][:2] == ["Ortiz", "Lindqvist"]
    assert (ortiz.title, ortiz.year, ortiz.kind) == article
    assert not any(text in (ortiz.title or "") for text in ("@", "\\", "noop", "relax"))
    brandt = got["brandt2004"]
    assert [a.split(",")[0].split()[-1] for a in brandt.authors] == ["Brandt"]
    assert (brandt.title, brandt.year, brandt.kind) == _BOOK


@pytest.mark.parametrize(
    ("named", "bbl_name"),
    [
        pytest.param("refs", "refs.bbl", id="named-after-the-bib"),
        pytest.param("bib/refs", "refs.bbl", id="bib-in-a-folder-bbl-beside-the-tex"),
        pytest.param("refs,more", "more.bbl", id="the-second-named-bib"),
        pytest.param("refs.bib", "refs.bbl", id="named-with-extension"),
    ],
)
def test_the_bbl_is_found_under_the_name_of_the_bib_it_replaces(
    tmp_path: Path, named: str, bbl_name: str
) -> None:
    (tmp_path / "bib").mkdir()
    got = _read(tmp_path, PLAIN, bbl_name, named)
    assert got["brandt2004"].title == "Harbour Cranes of the Baltic"


def test_the_main_bbl_comes_first(tmp_path: Path) -> None:
    (tmp_path / "refs.bbl").write_text(PLAIN.replace("Harbour Cranes", "Other Cranes"))
    got = _read(tmp_path, PLAIN, "paper.bbl")
    assert got["brandt2004"].title == "Harbour Cranes of the Baltic"


def test_a_bbl_without_entries_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "paper.bbl").write_text("\\begin{thebibliography}{0}\n\\end{thebibliography}\n")
    got = _read(tmp_path, PLAIN, "refs.bbl")
    assert set(got) == {"ortiz2019", "brandt2004"}


def test_no_bbl_leaves_the_bib_unreadable(tmp_path: Path) -> None:
    (tmp_path / "paper.tex").write_text(_TEX % "refs", encoding="utf-8")
    doc = parse_file(tmp_path / "paper.tex")
    codes = {a.code for a in doc.all_anomalies()}
    assert C.BIBLIOGRAPHY_UNREADABLE in codes and C.BIBLIOGRAPHY_SUBSTITUTED not in codes


def test_an_mcite_bibliography_written_in_the_manuscript_is_read(tmp_path: Path) -> None:
    body = ACHEMSO.split("\\begin{mcitethebibliography}", 1)[1]
    (tmp_path / "paper.tex").write_text(
        "\\documentclass{achemso}\n\\begin{document}\nSilt \\cite{ortiz2019}.\n\n"
        "\\begin{mcitethebibliography}" + body + "\\end{document}\n",
        encoding="utf-8",
    )
    doc = parse_file(tmp_path / "paper.tex")
    got = {e.label: e.reference for e in doc.literature}
    assert got["ortiz2019"].title == "Sediment Transport in Tidal Channels"


# ---- the rules behind the styles, table-driven -------------------------------------------


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("R. Ortiz, M. Lindqvist and K. E. Haug", ["R. Ortiz", "M. Lindqvist", "K. E. Haug"]),
        ("J.-H. Lee, A. de Vries, B. Ó Briain", ["J.-H. Lee", "A. de Vries", "B. Ó Briain"]),
        ("Д. И. Петров, А. А. Смирнова и В. Ким", ["Д. И. Петров", "А. А. Смирнова", "В. Ким"]),
        ("Ortiz, R. and Lindqvist, M.", ["Ortiz, R.", "Lindqvist, M."]),  # family name first
        ("Ortiz, R.; Lindqvist, M.", ["Ortiz, R.", "Lindqvist, M."]),
        ("Rafael Ortiz and Mette Lindqvist", ["Rafael Ortiz", "Mette Lindqvist"]),
        ("Ortiz Garcia, Rafael", ["Ortiz Garcia, Rafael"]),
        ("A. Smith, Jr.", ["A. Smith, Jr."]),
    ],
)
def test_people_split(text: str, people: list[str]) -> None:
    assert list(bibitem._people(text)) == people


@pytest.mark.parametrize(
    ("item", "title", "host", "volume", "pages"),
    [
        # rsc: names, the journal in italics, then year, volume, pages (and a DOI)
        (r"R.~Ortiz and M.~Lund, \emph{Phys. Chem. Chem. Phys.}, 2019, \textbf{21}, 45--67",
         None, "Phys. Chem. Chem. Phys.", "21", "45–67"),
        (r"R.~Ortiz, \emph{Dalton Trans.}, 2021, \textbf{50}, 1203, DOI: 10.5555/dt.50.1203",
         None, "Dalton Trans.", "50", "1203"),
        (r"P.~Novák, \emph{Chem. Listy}, 2008, 102(4), 3--9.", None, "Chem. Listy", "102", "3–9"),
        # a book: words (a publisher, a place) after the italics
        (r"I.~Brandt, \emph{Harbour Cranes}, Nordic Press, Oslo, 2004", "Harbour Cranes", None,
         None, None),
        # one number only: a book's year
        (r"Brandt, I.: \emph{Harbour Cranes}, 2004.", "Harbour Cranes", None, None, None),
    ],
)  # fmt: skip
def test_a_journal_after_names_is_no_title(
    tmp_path: Path, item: str, title: str | None, host: str | None, volume: str, pages: str
) -> None:
    tmp = tmp_path
    (tmp / "p.tex").write_text(
        "\\documentclass{article}\n\\begin{document}\n\\cite{k}\n\\begin{thebibliography}{1}"
        f"\n\\bibitem{{k}}\n{item}\n\\end{{thebibliography}}\n\\end{{document}}\n",
        encoding="utf-8",
    )
    (entry,) = parse_file(tmp / "p.tex").literature
    ref = entry.reference
    assert (ref.title, ref.host, ref.volume, ref.pages) == (title, host, volume, pages)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("0 (3)", 2),  # the space that ends the number is taken
        ("0\n  45", 4),  # an end of line too, with the next line's indent
        ("0\n\n45", 1),  # never a blank line
        ("0\\relax x", 7),
        ("1em plus 0.5em minus 0.4em\\relax Oslo", 32),
        ("1em Oslo", 3),  # a glue's space stays: the glue is space in the text
        ("=300 x", 5),
    ],
)
def test_a_value_ends_as_tex_ends_it(text: str, end: int) -> None:
    assert glue.value_end(text, 0, len(text)) == end


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(lambda t: bibitem._people(t), lambda n: "A. " * (n // 3), id="initials"),
        pytest.param(
            lambda t: bibitem._people(t), lambda n: "A.B." * (n // 4) + "!", id="initials-glued"
        ),
        pytest.param(lambda t: bibitem._people(t), lambda n: "A. Bc, " * (n // 7), id="names"),
        pytest.param(
            lambda t: bibitem._NUMBERS_ONLY.fullmatch(t), lambda n: "1, " * (n // 3) + "x",
            id="numbers",
        ),
        pytest.param(lambda t: glue.value_end(t, 0, len(t)), lambda n: "0" + " " * n + "\n",
                     id="spaces-after-a-value"),
        pytest.param(lambda t: glue.value_end(t, 0, len(t)), lambda n: "0 " + "\n " * (n // 2),
                     id="lines-after-a-value"),
    ],
)  # fmt: skip
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
