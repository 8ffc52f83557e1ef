"""Fix 59h: numbered citation systems of the sciences.

* A Lancet/BMJ-style article converted from PDF: its list numbered ``1 Surname AB, …``
  (no point after the number, :attr:`Style.BARE`), markers glued after words, punctuation
  and a closing bracket (``(version 4.1),9``), a trial name printed with its number and
  then a marker glued to it (``ALPHA-HF23`` = ``ALPHA-HF2`` + 3), footers with the folio
  at either end (``www.journal.example Vol 12 March 3, 2024 211`` / ``212 www.…``).
* Physics lists (APS/AIP): an article with no title in plain text
  (:mod:`bibcheck.parse.references.physics`), an article number ``121407(R)``, an arXiv
  identifier with its year, software with ``version … (year), Repository`` after its
  title, and ``See Supplemental Material at [URL] for …``, a note, not a web work.

Every fixture is invented for these tests.
"""

from __future__ import annotations

from collections import Counter

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references import physics as physics_style
from bibcheck.parse.references.commentary import own_link_note
from bibcheck.readers import latex, pdftext
from bibcheck.readers.columns import Row
from bibcheck.readers.pdfnumeric import Style, numeric_list
from bibcheck.readers.pdfsuper import Glued, after_name, glued_citations, printed_names

# --------------------------------------------------------------------------
# glued markers
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("analysed with Stata (version 17.0),9 and", [["9"]], id="after-bracket-comma"),
        pytest.param("as measured (n = 40),3,5 in", [["3", "5"]], id="after-bracket-list"),
        pytest.param("as [table 2].4 Then", [["4"]], id="after-square-bracket-stop"),
        pytest.param("nor in Tele-CARE7 or", [["7"]], id="mixed-case-compound"),
        pytest.param("patients were treated.2–4 The", [["2", "3", "4"]], id="range-after-stop"),
        pytest.param("in two cohorts,6,8,11 and", [["6", "8", "11"]], id="comma-list"),
        pytest.param("(95% CI 0·62–1·11), close", [], id="interval-no-marker"),
        pytest.param("NYHA class II–III were", [], id="roman-numerals"),
    ],
)
def test_glued_markers(line: str, expected: list[list[str]]) -> None:
    assert [g.numbers for g in glued_citations(line)] == expected


def test_a_compound_name_in_capitals_is_a_name() -> None:
    (found,) = glued_citations("as in ALPHA-HF23 but")
    assert (found.name, found.numbers, found.coded) == ("ALPHA-HF23", ["23"], True)
    (found,) = glued_citations("as in CHAMPION3 but")
    assert (found.name, found.numbers, found.coded) == ("CHAMPION3", ["3"], False)


@pytest.mark.parametrize(
    ("line", "names", "expected", "marker"),
    [
        pytest.param("as in ALPHA-HF23 but", {"ALPHA-HF2"}, ["3"], "3", id="trial-and-marker"),
        pytest.param("the SGLT24,5 class", {"SGLT2"}, ["4", "5"], "4,5", id="name-and-list"),
        pytest.param("the KRAS127–9 line", {"KRAS12"}, ["7", "8", "9"], "7–9", id="name-range"),
        pytest.param("as in ALPHA-HF23 but", set(), None, "", id="name-not-printed-apart"),
        pytest.param("as in BRCA10 here", {"BRCA1"}, None, "", id="no-marker-from-zero"),
        pytest.param("as in trial3 here", {"trial"}, None, "", id="no-name"),
    ],
)
def test_a_marker_after_a_name_printed_apart(
    line: str, names: set[str], expected: list[str] | None, marker: str
) -> None:
    (found,) = glued_citations(line)
    split = after_name(found, names)
    assert (split.numbers if split is not None else None) == expected
    assert (line[split.start : split.end] if split is not None else "") == marker
    assert split is None or not split.coded


def test_after_name_keeps_the_offsets() -> None:
    glued = Glued(start=12, end=14, numbers=["23"], name="ALPHA-HF23")
    assert after_name(glued, {"ALPHA-HF2"}) == Glued(13, 14, ["3"], "")


def test_printed_names() -> None:
    text = "the ALPHA-HF2 trial (ALPHA-HF2): and SGLT2 and Tele-CARE7 and COVID-19 and x5"
    assert printed_names(text) == Counter({"ALPHA-HF2": 2, "SGLT2": 1})


# --------------------------------------------------------------------------
# a list numbered "1 Surname AB, …"
# --------------------------------------------------------------------------


def _rows(lines: list[str]) -> list[Row]:
    return [Row(i, line) for i, line in enumerate(lines)]


def test_a_bare_numbered_list() -> None:
    lines = [
        "References",
        "1 Okonkwo AB, Ferreira L, Tanaka H, et al. A trial of nurse",
        "follow-up after discharge. Eur J Card Nurs 2019; 18: 211–19.",
        "2 Working Group on Remote Care. Guidance for remote monitoring.",
        "2020; 4 (suppl 2): S1–S9.",
        "3 Lindqvist P. Sensors in heart failure: a review. Heart 2021;",
        "107: 1010–18.",
        "12 months later nothing changed.",
    ]
    found = numeric_list(_rows(lines), pdftext._is_reference_heading, Style.BARE)
    assert found is not None
    assert [(e.label, [r.index for r in e.rows]) for e in found.entries] == [
        ("1", [1, 2]),
        ("2", [3, 4]),
        ("3", [5, 6, 7]),
    ]
    assert found.entries[0].rows[0].text.startswith("Okonkwo AB")


def test_a_bare_number_before_a_lower_case_word_starts_no_entry() -> None:
    lines = ["References", "1 patients were seen.", "2 more were seen."]
    assert numeric_list(_rows(lines), pdftext._is_reference_heading, Style.BARE) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("www.journal.example Vol 12 March 3, 2024 211", 211, id="folio-after-date"),
        pytest.param("212 www.journal.example Vol 12 March 3, 2024", 212, id="folio-before"),
        pytest.param("The Cable Stations 59", 59, id="words-then-folio"),
        pytest.param("Ibid., 58", None, id="note-end"),
        pytest.param("see Smith 2010, 58", None, id="comma-before-number"),
    ],
)
def test_head_number(line: str, expected: int | None) -> None:
    assert pdftext._head_number(line) == expected


def _lancet_article() -> str:
    """An invented trial report in The Lancet's layout, as pdftotext prints it."""
    page1 = [
        "Articles",
        "Nurse-led follow-up versus remote sensors after admission for",
        "heart failure (ALPHA-HF3): a randomised trial",
        "Ines Valdez, Tomas Berg, Ruth Aho",
        "Summary",
        "Background Follow-up after discharge is uneven across hospitals.",
        "Introduction",
        "Readmission within 30 days is common after heart failure.1 Guidance",
        "recommends early review,1 but trials of remote care disagree.2–4 Sensors",
        "helped in ALPHA-HF23 but not in Tele-CARE4 or in the registry.5",
        "www.journal.example Vol 12 March 3, 2024 211",
    ]
    page2 = [
        "Articles",
        "Nurse-led clinics exist in most regions,6 and guidance names them",
        "as the default.7 The trial followed ALPHA-HF2 in its design.2",
        "Analyses used R (version 4.3.2),8 with the intention-to-treat principle.",
        "Estimates agree with earlier trials.3,5",
        "212 www.journal.example Vol 12 March 3, 2024",
    ]
    page3 = [
        "Articles",
        "References",
        "1 Okonkwo AB, Ferreira L, Tanaka H, Moreau C, Silva J, Berg T,",
        "et al. Readmission after heart failure in six countries. Eur J",
        "Heart Fail 2019; 21: 211–19.",
        "2 Lindqvist P, Aho R, Varga S. Remote sensors after admission",
        "for heart failure (ALPHA-HF2): a randomised trial. Heart 2020;",
        "106: 1010–18.",
        "3 Moreau C, Silva J. Telephone follow-up in heart failure.",
        "Card Nurs 2018; 17: 55–61.",
        "4 Tanaka H, Berg T. Remote care in heart failure (Tele-CARE):",
        "a randomised trial. Circ Heart Fail 2021; 14: e0071.",
        "5 Ferreira L, Varga S. A registry of remote sensors. Eur Heart J",
        "2022; 43 (suppl 1): S120.",
        "6 Working Group on Remote Care. Nurse-led clinics in Europe:",
        "a survey. Brussels: WGRC, 2021.",
        "7 Silva J. Guidance on follow-up after discharge. London:",
        "Heart Press, 2020.",
        "8 R Core Team. R: a language and environment for statistical",
        "computing. Vienna: R Foundation for Statistical Computing, 2023.",
        "213 www.journal.example Vol 12 March 3, 2024",
    ]
    return "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f" + "\n".join(page3) + "\n"


def test_a_lancet_article_is_read_by_its_list() -> None:
    text = _lancet_article()
    assert pdftext.score(text) >= 0.3
    doc = pdftext.read(text)
    got = sorted({(m.label, m.line) for m in doc.markers})
    want = {
        ("1", 8), ("1", 9), ("2", 9), ("3", 9), ("4", 9), ("3", 10), ("4", 10), ("5", 10),
        ("6", 13), ("7", 14), ("2", 14), ("8", 15), ("3", 16), ("5", 16),
    }  # fmt: skip
    assert got == sorted(want)
    assert [e.label for e in doc.literature] == [str(n) for n in range(1, 9)]
    last = doc.literature[-1].text
    assert "journal.example" not in last  # (the footer is no part of the last entry)
    assert not [a for a in doc.anomalies if "213" in a.message]


def test_the_lancet_entries_are_read() -> None:
    doc = pdftext.read(_lancet_article())
    refs = {
        e.label: e.reference or parse_reference(e.text, (e.line,), detect_styles=True)
        for e in doc.literature
    }
    assert refs["1"].title == "Readmission after heart failure in six countries"
    assert refs["1"].year == 2019
    assert refs["2"].kind is RefKind.ARTICLE


# --------------------------------------------------------------------------
# physics lists
# --------------------------------------------------------------------------

A = RefKind.ARTICLE


@pytest.mark.parametrize(
    ("body", "want"),
    [
        pytest.param(
            "L. Ortiz, M. Lund, and K. Sato, Phys. Rev. B 91, 201403(R) (2015).",
            (("L. Ortiz", "M. Lund", "K. Sato"), None, "Phys. Rev. B", "91", "201403", 2015),
            id="rapid-communication",
        ),
        pytest.param(
            "H. Berg and T. Moe, J. Appl. Phys. 112, 4410 (2012).",
            (("H. Berg", "T. Moe"), None, "J. Appl. Phys.", "112", "4410", 2012),
            id="two-names",
        ),
        pytest.param(
            "R. Salo et al., Nature (London) 602, 58 (2022).",
            (("R. Salo",), None, "Nature (London)", "602", "58", 2022),
            id="et-al",
        ),
        pytest.param(
            'A. Vogel, "Edge states in thin films," Phys. Rev. Lett. 98, 106802 (2007).',
            (("A. Vogel",), "Edge states in thin films", "Phys. Rev. Lett.", "98", "106802", 2007),
            id="quoted-title",
        ),
    ],
)
def test_physics_plain(body: str, want: tuple[object, ...]) -> None:
    found = physics_style.parse(body)
    assert found is not None
    got = (found.authors, found.title, found.container, found.volume, found.pages)
    assert (*got, found.year.year) == want
    assert found.kind is A


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("A. Smith, The Theory of Things, Vol. 2, 45 (1990).", id="book-volume"),
        pytest.param("Smith, J. (2019). Title. Journal, 12, 45.", id="apa"),
        pytest.param("A. Berg, Phys. Rev. B 91, 201403 (2015), and refs. therein.", id="tail"),
    ],
)
def test_physics_plain_reads_nothing_else(body: str) -> None:
    assert physics_style.parse(body) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "L. Ortiz, M. Lund, and K. Sato, Phys. Rev. B 91, 201403(R) (2015).",
            (A, ("L. Ortiz", "M. Lund", "K. Sato"), None, 2015),
            id="aps-article",
        ),
        pytest.param(
            "H. Berg, S. Varga, and M. Nakashima, arXiv:2401.01234 (2024).",
            (A, ("H. Berg", "S. Varga", "M. Nakashima"), None, 2024),
            id="arxiv-with-year",
        ),
        pytest.param(
            "P. Okafor and D. Lund, latticekit: tight-binding models of ribbons, version 1.4.2"
            " (2023), Zenodo, doi:10.5281/zenodo.99999.",
            (
                RefKind.WEB,
                ("P. Okafor", "D. Lund"),
                "latticekit: tight-binding models of ribbons",
                2023,
            ),
            id="software-version-year-repository",
        ),
        pytest.param(
            "See Supplemental Material at http://link.aps.example/supplemental/10.99999/x for"
            " the sample growth and the fits of all runs.",
            (RefKind.COMMENTARY, (), None, None),
            id="supplemental-material",
        ),
        pytest.param(
            "Supporting Information is available at https://pubs.example.org/suppl/x for the"
            " synthesis.",
            (RefKind.COMMENTARY, (), None, None),
            id="supporting-information",
        ),
    ],
)
def test_physics_entries(text: str, want: tuple[object, ...]) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.kind, ref.authors, ref.title, ref.year) == want


def test_a_title_keeps_a_version_with_no_year_after_it() -> None:
    ref = parse_reference("Jones A. AMQP Version 1.0. Oslo: Geo Inc.; 2020.", (1,))
    assert ref.title == "AMQP Version 1.0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See Supplemental Material at https://x.example/sm for the fits.", True),
        ("Supplementary Data are available online at <https://x.example/sd>.", True),
        (
            "See Supplemental Material at https://x.example/sm and A. Berg, Nature 5, 1 (2001).",
            False,
        ),
        ("Berg A. Supplementary data on films. Heart 2019; 12: 3. https://x.example/a", False),
    ],
)
def test_own_supplement_note(text: str, expected: bool) -> None:
    assert own_link_note(text) is expected


_DOC = (
    "\\documentclass[aps,prb]{revtex4-2}\n\\begin{document}\n"
    "Transport was measured~\\cite{a,b,sm,c}.\n"
    "\\begin{thebibliography}{9}\n"
    "\\bibitem{a}\nL. Ortiz and M. Lund, Phys. Rev. B \\textbf{91}, 201403(R) (2015).\n"
    "\\bibitem{b}\nH. Berg, S. Varga, and M. Nakashima, arXiv:2401.01234 (2024).\n"
    "\\bibitem{sm}\nSee Supplemental Material at \\url{http://link.aps.example/supplemental/x}\n"
    "for the sample growth and the fits of all runs.\n"
    "\\bibitem{c}\nP. Okafor and D. Lund, \\textsc{latticekit}: tight-binding models of ribbons,\n"
    "version 1.4.2 (2023), Zenodo, "
    "\\href{https://doi.org/10.5281/zenodo.99999}{doi:10.5281/zenodo.99999}.\n"
    "\\end{thebibliography}\n\\end{document}\n"
)


def test_a_revtex_list() -> None:
    doc = latex.read(_DOC)
    refs = {
        n.label: n.reference or parse_reference(n.text, (n.line,), detect_styles=True)
        for n in doc.literature
    }
    assert (refs["a"].kind, refs["a"].title, refs["a"].host, refs["a"].year) == (
        A,
        None,
        "Phys. Rev. B",
        2015,
    )
    assert (refs["b"].kind, refs["b"].title, refs["b"].year) == (A, None, 2024)
    assert refs["sm"].kind is RefKind.COMMENTARY
    assert refs["sm"].url == "http://link.aps.example/supplemental/x"  # (still checked)
    assert refs["c"].title == "latticekit: tight-binding models of ribbons"


# --------------------------------------------------------------------------
# a report's series as a sentence after its title
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        pytest.param(
            "Health Standards Board. Falls in care homes: prevention and review. HSB guideline"
            " HG42. Leeds: HSB, 2021.",
            "Falls in care homes: prevention and review",
            RefKind.REPORT,
            id="body-guideline-code",
        ),
        pytest.param(
            "Ortiz A. Flood insurance in small towns. Working Paper 17. Leeds: Leeds Press, 2019.",
            "Flood insurance in small towns",
            RefKind.REPORT,
            id="working-paper",
        ),
        pytest.param(
            "Ortiz A. Flood insurance in small towns. Annual report 2019. Leeds: Leeds Press,"
            " 2019.",
            "Flood insurance in small towns",
            RefKind.BOOK,
            id="a-year-is-no-series-number",
        ),
        pytest.param(
            "Ortiz A. A history of the circular. Leeds: Leeds Press, 2019.",
            "A history of the circular",
            RefKind.BOOK,
            id="no-series",
        ),
    ],
)
def test_series_sentence(text: str, title: str, kind: RefKind) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.title, ref.kind) == (title, kind)
