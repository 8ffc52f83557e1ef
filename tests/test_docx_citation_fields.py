"""Word documents that cite with a citation manager: Word's own, Zotero, Mendeley, EndNote,
and Pandoc keys typed in Word.

Each package is built here from WordprocessingML written for the test, in the shapes the
managers save (a field's instruction split over runs, XML escaped in the instruction,
base64 field data, a bibliography field over several paragraphs).  Expected results are
written by hand.  Lines are body paragraph numbers.
"""

from __future__ import annotations

import base64
import io
import json
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import FindingKind, ParsedDocument, RefKind, Severity
from bibcheck.readers import ReadOptions
from bibcheck.readers.docxcite import pages_of
from bibcheck.readers.docxfields import FieldKind, FieldMark, field_kind, read_field
from tests.test_reader_docx import build_docx, note, p, ref, t

B = "http://schemas.openxmlformats.org/officeDocument/2006/bibliography"


def fld(instr: str, result: str, pieces: int = 1, data: str = "") -> str:
    """A complex field: begin (with base64 data), the instruction over ``pieces`` runs,
    separate, the result, end."""
    step = max(1, -(-len(instr) // pieces))
    runs = "".join(
        f'<w:r><w:instrText xml:space="preserve">{escape(instr[k : k + step])}</w:instrText></w:r>'
        for k in range(0, len(instr), step)
    )
    begin = f"<w:fldData>{data}</w:fldData>" if data else ""
    return (
        f'<w:r><w:fldChar w:fldCharType="begin">{begin}</w:fldChar></w:r>{runs}'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'{t(escape(result))}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def with_parts(data: bytes, parts: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, src.read(name))
        for name, text in parts.items():
            dst.writestr(name, text)
    return out.getvalue()


def heading(text: str) -> str:
    return p(t(text), style="Heading1")


def parse(body: list[str], parts: dict[str, str] | None = None, **kw: Any) -> ParsedDocument:
    footnotes = kw.pop("footnotes", None)
    data = with_parts(build_docx(body=body, footnotes=footnotes), parts or {})
    return parse_bytes(data, "thesis.docx", **kw)


def cites(doc: ParsedDocument) -> list[tuple[str, int]]:
    return sorted((f.label, m.line) for f in doc.footnotes for m in f.markers)


def codes(doc: ParsedDocument) -> list[C]:
    return [a.code for a in doc.all_anomalies()]


# --------------------------------------------------------------------------
# Word's own citation manager: CITATION fields and b:Sources
# --------------------------------------------------------------------------


def person(last: str, first: str) -> str:
    return f"<b:Person><b:Last>{last}</b:Last><b:First>{first}</b:First></b:Person>"


def source(tag: str, kind: str, fields: str, *people: str) -> str:
    names = f"<b:Author><b:Author><b:NameList>{''.join(people)}</b:NameList></b:Author></b:Author>"
    return (
        f"<b:Source><b:Tag>{tag}</b:Tag><b:SourceType>{kind}</b:SourceType>"
        f"{names if people else ''}{fields}</b:Source>"
    )


SOURCES = (
    f'<b:Sources xmlns:b="{B}" xmlns="{B}" SelectedStyle="\\APASixthEditionOfficeOnline.xsl">'
    + source(
        "Bar00",
        "JournalArticle",
        "<b:Title>Coastal erosion and sediment supply</b:Title><b:Year>2000</b:Year>"
        "<b:JournalName>Marine Geology</b:JournalName><b:Volume>12</b:Volume>"
        "<b:Issue>3</b:Issue><b:Pages>40-58</b:Pages><b:DOI>10.1016/mg.2000.12</b:DOI>",
        person("Barnes", "Alice"),
        person("Kerr", "Tom"),
        person("Ng", "Li"),
    )
    + source(
        "Hol15",
        "Book",
        "<b:Title>Harbours of the North Sea</b:Title><b:Year>2015</b:Year>"
        "<b:Publisher>Norton</b:Publisher><b:City>New York</b:City>",
        person("Holm", "Erik"),
    )
    + source(
        "Wor21",
        "InternetSite",
        "<b:Title>Port statistics 2021</b:Title><b:Year>2021</b:Year>"
        "<b:URL>https://example.org/ports/2021</b:URL><b:YearAccessed>2022</b:YearAccessed>"
        "<b:MonthAccessed>March</b:MonthAccessed><b:DayAccessed>4</b:DayAccessed>"
        "<b:Author><b:Author><b:Corporate>World Port Council</b:Corporate></b:Author></b:Author>",
    )
    + source("Unc19", "Book", "<b:Title>A source never cited</b:Title><b:Year>2019</b:Year>")
    + "</b:Sources>"
)

WORD_BODY = [
    p(t("Erosion of the coast"), style="Title"),  # 1
    p(
        t("Sediment supply fell by half "),
        fld(" CITATION Bar00 \\l 1033 ", "(Barnes, et al., 2000)"),
        t("."),
    ),  # 2
    p(
        t("Harbours grew where the sediment was dredged "),
        fld(
            " CITATION Hol15 \\p 45 \\l 1033 \\m Bar00", "(Holm, 2015, p. 45; Barnes, et al., 2000)"
        ),
        t("."),
    ),  # 3
    p(
        t("Traffic rose again "),
        fld(" CITATION Wor21 \\l 2057 ", "(World Port Council, 2021)"),
        t("."),
    ),  # 4
    p(
        t("A citation of a source the store lacks "),
        fld(" CITATION Gon99 \\l 1033 ", "(Gon99)"),
        t("."),
    ),  # 5
    heading("Bibliography"),  # 6
    p(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> BIBLIOGRAPHY </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        t(
            "Barnes, A., Kerr, T., &amp; Ng, L. (2000). Coastal erosion and sediment supply. Marine Geology, 12(3), 40-58."
        ),
    ),  # 7
    p(t("Holm, E. (2015). Harbours of the North Sea. New York: Norton.")),  # 8
    p(
        t("World Port Council. (2021). Port statistics 2021."),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ),  # 9
]


@pytest.fixture(scope="module")
def word() -> ParsedDocument:
    return parse(WORD_BODY, {"customXml/item1.xml": SOURCES})


def test_word_citation_fields_are_citations_of_the_source_store(word: ParsedDocument) -> None:
    assert cites(word) == [("Bar00", 2), ("Bar00", 3), ("Hol15", 3), ("Wor21", 4)]
    # the rendered BIBLIOGRAPHY is not read again: the store is the list, each work once
    # (a stored source no field cites and the rendered list does not show is no entry:
    # fix55h, a template's hidden source store)
    assert [e.label for e in word.literature] == ["Bar00", "Hol15", "Wor21"]
    bar = next(f for f in word.footnotes if f.label == "Bar00")
    assert bar.reference.authors == ("Barnes, Alice", "Kerr, Tom", "Ng, Li")
    assert (bar.reference.title, bar.reference.year) == (
        "Coastal erosion and sediment supply",
        2000,
    )
    assert (bar.reference.host, bar.reference.volume, bar.reference.issue) == (
        "Marine Geology",
        "12",
        "3",
    )
    assert bar.reference.doi == "10.1016/mg.2000.12"
    assert bar.reference.kind is RefKind.ARTICLE
    assert bar.literature is not None and bar.literature.number == 1
    claim = bar.markers[0].claim
    assert claim is not None and "Sediment supply fell by half" in claim.text


def test_word_citation_locator_and_fields(word: ParsedDocument) -> None:
    hol = next(f for f in word.footnotes if f.label == "Hol15")
    assert hol.reference.pages == "45"  # \p 45: the citation's page
    assert (hol.reference.publisher, hol.reference.place) == ("Norton", "New York")
    wor = next(f for f in word.footnotes if f.label == "Wor21")
    assert wor.reference.authors == ("World Port Council",)
    assert wor.reference.url == "https://example.org/ports/2021"
    assert str(wor.reference.access_date) == "2022-03-04"


def test_word_missing_source_and_uncited_store_entry(word: ParsedDocument) -> None:
    missing = [a for a in word.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert [(a.footnote, a.line) for a in missing] == [("Gon99", 5)]
    uncited = [a for a in word.all_anomalies() if a.code is C.LITERATURE_UNCITED]
    assert uncited == []  # "A source never cited" is stored, neither cited nor shown
    assert C.LITERATURE_NUMBERING not in codes(word)
    assert C.UNREAD_REGION not in codes(word)


# --------------------------------------------------------------------------
# Zotero, Mendeley
# --------------------------------------------------------------------------


def zotero(*items: dict[str, Any], formatted: str = "") -> str:
    data = {
        "citationID": "a1b2c3",
        "properties": {"formattedCitation": formatted, "plainCitation": formatted, "noteIndex": 0},
        "citationItems": list(items),
        "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json",
    }
    return "ADDIN ZOTERO_ITEM CSL_CITATION " + json.dumps(data, ensure_ascii=False)


def zitem(ident: int, key: str, data: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "id": ident,
        "uris": [f"http://zotero.org/users/4411/items/{key}"],
        "itemData": {"id": ident, **data},
        **extra,
    }


SMITH = {
    "type": "article-journal",
    "title": "Tidal energy in estuaries",
    "container-title": "Energy Policy",
    "volume": "41",
    "page": "100-120",
    "author": [{"family": "Smith", "given": "Jane"}, {"family": "Okafor", "given": "Ben"}],
    "issued": {"date-parts": [["2019"]]},
    "DOI": "10.1016/j.enpol.2019.02.003",
}
LEE = {
    "type": "book",
    "title": "Rivers and power",
    "publisher": "Oxford University Press",
    "publisher-place": "Oxford",
    "author": [{"family": "Lee", "given": "Min"}],
    "issued": {"date-parts": [[2012]]},
}
ARIS = {
    "type": "webpage",
    "title": "Estuary survey data",
    "URL": "https://data.example.org/estuary",
    "author": [{"literal": "Estuary Trust"}],
    "issued": {"date-parts": [[2020, 5, 1]]},
}

ZOTERO_BODY = [
    p(t("Tides")),  # 1
    p(
        t("Tidal power is cheap "),
        fld(zotero(zitem(11, "QW7ER8TY", SMITH)), "(Smith & Okafor, 2019)"),
        t("."),
    ),  # 2
    p(
        t("Rivers and tides both matter "),
        fld(
            zotero(
                zitem(11, "QW7ER8TY", SMITH, locator="104", label="page"),
                zitem(12, "AS3DF4GH", LEE, locator="3", label="chapter"),
            ),
            "(Smith & Okafor, 2019, p. 104; Lee, 2012, chap. 3)",
            pieces=9,  # Zotero's JSON over nine instrText runs
        ),
        t("."),
    ),  # 3
    p(
        t("The survey is open "),
        fld(zotero(zitem(13, "ZX5CV6BN", ARIS)), "(Estuary Trust, 2020)"),
        t("."),
    ),  # 4
    heading("References"),  # 5
    p(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        t("Estuary Trust. (2020). Estuary survey data."),
    ),  # 6
    p(t("Lee, M. (2012). Rivers and power. Oxford University Press.")),  # 7
    p(
        t(
            "Smith, J., &amp; Okafor, B. (2019). Tidal energy in estuaries. Energy Policy, 41, 100-120."
        ),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ),  # 8
]


@pytest.fixture(scope="module")
def zot() -> ParsedDocument:
    return parse(ZOTERO_BODY)


def test_zotero_fields(zot: ParsedDocument) -> None:
    assert cites(zot) == [
        ("zotero:AS3DF4GH", 3),
        ("zotero:QW7ER8TY", 2),
        ("zotero:QW7ER8TY", 3),
        ("zotero:ZX5CV6BN", 4),
    ]
    # the literature is the works the fields carry, each once; the rendered list is not read
    # (in the order the rendered list prints them)
    assert [e.reference.title for e in zot.literature] == [
        "Estuary survey data",
        "Rivers and power",
        "Tidal energy in estuaries",
    ]
    smith = next(f for f in zot.footnotes if f.label == "zotero:QW7ER8TY")
    assert smith.reference.doi == "10.1016/j.enpol.2019.02.003"
    assert smith.reference.authors == ("Smith, Jane", "Okafor, Ben")
    lee = next(f for f in zot.footnotes if f.label == "zotero:AS3DF4GH")
    assert lee.reference.pages is None  # "chap. 3" is a locator, not pages
    assert (lee.reference.publisher, lee.reference.year) == ("Oxford University Press", 2012)
    assert not [c for c in codes(zot) if c in (C.LITERATURE_UNCITED, C.UNREAD_REGION)]
    assert C.LITERATURE_DUPLICATE_ENTRY not in codes(zot)


def test_zotero_locator_of_the_first_citation_is_its_pages() -> None:
    body = [
        p(
            t("Costs fell "),
            fld(zotero(zitem(11, "QW7ER8TY", SMITH, locator="104-106")), "(Smith, 2019)"),
            t("."),
        ),
    ]
    doc = parse(body)
    assert doc.footnotes[0].reference.pages == "104–106"
    # within the article's pages 100-120: no pages finding
    assert C.LITERATURE_PAGES_DIFFER not in codes(doc)


MENDELEY_ITEM = {
    "type": "article-journal",
    "title": "Salt marsh accretion",
    "author": [{"family": "Duarte", "given": "Carlos"}],
    "issued": {"date-parts": [["2016"]]},
    "container-title": "Estuaries",
}


def mendeley(*items: tuple[str, dict[str, Any]]) -> str:
    data = {
        "citationItems": [
            {
                "id": f"ITEM-{k}",
                "itemData": {"id": f"ITEM-{k}", **item},
                "uris": [f"http://www.mendeley.com/documents/?uuid={uuid}"],
            }
            for k, (uuid, item) in enumerate(items, 1)
        ],
        "mendeley": {
            "formattedCitation": "(Duarte, 2016)",
            "plainTextFormattedCitation": "(Duarte, 2016)",
        },
        "properties": {"noteIndex": 0},
        "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json",
    }
    return "ADDIN CSL_CITATION " + json.dumps(data)


def test_mendeley_fields_are_keyed_by_their_document_uuid() -> None:
    uuid_a = "7c1b2d3e-0001-4a5b-9c8d-0e1f2a3b4c5d"
    uuid_b = "7c1b2d3e-0002-4a5b-9c8d-0e1f2a3b4c5d"
    body = [
        p(
            t("Marshes keep pace "),
            fld(mendeley((uuid_a, MENDELEY_ITEM)), "(Duarte, 2016)"),
            t("."),
        ),
        # the next citation's ITEM-1 is another work: Mendeley numbers items per citation
        p(
            t("Rivers feed them "),
            fld(mendeley((uuid_b, LEE), (uuid_a, MENDELEY_ITEM)), "(Lee, 2012; Duarte, 2016)"),
            t("."),
        ),
        heading("References"),
        p(t("Duarte, C. (2016). Salt marsh accretion. Estuaries.")),
    ]
    body[3] = p(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve">ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        t("Duarte, C. (2016). Salt marsh accretion. Estuaries."),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    )
    doc = parse(body)
    assert cites(doc) == [
        (f"mendeley:{uuid_a}", 1),
        (f"mendeley:{uuid_a}", 2),
        (f"mendeley:{uuid_b}", 2),
    ]
    assert [e.reference.title for e in doc.literature] == [
        "Salt marsh accretion",
        "Rivers and power",
    ]


def test_items_without_uris_that_reuse_an_id_are_kept_apart() -> None:
    data = {
        "citationItems": [{"id": "ITEM-1", "itemData": {"id": "ITEM-1", **LEE}}],
        "properties": {"noteIndex": 0},
    }
    other = {"citationItems": [{"id": "ITEM-1", "itemData": {"id": "ITEM-1", **MENDELEY_ITEM}}]}
    body = [
        p(t("One "), fld("ADDIN CSL_CITATION " + json.dumps(data), "(Lee, 2012)"), t(".")),
        p(t("Two "), fld("ADDIN CSL_CITATION " + json.dumps(other), "(Duarte, 2016)"), t(".")),
    ]
    doc = parse(body)
    titles = {f.label: f.reference.title for f in doc.footnotes}
    assert titles == {
        "mendeley:ITEM-1": "Rivers and power",
        "mendeley:ITEM-1~2": "Salt marsh accretion",
    }


# --------------------------------------------------------------------------
# EndNote
# --------------------------------------------------------------------------


def endnote_record(
    number: int, title: str | None, authors: list[str], year: str, **extra: str
) -> str:
    titles = (
        f"<titles><title>{escape(title)}</title><secondary-title>{extra.get('journal', '')}</secondary-title></titles>"
        if title
        else ""
    )
    people = "".join(f"<author>{escape(a)}</author>" for a in authors)
    return (
        f'<record><rec-number>{number}</rec-number><foreign-keys><key app="EN" db-id="x9">{number}</key>'
        f'</foreign-keys><ref-type name="Journal Article">17</ref-type><contributors><authors>{people}'
        f"</authors></contributors>{titles}<pages>{extra.get('pages', '')}</pages>"
        f"<volume>{extra.get('volume', '')}</volume><dates><year>{year}</year></dates>"
        f"<electronic-resource-num>{extra.get('doi', '')}</electronic-resource-num></record>"
    )


def endnote(*cites: tuple[str, str, int, str, str]) -> str:
    """<EndNote><Cite>…</Cite></EndNote> for (author, year, recnum, pages, record)."""
    body = "".join(
        f"<Cite><Author>{a}</Author><Year>{y}</Year><RecNum>{n}</RecNum>"
        + (f"<Pages>{pg}</Pages>" if pg else "")
        + f"<DisplayText>({a}, {y})</DisplayText>{rec}</Cite>"
        for a, y, n, pg, rec in cites
    )
    return f"<EndNote>{body}</EndNote>"


KIM = endnote_record(
    7,
    "Fish ladders & weirs",
    ["Kim, Soo-ah", "Patel, Raj"],
    "2018",
    journal="River Research",
    pages="211-230",
    volume="34",
    doi="10.1002/rra.3301",
)
OTT = endnote_record(
    9, "Sluice gates in the Low Countries", ["Otten, Joost"], "2005", journal="Water History"
)
NOTITLE = endnote_record(12, None, ["Vries, Anna de"], "1999")


def test_endnote_fields_escaped_over_runs_and_in_base64_data() -> None:
    inline = "ADDIN EN.CITE " + endnote(
        ("Kim", "2018", 7, "215", KIM), ("Otten", "2005", 9, "", OTT)
    )
    hidden = endnote(("Otten", "2005", 9, "", OTT))
    data = base64.b64encode(hidden.encode("utf-8")).decode("ascii")
    nested = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> ADDIN EN.CITE </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="begin"><w:fldData xml:space="preserve">{data}</w:fldData></w:fldChar></w:r>'
        '<w:r><w:instrText xml:space="preserve"> ADDIN EN.CITE.DATA </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{t('(Otten, 2005)')}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    body = [
        p(
            t("Ladders help fish pass weirs "),
            fld(inline, "(Kim and Patel, 2018, p. 215; Otten, 2005)", pieces=6),
            t("."),
        ),
        p(t("Sluices are older "), nested, t(".")),
        p(
            t("An old survey says so "),
            fld("ADDIN EN.CITE " + endnote(("Vries", "1999", 12, "", NOTITLE)), "(de Vries, 1999)"),
            t("."),
        ),
        heading("References"),
        p(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ADDIN EN.REFLIST </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            t("Kim, S. and Patel, R. (2018) Fish ladders and weirs."),
        ),
        p(
            t("Otten, J. (2005) Sluice gates in the Low Countries."),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        ),
    ]
    doc = parse(body)
    assert cites(doc) == [("endnote:12", 3), ("endnote:7", 1), ("endnote:9", 1), ("endnote:9", 2)]
    kim = next(f for f in doc.footnotes if f.label == "endnote:7")
    assert kim.reference.title == "Fish ladders & weirs"  # escaped twice in the package
    assert kim.reference.authors == ("Kim, Soo-ah", "Patel, Raj")
    assert (kim.reference.year, kim.reference.volume, kim.reference.pages) == (2018, "34", "215")
    assert kim.reference.doi == "10.1002/rra.3301"
    assert kim.reference.host == "River Research"
    assert [e.reference.year for e in doc.literature] == [2018, 2005, 1999]
    untitled = [a for a in doc.all_anomalies() if a.code is C.UNREAD_REGION]
    assert len(untitled) == 1 and "EndNote record 12 has no title" in untitled[0].message
    assert untitled[0].line == 3


# --------------------------------------------------------------------------
# Fields not understood: anomalies with their paragraph, never a traceback
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instr", "code", "said"),
    [
        (
            'ADDIN ZOTERO_ITEM CSL_CITATION {"citationItems": [{"id": 1,',
            C.UNREAD_REGION,
            "JSON cannot be read",
        ),
        ("ADDIN ZOTERO_ITEM CSL_CITATION " + "[" * 5000, C.UNREAD_REGION, "no citation data"),
        (
            "ADDIN ZOTERO_ITEM CSL_CITATION {" + '"a":[' * 500 + "1" + "]" * 500 + "}",
            C.LIMIT_REACHED,
            "too deeply",
        ),
        ('ADDIN CSL_CITATION {"properties": {}}', C.UNREAD_REGION, "no citationItems"),
        ("ADDIN EN.CITE <EndNote><Cite><Author>X", C.UNREAD_REGION, "EndNote"),
        ("ADDIN EN.CITE ", C.UNREAD_REGION, "no EndNote data"),
        ("ADDIN RW.CITE{{12 Smith 2001}}", C.UNREAD_REGION, "add-in 'RW.CITE'"),
        ("CITATION \\l 1033", C.UNREAD_REGION, "names no source"),
    ],
    ids=[
        "broken-json",
        "no-json",
        "deep-json",
        "no-items",
        "broken-endnote",
        "empty-endnote",
        "unknown-addin",
        "no-tag",
    ],
)
def test_fields_not_understood_are_anomalies(instr: str, code: C, said: str) -> None:
    body = [
        p(t("First.")),
        p(t("A claim "), fld(instr, "(Smith, 2001)"), t(".")),
        heading("References"),
        p(t("Smith, J. (2001). A book. Norton.")),
    ]
    doc = parse(body)
    found = [a for a in doc.all_anomalies() if a.code is code and said in a.message]
    assert found and found[0].line == 2, [(a.code, a.message) for a in doc.all_anomalies()]


def test_an_instruction_over_the_cap_is_said_not_read() -> None:
    huge = zotero(zitem(11, "QW7ER8TY", {**SMITH, "abstract": "x" * 300_000}))
    doc = parse([p(t("A claim "), fld(huge, "(Smith, 2019)"), t("."))])
    assert any(a.code is C.LIMIT_REACHED and a.line == 1 for a in doc.all_anomalies())


# --------------------------------------------------------------------------
# Pandoc keys typed in Word
# --------------------------------------------------------------------------

BIB = """@article{sweetman2021,
  author = {Sweetman, Anna and Roe, Paul},
  title = {Sleep and memory in adolescents},
  journal = {Sleep},
  year = {2021},
  volume = {44},
  pages = {1--12},
  doi = {10.1093/sleep/zsab001}
}
@book{walker2017,
  author = {Walker, Matthew},
  title = {Why We Sleep},
  publisher = {Scribner},
  year = {2017}
}
@book{unused2000,
  author = {Nobody, Ann},
  title = {Never cited},
  year = {2000}
}
"""

KEYS_BODY = [
    p(t("Sleep")),  # 1
    p(t("Adolescents remember more after sleep [@sweetman2021]."), ref(1)),  # 2
    p(
        t(
            "A popular account agrees [see @walker2017, p. 45; @sweetman2021]. @walker2017 goes further."
        )
    ),  # 3
    p(t("A key with no entry [@ghost2020].")),  # 4
]


def test_pandoc_keys_resolved_in_a_bibliography(tmp_path: Path) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text(BIB, encoding="utf-8")
    footnotes = [note(1, t("Our own survey, unpublished."))]
    data = build_docx(body=KEYS_BODY, footnotes=footnotes)
    doc = parse_bytes(data, "draft.docx", options=ReadOptions(bibliography=(str(bib),)))
    assert cites(doc) == [
        ("1", 2),
        ("sweetman2021", 2),
        ("sweetman2021", 3),
        ("walker2017", 3),
        ("walker2017", 3),
    ]
    assert [e.label for e in doc.literature] == ["sweetman2021", "walker2017"]  # cited only
    sweet = next(f for f in doc.footnotes if f.label == "sweetman2021")
    assert sweet.reference.doi == "10.1093/sleep/zsab001"
    missing = [a for a in doc.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert [(a.footnote, a.line) for a in missing] == [("ghost2020", 4)]
    assert [m.label for m in doc.stray_markers] == ["ghost2020"]  # reported once, as missing
    assert C.BIBLIOGRAPHY_UNREADABLE not in codes(doc)
    assert C.MARKER_WITHOUT_DEFINITION not in codes(doc)


def test_pandoc_keys_without_a_bibliography_alongside_word_notes() -> None:
    footnotes = [note(1, t("Our own survey, unpublished."))]
    doc = parse(KEYS_BODY, footnotes=footnotes)
    assert cites(doc) == [("1", 2)]  # the keys cannot be resolved: not made notes
    found = [a for a in doc.all_anomalies() if a.code is C.BIBLIOGRAPHY_UNREADABLE]
    assert len(found) == 1 and found[0].line == 2
    assert "4 Pandoc citation(s) by key ([@sweetman2021] …)" in found[0].message


# --------------------------------------------------------------------------
# A mixed document: Word footnotes and citation fields, a field inside a note
# --------------------------------------------------------------------------


def test_word_footnotes_and_citation_fields_together() -> None:
    body = [
        p(
            t("Tidal power is cheap "),
            fld(zotero(zitem(11, "QW7ER8TY", SMITH)), "(Smith & Okafor, 2019)"),
            t("."),
            ref(1),
        ),
        p(t("Rivers matter too"), ref(2), t(".")),
        p(t("Prices [1] were high in 1998.")),
    ]
    footnotes = [
        note(1, t("We leave aside the cost of grid connections.")),
        # a note-style citation: Zotero's field inside a Word footnote cites one work
        note(
            2,
            fld(
                zotero(zitem(12, "AS3DF4GH", LEE, locator="77")),
                "Min Lee, Rivers and Power (Oxford: Oxford University Press, 2012), 77.",
            ),
            t(""),
        ),
    ]
    doc = parse(body, footnotes=footnotes)
    assert cites(doc) == [("1", 1), ("2", 2), ("zotero:QW7ER8TY", 1)]
    two = next(f for f in doc.footnotes if f.label == "2")
    assert (two.reference.title, two.reference.pages, two.reference.year) == (
        "Rivers and power",
        "77",
        2012,
    )
    assert two.literature is not None  # the note's work is in the store's list
    assert sorted(e.reference.title for e in doc.literature) == [
        "Rivers and power",
        "Tidal energy in estuaries",
    ]
    assert C.LITERATURE_UNCITED not in codes(doc)
    assert C.NUMBERING_GAP not in codes(doc)


# --------------------------------------------------------------------------
# Small pure pieces
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instr", "kind"),
    [
        (" CITATION Bar00 \\l 1033 ", FieldKind.CITATION),
        (" BIBLIOGRAPHY \\l 1033 ", FieldKind.BIBLIOGRAPHY),
        ("ADDIN ZOTERO_ITEM CSL_CITATION {}", FieldKind.CITATION),
        ("ADDIN CSL_CITATION {}", FieldKind.CITATION),
        ('ADDIN ZOTERO_BIBL {"uncited":[]} CSL_BIBLIOGRAPHY', FieldKind.BIBLIOGRAPHY),
        ("ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY", FieldKind.BIBLIOGRAPHY),
        ("ADDIN EN.CITE <EndNote/>", FieldKind.CITATION),
        ("ADDIN EN.CITE.DATA", FieldKind.DATA),
        ("ADDIN EN.REFLIST", FieldKind.BIBLIOGRAPHY),
        ("ADDIN PAPERS2_CITATIONS <citation/>", FieldKind.ADDIN),
        ('HYPERLINK "https://example.org"', FieldKind.OTHER),
        ("PAGE", FieldKind.OTHER),
    ],
)
def test_field_kind(instr: str, kind: FieldKind) -> None:
    assert field_kind(instr) is kind


@pytest.mark.parametrize(
    ("instr", "expected"),
    [
        ("CITATION Bar00 \\l 1033", [("Bar00", None)]),
        ("CITATION Bar00 \\p 45 \\l 1033", [("Bar00", "45")]),
        ("CITATION Hol15 \\p 45 \\l 1033 \\m Bar00", [("Hol15", "45"), ("Bar00", None)]),
        (
            'CITATION Hol15 \\l 1033 \\f "see" \\m Bar00 \\p "12-14"',
            [("Hol15", None), ("Bar00", "12-14")],
        ),
        ("CITATION 2019 \\n \\t \\l 1049", [("word:2019", None)]),
    ],
    ids=["plain", "page", "merged", "prefix-quoted", "digit-tag"],
)
def test_word_citation_switches(instr: str, expected: list[tuple[str, str | None]]) -> None:
    read = read_field(FieldMark(instr, "", 0, 0))
    assert [(i.key, i.locator) for i in read.items] == expected


@pytest.mark.parametrize(
    ("locator", "pages"),
    [
        ("45", "45"),
        ("p. 45", "45"),
        ("pp. 12-14", "12–14"),
        ("12 -- 14", "12–14"),
        ("ch. 3", None),
        ("", None),
    ],
)
def test_pages_of_a_locator(locator: str, pages: str | None) -> None:
    assert pages_of(locator) == pages


def test_note_style_fields_and_a_rendered_entry_no_field_gives() -> None:
    # Zotero in a note style: the fields are in Word footnotes; the rendered list also
    # holds a work typed by hand in a note (no field describes it): that entry is kept
    body = [
        p(t("Tides were measured from 1860"), ref(1), t(", and rivers later"), ref(2), t(".")),
        heading("Bibliography"),
        p(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> ADDIN ZOTERO_BIBL {"uncited":[["http://zotero.org/users/4411/items/HAND0001"]],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            t("Admiralty. Tide Tables for the British Ports. London: Hydrographic Office, 1860."),
        ),
        p(
            t("Lee, Min. Rivers and Power. Oxford: Oxford University Press, 2012."),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        ),
    ]
    footnotes = [
        note(
            1,
            t(
                "Admiralty, Tide Tables for the British Ports (London: Hydrographic Office, 1860), 4."
            ),
        ),
        note(2, fld(zotero(zitem(12, "AS3DF4GH", LEE, locator="9")), "Lee, Rivers and Power, 9.")),
    ]
    doc = parse(body, footnotes=footnotes)
    assert [(e.number, e.reference.title) for e in doc.literature] == [  # as printed
        (1, "Tide Tables for the British Ports"),
        (2, "Rivers and power"),
    ]
    assert all(f.literature is not None for f in doc.footnotes)
    assert not [c for c in codes(doc) if c in (C.LITERATURE_UNCITED, C.LITERATURE_MISSING)]


# --------------------------------------------------------------------------
# One work twice in the manager's library (a second import): the rendered list prints it
# twice ("2011a", "2011b"); the literature keeps the printed order, and the two entries are
# one work listed twice
# --------------------------------------------------------------------------

ADAMS = {
    "type": "article-journal",
    "title": "Dune grasses after storms",
    "container-title": "Coastal Ecology",
    "author": [{"family": "Adams", "given": "Ruth"}],
    "issued": {"date-parts": [[2015]]},
}
BERG = {
    "type": "article-journal",
    "title": "Salt marshes and sea walls: A survey of managed retreat",
    "container-title": "Estuarine Studies",
    "author": [{"family": "Berg", "given": "Ida"}],
    "DOI": "10.5555/es.2011.004",
}
YOUNG = {
    "type": "book",
    "title": "Wind over the shallows",
    "publisher": "Delta Press",
    "author": [{"family": "Young", "given": "Tom"}],
    "issued": {"date-parts": [[2018]]},
}
# the second import: other capitals; (corpus shape) a year and the publisher's page where the
# first has the full date; (variant) the same year and each copy with an address of its own
BERG_COPIES = {
    "date-and-page": (
        {**BERG, "issued": {"date-parts": [[2011, 3, 14]]}},
        {
            **BERG,
            "title": "Salt Marshes and Sea Walls: A Survey of Managed Retreat",
            "issued": {"date-parts": [[2011]]},
            "URL": "https://journals.example.org/es/article?id=10.5555/es.2011.004",
        },
    ),
    "two-addresses": (
        {**BERG, "issued": {"date-parts": [[2011]]}, "URL": "https://doi.org/10.5555/es.2011.004"},
        {
            **BERG,
            "title": "Salt marshes and sea walls: a survey of managed retreat",
            "issued": {"date-parts": [[2011]]},
            "URL": "https://journals.example.org/es/article?id=10.5555/es.2011.004",
        },
    ),
}


def _endnote_work(number: int, work: dict[str, Any]) -> str:
    people = "".join(
        f"<author>{a['family']}, {a['given']}</author>" for a in work.get("author", [])
    )
    url = work.get("URL")
    return (
        f'<record><rec-number>{number}</rec-number><ref-type name="Journal Article">17</ref-type>'
        f"<contributors><authors>{people}</authors></contributors>"
        f"<titles><title>{escape(work['title'])}</title>"
        f"<secondary-title>{work.get('container-title', '')}</secondary-title></titles>"
        f"<dates><year>{work['issued']['date-parts'][0][0]}</year></dates>"
        + (f"<urls><related-urls><url>{escape(url)}</url></related-urls></urls>" if url else "")
        + f"<electronic-resource-num>{work.get('DOI', '')}</electronic-resource-num></record>"
    )


def _manager_field(manager: str, number: int, work: dict[str, Any], shown: str) -> str:
    """A citation field of one work, as ``manager`` writes it (item ``number`` of its library)."""
    if manager == "zotero":
        return fld(zotero(zitem(number, f"ITEM{number:04d}", work)), shown)
    if manager == "mendeley":
        return fld(mendeley((f"5e0c{number:04d}-77aa-4b1c-9d2e-3f4a5b6c7d8e", work)), shown)
    family = work["author"][0]["family"]
    year = work["issued"]["date-parts"][0][0]
    cite = endnote((family, str(year), number, "", _endnote_work(number, work)))
    return fld("ADDIN EN.CITE " + cite, shown)


_BIB_FIELD = {
    "zotero": 'ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY',
    "mendeley": "ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY",
    "endnote": "ADDIN EN.REFLIST",
}


@pytest.mark.parametrize("copies", list(BERG_COPIES))
@pytest.mark.parametrize("manager", ["zotero", "mendeley", "endnote"])
def test_a_work_imported_twice_keeps_the_printed_order_and_is_a_duplicate(
    manager: str, copies: str
) -> None:
    first, second = BERG_COPIES[copies]
    body = [
        p(t("Sea walls move the marsh "), _manager_field(manager, 1, first, "(Berg, 2011a)")),  # 1
        p(t("Wind shapes the flats "), _manager_field(manager, 2, YOUNG, "(Young, 2018)")),  # 2
        p(t("Grasses return "), _manager_field(manager, 3, ADAMS, "(Adams, 2015)")),  # 3
        p(t("Retreat is cheaper "), _manager_field(manager, 4, second, "(Berg, 2011b)")),  # 4
        heading("References"),  # 5
        p(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {_BIB_FIELD[manager]} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            t("Adams, R. (2015). Dune grasses after storms. Coastal Ecology."),
        ),  # 6
        p(
            t(
                "Berg, I. (2011a). Salt marshes and sea walls: A survey of managed retreat. "
                "Estuarine Studies."
            )
        ),  # 7
        p(
            t(
                "Berg, I. (2011b). Salt Marshes and Sea Walls: A Survey of Managed Retreat. "
                "Estuarine Studies."
            )
        ),  # 8
        p(
            t("Young, T. (2018). Wind over the shallows. Delta Press."),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        ),  # 9
    ]
    doc = parse(body)
    # printed order: the second copy is the list's third entry, not put last
    assert [e.reference.authors[0].split(",")[0] for e in doc.literature] == [
        "Adams",
        "Berg",
        "Berg",
        "Young",
    ]
    assert [e.line for e in doc.literature] == [3, 1, 4, 2]  # each at its first citation
    tied = sorted(
        (m.line, f.literature.number) for f in doc.footnotes if f.literature for m in f.markers
    )
    assert tied == [(1, 2), (2, 4), (3, 1), (4, 3)]
    warned = [f for f in analyse_document(doc, {}, {}) if f.kind is FindingKind.DUPLICATE_CITATION]
    assert [(f.severity, f.literature_entries, f.lines) for f in warned] == [
        (Severity.WARNING, (2, 3), (1, 4))
    ]


def test_works_of_one_title_by_other_people_are_told_apart_by_their_authors() -> None:
    # two works titled alike, the later in the list cited first: each printed entry is the
    # work whose first author it names
    body = [
        p(t("Marshes "), fld(zotero(zitem(1, "ZZZZ0001", YOUNG)), "(Young, 2018)")),  # 1
        p(
            t("Flats "),
            fld(zotero(zitem(2, "AAAA0002", {**ADAMS, "title": YOUNG["title"]})), "(Adams)"),
        ),  # 2
        heading("References"),  # 3
        p(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {_BIB_FIELD["zotero"]} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            t("Adams, R. (2015). Wind over the shallows. Coastal Ecology."),
        ),  # 4
        p(
            t("Young, T. (2018). Wind over the shallows. Delta Press."),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        ),  # 5
    ]
    doc = parse(body)
    assert [(e.reference.authors[0], e.line) for e in doc.literature] == [
        ("Adams, Ruth", 2),
        ("Young, Tom", 1),
    ]
