"""Author-date text citations in Word (pandoc --citeproc, a manager's "convert to plain
text", typed by hand), Chicago author-date's shapes, and a list no citation was read for."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.readers.authoryear import author_years, spans
from bibcheck.readers.docx import read_bytes
from tests.test_reader_docx import build_docx, p, t

# Chicago author-date entries (invented works)
ENTRIES = [
    (
        "1",
        "Brannigan, Leo, Mara Quist, and Tobias Venn. 2017. “Overtime Premiums.” ILR 70 (2): 1–30.",
    ),
    ("2", "Feldhaus, Ines, and Tobias Venn. 2011. “Tips and Wages.” Labour 25 (4): C12–40."),
    ("3", "Quist, Mara. 2020. “Monopsony in Retail.” Journal of Wages 9 (1): 3–26."),
    ("4", "National Wage Board. 2022. *Annual Survey of Pay*. Dublin: Stationery Office."),
    ("5", "Ostrowska, Hanna. 2019a. “Płace w usługach.” Working Paper 3/2019. Kraków: UEK."),
    ("6", "Ostrowska, Hanna. 2019b. *Rynek pracy*. Kraków: Universitas."),
]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("small effects (Brannigan et al. 2017; Quist 2020), but", ["1", "3"]),
        ("Brannigan, Quist, and Venn (2017) argue", ["1"]),
        ("Feldhaus and Venn (2011, C14) found", ["2"]),
        ("confined to one decile (Feldhaus and Venn 2011, C14).", ["2"]),
        ("a bare page (Quist 2020, 12) and a range (Quist 2020, 12–14)", ["3", "3"]),
        ("rose to 0.6 (National Wage Board 2022)", ["4"]),
        ("appeared in Polish (Ostrowska 2019a, 2019b).", ["5", "6"]),
        ("narrative years Ostrowska (2019a, 2019b) wrote", ["5", "6"]),
        ("consistent with Quist’s survey (2020).", ["3"]),
        ("Quist's (2020) model", ["3"]),
        ("Harvard colons (Quist 2020: 45) and Feldhaus and Venn (2011: C12–14)", ["3", "2"]),
        # traps: a year list that is no citation, a table reference, a year no entry has
        ("Quist 2020, 2011 was a bad year", ["3"]),
        ("(see Table 1) and (Quist 2018)", []),
        ("the possessive of someone else: Venn’s new model (2020)", []),
    ],
    ids=[
        "two-in-parens",
        "narrative-three-with-and",
        "narrative-locator",
        "parens-letter-locator",
        "bare-pages",
        "corporate",
        "year-suffixes",
        "narrative-suffixes",
        "possessive-noun",
        "possessive-year",
        "colon-locator",
        "year-in-prose",
        "no-entry",
        "wrong-possessive",
    ],
)
def test_chicago_author_date_mentions(text: str, labels: list[str]) -> None:
    assert [label for _, _, label in spans(text, author_years(ENTRIES))] == labels


def _citeproc_docx(*body: str) -> bytes:
    paras = [
        p(t("Overtime and Pay in Retail"), style="Title"),
        p(t("Introduction"), style="Heading1"),
        *body,
        p(t("References"), style="Heading1"),
        *(p(t(text), style="Bibliography") for _, text in ENTRIES),
    ]
    return build_docx(paras, footnotes=None)


def test_citeproc_text_citations_are_read() -> None:
    raw = read_bytes(
        _citeproc_docx(
            p(t("Effects are small (Brannigan et al. 2017; Quist 2020), we find.")),  # 3
            p(t("Feldhaus and Venn (2011, C14) found spillovers.")),  # 4
            "<w:tbl><w:tr><w:tc>"
            + p(t("bin two (Ostrowska 2019a)"))  # 5
            + "</w:tc></w:tr></w:tbl>",
            p(t("In Polish (Ostrowska 2019a, 2019b); see Table 1 and Quist’s survey (2020).")),
        ),
        "citeproc.docx",
    )
    assert [(m.label, m.line) for m in raw.markers] == [
        ("1", 3),
        ("3", 3),
        ("2", 4),
        ("5", 5),
        ("5", 6),
        ("6", 6),
        ("3", 6),
    ]
    assert sorted(n.label for n in raw.footnotes) == ["1", "2", "3", "5", "6"]
    assert len(raw.literature) == 6
    assert not [a for a in raw.anomalies if a.code is AnomalyCode.UNREAD_REGION]


@pytest.mark.parametrize(
    ("body", "line", "shows"),
    [
        # citations in a shape no reader understands: said where the first one stands
        # (brackets with no comma, "[Brannigan 2017, Quist 2020]", are SIAM's author-year
        # citations, read since fix64k)
        (
            [p(t("No effect at all.")), p(t("Small effects [Brannigan 2017 passim].")), p()],
            4,
            "[",
        ),
        ([p(t("Small effects (cf. Brannigan and others, 2017).")), p()], 3, "(cf. Brannigan"),
        # nothing that looks like a citation: said at the list's heading
        ([p(t("A list of further reading follows."))], 4, None),
    ],
    ids=["unknown-brackets", "unknown-parens", "nothing-cited"],
)
def test_a_list_no_citation_was_read_for_is_said(
    body: list[str], line: int, shows: str | None
) -> None:
    raw = read_bytes(_citeproc_docx(*body), "uncited.docx")
    assert not raw.markers
    unread = [a for a in raw.anomalies if a.code is AnomalyCode.UNREAD_REGION]
    assert [a.line for a in unread] == [line]
    assert "6 entries" in unread[0].message
    if shows is not None:
        assert shows in unread[0].message


UNDATED = [
    ("1", "Quist, Mara. n.d. “Pay Data Portal.” Accessed May 2, 2023. https://pay.example.org."),
    ("2", "Quist, Mara. 2020. “Monopsony in Retail.” Journal of Wages 9 (1): 3–26."),
    ("3", "Lowe, A. (n.d.). Wages online. https://wages.example.org"),
]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("(Quist n.d.; Quist 2020)", ["1", "2"]),
        ("Quist (n.d.) shows", ["1"]),
        ("(Lowe, n.d.) and (Lowe n. d.)", ["3", "3"]),
        ("(Lowe 2023) has no such work", []),
    ],
    ids=["chicago", "narrative", "apa-and-spaced", "accessed-year-is-not-its-year"],
)
def test_undated_works(text: str, labels: list[str]) -> None:
    assert [label for _, _, label in spans(text, author_years(UNDATED))] == labels
