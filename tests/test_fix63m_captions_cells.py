"""Word and OpenDocument manuscripts: a table's caption set right after the reference list
(``Table 2 – Studies included``, ``Tableau 2 : …``, ``Tabelle 1 Eingeschlossene Studien``)
ends the list instead of reading as one more entry; a document citing with footnotes of
its own whose author-date list is cited by a table's "Source" column, bare
(``Arcega-Cabrera et al., 2014``), has those cells cite.

The packages are built here (Word's from WordprocessingML, ODT's with the corpus builder's
markup, tests/corpus_build/build_odt.py); the text is written for the test.  Lines are body
paragraph numbers (table cells included).
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from bibcheck.readers.listafter import ends_list
from tests.test_docx_citation_fields import heading, parse
from tests.test_fix63c_table_cells import table
from tests.test_reader_docx import FOOTNOTES, note, p, ref, t

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus_build"))
from build_odt import AUTO_STYLES, MIMETYPE, NS, STYLES, Doc  # noqa: E402


@pytest.mark.parametrize(
    "caption",
    [
        "Table 2 – Studies included in the review",
        "Table 2 - Studies included in the review",
        "Table 2\tStudies included in the review",
        "Table 2 Studies included in the review",
        "TABLE 3 Characteristics of the cohorts",
        "Figure 3 Map of the sampling sites",
        "Tableau 2 : Études retenues",
        "Tabelle 1 Eingeschlossene Studien",
        "Tab. 4 Messstellen am Rhein",
        "Tabla 3.- Estudios incluidos",
        "Table S1. Search strings by database",
        "Table A2: Sensitivity analyses",
        "Рисунок 2 Карта района",
    ],
)
def test_a_caption_ends_the_list(caption: str) -> None:
    assert ends_list(caption)


@pytest.mark.parametrize(
    "line",
    [
        "Table 2 shows the studies of the review",  # a sentence
        "Figure 3 of the report (Smith 2019)",
        "Table 2, 3 and 4",
        "Таблица 2 показывает",
    ],
)
def test_a_sentence_naming_a_table_is_no_caption(line: str) -> None:
    """(Guards, true on main as well: the widened caption stops short of sentences.)"""
    assert not ends_list(line)


ENTRIES = [
    "Arcega-Cabrera, F., Noreña-Barroso, E. (2014). Lead in coastal lagoons of Yucatán. "
    "Water, Air, and Soil Pollution, 225, 1–10.",
    "Müller, G., Braun, K. (2008). Schwermetalle in Flusssedimenten des Rheins. "
    "Geochimica, 12, 33–45.",
    "Ortega, L. (2016). Mercury in lagoon sediments. Marine Pollution Bulletin, 12, 3–9.",
    "Smith, A., Jones, B. (2019). Sediment cores of the northern gulf. Journal of Coastal "
    "Research, 35, 100–110.",
]
# captions that carry a year and names enough to pass for an entry
CAPTIONS = [
    "Table 2 – Studies of heavy metals in sediments, 1990–2019",
    "Tableau 2 : Études des métaux lourds, Rhin et Meuse (1990–2019)",
    "Tabelle 1 Eingeschlossene Studien, Rhein und Elbe, 1990–2019",
    "Table 2 Studies of heavy metals in sediments, 1990–2019",
    "Table S1. Sediment studies by region, 1990–2019",
]


def odt(lines: list[str]) -> ParsedDocument:
    doc = Doc("manuscript", {"title": "Metals"}, lines)
    body, _ = doc.content()
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE)
        z.writestr(
            "content.xml",
            f'{head}<office:document-content {NS} office:version="1.3">{AUTO_STYLES}{body}'
            "</office:document-content>\n",
        )
        z.writestr(
            "styles.xml",
            f'{head}<office:document-styles {NS} office:version="1.3">{STYLES}'
            "</office:document-styles>\n",
        )
    return parse_bytes(out.getvalue(), "manuscript.odt")


def cites(doc: ParsedDocument) -> list[tuple[str, int]]:
    return sorted((f.label, m.line) for f in doc.footnotes for m in f.markers)


@pytest.mark.parametrize("caption", CAPTIONS)
def test_word_caption_after_the_list_is_no_entry(caption: str) -> None:
    body = [
        p(t("Metals accumulate in lagoon sediments (Ortega, 2016; Smith and Jones 2019).")),
        heading("References"),
        *(p(t(e)) for e in ENTRIES),
        p(t(caption)),
        table(["Region", "Reference"], ["Rhine", "Müller et al. (2008)"]),
    ]
    doc = parse(body)
    assert [e.reference.raw[:5] for e in doc.literature] == [e[:5] for e in ENTRIES]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_odt_caption_after_the_list_is_no_entry(caption: str) -> None:
    doc = odt(
        [
            "Metals accumulate in lagoon sediments (Ortega, 2016; Smith and Jones 2019).",
            "# References",
            *ENTRIES,
            caption,
            "|Region|Reference|",
            "|Rhine|Müller et al. (2008)|",
        ]
    )
    assert [e.reference.raw[:5] for e in doc.literature] == [e[:5] for e in ENTRIES]


# a notes document: a footnote on method, the studies compared in a table citing bare
NOTED_ODT = [
    "Metals accumulate in lagoon sediments.{fn:The cores were dated by lead-210.}",
    "|Site|Metal|Source|",
    "|Laguna de Términos|Pb|Arcega-Cabrera et al., 2014|",
    "|Northern gulf|Cd|Smith and Jones 2019|",
    "# References",
    *ENTRIES,
]


def test_odt_notes_document_table_cells_cite() -> None:
    doc = odt(NOTED_ODT)
    # cells: 2–4 the header, 5–7 and 8–10 the rows
    assert ("[1]", 7) in cites(doc) and ("[4]", 10) in cites(doc)
    uncited = [a.line for a in doc.all_anomalies() if a.code is C.LITERATURE_UNCITED]
    assert uncited == [13, 14]  # Müller and Ortega are cited nowhere
    assert C.UNREAD_REGION not in [a.code for a in doc.all_anomalies()]


NOTE = [*FOOTNOTES[:2], note(1, t("The cores were dated by lead-210."))]


@pytest.mark.parametrize(
    ("source", "cited"),
    [
        ("Arcega-Cabrera et al., 2014", {"[1]"}),
        ("Müller et al. 2008", {"[2]"}),
        ("Smith and Jones 2019; Ortega 2016", {"[3]", "[4]"}),
    ],
)
def test_word_notes_document_table_cells_cite(source: str, cited: set[str]) -> None:
    body = [
        p(t("Metals accumulate in lagoon sediments."), ref(1)),
        table(["Site", "Source"], ["Laguna de Términos", source]),
        heading("References"),
        *(p(t(e)) for e in ENTRIES),
    ]
    doc = parse(body, footnotes=NOTE)
    found = {label for label, line in cites(doc) if line == 5}
    assert found == cited


@pytest.mark.parametrize(
    "cell",
    [
        "Higher in 2019",  # words before the year: no citation
        "Berlin 1990",  # names and a year, but no entry's
    ],
)
def test_notes_document_cell_of_no_entry_cites_nothing(cell: str) -> None:
    """(Guards, true on main as well: a notes document's cell cites only an entry's work.)"""
    body = [
        p(t("Metals accumulate in lagoon sediments."), ref(1)),
        table(["Site", "Source"], ["Laguna de Términos", cell]),
        heading("References"),
        *(p(t(e)) for e in ENTRIES),
    ]
    doc = parse(body, footnotes=NOTE)
    assert [label for label, line in cites(doc) if line == 5] == []


@pytest.mark.parametrize("caption", [*CAPTIONS, "Table 2. Studies of heavy metals, 1990–2019"])
def test_html_caption_after_the_list_is_no_entry(caption: str) -> None:
    """A manuscript saved as a web page: the list as paragraphs, a caption and its table."""
    html = (
        "<html><body><h1>Metals</h1><p>Metals accumulate in lagoon sediments (Ortega, 2016; "
        "Smith and Jones 2019).</p><h2>References</h2>"
        + "".join(f"<p>{e}</p>" for e in ENTRIES)
        + f"<p>{caption}</p><table><tr><td>Rhine</td><td>Müller et al. (2008)</td></tr>"
        "</table></body></html>"
    )
    doc = parse_bytes(html.encode(), "manuscript.html")
    assert [e.reference.raw[:5] for e in doc.literature] == [e[:5] for e in ENTRIES]
