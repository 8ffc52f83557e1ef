"""Superscript numbers typed in a Word body ("adults.¹ Anaemia²,³") citing a numbered
reference list, and superscripts that are exponents or affiliation marks."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.docxsup import superscript_citations
from tests.test_paren_numbers import ENTRIES
from tests.test_reader_docx_lists import build, p, t


def sup(text: str) -> str:
    return (
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r>'
    )


@pytest.mark.parametrize(
    ("text", "spans", "want"),
    [
        ("falls.1 More", [(6, 7)], [["1"]]),
        ("anaemia2,3 and", [(7, 10)], [["2", "3"]]),
        ("trials4–6.", [(6, 9)], [["4", "5", "6"]]),
        ("an area of 40 m2 each", [(15, 16)], []),
        ("about 109 cells", [(8, 9)], []),
        ("where x2 grows", [(7, 8)], []),
        ("the 1st case", [(5, 7)], []),
        ("far away90", [(8, 10)], []),
    ],
    ids=["one", "list", "range", "unit", "power-of-ten", "variable", "ordinal", "far"],
)
def test_superscript_runs(text: str, spans: list[tuple[int, int]], want: list[list[str]]) -> None:
    assert [labels for _, _, labels in superscript_citations(text, spans, 10)] == want


def marked(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with ``^…^`` taken out, and the spans they marked (superscript runs)."""
    plain: str = ""
    spans: list[tuple[int, int]] = []
    for k, piece in enumerate(text.split("^")):
        if k % 2:
            spans.append((len(plain), len(plain) + len(piece)))
        plain += piece
    return plain, spans


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a citation after a parenthetical remark closing a table's row label or a clause
        ("Barthel index, median (IQR)^7^", [["7"]]),
        ("Delirium, n (%)^8^", [["8"]]),
        ("Grip strength, kg, mean (SD)^3,4^", [["3", "4"]]),
        ("NiCl2(dppp) (500)^9^", [["9"]]),
        ("control (none)^2^ and", [["2"]]),
        ("as reported (n = 40)^5^", [["5"]]),
        # a formula's parentheses: an exponent
        ("grows as (1 + z)^3^ here", []),
        ("the term (x)^2^", []),
        ("with (n-1)^2^ pairs", []),
        ("a ratio (a/b)^2^", []),
        # isotopes: the mass number before an element's symbol
        ("in the ^19^F{^1^H} NMR spectrum", []),
        ("the ^1^H and ^13^C spectra", []),
        ("at 376 MHz (^19^F) and 202 MHz (^31^P)", []),
        ("the ^6^Li and ^7^Li signals", []),
        ("^15^N-labelled lysine", []),
        # units' powers
        ("a cell of 1873.4(4) Å^3^", []),
        ("plots of 25 m^2^ each", []),
        ("a volume of 12 cm^3^", []),
        # citations glued to words or after marks stay citations
        ("as found before^4^ In the", [["4"]]),
        ("as shown.^6^ He", [["6"]]),
        ("in water,^2^ Cu salts", [["2"]]),
        ("reported previously^11^", [["11"]]),
    ],
    ids=[
        "iqr",
        "percent",
        "sd-list",
        "loading",
        "remark",
        "n-equals",
        "formula",
        "variable",
        "n-minus-1",
        "ratio",
        "isotope-braces",
        "isotopes",
        "isotope-parens",
        "lithium",
        "hyphen",
        "angstrom",
        "square-metre",
        "cubic-cm",
        "word-then-In",
        "mark-then-He",
        "comma-then-Cu",
        "glued",
    ],
)
def test_superscripts_near_brackets_isotopes_units(text: str, want: list[list[str]]) -> None:
    plain, spans = marked(text)
    assert [labels for _, _, labels in superscript_citations(plain, spans, 20)] == want


def document(*paras: str) -> bytes:
    return build(
        [
            p(t("Falls after discharge"), style="Title"),  # 1
            p(t("Ana Lindqvist"), sup("1"), t(", Petra Moreau"), sup("2")),  # 2
            p(t("Introduction"), style="Heading1"),  # 3
            *paras,  # 4 …
            p(t("References"), style="Heading1"),
            *(p(t(f"{k}.\t{text}")) for k, text in enumerate(ENTRIES, start=1)),
        ]
    )


def test_word_document_cites_in_superscript() -> None:
    doc = parse_bytes(
        document(
            p(
                t("Frailty predicts falls."),
                sup("1"),
                t(" Anaemia adds to it."),
                sup("2,"),
                sup("3"),
            ),
            p(
                t("Wards of 40 m"),
                sup("2"),
                t(" saw fewer falls."),
                sup("4"),
                t(" So did"),
                sup("5"),
            ),
        ),
        "falls.docx",
    )
    cited = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cited == [("1", 4), ("2", 4), ("3", 4), ("4", 5)]
    missing = [(a.footnote, a.line) for a in doc.anomalies if a.code is C.CITATION_KEY_MISSING]
    assert missing == [("5", 5)]


def test_unread_superscripts_are_said() -> None:
    doc = parse_bytes(
        document(p(t("Seen"), sup("4"), t(" and seen"), sup("2"), t(".")), p(t("Plain text."))),
        "falls.docx",
    )
    assert not doc.footnotes
    assert [a.line for a in doc.anomalies if a.code is C.UNREAD_REGION] == [4]
