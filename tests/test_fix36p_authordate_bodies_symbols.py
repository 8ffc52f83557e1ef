"""Author-date text: corporate authors, unlisted authors, a body's own reviews, symbol notes.

* ``(Lietuvos bankas, 2022)``, ``World Bank (2020)``, ``(Banco de España, 2021, p. 4)``: a
  body's name of several words (lower-case words inside) cites the entry it heads.
* ``(Vilkas ir kt., 2021; …)``: an author-date citation of an author no entry names is a
  work the list lacks (``citation-key-missing``), in every language's "et al." / "and".
* ``Lietuvos bankas. (2022). … apžvalga. Vilnius: Lietuvos bankas.``: a body's periodic
  review, published by itself, is a report.
* ``∗``, ``†``, ``‡``, ``*``, ``**``: footnote symbols are note labels as numbers are.
"""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.readers import pdftext, plaintext
from bibcheck.readers.authoryear import (
    author_years,
    corporate_name,
    list_names,
    spans,
    unlisted,
)
from bibcheck.readers.symbolnotes import symbol_notes

ENTRIES = [
    ("1", "Eesti Pank. (2021). Rahapoliitika ülevaade. Tallinn: Eesti Pank."),
    ("2", "Bank of Latvia (2019) Monetary policy report. Riga: Bank of Latvia."),
    ("3", "Banco de Portugal. 2018. Boletim económico. Lisboa: Banco de Portugal."),
    ("4", "Statistik Austria. (2020). Statistisches Jahrbuch. Wien: Statistik Austria."),
    ("5", "Kowalska, A., & Nowak, P. (2017). Płaca minimalna. Warszawa: PWE."),
]


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("Eesti Pank. ", "Eesti Pank"),
        ("Banco de Portugal ", "Banco de Portugal"),
        ("Narodowy bank Polski.", "Narodowy bank Polski"),
        ("Kowalska, A., & Nowak, P. ", None),
        ("Smith J. A history of things. Journal ", None),
        ("OECD. ", None),
    ],
)
def test_corporate_name(head: str, name: str | None) -> None:
    assert corporate_name(head) == name


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("kaip rodo (Eesti Pank, 2021) duomenys", ["1"]),
        ("as Bank of Latvia (2019) notes", ["2"]),
        ("segundo o (Banco de Portugal, 2018, p. 12)", ["3"]),
        ("laut (Statistik Austria 2020; Kowalska & Nowak, 2017)", ["4", "5"]),
        ("as the Eesti\nPank (2021) shows", ["1"]),
        ("(Eesti Pank, 2020)", []),  # another year: no entry
    ],
)
def test_corporate_mentions(text: str, labels: list[str]) -> None:
    assert [label for _, _, label in spans(text, author_years(ENTRIES))] == labels


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("(Vilkas ir kt., 2021; Eesti Pank, 2021)", ["Vilkas"]),
        ("(Kowalska & Nowak, 2017; Zieliński i in., 2015)", ["Zieliński"]),
        ("Müller u. a. (2018) zeigen", ["Müller"]),
        ("(Garcia y Lopez 2016)", ["Garcia"]),
        ("(Kowalska, 2017)", []),  # listed
        ("(Tallinn, 2019)", []),  # a word of the list (a place)
        ("as Estonia (2021) shows", []),  # a name alone before a year: no citation shape
        ("(COVID-19, 2020)", []),
    ],
)
def test_unlisted(text: str, names: list[str]) -> None:
    listed = list_names(text for _, text in ENTRIES)
    assert [name for _, _, name in unlisted(text, listed)] == names


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Lietuvos bankas. (2023). Finansinio stabilumo apžvalga. Vilnius: Lietuvos bankas.",
            RefKind.REPORT,
        ),
        (
            "Deutsche Bundesbank. (2021). Monatsbericht Oktober 2021. Frankfurt am Main: "
            "Deutsche Bundesbank.",
            RefKind.REPORT,
        ),
        (
            "Банк России. (2023). Обзор финансовой стабильности. Москва: Банк России.",
            RefKind.REPORT,
        ),
        (
            "Statistics Lithuania. (2021). Regional statistical review. Vilnius: Statistics "
            "Lithuania.",
            RefKind.REPORT,
        ),
        (
            "World Health Organization. (2019). Guidelines on physical activity. Geneva: "
            "World Health Organization.",
            # a public body's guidelines: a report (tests/corpus/README.md kinds: an agency's
            # publication whose title calls it a guideline; round 59, publicpublisher.py)
            RefKind.REPORT,
        ),
        (
            "Manning, A. (2003). Monopsony in motion: A review of labour markets. Princeton "
            "University Press.",
            RefKind.BOOK,  # a person's book
        ),
    ],
)
def test_self_published_review(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [1], detect_styles=True).kind is kind


PAGE = """\
A study of harbour wages
Jaan Tamm†
Wages rose in the ports of the Baltic (Eesti Pank, 2021), less so inland.∗ The
shift was noted before (Kowalska & Nowak, 2017; Ozols ir kt., 2016).
Later work confirms it (Bank of Latvia, 2019).‡

Table 1 shows the series.

∗
Inland ports are river ports only.
†
University of Tartu. E-mail: jaan.tamm@example.ee.
‡ Figures for 2019 are provisional.

References
Bank of Latvia (2019) Monetary policy report. Riga: Bank of Latvia.
Eesti Pank. (2021). Rahapoliitika ülevaade. Tallinn: Eesti Pank.
Kowalska, A., & Nowak, P. (2017). Płaca minimalna. Warszawa: PWE.
"""


@pytest.mark.parametrize("reader", [pdftext.read, plaintext.READER.read])
def test_document(reader: object) -> None:
    doc = reader(PAGE)  # type: ignore[operator]
    labels = sorted(m.label for m in doc.markers)
    assert {"∗", "†", "‡"} <= set(labels)
    assert {"1", "2", "3"} <= set(labels)
    notes = {n.label: n.text for n in doc.footnotes}
    assert notes["∗"] == "Inland ports are river ports only."
    assert notes["‡"] == "Figures for 2019 are provisional."
    missing = [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
    assert [(a.footnote, a.line) for a in missing] == [("Ozols", 4)]


@pytest.mark.parametrize(
    ("lines", "labels"),
    [
        # asterisks as a converter prints them, one and two
        (["Text by Ann Lee* and more**.", "", "* First note.", "** Second note."], ["*", "**"]),
        # a section sign opening a statute's line, with no marker: no note
        (["The Act says", "§ 5 applies to all."], []),
        # a symbol note with no marker above it: the page's notes are not read
        (["Plain text here.", "† A dagger note."], []),
        # doubled symbols
        (["Alpha.†† Beta.", "†† The note."], ["††"]),
    ],
)
def test_symbol_notes(lines: list[str], labels: list[str]) -> None:
    pages = [[i for i, line in enumerate(lines) if line.strip()]]
    found = symbol_notes(lines, pages, ())
    assert [n.label for n in found.notes] == labels
