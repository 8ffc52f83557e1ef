"""SIAM- and AMS-shaped author-year lists ("A. Name (1994), Title, Journal, 12, pp. 1–20.")
cited in brackets: "[Lind 1993]", "[Okoro et al. 1995a]", "[Varga 1963, Lind 1993]", and
in a sentence "Varga [1963]" -- the mentions tie to their entries, and a PDF's text of this
shape is read (not refused), even with a note or two whose markers its formulas imitate.

Own fixtures: an invented paper on tide tables.
"""

from __future__ import annotations

import textwrap

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.authoryear import author_years, spans

ENTRIES = [  # (in the order of the family names, as such a list is)
    "P. Lind (1993), Tables for the harbour master, SIAM J. Appl. Math., 53, pp. 100–120.",
    "T. Nakamura and E. Holm (1982), Harmonic analysis of sea levels, Ocean Eng., 9, pp. 300–317.",
    "C. Okoro and M. Baptiste (1995a), Moon and water, Phys. Rev. A, 51, pp. 7–9.",
    "C. Okoro and J. Sato (1995b), Spring tides revisited, Phys. Rev. Lett., 74, pp. 40–44.",
    "H. Varga (1963), Tides of the inland sea, J. Coastal Stud., 4, pp. 11–29.",
]
INDEX = author_years((str(k), e) for k, e in enumerate(ENTRIES, 1))

MENTIONS = {
    "as tables show [Lind 1993], the tide": ["1"],
    "first measured by Varga [1963] on the coast": ["5"],
    "the lunar term [Okoro et al. 1995a] dominates": ["3"],
    "see [Varga 1963, Lind 1993] for the tables": ["5", "1"],
    "harmonics [Nakamura and Holm 1982] give": ["2"],
    "in spring [Okoro and Sato 1995b; Lind 1993]": ["4", "1"],
    "Nakamura and Holm [1982] computed": ["2"],
}


@pytest.mark.parametrize(("text", "want"), MENTIONS.items())
def test_bracketed_author_year(text: str, want: list[str]) -> None:
    assert [label for _, _, label in spans(text, INDEX)] == want


def _paper(note: bool) -> str:
    """A PDF's text: two pages, the body citing the list in brackets, the list headed
    REFERENCES; with ``note``, two footnotes (with years) tied to their markers, whose kind
    a formula's number imitates too: still an author-date text, its list named far more."""
    body = [
        "TIDE TABLES FOR SMALL HARBOURS",
        "",
        "Introduction",
        "",
        "Tide tables were first computed by Varga [1963] for the inland sea, and the",
        "harbour masters' tables of Lind [1993] are still used [Lind 1993].  The lunar",
        "term [Okoro et al. 1995a] and the spring tides [Okoro and Sato 1995b] were",
        "measured later, and the harmonic method [Nakamura and Holm 1982] joined them.",
        "We follow [Varga 1963, Lind 1993] and write the level as h = a cos(ωt)2 + b."
        if note
        else "We follow [Varga 1963, Lind 1993] and write the level as a sum of terms.",
        "The sum converges quickly.1 Its terms agree with the gauges.2"
        if note
        else "The sum converges quickly.  Its terms agree with the gauges.",
        "",
    ]
    if note:
        body += [
            "1 Its terms were checked against the records of 1990.",
            "2 The gauges were read by hand until 1991.",
            "",
        ]
    # (each entry wrapped at the page's width, as the converter writes it)
    refs = ["REFERENCES", "", *(line for e in ENTRIES for line in textwrap.wrap(e, 60))]
    return "\n".join(body) + "\n2\n\f" + "\n".join(refs) + "\n3\n"


@pytest.mark.parametrize("note", [False, True])
def test_siam_paper_read_and_tied(note: bool) -> None:
    doc = parse_bytes(_paper(note).encode(), "tides.txt")
    assert doc.reader == "pdf-text"
    assert len(doc.literature) == len(ENTRIES)
    cited = {f.literature.number for f in doc.footnotes if f.literature is not None}
    assert len(cited) == len(ENTRIES)
