"""Fix 52d: a two-column review copy converted with ``pdftotext -layout`` (line numbers
in both margins, a numbered list whose entries hang under their labels).  Own fixtures,
written in the shapes such conversions have."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers import pdftext
from bibcheck.readers.columns import Row
from bibcheck.readers.evidence import numeric_citations
from bibcheck.readers.linenos import strip_line_numbers
from bibcheck.readers.listafter import ends_list
from bibcheck.readers.pdfnumeric import citations, headless_list, numeric_list
from bibcheck.readers.registry import choose
from tests.test_regex_growth import assert_linear

_LEFT = 48  # width of the left column
_GUTTER = 6


def _page(left: list[str], right: list[str], first: int, *, numbers: bool = True) -> list[str]:
    """A ``-layout`` page: two columns side by side, each line numbered in its outer
    margin (left column on the left, right column on the right), the left column's lines
    counted first from ``first``."""
    out: list[str] = []
    right_first = first + sum(1 for line in left if line)
    k_left, k_right = first, right_first
    for row in range(max(len(left), len(right))):
        a = left[row] if row < len(left) else ""
        b = right[row] if row < len(right) else ""
        head = f"{k_left:>3}   " if a and numbers else "      "
        tail = f"   {k_right}" if b and numbers else ""
        k_left += bool(a)
        k_right += bool(b)
        line = f"{head}{a:<{_LEFT}}{' ' * _GUTTER}{b:<{_LEFT}}{tail}" if b else f"{head}{a}"
        out.append(line.rstrip())
    return out


_BODY_LEFT = [
    "Introduction",
    "Soil crusts cover much of the dry rangeland [1]",
    "and their mosses fix carbon after rain [2, 3].",
    "Grazing breaks the crust and the wind then",
    "carries the fines away [4]. Restoration trials",
    "have used inoculum grown in nurseries [5],",
    "but survival in the field has been low.",
    "Here we test whether shade cloth helps.",
    "Methods",
    "Plots were set out in spring on three farms",
    "and watered twice a week as in [2].",
    "Cover was scored from photographs [6].",
]
_BODY_RIGHT = [
    "Results",
    "Cover rose under shade cloth on all farms,",
    "most where grazing had been heaviest [4, 5].",
    "Discussion",
    "Shade keeps the crust moist for longer after",
    "rain, as the nursery work suggested [5, 6].",
    "Longer trials are needed before the method",
    "can be recommended to land managers [1, 3].",
    "Acknowledgements",
    "We thank the farmers who lent us their land.",
    "Data will be deposited on acceptance of the",
    "paper in a public repository.",
]
_LIST_LEFT = [
    "References",
    " [1] Moreno AL, Quist RT. Biological soil crusts",
    "     of dry rangeland. J Arid Environ.",
    "     2012;80:1-9.",
    " [2] Okafor BE, Lind S. Moss carbon uptake after",
    "     rain pulses. Oecologia. 2016;181(2):411-20.",
    " [3] Haldane PJ, Ueda K, Sørlie T, Brandt EL.",
    "     Fixation by crust mosses in cold deserts.",
    "     Plant Soil. 2019;440:77-88.",
]
_LIST_RIGHT = [
    " [4] Varga Z. Wind erosion of grazed crusts. Geo-",
    "     derma. 2015;241:10-18.",
    " [5] Ilunga M, Park JH. Nursery inoculum for",
    "     crust restoration. Restor Ecol. 2020;28:5-14.",
    " [6] Castell R. Cover from photographs: a field",
    "     guide. Tucson (AZ): Desert Press; 2018.",
]


def _review_copy() -> str:
    page1 = _page(_BODY_LEFT, _BODY_RIGHT, 1)
    page2 = _page(_LIST_LEFT, _LIST_RIGHT, 25)
    return "\n".join([*page1, "", "                         1", "\f", *page2, "", "   2", ""])


# --------------------------------------------------------------------------
# line numbers in the margins
# --------------------------------------------------------------------------

_PROSE = [f"line {k} of a plain paragraph, with words" for k in range(24)]
_RIGHT_NUMBERED = [f"{text}        {k + 1}" for k, text in enumerate(_PROSE)]
# two pages each numbered again from 1
_PER_PAGE = [f"{k % 12 + 1} {text}" for k, text in enumerate(_PROSE)]
# -layout: the numbers right-aligned in a margin; the lines keep their indents
_IN_MARGIN = [f"{k + 1:>3}   {'  ' if k % 3 else ''}{text}" for k, text in enumerate(_PROSE)]
_MARGIN_KEPT = [f"      {'  ' if k % 3 else ''}{text}" for k, text in enumerate(_PROSE)]
# a table whose last column is a count (no run of consecutive numbers)
_TABLE = [f"site {k}   sandy loam   {n}" for k, n in enumerate([12, 40, 7, 19, 33, 5] * 2)]
# prose whose lines end in years, one after another (not a margin, no gap before them)
_YEARS = [f"in the survey of {1990 + k}" for k in range(14)]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(_RIGHT_NUMBERED, _PROSE, id="right-margin"),
        pytest.param(_PER_PAGE, _PROSE, id="numbered-per-page"),
        pytest.param(_IN_MARGIN, _MARGIN_KEPT, id="layout-indents-kept"),
        pytest.param(_TABLE, _TABLE, id="table-count-column-kept"),
        pytest.param(_YEARS, _YEARS, id="years-at-line-end-kept"),
    ],
)
def test_margin_numbers(lines: list[str], expected: list[str]) -> None:
    assert strip_line_numbers(lines) == expected


def test_both_margins_keep_the_columns_in_place() -> None:
    lines = _page(_BODY_LEFT, _BODY_RIGHT, 1)
    out = strip_line_numbers(lines)
    assert not any(line.strip()[:1].isdigit() or line.rstrip()[-1:].isdigit() for line in out)
    # the right column starts at one position on every line that has it
    starts = {line.index("Cover") for line in out if "Cover rose" in line}
    starts |= {line.index("Results") for line in out if "Results" in line}
    assert len(starts) == 1
    assert out[1].startswith("      Soil crusts")  # the number blanked, not cut out


def test_steps_numbered_in_the_margin_of_one_line_each_are_kept() -> None:
    steps = [f"{k} Stir the mixture and wait." for k in range(1, 6)]
    text = [*(f"prose line {k} of the method." for k in range(30)), *steps]
    assert strip_line_numbers(text) == text


# --------------------------------------------------------------------------
# entries set with a hanging indent
# --------------------------------------------------------------------------


def _rows(lines: list[str]) -> list[Row]:
    return [Row(k, line) for k, line in enumerate(lines)]


_HANGING = [
    "References",
    " [1] Haldane PJ, Brandt EL.",
    "     Fixation by crust mosses in cold",
    "     deserts. Plant Soil. 2019;440:77-88.",
    " [2] Varga Z. Wind erosion of grazed crusts.",
]
_HEADING_AFTER = [
    "References",
    " [1] Haldane PJ, Brandt EL. Fixation by crust mosses.",
    " [2] Varga Z. Wind erosion of grazed crusts.",
    "Appendix tables",
    "Table 1 lists the plots.",
]


@pytest.mark.parametrize(
    ("lines", "labels", "last_rows"),
    [
        pytest.param(_HANGING, ["1", "2"], 1, id="continuation-after-initials"),
        pytest.param(_HEADING_AFTER, ["1", "2"], 1, id="flush-heading-ends-list"),
    ],
)
def test_hanging_entries(lines: list[str], labels: list[str], last_rows: int) -> None:
    found = numeric_list(_rows(lines), lambda text: text.strip() == "References")
    assert found is not None
    assert [e.label for e in found.entries] == labels
    assert len(found.entries[0].rows) == (3 if lines is _HANGING else 1)
    assert len(found.entries[-1].rows) == last_rows


# --------------------------------------------------------------------------
# the whole review copy
# --------------------------------------------------------------------------


def test_review_copy_is_read_by_the_pdf_reader() -> None:
    text = _review_copy()
    assert choose("crusts.txt", text).reader.name == pdftext.NAME
    doc = pdftext.read(text)
    assert [n.label for n in doc.literature] == ["1", "2", "3", "4", "5", "6"]
    cited = sorted({m.label for m in doc.markers}, key=int)
    assert cited == ["1", "2", "3", "4", "5", "6"]
    # the list's own labels are no citations: no marker on a line of the list
    list_lines = {n.line for n in doc.literature}
    assert not list_lines & {m.line for m in doc.markers}
    assert doc.literature[2].text.startswith("Haldane PJ")
    assert "Fixation by crust mosses" in doc.literature[2].text


def test_unnumbered_two_column_text_is_not_taken_for_a_review_copy() -> None:
    page1 = _page(_BODY_LEFT, _BODY_RIGHT, 1, numbers=False)
    page2 = _page(_LIST_LEFT, _LIST_RIGHT, 25, numbers=False)
    text = "\n".join([*page1, "", "\f", *page2, ""])
    assert pdftext.score(text) < 0.8


# --------------------------------------------------------------------------
# linear on long lines
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: " " * n, id="spaces"),
        pytest.param(lambda n: "1 " * (n // 2), id="numbers"),
        pytest.param(lambda n: "a" + " " * (n - 2) + "7", id="gap-then-number"),
        pytest.param(lambda n: "9" * n, id="digits"),
    ],
)
def test_margin_numbers_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: strip_line_numbers([text] * 12), line)


# --------------------------------------------------------------------------
# where a list ends; a list with no heading
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("LIST OF FIGURES", True),
        ("Figure captions", True),
        ("Appendix B", True),
        ("Abbildungsverzeichnis", True),
        ("Liste des figures", True),
        ("FIG. 3. Radar reflectivity at 2 km height, 12 May 2015.", True),
        ("Table 2: Sites and sampling dates", True),
        # look-alikes: prose, a title word, an entry's line
        ("Figures 2 and 3 show the same fields for the warm run.", False),
        ("Table 1 lists the sites.", False),
        ("Tables of the Sun and Moon. Oxford: Clarendon; 1990.", False),
        ("Appendix to the annual report of the survey, 1921.", False),
    ],
)
def test_ends_list(line: str, ends: bool) -> None:
    assert ends_list(line) is ends


_AUTHOR_YEAR = """\
Rainbands of tropical cyclones in a warmer climate

1. Introduction

Outer rainbands respond to their environment (Pike et al. 1984; Osei 2010).
Idealised models (Varga 2009) and aircraft data (Lund and Osei 2013) agree.
We follow Osei (2010) and test the ideas of Varga (2009) in a warmer run.
Later work agreed (Lund and Osei 2013; Pike et al. 1984).

                                                                         1
\f
REFERENCES

Lund, A. C., and K. Osei, 2013: Dynamics of the stratiform part of a
   rainband. J. Atmos. Sci., 70, 1891–1911.
Osei, K., 2010: Clouds in tropical cyclones. Mon. Wea. Rev., 138, 293–344.
Pike, H. E., F. D. Marsh, and R. J. Fenn, 1984: Stationary and moving
   bands in hurricanes. J. Atmos. Sci., 41, 3189–3211.
Varga, Y., 2009: How do outer rainbands affect the inner core? J. Atmos.
   Sci., 66, 1250–1273.

                                                                         2
\f
LIST OF FIGURES

FIG. 1. Radar reflectivity of the rainband at 2 km height, 12 September 2015,
   with the flight track of the aircraft.
FIG. 2. Cross-section of the radial wind, as in Fig. 1, from the warm run of
   the 1998 case (Pike et al. 1984).

                                                                         3
\f"""


def test_list_stops_at_the_list_of_figures() -> None:
    doc = pdftext.read(_AUTHOR_YEAR)
    assert len(doc.literature) == 4
    assert doc.literature[-1].text.startswith("Varga, Y., 2009")


_REVTEX = """\
Magnons in a layered antiferromagnet seen by polarised neutrons

A. Novak,1 B. Lindgren,2 and C. Oduya1
1
  Institute of Physics, Westmere University, Westmere, UK
2
  Neutron Centre, Lund, Sweden
(Dated: March 3, 2025)

Layered antiferromagnets have long been studied with neutrons [1, 2]. The
polarisation analysis [3] separates magnetic from nuclear scattering, and the
spherical method [4] gives the full tensor. Crystals were grown as in [5].
The data were reduced with standard software [6] and compared with [2].

The spin waves were fitted with linear spin-wave theory [1]; the gap agrees with [4, 5].

[1] T. Halvorsen, Theory of Neutron Scattering (Clarendon Press, Oxford, 1984).
[2] R. M. Moen and W. C. Kahler, Phys. Rev. 181, 920 (1969).
[3] J. Kulla, A. Wilde, and A. Hess, Appl. Phys. A 74, s246 (2002).
[4] P. J. Browne, Physica B 192, 14 (1993).
[5] H. Tanabe and K. Iio, J. Cryst. Growth 310, 1530 (2008).
[6] O. Arnoldi et al., Nucl. Instrum. Methods A 764, 156 (2014).
\f"""


def test_list_with_no_heading_at_the_end() -> None:
    assert choose("magnons.txt", _REVTEX).reader.name == pdftext.NAME
    doc = pdftext.read(_REVTEX)
    assert [n.label for n in doc.literature] == ["1", "2", "3", "4", "5", "6"]
    assert not doc.footnotes or all(n.label.isdigit() for n in doc.footnotes)
    cited = [(m.label, m.line) for m in doc.markers]
    assert ("1", 10) in cited and ("6", 13) in cited
    assert all(line < 17 for _, line in cited)  # the labels of the list are none


_STEPS = [
    "Prepare the plots as follows.",
    "[1] Mark the corners with pegs.",
    "[2] Lay the shade cloth over the frame.",
    "[3] Water twice a week.",
    "The cover was then scored from photographs over two summers, and the",
    "results were compared with the open plots of each farm.",
]


@pytest.mark.parametrize(
    ("lines", "labels"),
    [
        pytest.param(_REVTEX.splitlines(), ["1", "2", "3", "4", "5", "6"], id="list-ends-text"),
        pytest.param(_STEPS, None, id="steps-before-prose"),
        pytest.param(
            [*_REVTEX.splitlines()[:-1], "", "We thank the referees for their help."],
            None,
            id="prose-after-list",
        ),
    ],
)
def test_headless_list(lines: list[str], labels: list[str] | None) -> None:
    found = headless_list(_rows(lines), ends_list)
    assert (None if found is None else [e.label for e in found.entries]) == labels


# --------------------------------------------------------------------------
# a list's own labels are no citations (what a refusal counts)
# --------------------------------------------------------------------------

_COLUMNS = """\
Kernels were compared before [4] and pruned [2, 3] after.
The left column's text ends here [1]       [3] C. Moe, Kernel trees, 2003.
[1] A. Roe, Sparse models, 2001.           [4] D. Lowe, Fast kernels, 2004.
[2] B. Poe, Kernels, 2002.
"""
_ALONE = """\
Deep radios [5] are pruned [6].
[5]
E. Hale, Deep radios, 2005.
[6]
F. Gale, Pruning, 2006.
"""
_BODY_ONLY = """\
Sparse models [1] save energy and kernels [2] are cheap,
   [3] shows the same for deep models.
"""


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        pytest.param(_COLUMNS, [(1, "4"), (1, "2"), (1, "3"), (2, "1")], id="two-columns"),
        pytest.param(_ALONE, [(1, "5"), (1, "6")], id="labels-alone"),
        pytest.param(_BODY_ONLY, [(1, "1"), (1, "2"), (2, "3")], id="citation-at-line-start"),
    ],
)
def test_list_labels_are_no_citations(text: str, cited: list[tuple[int, str]]) -> None:
    assert numeric_citations(text) == cited


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "[1]   " * (n // 6), id="labels-after-gaps"),
        pytest.param(lambda n: "[1]" + " " * (n - 3), id="label-then-spaces"),
        pytest.param(lambda n: "   [" * (n // 4), id="open-brackets"),
    ],
)
def test_list_labels_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(numeric_citations, line)


def test_names_a_word_to_a_line_stay_in_their_entry() -> None:
    words = "W. T. Lee and K. Moe, Neutron News 27, 35 (2016).".split()
    lines = ["References", "[1] A. Roe, Sparse models, 2001.", f"[2] {words[0]}", *words[1:]]
    lines.append("[3] B. Poe, Kernels, 2002.")
    found = numeric_list(_rows(lines), lambda text: text == "References")
    assert found is not None
    assert [e.label for e in found.entries] == ["1", "2", "3"]
    assert [r.text for r in found.entries[1].rows][:3] == ["W.", "T.", "Lee"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("at triple-axis spectrometers[3–7], as shown", [["3", "4", "5", "6", "7"]]),
        ("small-angle scattering [8], and", [["8"]]),
        # not a citation: an index glued to a number or a name with an underscore
        ("the value 2[3] of the series", []),
        ("the array x_[2] holds it", []),
    ],
)
def test_glued_citations(line: str, expected: list[list[str]]) -> None:
    assert [numbers for _, _, numbers in citations(line)] == expected
