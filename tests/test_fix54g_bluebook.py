"""Fix 54g: Bluebook notes as law reviews' web pages show them -- cases and statutes
(kind ``report``, the case's or act's name the title), codes, restatements, a case cited
by its reporter alone, italic signals, co-authors of a law review article whose title names
a case, and a gap in a page's footnote numbering.  Own fixtures, written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bluebook import case_titled_article, law_review_article
from bibcheck.parse.references.bluebook_law import (
    italic_signal_end,
    reporter_only,
    restatement,
    us_statute,
)
from bibcheck.readers import html
from tests.test_regex_growth import assert_linear

R, B, A, U = RefKind.REPORT, RefKind.BOOK, RefKind.ARTICLE, RefKind.UNKNOWN


def _note(text: str) -> tuple[RefKind, str | None, tuple[str, ...], int | None]:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    return ref.kind, ref.title, ref.authors, ref.year


@pytest.mark.parametrize(
    ("text", "kind", "title", "authors", "year"),
    [
        # a case: its name the title, the reporter and pinpoint no part of it
        ("Marsh v. Delta Freight Co., 512 F.3d 101, 104 (3d Cir. 2008).", R,
         "Marsh v. Delta Freight Co.", (), 2008),
        # a company's "Inc." ends no sentence: no prose before the case
        ("Halvorsen, Inc. v. Ruiz, 602 U.S. 11, 19 (2024).", R, "Halvorsen, Inc. v. Ruiz", (),
         2024),
        # a pinpoint to a footnote of the page ("414 n.5")
        ("Quill Press v. Adler, 570 U.S. 88, 97 n.3 (2014).", R, "Quill Press v. Adler", (),
         2014),
        # a statute by its popular name, an italic signal before it
        ("*See, e.g.*, Truth in Lending Act, 15 U.S.C. § 1640(a) (2018) (damages).", R,
         "Truth in Lending Act", (), 2018),
        ("_Cf._ Video Privacy Protection Act, 18 U.S.C. § 2710(c) (2018).", R,
         "Video Privacy Protection Act", (), 2018),
        # a code's section alone: untitled, a report of its year
        ("Cal. Civ. Code § 1798.150 (West 2020).", R, None, (), 2020),
        ("815 Ill. Comp. Stat. 505/2 (2016).", R, None, (), 2016),
        # a restatement: a book, its section and the institute no part of the title
        ("Restatement (Third) of Agency § 7.03 cmt. b (Am. L. Inst. 2006).", B,
         "Restatement (Third) of Agency", (), 2006),
        # a case cited by its reporter alone (the sentence names it)
        ("143 S. Ct. 1010, 1015 (2023).", R, None, (), 2023),
        # co-authors of a law review article whose title names a case
        ("*See* Ruth P. Lowell & Amos Berg, Deference After Loper Bright v. Raimondo, 77 Admin."
         " L. Rev. 301, 310 (2025).", A, "Deference After Loper Bright v. Raimondo",
         ("Ruth P. Lowell", "Amos Berg"), 2025),
        # an initial before the given name, commas in the title
        ("F. Mara Quist, Notice, Harm, and Remedy, 64 Duke L.J. 12 (2014).", A,
         "Notice, Harm, and Remedy", ("F. Mara Quist",), 2014),
    ],
)  # fmt: skip
def test_bluebook_note(
    text: str, kind: RefKind, title: str | None, authors: tuple[str, ...], year: int
) -> None:
    assert _note(text) == (kind, title, authors, year)


@pytest.mark.parametrize(
    "text",
    [
        # a reporter alone needs a year: a short form is resolved elsewhere
        "143 S. Ct. at 1015.",
        # a law review's volume and page, no author: no case
        "91 Mich. L. Rev. 163 (1992).",
        # a section mark in prose: no code
        "See the discussion in § 4 above.",
        # a body's name in capitals, then a guideline's number: no Illinois chapter/section
        "EUROPEAN DATA BOARD. Guidelines 05/2020 on consent. Brussels: EDB, 2020.",
        "Agency Rules 12/2019 (2019).",
    ],
)
def test_not_reporter_or_code(text: str) -> None:
    assert reporter_only(text) is None
    assert us_statute(text) is None
    assert restatement(text) is None


@pytest.mark.parametrize(
    ("text", "article"),
    [
        ("Ann Roe & Ben Sun, A Critique of Ames v. Bell, 101 B.U. L. Rev. 62 (2021)", True),
        # a company's suffix after the first comma: the case itself
        ("John Doe, Inc. v. Port of Bristol, 12 F.3d 614 (2d Cir. 2000)", False),
        # a reporter, not a periodical
        ("Mary Ann Roe, Ames v. Bell, 12 F.3d 614 (2000)", False),
        # no case in the title
        ("Ann Roe, Standing Doctrine, 101 B.U. L. Rev. 62 (2021)", False),
    ],
)
def test_case_titled_article(text: str, article: bool) -> None:
    assert case_titled_article(text) is article


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        ("F. Mara Quist, Notice, Harm, and Remedy, 64 Duke L.J. 12 (2014)", "Duke L.J."),
        # a science journal's article is no law review's: left to the other parsers
        ("Mara Quist, Notice, Harm, and Remedy, 64 Phys. Fluids 12 (2014)", None),
    ],
)
def test_law_review_article(text: str, journal: str | None) -> None:
    found = law_review_article(text)
    assert (found.container if found else None) == journal


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("*See, e.g.*, X", 13),
        ("_But see_ X", 10),
        ("*Compare* X", 10),
        # a title in italics is no signal
        ("*Seeing Law*, 4 J. 1", 0),
        ("See, e.g., X", 0),  # (plain signals are the lead-in reader's)
    ],
)
def test_italic_signal(text: str, end: int) -> None:
    assert italic_signal_end(text) == end


_WORDPRESS = """<html><body><article><h1>Remedies</h1>
<p>Courts split.<sup id="fnref1"><a href="#fn1">1</a></sup> The statute is clear.<sup
id="fnref2"><a href="#fn2">2</a></sup> So is the treatise.<sup id="fnref{n}"><a
href="#fn{n}">{n}</a></sup></p>
<ol class="footnotes">
<li id="fn1" value="1"><em>Marsh v. Delta Freight Co.</em>, 512 F.3d 101, 104 (3d Cir. 2008).
<a href="#fnref1">&#8617;</a></li>
<li id="fn2" value="2"><em>Id.</em> at 106. <a href="#fnref2">&#8617;</a></li>
<li id="fn{n}" value="{n}"><span class="sc">Restatement (Third) of Agency</span> &sect; 7.03
(2006). <a href="#fnref{n}">&#8617;</a></li>
</ol></article></body></html>"""

_SQUARESPACE = """<html><body><div class="sqs-block-content">
<p>Agencies rarely explain.<sup><a href="#_ftn1" name="_ftnref1">[1]</a></sup> Nor do
courts.<sup><a href="#_ftn{n}" name="_ftnref{n}">[{n}]</a></sup></p>
<p><a href="#_ftnref1" name="_ftn1">[1]</a> <em>Hale v. Ortiz</em>, 88 F.4th 12, 15 (9th Cir.
2023).</p>
<p><a href="#_ftnref{n}" name="_ftn{n}">[{n}]</a> <em>Id.</em> at 17.</p>
</div></body></html>"""

_HARVARD = """<html><body><main>
<p>One.<sup><a href="#fn1" id="fnref1">1</a></sup> Two.<sup><a href="#fn{n}"
id="fnref{n}">{n}</a></sup></p>
<section class="footnotes"><ol>
<li id="fn1"><p><em>See</em> <em>Cole v. Minter</em>, 301 A.3d 55, 60 (Pa. 2023).</p></li>
<li id="fn{n}"><p><em>Cf.</em> Cal. Civ. Code &sect; 1798.150 (West 2020).</p></li>
</ol></section></main></body></html>"""


@pytest.mark.parametrize(
    ("page", "n", "gaps"),
    [
        (_WORDPRESS, 4, 1),  # 2 -> 4: note 3 lost
        (_WORDPRESS, 3, 0),
        (_SQUARESPACE, 4, 1),  # 1 -> 4: one run of missing numbers
        (_SQUARESPACE, 2, 0),
        (_HARVARD, 3, 1),
        (_HARVARD, 2, 0),
    ],
)
def test_footnote_gap_on_a_page(page: str, n: int, gaps: int) -> None:
    raw = html.read(page.replace("{n}", str(n)))
    found = [a for a in raw.anomalies if a.code is AnomalyCode.NUMBERING_GAP]
    assert len(found) == gaps


LINES = [
    pytest.param(lambda n: "1 " * (n // 2), id="numbers"),
    pytest.param(lambda n: "A. " * (n // 3), id="abbreviations"),
    pytest.param(lambda n: "12 U.S.C. § 1(a)" * (n // 16), id="codes"),
    pytest.param(lambda n: "Restatement of A " * (n // 17), id="restatement"),
    pytest.param(lambda n: "1 A. 2, 3" * (n // 9), id="reporters"),
    pytest.param(lambda n: "Ann Roe & " * (n // 10), id="authors"),
]


@pytest.mark.parametrize("line", LINES)
@pytest.mark.parametrize(
    "call",
    [us_statute, restatement, reporter_only, italic_signal_end, case_titled_article],
)
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
