"""A numbered list ``1.``, ``2.`` cited by superscript numbers that pdftotext glued to the
words (Nature, Science, Vancouver): the citations, what is no citation, and the choice of
this reader."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.readers import pdftext, plaintext
from bibcheck.readers.columns import Row
from bibcheck.readers.pdfnumeric import Style, numeric_list
from bibcheck.readers.pdfsuper import glued_citations


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("slows the loss of bone mass3 in", [["3"]], id="glued-to-word"),
        pytest.param("in older adults2–4 .", [["2", "3", "4"]], id="range-space-stop"),
        pytest.param("in two cohorts7,9 and", [["7", "9"]], id="list"),
        pytest.param("as the data show1–3,6 here", [["1", "2", "3", "6"]], id="range-and-list"),
        pytest.param("was lower.5 Then", [["5"]], id="after-stop"),
        pytest.param("endorsed it (ref. 12 ).", [["12"]], id="ref-abbreviation"),
        pytest.param("as in refs 3,4,10 .", [["3", "4", "10"]], id="refs-list"),
        pytest.param("(refs. 6–8 ) and", [["6", "7", "8"]], id="refs-range"),
        pytest.param("a rate of 12 l h−1 per 2.5 m2 of", [], id="units"),
        pytest.param("odds ratio 0.71 (0.52–0.97); 3,418 cases", [], id="decimals-thousands"),
        pytest.param("HbA1c and NCT01234567 and CO2 and M4", [], id="names-in-words"),
        pytest.param("Section 4 and Reference 19 say", [], id="spaced-numbers"),
    ],
)
def test_glued_citations(line: str, expected: list[list[str]]) -> None:
    assert [g.numbers for g in glued_citations(line)] == expected


def test_a_name_in_capitals_is_marked_as_such() -> None:
    (found,) = glued_citations("the BRCA2 gene")
    assert found.name == "BRCA2"
    (found,) = glued_citations("the trial2 found")
    assert found.name == ""


def _rows(lines: list[str]) -> list[Row]:
    return [Row(i, line) for i, line in enumerate(lines)]


def test_a_dotted_list_goes_on_under_a_part_heading() -> None:
    lines = [
        "References",
        "1. Lund, K. et al. Bone loss in winter. Bone 12, 1–9 (2001).",
        "2. Ruiz, P. Vitamin D. Lancet 3, 4–8",
        "(2004).",
        "Online references",
        "3. Haas, T. A register. Nature 5, 1–2 (2019).",
        "Acknowledgements",
        "We thank the nurses.",
    ]
    found = numeric_list(_rows(lines), pdftext._is_reference_heading, Style.DOTTED)
    assert found is not None
    assert [(e.label, [r.index for r in e.rows]) for e in found.entries] == [
        ("1", [1]),
        ("2", [2, 3]),
        ("3", [5]),
    ]
    assert 4 in found.taken and 6 not in found.taken and 7 not in found.taken


def _article(extra: str = "") -> str:
    """An invented two-page article in a superscript citation style."""
    page1 = [
        "Clinical Letters (preprint)",
        "",
        "Winter vitamin D and falls in care homes",
        "Ines Valdez1 , Tomas Berg2 , Ruth Aho1,3 & Omar Said2",
        "1 Department of Geriatrics, Oulu. 2 Institute of Health. 3 Care Unit, Turku.",
        "",
        "Falls in care homes rise in winter1,2 and vitamin D lowers the risk in trials3–5 .",
        "The HIF2 pathway and the HIF2 target genes are not studied here. A rate of",
        "3 falls per 2.5 m2 of floor was seen, as reported before (ref. 6 ). Registries",
        "confirm this7 , and a meta-analysis8 pooled the trials3,4 ." + extra,
        "",
        "1",
    ]
    page2 = [
        "Clinical Letters (preprint)",
        "",
        "References",
        "1. Lund, K. et al. Falls in winter. Age Ageing 12, 1–9 (2001).",
        "2. Ruiz, P. Seasonal falls in care homes. BMJ 3, 4–8 (2004).",
        "3. Haas, T. & Moe, L. Vitamin D and falls. Lancet 5, 1–2 (2009).",
        "4. Ode, A. et al. A trial of vitamin D. N. Engl. J. Med. 360, 10–19",
        "(2010).",
        "5. Pike, R. Vitamin D in the old. JAMA 301, 2–9 (2011).",
        "6. Vos, E. Falls registers. Osteoporos. Int. 20, 5–8 (2012).",
        "7. Kim, S. A register of falls. Bone 44, 1–7 (2015).",
        "8. Tan, W. et al. Vitamin D and falls: a meta-analysis. BMJ 355, 1–12 (2016).",
        "",
        "2",
    ]
    return "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f"


def test_a_superscript_article_is_read_by_its_list() -> None:
    # (no byline affiliation, no HIF2 named twice, no unit m2)
    text = _article()
    assert plaintext.score(text) < 0.3
    assert pdftext.score(text) >= 0.3
    doc = pdftext.read(text)
    got = sorted((m.label, m.line) for m in doc.markers)
    assert got == sorted(
        [("1", 7), ("2", 7), ("3", 7), ("4", 7), ("5", 7), ("6", 9), ("7", 10), ("8", 10),
         ("3", 10), ("4", 10)]
    )  # fmt: skip
    assert [e.label for e in doc.literature] == [str(n) for n in range(1, 9)]
    assert not any(a.code is AnomalyCode.CITATION_KEY_MISSING for a in doc.anomalies)


def test_a_citation_past_the_list_is_a_missing_entry() -> None:
    doc = pdftext.read(_article(" Care staff agree9 ."))
    assert ("9", 10) in {(m.label, m.line) for m in doc.markers}
    missing = [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
    assert [(a.footnote, a.line) for a in missing] == [("9", 10)]


def test_numbers_out_of_the_order_of_first_citation_are_no_citations() -> None:
    # glued numbers that cite the list in no order of first citation (a table of codes)
    text = _article().replace(
        "Falls in care homes rise in winter1,2 and vitamin D lowers the risk in trials3–5 .",
        "Codes: ward8 , bed7 , room6 , hall5 , floor4 , wing3 , door2 .",
    )
    text = text.replace("(ref. 6 )", "(see above)").replace(
        "confirm this7 , and a meta-analysis8 pooled the trials3,4 .", "confirm this."
    )
    assert pdftext.score(text) < 0.3
