"""Build the corpus .docx documents from WordprocessingML written here (no Word, no
python-docx), in the shapes Word saves: automatic list numbering through numbering.xml
and a list style, a citation in a table cell, a text box saved twice (mc:Choice and
mc:Fallback), a HYPERLINK field, footnotes, and a NOTEREF cross reference to a note.
Citation managers' fields: Word's CITATION fields with its source store
(customXml/item1.xml, b:Sources) and a BIBLIOGRAPHY field; Zotero's ZOTERO_ITEM
CSL_CITATION fields (JSON over several runs) and ZOTERO_BIBL; EndNote's EN.CITE fields
(the EndNote XML escaped in the instruction) and EN.REFLIST; a rendered list field runs
over several paragraphs.

Run:  python tests/corpus/docx/src/build_docx.py   (writes the .docx files next to src/;
deterministic: fixed timestamps in the ZIP).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def t(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(*runs: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def fn(note_id: int) -> str:
    return (
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        f'<w:footnoteReference w:id="{note_id}"/></w:r>'
    )


def field(instr: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{t(result)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def pieces_field(instr: str, result: str, pieces: int) -> str:
    """A field whose instruction is split over ``pieces`` runs, as Word saves long ones."""
    step = max(1, -(-len(instr) // pieces))
    runs = "".join(
        f'<w:r><w:instrText xml:space="preserve">{escape(instr[k : k + step])}</w:instrText></w:r>'
        for k in range(0, len(instr), step)
    )
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>{runs}'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{t(result)}'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def list_field(instr: str, entries: list[str]) -> list[str]:
    """A rendered list field (BIBLIOGRAPHY, ZOTERO_BIBL, EN.REFLIST) over one paragraph per
    entry: begin in the first, end in the last."""
    begin = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    out = []
    for k, entry in enumerate(entries):
        head = begin if k == 0 else ""
        tail = end if k == len(entries) - 1 else ""
        out.append(p(head + t(entry) + tail, style="Bibliography"))
    return out


def text_box(*paras: str) -> str:
    inner = "".join(paras)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
        f"{inner}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
        f"{inner}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


STYLES = (
    f"<w:styles {NS}>"
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/>'
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="character" w:styleId="FootnoteReference">'
    '<w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    "</w:style></w:styles>"
)


def numbering(label: str) -> str:
    return (
        f'<w:numbering {NS}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
        f'<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{label}"/>'
        '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        "</w:numbering>"
    )


TRAMS = [
    p(t("The Return of the Tram in Mid-Sized Cities"), style="Title"),  # 1
    p(t("Introduction"), style="Heading1"),  # 2
    p(
        t("Between 1950 and 1975 most tram networks in mid-sized European cities were closed "),
        t("[1; 2]. Since 1985 more than thirty of them have been rebuilt [3, p. 14]."),
    ),  # 3
    p(
        t("Costs per kilometre fell as low-floor vehicles made street running simpler [4–6], "),
        t("although tunnelled sections still cost five times as much [2, p. 88]."),
        text_box(p(t("Box: the first low-floor tram entered service in 1984."))),
    ),  # 4, its text box 5
    p(t("Evidence"), style="Heading1"),  # 6
    "<w:tbl><w:tr><w:tc>"
    + p(t("Ridership doubled within five years in Freiburg and Nantes [7]."))
    + "</w:tc><w:tc>"
    + p(t("Car traffic in the centre fell by a fifth [8]."))
    + "</w:tc></w:tr></w:tbl>",  # 7, 8
    p(t("The effects on land values are positive but small [5], [9].")),  # 9
    p(t("References"), style="Heading1"),  # 10
    p(
        t("Hass-Klau C. The Pedestrian and the City. London : Routledge, 2014. 296 p."),
        style="ListNumber",
    ),  # 11
    p(
        t("Priemus H., Konings R. Light rail in urban regions: what Dutch policymakers could "),
        t("learn from experiences in France, Germany and Japan // Journal of Transport "),
        t("Geography. 2001. Vol. 9, no. 3. P. 187–198."),
        style="ListNumber",
    ),  # 12
    p(
        t("Groneck C. Neue Straßenbahnen in Frankreich. Freiburg : EK-Verlag, 2003. 192 S."),
        style="ListNumber",
    ),  # fmt: skip  # 13
    p(
        t("Knowles R. D. Transport shaping space: differential collapse in time-space // "),
        t("Journal of Transport Geography. 2006. Vol. 14, no. 6. P. 407–425."),
        style="ListNumber",
    ),  # 14
    p(
        t("Light Rail Transit Association. Tramway fleet survey 2020. URL: "),
        field(
            'HYPERLINK "https://www.lrta.example.org/fleet-survey-2020"',
            "https://www.lrta.example.org/fleet-survey-2020",
        ),
        t(" (accessed 12.05.2021)."),
        style="ListNumber",
    ),  # 15
    p(
        t("Taplin M. Light Rail in Europe. Harrow : Capital Transport, 1998. 160 p."),
        style="ListNumber",
    ),  # fmt: skip  # 16
    p(
        t("Babalik-Sutcliffe E. Urban rail systems: analysis of the factors behind success // "),
        t("Transport Reviews. 2002. Vol. 22, no. 4. P. 415–447."),
        style="ListNumber",
    ),  # 17
    p(
        t("Bertolini L. Planning the Mobile Metropolis. London : Palgrave, 2017. 248 p."),
        style="ListNumber",
    ),  # fmt: skip  # 18
    p(
        t("Debrezion G., Pels E., Rietveld P. The impact of railway stations on residential "),
        t("and commercial property value // Journal of Real Estate Finance and Economics. "),
        t("2007. Vol. 35, no. 2. P. 161–180."),
        style="ListNumber",
    ),  # 19
]

FERRIES = [
    p(t("Ferries to the Small Isles, 1950–1980"), style="Title"),  # 1
    p(
        t("The first car ferry to the islands sailed in 1964"),
        fn(1),
        t(", replacing a mail steamer that had carried goods and passengers for sixty years."),
        fn(2),
    ),  # 2
    p(
        t("Timetables were cut twice in the 1970s"),
        fn(3),
        t(", and the islanders' protests, described above"),
        field("NOTEREF _Ref101 \\f \\h", "1"),
        t(", were ignored."),
    ),  # 3
    p(t("Bibliography"), style="Heading1"),  # 4
    p(
        t("Duckworth C., Langmuir G. West Highland Steamers. Prescot : Stephenson, "),
        t("1967. 331 p."),
        style="ListNumber",
    ),  # fmt: skip  # 5
    p(
        t("Robins N., Meek D. The Kingdom of MacBrayne. Edinburgh : Birlinn, 2006. 288 p."),
        style="ListNumber",
    ),  # fmt: skip  # 6
]

FERRY_NOTES = [
    "Duckworth C., Langmuir G. West Highland Steamers. Prescot : Stephenson, 1967. P. 201.",
    "Robins N., Meek D. The Kingdom of MacBrayne. Edinburgh : Birlinn, 2006. P. 144.",
    "Robins N., Meek D. The Kingdom of MacBrayne. Edinburgh : Birlinn, 2006. P. 190.",
]


def build(
    name: str,
    body: list[str],
    label: str,
    notes: list[str] | None = None,
    extra: dict[str, str] | None = None,
) -> None:
    rels = [("rIdS", "styles", "styles.xml"), ("rIdN", "numbering", "numbering.xml")]
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/></Types>'
        ),
        "_rels/.rels": _rels([("rId1", "officeDocument", "word/document.xml")]),
        "word/document.xml": f"<w:document {NS}><w:body>{''.join(body)}</w:body></w:document>",
        "word/styles.xml": STYLES,
        "word/numbering.xml": numbering(label),
    }
    if notes is not None:
        rels.append(("rIdF", "footnotes", "footnotes.xml"))
        items = "".join(
            f'<w:footnote w:id="{k}">{p(t(text))}</w:footnote>'
            for k, text in enumerate(notes, start=1)
        )
        parts["word/footnotes.xml"] = f"<w:footnotes {NS}>{items}</w:footnotes>"
    parts.update(extra or {})
    parts["word/_rels/document.xml.rels"] = _rels(rels)
    with zipfile.ZipFile(HERE.parent / f"{name}.docx", "w", zipfile.ZIP_DEFLATED) as archive:
        for part, xml in parts.items():
            info = zipfile.ZipInfo(part, date_time=(2023, 5, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, '<?xml version="1.0" encoding="UTF-8"?>' + xml)


def _rels(items: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f'<Relationship Id="{rid}" Type="{REL}/{kind}" Target="{target}"/>'
        for rid, kind, target in items
    )
    return f'<Relationships xmlns="{PKG}">{body}</Relationships>'


# --------------------------------------------------------------------------
# Citation managers
# --------------------------------------------------------------------------

B = "http://schemas.openxmlformats.org/officeDocument/2006/bibliography"


def _person(last: str, first: str) -> str:
    return f"<b:Person><b:Last>{escape(last)}</b:Last><b:First>{escape(first)}</b:First></b:Person>"


def _source(tag: str, kind: str, people: list[tuple[str, str]], **fields: str) -> str:
    names = "".join(_person(last, first) for last, first in people)
    author = f"<b:Author><b:Author><b:NameList>{names}</b:NameList></b:Author></b:Author>"
    body = "".join(f"<b:{k}>{escape(v)}</b:{k}>" for k, v in fields.items())
    return (
        f"<b:Source><b:Tag>{tag}</b:Tag><b:SourceType>{kind}</b:SourceType>"
        f"<b:Guid>{{{tag}-0000}}</b:Guid><b:LCID>2057</b:LCID>{author if people else ''}{body}</b:Source>"
    )


SILT_SOURCES = (
    f'<b:Sources xmlns:b="{B}" xmlns="{B}" SelectedStyle="\\APASixthEditionOfficeOnline.xsl" '
    'StyleName="APA" Version="6">'
    + _source(
        "Bar00",
        "JournalArticle",
        [("Barnes", "Alice"), ("Kerr", "Tom"), ("Ng", "Li")],
        Title="Coastal erosion and sediment supply",
        JournalName="Marine Geology",
        Year="2000",
        Volume="12",
        Issue="3",
        Pages="40-58",
        DOI="10.1016/mg.2000.12",
    )
    + _source(
        "Hol15",
        "Book",
        [("Holm", "Erik")],
        Title="Harbours of the North Sea",
        Year="2015",
        City="New York",
        Publisher="Norton",
    )
    + _source(
        "Dre09",
        "BookSection",
        [("Dreyer", "Klaus")],
        Title="Dredging the Elbe",
        BookTitle="Rivers in the Industrial Age",
        Year="2009",
        Pages="101-130",
        City="Hamburg",
        Publisher="Wachholtz",
    )
    + _source(
        "Por21",
        "InternetSite",
        [],
        Title="Annual port statistics 2021",
        InternetSiteTitle="Port of Rotterdam",
        Year="2021",
        URL="https://www.portofrotterdam.example.org/statistics-2021",
        YearAccessed="2022",
        MonthAccessed="March",
        DayAccessed="4",
    )
    + "</b:Sources>"
)

SILT = [
    p(t("Silt and the Harbours of the North Sea"), style="Title"),  # 1
    p(t("Introduction"), style="Heading1"),  # 2
    p(
        t("Sediment supply to the southern coast fell by half after 1950 "),
        field("CITATION Bar00 \\l 2057", "(Barnes, Kerr, & Ng, 2000)"),
        t(", and harbours that had been dredged by hand were left to silt up."),
    ),  # 3
    p(
        t("The largest ports answered with steam dredgers "),
        field("CITATION Hol15 \\p 45 \\l 2057  \\m Dre09", "(Holm, 2015, p. 45; Dreyer, 2009)"),
        t(". Hamburg alone moved four million cubic metres a year "),
        field("CITATION Dre09 \\p 112 \\l 2057", "(Dreyer, 2009, p. 112)"),
        t("."),
    ),  # 4
    p(
        t("Today the tonnage handled is higher than ever "),
        field("CITATION Por21 \\l 2057", "(Port of Rotterdam, 2021)"),
        t(", which makes the silt a question of money rather than of survival "),
        field("CITATION Hol15 \\l 2057", "(Holm, 2015)"),
        t("."),
    ),  # 5
    p(t("Bibliography"), style="Heading1"),  # 6
    *list_field(
        "BIBLIOGRAPHY",
        [
            "Barnes, A., Kerr, T., & Ng, L. (2000). Coastal erosion and sediment supply. "
            "Marine Geology, 12(3), 40-58.",
            "Dreyer, K. (2009). Dredging the Elbe. In Rivers in the Industrial Age "
            "(pp. 101-130). Hamburg: Wachholtz.",
            "Holm, E. (2015). Harbours of the North Sea. New York: Norton.",
            "Port of Rotterdam. (2021). Annual port statistics 2021. Retrieved March 4, 2022.",
        ],
    ),  # 7-10
]


def _zotero(*items: tuple[int, str, dict[str, object], str | None], shown: str) -> str:
    """Zotero's CSL citation: (item id, item key, CSL data, locator) per cited work."""
    data = {
        "citationID": "k" + "".join(key[:2] for _, key, _, _ in items),
        "properties": {"formattedCitation": shown, "plainCitation": shown, "noteIndex": 0},
        "citationItems": [
            {
                "id": ident,
                "uris": [f"http://zotero.org/users/9021/items/{key}"],
                "itemData": {"id": ident, **csl},
                **({"locator": loc, "label": "page"} if loc else {}),
            }
            for ident, key, csl, loc in items
        ],
        "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json",
    }
    return "ADDIN ZOTERO_ITEM CSL_CITATION " + json.dumps(data, ensure_ascii=False)


TIDES_SMITH: dict[str, object] = {
    "type": "article-journal",
    "title": "Tidal stream energy in shallow estuaries",
    "container-title": "Renewable Energy",
    "volume": "141",
    "page": "100-120",
    "author": [{"family": "Smith", "given": "Jane"}, {"family": "Okafor", "given": "Ben"}],
    "issued": {"date-parts": [["2019", 4]]},
    "DOI": "10.1016/j.renene.2019.03.021",
}
TIDES_LEE: dict[str, object] = {
    "type": "book",
    "title": "Rivers and power",
    "publisher": "Oxford University Press",
    "publisher-place": "Oxford",
    "author": [{"family": "Lee", "given": "Min"}],
    "issued": {"date-parts": [[2012]]},
}
TIDES_TRUST: dict[str, object] = {
    "type": "webpage",
    "title": "Severn estuary survey data",
    "container-title": "Severn Estuary Partnership",
    "URL": "https://www.severnestuary.example.org/survey-data",
    "author": [{"literal": "Severn Estuary Partnership"}],
    "issued": {"date-parts": [[2020, 5, 1]]},
    "accessed": {"date-parts": [[2021, 2, 11]]},
}
TIDES_MORAN: dict[str, object] = {
    "type": "chapter",
    "title": "Barrages and their critics",
    "container-title": "Energy from the sea",
    "editor": [{"family": "Quinn", "given": "Aoife"}],
    "author": [{"family": "Moran", "given": "Declan"}],
    "publisher": "Routledge",
    "publisher-place": "London",
    "page": "55-79",
    "issued": {"date-parts": [[2016]]},
}

TIDES = [
    p(t("Tidal Energy in the Severn Estuary"), style="Title"),  # 1
    p(
        t("Tidal stream turbines are now cheaper per megawatt-hour than offshore wind "),
        pieces_field(
            _zotero((31, "QW7ER8TY", TIDES_SMITH, None), shown="(Smith & Okafor, 2019)"),
            "(Smith & Okafor, 2019)",
            7,
        ),
        t("."),
        fn(1),
    ),  # 2
    p(
        t("Rivers and tides both shape the estuary "),
        pieces_field(
            _zotero(
                (31, "QW7ER8TY", TIDES_SMITH, "104"),
                (32, "AS3DF4GH", TIDES_LEE, "17-19"),
                shown="(Smith & Okafor, 2019, p. 104; Lee, 2012, pp. 17–19)",
            ),
            "(Smith & Okafor, 2019, p. 104; Lee, 2012, pp. 17–19)",
            11,
        ),
        t(", and survey data show the sandbanks moving every year "),
        pieces_field(
            _zotero(
                (33, "ZX5CV6BN", TIDES_TRUST, None), shown="(Severn Estuary Partnership, 2020)"
            ),
            "(Severn Estuary Partnership, 2020)",
            4,
        ),
        t("."),
    ),  # 3
    p(
        t("A barrage was proposed four times and rejected four times "),
        pieces_field(
            _zotero((34, "PL9OK8IJ", TIDES_MORAN, "60"), shown="(Moran, 2016, p. 60)"),
            "(Moran, 2016, p. 60)",
            5,
        ),
        t("."),
    ),  # 4
    p(t("References"), style="Heading1"),  # 5
    *list_field(
        'ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY',
        [
            "Lee, M. (2012). Rivers and power. Oxford University Press.",
            "Moran, D. (2016). Barrages and their critics. In A. Quinn (Ed.), Energy from "
            "the sea (pp. 55–79). Routledge.",
            "Severn Estuary Partnership. (2020, May 1). Severn estuary survey data. "
            "https://www.severnestuary.example.org/survey-data",
            "Smith, J., & Okafor, B. (2019). Tidal stream energy in shallow estuaries. "
            "Renewable Energy, 141, 100–120. https://doi.org/10.1016/j.renene.2019.03.021",
        ],
    ),  # 6-9
]

TIDES_NOTES = ["We leave aside the cost of connecting the turbines to the grid."]


def _record(rec: int, kind: str, title: str, authors: list[str], year: str, **f: str) -> str:
    people = "".join(f"<author>{escape(a)}</author>" for a in authors)
    extra = "".join(
        f"<{k.replace('_', '-')}>{escape(v)}</{k.replace('_', '-')}>"
        for k, v in f.items()
        if k != "journal"
    )
    journal = f"<secondary-title>{escape(f['journal'])}</secondary-title>" if "journal" in f else ""
    return (
        f'<record><rec-number>{rec}</rec-number><foreign-keys><key app="EN" db-id="a9x2sv">'
        f'{rec}</key></foreign-keys><ref-type name="{kind}">17</ref-type><contributors><authors>'
        f"{people}</authors></contributors><titles><title>{escape(title)}</title>{journal}</titles>"
        f"<dates><year>{year}</year></dates>{extra}</record>"
    )


def _en_cite(*cites: tuple[str, str, int, str | None, str]) -> str:
    """ADDIN EN.CITE <EndNote>…</EndNote> for (author, year, recnum, pages, record)."""
    body = "".join(
        f"<Cite><Author>{escape(a)}</Author><Year>{y}</Year><RecNum>{n}</RecNum>"
        + (f"<Pages>{pg}</Pages>" if pg else "")
        + f"<DisplayText>[{n}]</DisplayText>{rec}</Cite>"
        for a, y, n, pg, rec in cites
    )
    return f"ADDIN EN.CITE <EndNote>{body}</EndNote>"


WEIR_KIM = _record(
    7, "Journal Article", "Fish ladders & weirs on lowland rivers", ["Kim, Soo-ah", "Patel, Raj"],
    "2018", journal="River Research and Applications", volume="34", number="3",
    pages="211-230", electronic_resource_num="10.1002/rra.3301",
)  # fmt: skip
WEIR_OTTEN = _record(
    9, "Book", "Sluice gates in the Low Countries", ["Otten, Joost"], "2005",
    publisher="Waanders", pub_location="Zwolle",
)  # fmt: skip
WEIR_EA = _record(
    14, "Report", "Eel passage at tidal structures", ["Environment Agency"], "2011",
    publisher="Environment Agency", pub_location="Bristol",
)  # fmt: skip

WEIRS = [
    p(t("Weirs, Sluices and Migrating Fish"), style="Title"),  # 1
    p(
        t("Fish ladders let salmon pass most weirs below two metres "),
        pieces_field(_en_cite(("Kim", "2018", 7, "215", WEIR_KIM)), "[1]", 6),
        t(", but eels need ramps of their own "),
        pieces_field(_en_cite(("Environment Agency", "2011", 14, None, WEIR_EA)), "[2]", 3),
        t("."),
    ),  # 2
    p(
        t("Sluices in the Low Countries were built for drainage, not for fish "),
        pieces_field(
            _en_cite(("Otten", "2005", 9, None, WEIR_OTTEN), ("Kim", "2018", 7, None, WEIR_KIM)),
            "[1, 3]",
            8,
        ),
        t("."),
    ),  # 3
    p(t("References"), style="Heading1"),  # 4
    *list_field(
        "ADDIN EN.REFLIST",
        [
            "1.\tKim S, Patel R. Fish ladders & weirs on lowland rivers. River Research and "
            "Applications. 2018;34(3):211-30.",
            "2.\tEnvironment Agency. Eel passage at tidal structures. Bristol: Environment "
            "Agency; 2011.",
            "3.\tOtten J. Sluice gates in the Low Countries. Zwolle: Waanders; 2005.",
        ],
    ),  # 5-7
]


if __name__ == "__main__":
    build("tram-revival", TRAMS, "[%1]")
    build("ferry-history", FERRIES, "%1.", FERRY_NOTES)
    build("harbour-silt-word", SILT, "%1.", extra={"customXml/item1.xml": SILT_SOURCES})
    build("estuary-tides-zotero", TIDES, "%1.", TIDES_NOTES)
    build("weirs-endnote", WEIRS, "%1.")
