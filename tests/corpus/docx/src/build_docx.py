"""Build the corpus .docx documents from WordprocessingML written here (no Word, no
python-docx), in the shapes Word saves: automatic list numbering through numbering.xml
and a list style, a citation in a table cell, a text box saved twice (mc:Choice and
mc:Fallback), a HYPERLINK field, footnotes, and a NOTEREF cross reference to a note.

Run:  python tests/corpus/docx/src/build_docx.py   (writes the .docx files next to src/;
deterministic: fixed timestamps in the ZIP).
"""

from __future__ import annotations

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


def build(name: str, body: list[str], label: str, notes: list[str] | None = None) -> None:
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


if __name__ == "__main__":
    build("tram-revival", TRAMS, "[%1]")
    build("ferry-history", FERRIES, "%1.", FERRY_NOTES)
