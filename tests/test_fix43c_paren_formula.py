"""Numbers in parentheses inside a formula are terms, not citations of the numbered list:
an operator next to the parenthesis ("a^2+(2)(1)+b^2", "x = (3)", "(5)/(6)") or another
parenthesis touching it ("(2)(1)").  The rule is the recogniser's
(:func:`bibcheck.readers.parennum.paren_citations`), so every reader that reads or reports
numbers in parentheses (Word, ODT, HTML) keeps it."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import Marker, ParsedDocument
from bibcheck.readers.parennum import paren_citations
from tests.test_reader_docx_lists import build, p, t


def labels(text: str, size: int = 20) -> list[list[str]]:
    return [found for _, _, found in paren_citations(text, size)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Figure 3: the count is h^2+(3)(2)+k^2 for each shell.", []),
        ("so that y = (4) when the lattice is square", []),
        ("the weight (2)^2 of a bond", []),
        ("a ratio (5)/(6) of the areas", []),
        ("terms 7·(2) and 3×(4) remain", []),
        ("with n − (3) layers", []),
        ("the value (4) + k gives", []),
        ("a product [2](3) of two", []),
        ("(2)(1) is the first term", []),
        # citations keep being read: next to words, punctuation and a range dash
        ("as reported earlier (2), and later (4).", [["2"], ["4"]]),
        ("cohorts (2)-(4) agree", [["2"], ["4"]]),
        ("trials (3–5) agree; see also (7).", [["3", "4", "5"], ["7"]]),
        ("first described in 2011 (5) and", [["5"]]),
    ],
    ids=[
        "caption-formula",
        "equals",
        "power-after",
        "ratio",
        "products",
        "minus-sign",
        "plus-after",
        "bracket-touching",
        "parens-touching",
        "prose",
        "hyphen-range",
        "dash-range",
        "after-year",
    ],
)
def test_formula_terms_are_no_citations(text: str, want: list[list[str]]) -> None:
    assert labels(text) == want


ENTRIES = [
    "Brandt, K. (2016). Capsid geometry. Journal of Shells, 4(2), 11–19.",
    "Ilves, M. and Osei, R. (2019). Folding lattices. Lattice Letters, 8, 101–110.",
    "Tanaka, H. (2021). Counting faces. Polyhedra, 2(1), 5–9.",
]


def formula_cites(doc: ParsedDocument) -> list[Marker]:
    return [m for f in doc.footnotes for m in f.markers if "Figure 1" in m.claim.text]


def test_word_caption_formula_is_not_read_or_reported() -> None:
    """A Pandoc-made Word paper citing by key whose caption holds a formula: its numbers
    in parentheses are neither citations nor an unread-parentheses finding."""
    body = [
        p(t("Shells"), style="Heading1"),
        p(t("Capsids are built from faces [@brandt2016]. Lattices fold [@ilves2019].")),
        p(t("Figure 1: a shell with T = 2^2+(2)(1)+1^2 = 7 and (3)(1)+(1)^2 faces.")),
        p(t("Faces are counted as before [@tanaka2021].")),
        p(t("References"), style="Heading1"),
        *(p(t(text)) for text in ENTRIES),
    ]
    doc = parse_bytes(build(body), "shells.docx")
    assert len(doc.literature) == 3
    assert formula_cites(doc) == []
    unread = [a for a in doc.all_anomalies() if a.code is C.UNREAD_REGION]
    assert not [a for a in unread if "parentheses" in a.message], unread


def test_html_caption_formula_is_not_read_or_reported() -> None:
    items = "".join(f"<li>{e}</li>" for e in ENTRIES)
    html = (
        "<html><body><h1>Shells</h1>"
        "<p>Capsids are built from faces (1). Lattices fold (2).</p>"
        "<p>Figure 1: a shell with T = 2^2+(2)(1)+1^2 = 7 and (3)(1)+(1)^2 faces.</p>"
        "<p>Faces are counted as before (3).</p>"
        f"<h2>References</h2><ol>{items}</ol></body></html>"
    ).encode()
    doc = parse_bytes(html, "shells.html")
    assert formula_cites(doc) == []
    unread = [a for a in doc.all_anomalies() if a.code is C.UNREAD_REGION]
    assert not [a for a in unread if "parentheses" in a.message], unread
