"""Word manuscripts whose tables cite bare: a "Source" or "Reference" column naming each
study's work without parentheses (``Arcega-Cabrera et al., 2014``, ``Smith and Jones
2019``, ``Müller et al. (2008)``), in the body or in a table after the reference list,
while the running text cites with a citation manager's fields or typed parentheses.

Each package is built here from WordprocessingML written for the test; the expected
citations are written by hand.  Lines are body paragraph numbers (table cells included).
"""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.readers.cellcites import cited_cell
from tests.test_docx_citation_fields import (
    B,
    cites,
    fld,
    heading,
    parse,
    person,
    source,
    zitem,
    zotero,
)
from tests.test_reader_docx import p, t


def table(*rows: list[str]) -> str:
    cells = ("<w:tr>" + "".join(f"<w:tc>{p(t(c))}</w:tc>" for c in row) + "</w:tr>" for row in rows)
    return "<w:tbl>" + "".join(cells) + "</w:tbl>"


@pytest.mark.parametrize(
    ("cell", "bare"),
    [
        ("Arcega-Cabrera et al., 2014", True),
        ("Smith and Jones 2019", True),
        ("Müller et al. (2008)", True),
        ("Berg 2011; Lind & Ortiz 2019", True),
        ("van der Berg, 2003a, 2005", True),
        ("Nowak i Kowalski 2017.", True),
        ("Schmidt u. a. 2012", True),
        ("Higher in 2019", False),  # words, not names, before the year
        ("Lagos 2020 census", False),
        ("2019", False),
        ("Smith and Jones", False),
        ("See Smith 2019 for the method", False),
    ],
)
def test_a_cell_of_bare_citations(cell: str, bare: bool) -> None:
    assert cited_cell(cell) is bare


LAGOON = {
    "type": "article-journal",
    "title": "Mercury in lagoon sediments",
    "container-title": "Marine Pollution Bulletin",
    "author": [{"family": "Ortega", "given": "Luis"}],
    "issued": {"date-parts": [[2016]]},
}
ENTRIES = [
    "Arcega-Cabrera, F., Noreña-Barroso, E., Oceguera-Vargas, I. (2014). Lead in coastal "
    "lagoons of Yucatán. Water, Air, and Soil Pollution, 225, 1–10.",
    "Müller, G., Braun, K., Hahn, T. (2008). Schwermetalle in Flusssedimenten des Rheins. "
    "Geochimica, 12, 33–45.",
    "Smith, A., Jones, B. (2019). Sediment cores of the northern gulf. Journal of Coastal "
    "Research, 35, 100–110.",
]
ZOTERO_CITE = fld(zotero(zitem(1, "AAAA1111", LAGOON)), "(Ortega, 2016)")
TYPED_CITE = t("(Ortega, 2016)")
# Word's own manager: a CITATION field and the store of sources in customXml
WORD_CITE = fld(" CITATION Ort16 \\l 1033 ", "(Ortega, 2016)")
WORD_STORE = {
    "customXml/item1.xml": f'<b:Sources xmlns:b="{B}" xmlns="{B}">'
    + source(
        "Ort16",
        "JournalArticle",
        "<b:Title>Mercury in lagoon sediments</b:Title><b:Year>2016</b:Year>"
        "<b:JournalName>Marine Pollution Bulletin</b:JournalName>",
        person("Ortega", "Luis"),
    )
    + "</b:Sources>"
}
ORTEGA = "Ortega, L. (2016). Mercury in lagoon sediments. Marine Pollution Bulletin, 12, 3–9."


def manuscript(cite: str, table_in_body: bool, tail_table: bool) -> list[str]:
    """A short paper: a sentence citing Ortega (a Zotero field or typed), a table of
    studies in the body or after the list, the list of four works typed by hand."""
    studies = table(
        ["Site", "Metal", "Source"],
        ["Laguna de Términos", "Pb", "Arcega-Cabrera et al., 2014"],
        ["Northern gulf", "Cd", "Smith and Jones 2019"],
    )
    rhine = table(["Region", "Reference"], ["Rhine", "Müller et al. (2008)"])
    return [
        p(t("Metals in coastal sediments")),
        p(t("Metals accumulate in lagoon sediments "), cite, t(".")),
        p(t("Table 1 compares the studies of lead and cadmium.")),
        *([studies] if table_in_body else []),
        heading("References"),
        *(p(t(e)) for e in [ENTRIES[0], ENTRIES[1], ORTEGA, ENTRIES[2]]),
        *([rhine] if tail_table else []),
    ]


def cited_works(body: list[str], parts: dict[str, str] | None = None) -> tuple[set[str], list[int]]:
    doc = parse(body, parts)
    by_label = {e.label: e.reference.raw for e in doc.literature}
    first_words = {
        by_label[label.strip("[]")].split(",")[0] if label.strip("[]").isdigit() else label
        for label, _ in cites(doc)
    }
    uncited = [a.line or 0 for a in doc.all_anomalies() if a.code is C.LITERATURE_UNCITED]
    return first_words, uncited


@pytest.mark.parametrize(
    ("cite", "table_in_body", "tail_table", "cited"),
    [
        # Zotero fields in the text, a "Source" column in the body, a table after the list
        (ZOTERO_CITE, True, True, {"Arcega-Cabrera", "Smith", "Müller", "zotero:AAAA1111"}),
        (ZOTERO_CITE, False, True, {"Müller", "zotero:AAAA1111"}),
        (ZOTERO_CITE, True, False, {"Arcega-Cabrera", "Smith", "zotero:AAAA1111"}),
        # the same citations typed in the text: the cells cite as the text does
        (TYPED_CITE, True, True, {"Arcega-Cabrera", "Smith", "Müller", "Ortega"}),
        (TYPED_CITE, True, False, {"Arcega-Cabrera", "Smith", "Ortega"}),
    ],
)
def test_table_cells_cite_bare(
    cite: str, table_in_body: bool, tail_table: bool, cited: set[str]
) -> None:
    found, _ = cited_works(manuscript(cite, table_in_body, tail_table))
    assert found == cited


def test_word_citation_fields_beside_a_table_citing_bare() -> None:
    found, uncited = cited_works(manuscript(WORD_CITE, True, True), WORD_STORE)
    assert found == {"Arcega-Cabrera", "Smith", "Müller", "Ort16"}
    assert uncited == []


def test_every_entry_a_table_cites_is_cited() -> None:
    _, uncited = cited_works(manuscript(ZOTERO_CITE, True, True))
    assert uncited == []


def test_a_cell_with_other_words_cites_nothing() -> None:
    body = manuscript(ZOTERO_CITE, False, False)
    body.insert(3, table(["Year", "Finding"], ["Smith and Jones 2019 cores", "lower"]))
    found, uncited = cited_works(body)
    assert found == {"zotero:AAAA1111"}
    assert len(uncited) == 3
