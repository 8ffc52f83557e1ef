"""DOCX: numbered reference lists and the body's bracketed citations of them, Word list
numbering (numbering.xml), fields, text boxes and parts that are not read.

The packages are assembled here from WordprocessingML written for the tests, in the
shapes Word saves: automatic numbering through ``w:numPr`` (direct, or through a *List
Number* style), ``[%1]`` and ``%1.`` labels, a list restarted with ``w:startOverride``,
``NOTEREF … \\f`` cross references, a text box saved twice (``mc:Choice`` and
``mc:Fallback``), right-to-left wrappers and comments.
"""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree as ET

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from bibcheck.readers.docx import read_bytes
from bibcheck.readers.docxnum import ListLabel, Numbering

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def t(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def p(*runs: str, style: str | None = None, num: tuple[int, int] | None = None) -> str:
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{''.join(runs)}</w:p>"


def level(ilvl: int, text: str, fmt: str = "decimal", start: int = 1) -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
    )


NUMBERING = (
    f"<w:numbering {NS}>"
    f'<w:abstractNum w:abstractNumId="0">{level(0, "[%1]")}{level(1, "%1.%2")}</w:abstractNum>'
    f'<w:abstractNum w:abstractNumId="1">{level(0, "%1.")}</w:abstractNum>'
    f'<w:abstractNum w:abstractNumId="2">{level(0, "•", "bullet")}</w:abstractNum>'
    f'<w:abstractNum w:abstractNumId="3">{level(0, "%1)", "lowerLetter")}</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="0"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>'
    "</w:numbering>"
)

STYLES = (
    f"<w:styles {NS}>"
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/>'
    '<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Bibliography"><w:name w:val="Bibliography"/>'
    '<w:basedOn w:val="ListNumber"/></w:style>'
    "</w:styles>"
)


def build(body: list[str], extra: dict[str, str] | None = None) -> bytes:
    rels = [
        ("rIdS", "styles", "styles.xml"),
        ("rIdN", "numbering", "numbering.xml"),
    ]
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": _rels([("rId1", "officeDocument", "word/document.xml")]),
        "word/document.xml": f"<w:document {NS}><w:body>{''.join(body)}</w:body></w:document>",
        "word/styles.xml": STYLES,
        "word/numbering.xml": NUMBERING,
        "word/_rels/document.xml.rels": _rels(rels),
        **(extra or {}),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + xml)
    return buffer.getvalue()


def _rels(items: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f'<Relationship Id="{rid}" Type="{REL}/{kind}" Target="{target}"/>'
        for rid, kind, target in items
    )
    return f'<Relationships xmlns="{REL_NS}">{body}</Relationships>'


ENTRIES = [
    "Orlov P. A. Tram networks of Russian cities. Moscow : Transport, 2015. 240 p.",
    "Keller M., Braun S. Light rail and land values // Urban Studies. 2019. Vol. 56, no. 4. "
    "P. 701–719.",
    "Lind K. Trams after the car. London : Verso, 2012. 198 p.",
    "Nagy B. Track gauge and tram speed // Transport Reviews. 2020. Vol. 40. P. 10–25.",
]


def cited_doc(numbered: str = "direct") -> bytes:
    def item(k: int, text: str) -> str:
        if numbered == "direct":
            return p(t(text), num=(1, 0))
        if numbered == "style":
            return p(t(text), style="Bibliography")
        return p(t(f"[{k}] {text}"))  # typed numbers

    body = [
        p(t("Trams and City Growth"), style="Heading1"),  # 1
        p(t("Tram networks shrank after 1960 [1; 3], but revived after 2000 [2, p. 705].")),  # 2
        p(t("Land values near new lines rose [2–4].")),  # 3
        p(t("References"), style="Heading1"),  # 4
        *(item(k, text) for k, text in enumerate(ENTRIES, start=1)),  # 5-8
    ]
    return build(body)


def markers(doc: ParsedDocument) -> list[tuple[str, int]]:
    return sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)


@pytest.mark.parametrize("numbered", ["direct", "style", "typed"])
def test_bracketed_numbers_cite_the_numbered_list(numbered: str) -> None:
    doc = parse_bytes(cited_doc(numbered), "trams.docx")
    assert [(e.number, e.line) for e in doc.literature] == [(1, 5), (2, 6), (3, 7), (4, 8)]
    assert markers(doc) == [("1", 2), ("2", 2), ("2", 3), ("3", 2), ("3", 3), ("4", 3)]
    assert not doc.stray_markers
    assert doc.literature[1].reference.raw.startswith("Keller M.")  # no number in the text
    linked = {f.label: f.literature.number if f.literature else None for f in doc.footnotes}
    assert linked == {"1": 1, "2": 2, "3": 3, "4": 4}
    first = next(f for f in doc.footnotes if f.label == "1").markers[0]
    assert first.claim is not None and "[" not in first.claim.text
    found = {a.code for a in doc.all_anomalies()}
    assert not found & {C.MARKER_WITHOUT_DEFINITION, C.LITERATURE_NUMBERING, C.DUPLICATE_MARKER}


def test_numbers_without_a_list_are_said_to_be_unread() -> None:
    body = [p(t("Trams came back [1], [2]."))]
    doc = parse_bytes(build(body), "nolist.docx")
    unread = [a for a in doc.all_anomalies() if a.code is C.UNREAD_REGION]
    assert len(unread) == 1 and "2 numeric citations" in unread[0].message
    assert unread[0].line == 1


def numbering_of(body: list[str]) -> list[ListLabel | None]:
    numbering = Numbering.read(
        ET.fromstring(NUMBERING), ET.fromstring(STYLES)
    )  # the parts as Word writes them
    root = ET.fromstring(f"<w:body {NS}>{''.join(body)}</w:body>")
    return [numbering.label(para) for para in root.iter(f"{{{W_NS}}}p")]


@pytest.mark.parametrize(
    ("body", "labels"),
    [
        pytest.param(
            [p(t("a"), num=(1, 0)), p(t("b"), num=(1, 0)), p(t("c"), num=(1, 0))],
            [("[1]", 1), ("[2]", 2), ("[3]", 3)],
            id="bracketed",
        ),
        pytest.param(
            [p(t("a"), num=(1, 0)), p(t("a1"), num=(1, 1)), p(t("a2"), num=(1, 1))]
            + [p(t("b"), num=(1, 0)), p(t("b1"), num=(1, 1))],
            [("[1]", 1), ("1.1", 1), ("1.2", 2), ("[2]", 2), ("2.1", 1)],
            id="levels-reset-below",
        ),
        pytest.param(
            [p(t("a"), num=(1, 0)), p(t("x")), p(t("b"), num=(1, 0))],
            [("[1]", 1), None, ("[2]", 2)],
            id="continues-over-text",
        ),
        pytest.param(
            [p(t("a"), num=(1, 0)), p(t("b"), num=(1, 0)), p(t("c"), num=(4, 0))],
            [("[1]", 1), ("[2]", 2), ("[1]", 1)],
            id="restarted-by-override",
        ),
        pytest.param(
            [p(t("a"), style="ListNumber"), p(t("b"), style="Bibliography")],
            [("1.", 1), ("2.", 2)],
            id="through-styles",
        ),
        pytest.param(
            [p(t("a"), num=(3, 0)), p(t("b"), num=(5, 0)), p(t("c"), num=(5, 0))],
            [("•", None), ("a)", None), ("b)", None)],
            id="bullets-and-letters",
        ),
        pytest.param([p(t("a"), num=(0, 0))], [None], id="numid-zero-is-none"),
    ],
)
def test_word_list_numbers(body: list[str], labels: list[tuple[str, int | None] | None]) -> None:
    got = [(lab.text, lab.number) if lab else None for lab in numbering_of(body)]
    assert got == labels


FOOTNOTES = (
    f"<w:footnotes {NS}>"
    '<w:footnote w:id="1"><w:p>' + t("Orlov, Tram networks (Moscow, 2015), 12.") + "</w:p>"
    "</w:footnote></w:footnotes>"
)


def test_note_reference_field_is_not_text_and_text_box_is_read_once() -> None:
    noteref = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> NOTEREF _Ref1 \\f \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>1</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    box = (
        "<w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>"
        + p(t("Box text."))
        + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
        + p(t("Box text."))
        + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    body = [
        p(
            t("Trams returned"),
            '<w:r><w:footnoteReference w:id="1"/></w:r>',
            t(" to Tallinn."),
        ),  # 1
        p(t("As noted above"), noteref, t(", the network grew."), box),  # 2, its box is 3
        p(t("After the box.")),  # 4
        p('<w:dir w:val="rtl">' + t("Mixed direction text.") + "</w:dir>"),  # 5
    ]
    extra = {
        "word/footnotes.xml": FOOTNOTES,
        "word/_rels/document.xml.rels": _rels(
            [("rIdS", "styles", "styles.xml"), ("rIdF", "footnotes", "footnotes.xml")]
        ),
    }
    data = build(body, extra)
    texts = {b.pieces[0][1]: b.text for b in read_bytes(data, "xref.docx").blocks}
    assert texts[2] == "As noted above, the network grew."
    assert texts[3] == "Box text." and texts[4] == "After the box."
    assert texts[5] == "Mixed direction text."
    doc = parse_bytes(data, "xref.docx")
    assert markers(doc) == [("1", 1)]
    assert C.DUPLICATE_MARKER not in {a.code for a in doc.all_anomalies()}


def test_citations_in_comments_and_headers_are_said_to_be_unread() -> None:
    comments = (
        f'<w:comments {NS}><w:comment w:id="0">{p(t("See https://example.org/x and [4]."))}'
        "</w:comment></w:comments>"
    )
    header = f"<w:hdr {NS}>{p(t('Trams and City Growth'))}</w:hdr>"
    data = build(
        [p(t("Trams came back [1].")), p(t("References"), style="Heading1"), p(t(ENTRIES[0]))],
        {"word/comments.xml": comments, "word/header1.xml": header},
    )
    doc = parse_bytes(data, "comments.docx")
    unread = [a.message for a in doc.all_anomalies() if a.code is C.UNREAD_REGION]
    assert len(unread) == 1 and unread[0].startswith("the comments of this document hold 2")
