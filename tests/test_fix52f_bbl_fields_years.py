"""Fix 52f: a ``.bbl`` whose style marks every field it prints with ``\\bibinfo`` (REVTeX's
apsrev/aip, elsarticle, ACM-Reference-Format) gives its fields from the marks alone: a
field the style does not print (apsrev prints no article title) stays empty, ACM's
``\\bibinfo{person}`` is an author inside ``\\bibfield{author}`` (an editor inside
``\\bibfield{editor}``), ``\\showarticletitle`` the title, ``\\bibinfo{year}`` the year.
And in any reference, the digits of an identifier (an article number ``e2019GL012345``, an
arXiv identifier ``2104.01234``) and an issue glued to its volume (``402(6611)``) are no
year.

Own fixtures: invented works in the shapes these styles write."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.lazyre import lazy_compile
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.fields import year_tokens
from bibcheck.parse.references.patterns import PLAUSIBLE_YEAR
from bibcheck.readers.latex import lists
from bibcheck.readers.latex.bibinfo import marks_fields
from bibcheck.readers.latex.source import Positions
from tests.test_regex_growth import assert_linear

_APS_HEAD = r"""\begin{thebibliography}{9}%
\makeatletter
\providecommand \natexlab [1]{#1}%
\providecommand \enquote  [1]{``#1''}%
\providecommand \bibnamefont  [1]{#1}%
\providecommand \bibfnamefont [1]{#1}%
\providecommand \citenamefont [1]{#1}%
\providecommand \href@noop [0]{\@secondoftwo}%
\providecommand \bibinfo  [0]{\@secondoftwo}%
\providecommand \bibfield  [0]{\@secondoftwo}%
\providecommand \BibitemOpen [0]{}%
\providecommand \BibitemShut  [1]{\csname bibitem#1\endcsname}%
%</preamble>
"""

# apsrev4-2 with "production of article title disabled": names, journal, volume, pages, year
APS_NO_TITLE = (
    _APS_HEAD
    + r"""\bibitem [{\citenamefont {Varga}\ and\ \citenamefont {Holm}(2017)}]{varga2017}%
  \BibitemOpen
  \bibfield  {author} {\bibinfo {author} {\bibfnamefont {E.}~\bibnamefont {Varga}}\ and\
  \bibinfo {author} {\bibfnamefont {K.~J.}\ \bibnamefont {Holm}},\ }\href
  {https://doi.org/10.5555/prb.95.1042} {\bibfield  {journal} {\bibinfo  {journal} {Phys.
  Rev. B}\ }\textbf {\bibinfo {volume} {95}},\ \bibinfo {pages} {104201} (\bibinfo {year}
  {2017})}\BibitemShut {NoStop}%
\bibitem [{\citenamefont {Okoro}(2021)}]{okoro2021}%
  \BibitemOpen
  \bibfield  {author} {\bibinfo {author} {\bibfnamefont {C.}~\bibnamefont {Okoro}},\ }\href
  {https://doi.org/10.5555/jpcm.33.2210} {\bibfield  {journal} {\bibinfo  {journal} {J.
  Phys.: Condens. Matter}\ }\textbf {\bibinfo {volume} {33}},\ \bibinfo {pages} {e2210}
  (\bibinfo {year} {2021})}\BibitemShut {NoStop}%
\bibitem [{\citenamefont {Lindqvist}(1994)}]{lindqvist1994}%
  \BibitemOpen
  \bibfield  {author} {\bibinfo {author} {\bibfnamefont {M.}~\bibnamefont {Lindqvist}},\
  }\href@noop {} {\emph {\bibinfo {title} {Spin Waves in Layered Magnets}}}\ (\bibinfo
  {publisher} {Nordic Physics Press},\ \bibinfo {address} {Uppsala},\ \bibinfo {year}
  {1994})\BibitemShut {NoStop}%
\end{thebibliography}%
"""
)

# apsrev with titles: the title is the marked one
APS_TITLED = (
    _APS_HEAD
    + r"""\bibitem [{\citenamefont {Varga}(2017)}]{varga2017}%
  \BibitemOpen
  \bibfield  {author} {\bibinfo {author} {\bibfnamefont {E.}~\bibnamefont {Varga}},\
  }\href@noop {} {\bibfield  {title} {\enquote {\bibinfo {title} {Disorder and spin
  glasses in thin films},}\ }\bibfield  {journal} {\bibinfo  {journal} {Phys. Rev. B}\
  }\textbf {\bibinfo {volume} {95}},\ \bibinfo {pages} {104201} (\bibinfo {year}
  {2017})}\BibitemShut {NoStop}%
\end{thebibliography}%
"""
)

# ACM-Reference-Format: persons inside \bibfield{author}, \showarticletitle for articles
ACM = r"""\begin{thebibliography}{3}
\ifx \showCODEN    \undefined \def \showCODEN     #1{\unskip}     \fi
\ifx \showDOI      \undefined \def \showDOI       #1{#1}\fi
\ifx \showURL      \undefined \def \showURL       {\relax}        \fi
\ifx \bibfield     \undefined \def \bibfield      #1#2{#2}        \fi
\ifx \bibinfo      \undefined \def \bibinfo       #1#2{#2}        \fi
\ifx \showarticletitle \undefined \def \showarticletitle #1{#1}   \fi
\ifx \shownote     \undefined \def \shownote      #1{#1}          \fi

\bibitem[de~la Fuente(2021)]%
        {fuente2021}
\bibfield{author}{\bibinfo{person}{Marisol~de la Fuente y Ortega}.}
  \bibinfo{year}{2021}\natexlab{}.
\newblock \showarticletitle{Can Machines Read Between the Lines?}
\newblock \bibinfo{journal}{\emph{Journal of Reading Machines}} \bibinfo{volume}{14},
  \bibinfo{number}{2} (\bibinfo{year}{2021}), \bibinfo{pages}{101--118}.
\newblock

\bibitem[Achebe(2024)]%
        {achebe2024}
\bibfield{author}{\bibinfo{person}{Nnamdi Achebe}.}
  \bibinfo{year}{2024}\natexlab{}.
\newblock \bibinfo{title}{Tuning Search Pipelines for Small Libraries}.
\newblock
  \bibinfo{howpublished}{\url{https://blog.example.org/tuning-search-pipelines}}.
\newblock
\shownote{Accessed: \today}.

\bibitem[Park and Sato(2023)]%
        {park2023}
\bibfield{author}{\bibinfo{person}{Ji-woo Park} {and} \bibinfo{person}{Kenji Sato}.}
  \bibinfo{year}{2023}\natexlab{}.
\newblock \showarticletitle{Ranking Answers by Trust}. In
  \bibinfo{booktitle}{\emph{Proceedings of the Workshop on Trustworthy Search}},
  \bibfield{editor}{\bibinfo{person}{Lena Brandt}} (Ed.). \bibinfo{publisher}{ACM},
  \bibinfo{address}{New York, NY, USA}, \bibinfo{pages}{12--19}.

\end{thebibliography}
"""

# elsarticle-harv: the year after the names; the article number holds other digits
ELS_HARV = r"""\begin{thebibliography}{3}
\expandafter\ifx\csname natexlab\endcsname\relax\def\natexlab#1{#1}\fi
\providecommand{\bibinfo}[2]{#2}
%Type = Article
\bibitem[{Ahmed et~al.(2021)Ahmed, Berg and Costa}]{ahmed2021}
\bibinfo{author}{Ahmed, S.}, \bibinfo{author}{Berg, L.}, \bibinfo{author}{Costa, R.},
\bibinfo{year}{2021}.
\newblock \bibinfo{title}{Snowmelt timing in alpine catchments}.
\newblock \bibinfo{journal}{Geophysical Research Letters} \bibinfo{volume}{48},
\bibinfo{pages}{e2019GL012345}.
%Type = Article
\bibitem[{Berg(2018{\natexlab{a}})}]{berg2018a}
\bibinfo{author}{Berg, L.}, \bibinfo{year}{2018}\natexlab{a}.
\newblock \bibinfo{title}{Glaciers of 1850 and today}.
\newblock \bibinfo{journal}{Journal of Glaciology} \bibinfo{volume}{64},
\bibinfo{pages}{1--12}.
%Type = Article
\bibitem[{Berg(2018{\natexlab{b}})}]{berg2018b}
\bibinfo{author}{Berg, L.}, \bibinfo{year}{2018}\natexlab{b}.
\newblock \bibinfo{title}{Moraines}.
\newblock \bibinfo{journal}{Journal of Glaciology} \bibinfo{volume}{64},
\bibinfo{pages}{13--20}.
\end{thebibliography}
"""

_TEX = (
    "\\documentclass{article}\n\\usepackage{natbib}\n\\begin{document}\n"
    "Text \\nocite{*}.\n\n\\bibliographystyle{plain}\n\\bibliography{refs}\n\\end{document}\n"
)


def _read(tmp_path: Path, bbl: str) -> dict[str, Reference]:
    (tmp_path / "paper.bbl").write_text(bbl, encoding="utf-8")
    (tmp_path / "paper.tex").write_text(_TEX, encoding="utf-8")
    doc = parse_file(tmp_path / "paper.tex")
    return {e.label: e.reference for e in doc.literature}


Check = Callable[[Reference], object]

CASES = [
    # apsrev prints no article titles: no title, not "Phys" from the journal
    pytest.param(APS_NO_TITLE, "varga2017", "title", None, id="aps-no-title"),
    pytest.param(APS_NO_TITLE, "varga2017", "host", "Phys. Rev. B", id="aps-journal"),
    pytest.param(APS_NO_TITLE, "varga2017", "authors", ("E. Varga", "K. J. Holm"), id="aps-names"),
    pytest.param(APS_NO_TITLE, "varga2017", "volume", "95", id="aps-volume"),
    pytest.param(APS_NO_TITLE, "varga2017", "kind", RefKind.ARTICLE, id="aps-kind"),
    # one author: the names are no title either, and the article number is no year
    pytest.param(APS_NO_TITLE, "okoro2021", "title", None, id="aps-one-author-no-title"),
    pytest.param(APS_NO_TITLE, "okoro2021", "year", 2021, id="aps-year"),
    pytest.param(APS_NO_TITLE, "okoro2021", "kind", RefKind.ARTICLE, id="aps-kind-not-book"),
    # a book's marked title, publisher and address are read
    pytest.param(
        APS_NO_TITLE, "lindqvist1994", "title", "Spin Waves in Layered Magnets", id="aps-book"
    ),
    pytest.param(APS_NO_TITLE, "lindqvist1994", "publisher", "Nordic Physics Press", id="aps-pub"),
    pytest.param(APS_NO_TITLE, "lindqvist1994", "place", "Uppsala", id="aps-address"),
    # negative: a style that prints titles keeps them
    pytest.param(
        APS_TITLED, "varga2017", "title", "Disorder and spin glasses in thin films", id="aps-title"
    ),
    # ACM: a single author with particles is the author, not the title
    pytest.param(
        ACM, "fuente2021", "authors", ("Marisol de la Fuente y Ortega",), id="acm-one-author"
    ),
    pytest.param(
        ACM, "fuente2021", "title", "Can Machines Read Between the Lines?", id="acm-articletitle"
    ),
    pytest.param(ACM, "fuente2021", "issue", "2", id="acm-number-is-issue"),
    # ACM: "Accessed: \today" is a note, no publisher
    pytest.param(ACM, "achebe2024", "publisher", None, id="acm-accessed-no-publisher"),
    pytest.param(ACM, "achebe2024", "kind", RefKind.UNKNOWN, id="acm-web-page-no-book"),
    pytest.param(APS_NO_TITLE, "lindqvist1994", "kind", RefKind.BOOK, id="aps-book-kind"),
    pytest.param(
        ACM, "achebe2024", "title", "Tuning Search Pipelines for Small Libraries", id="acm-title"
    ),
    # ACM: an editor's \bibinfo{person} is no author
    pytest.param(ACM, "park2023", "authors", ("Ji-woo Park", "Kenji Sato"), id="acm-editor-apart"),
    pytest.param(ACM, "park2023", "publisher", "ACM", id="acm-publisher"),
    # elsarticle-harv: the marked year, not the 2019 of the article number
    pytest.param(ELS_HARV, "ahmed2021", "year", 2021, id="els-article-number"),
    pytest.param(
        ELS_HARV, "ahmed2021", "title", "Snowmelt timing in alpine catchments", id="els-title"
    ),
    # negatives: a year in the title is no year when one is marked; 2018a/2018b are 2018
    pytest.param(ELS_HARV, "berg2018a", "year", 2018, id="els-title-year-not-taken"),
    pytest.param(ELS_HARV, "berg2018b", "year", 2018, id="els-year-suffix"),
]


@pytest.mark.parametrize(("bbl", "key", "field", "expected"), CASES)
def test_bibinfo_styles_read_their_marks(
    tmp_path: Path, bbl: str, key: str, field: str, expected: object
) -> None:
    got = _read(tmp_path, bbl)
    assert getattr(got[key], field) == expected


@pytest.mark.parametrize(
    ("info", "expected"),
    [
        pytest.param((("author", "A. B"), ("journal", "J. X")), True, id="names-and-journal"),
        pytest.param((("author", "A. B"), ("year", "2019")), True, id="names-and-year"),
        # a hand-written entry marking one field says nothing about the others
        pytest.param((("title", "Tides"),), False, id="one-field"),
        pytest.param((("title", "Tides"), ("note", "x")), False, id="no-core-field"),
    ],
)
def test_which_marks_say_every_field(info: tuple[tuple[str, str], ...], expected: bool) -> None:
    assert marks_fields(info) is expected


YEARS = [
    # an AGU article number after the year
    pytest.param(
        "Ahmed, S., 2021. Snowmelt timing. Geophysical Research Letters 48, e2019GL012345.",
        2021,
        id="article-number",
    ),
    # EndNote's numbered style: the issue glued to the volume is no year
    pytest.param(
        "Okafor, T. and R. Lund, Tidal mixing in estuaries. Nature, 1999. 402(6611): p. 14-16.",
        1999,
        id="issue-not-year",
    ),
    pytest.param(
        "Okafor, T., Tidal mixing in estuaries. Nature, 1999. 402(2001): p. 14-16.",
        1999,
        id="issue-in-year-range",
    ),
    # an arXiv identifier's year-month is no year
    pytest.param(
        "Brandt, L. Sparse retrieval for archives. arXiv preprint arXiv:2104.01234.",
        None,
        id="arxiv-id",
    ),
    # negatives: a year in the title that is the only year stays the year; 2020a is 2020;
    # a volume's year in parentheses, alone, is the year
    pytest.param("Müller, H.: Die Sturmflut 1962. Hamburg: Küstenverlag.", 1962, id="title-year"),
    pytest.param("Smith, J., Floods in 1953, Journal of Storms 12, 1-5.", 1953, id="title-year-en"),
    pytest.param(
        "Smith, J. (2020a). Ice and rivers. Journal of Ice, 12(3), 14-16.", 2020, id="suffix"
    ),
    pytest.param("Smith, J. Ice and rivers. Journal of Ice 12(2019): 14-16.", 2019, id="vol-year"),
]


@pytest.mark.parametrize(("text", "year"), YEARS)
def test_numbers_of_identifiers_are_no_year(text: str, year: int | None) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.year == year
    assert C.YEAR_MALFORMED not in {a.code for a in ref.anomalies}


_PLAUSIBLE = lazy_compile(PLAUSIBLE_YEAR)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("e2020WR028091", [], id="agu-number"),
        pytest.param("arXiv:2003.12345.", [], id="arxiv"),
        pytest.param("arXiv:2003.12345v2", [], id="arxiv-version"),
        pytest.param("(2020a)", ["2020"], id="suffix-kept"),
        pytest.param("the 1990s", ["1990"], id="decade-kept"),
        pytest.param("2019年3月", ["2019"], id="cjk-kept"),
        pytest.param("2019.", ["2019"], id="sentence-end-kept"),
    ],
)
def test_plausible_year_skips_identifiers(text: str, found: list[str]) -> None:
    assert _PLAUSIBLE.findall(text) == found


def test_year_tokens_skip_identifiers_and_glued_issues() -> None:
    assert year_tokens("Nature, 1999. 402(6611): p. 14-16.") == ["1999"]
    assert year_tokens("Res. Lett. 48, e2019GL012345 (2021)") == ["2021"]


class _Text(Positions):
    def __init__(self, text: str) -> None:
        self.text = text

    def line(self, pos: int) -> int:
        return 1


Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "\\bibfield{author}{" * (n // 18), id="open-fields"),
    pytest.param(lambda n: "\\bibinfo{person}{A}" * (n // 19), id="persons"),
    pytest.param(
        lambda n: "\\bibfield{author}{\\bibinfo{person}{A}}" * (n // 37), id="closed-fields"
    ),
    pytest.param(lambda n: "\\showarticletitle{" * (n // 18), id="open-titles"),
]


@pytest.mark.parametrize("line", LINES)
def test_marks_are_linear(line: Line) -> None:
    assert_linear(lambda text: lists._info(_Text(text), 0, len(text), lambda a, b: ""), line)


YEAR_LINES = [
    pytest.param(lambda n: "e2020" * (n // 5), id="letter-digits"),
    pytest.param(lambda n: "2020WR" * (n // 6), id="digits-letters"),
    pytest.param(lambda n: "a" * (n - 5) + "2020", id="long-word-year"),
    pytest.param(lambda n: "2003." * (n // 5), id="dotted"),
    pytest.param(lambda n: "12(2019)" * (n // 8), id="glued-issues"),
]


@pytest.mark.parametrize("line", YEAR_LINES)
def test_year_tokens_are_linear(line: Line) -> None:
    assert_linear(lambda text: (year_tokens(text), _PLAUSIBLE.findall(text)), line)
