"""The OpenDocument text reader (``.odt`` packages and flat ``.fodt`` files).

Table-driven tests of the small parsing functions (raised text, heading styles, the
persons of a bibliography mark, its CSL item, Zotero's reference-mark names, printed note
labels, the signature), then documents built here in the shapes LibreOffice saves, and
the refusals: a corrupt, encrypted or foreign package is a clear error, never a
traceback; the old "which bibcheck does not read" refusal is gone for .odt/.fodt and
stays for .epub, .doc and .rtf.
"""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers import reader_for_bytes
from bibcheck.readers.decode import binary_format
from bibcheck.readers.formatsigns import odt_sniff as sniff
from bibcheck.readers.odt import citation_mark, note_label, read_bytes
from bibcheck.readers.odtstyles import is_heading_style, raised
from bibcheck.readers.odtworks import mark_item, people
from tests.growth import growth
from tests.test_regex_growth import assert_linear

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
MIME = "application/vnd.oasis.opendocument.text"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLES = (
    "<office:automatic-styles>"
    '<style:style style:name="Sup" style:family="text">'
    '<style:text-properties style:text-position="33% 58%"/></style:style>'
    '<text:list-style style:name="Num"><text:list-level-style-number text:level="1" '
    'style:num-format="1" style:num-suffix="." text:start-value="1"/></text:list-style>'
    "</office:automatic-styles>"
)


def content(body: str, styles: str = STYLES) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>{styles}'
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )


def odt(body: str, *, mimetype: str = MIME, extra: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # first, stored
        z.writestr("content.xml", content(body), compress_type=zipfile.ZIP_DEFLATED)
        for name, data in (extra or {}).items():
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def fodt(body: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document {NS} office:mimetype="{MIME}">'
        f"{STYLES}<office:body><office:text>{body}</office:text></office:body>"
        "</office:document>"
    ).encode()


def note(label: str, text: str, kind: str = "footnote") -> str:
    return (
        f'<text:note text:note-class="{kind}"><text:note-citation>{label}</text:note-citation>'
        f"<text:note-body><text:p>{text}</text:p></text:note-body></text:note>"
    )


# --------------------------------------------------------------------------
# Small parsing functions
# --------------------------------------------------------------------------

RAISED = {
    "super 58%": True,
    "super": True,
    "33% 58%": True,
    "6.5% 70%": True,
    "0% 100%": False,
    "sub 58%": False,
    "-33% 58%": False,
    "": False,
    "high": False,
}


@pytest.mark.parametrize("position", RAISED)
def test_raised(position: str) -> None:
    assert raised(position) is RAISED[position]


HEADING_STYLES = {
    "Heading_20_1": True,
    "Heading 2": True,
    "Heading": True,
    "Überschrift 1": True,
    "Titre_20_2": True,
    "Title": True,
    "Text_20_body": False,
    "Headline_20_news": False,
    "Footnote": False,
}


@pytest.mark.parametrize("name", HEADING_STYLES)
def test_heading_style(name: str) -> None:
    assert is_heading_style(name) is HEADING_STYLES[name]


PEOPLE = {
    "Voss, Marta; Lindqvist, Per": [
        {"family": "Voss", "given": "Marta"},
        {"family": "Lindqvist", "given": "Per"},
    ],
    "Voss, M. and Lindqvist, P.": [
        {"family": "Voss", "given": "M."},
        {"family": "Lindqvist", "given": "P."},
    ],
    "Kranz, Otto und Feld, Ilse": [
        {"family": "Kranz", "given": "Otto"},
        {"family": "Feld", "given": "Ilse"},
    ],
    "Marta Voss & Per Lindqvist": [{"literal": "Marta Voss"}, {"literal": "Per Lindqvist"}],
    "Statistics Norway": [{"literal": "Statistics Norway"}],
    " ; ": [],
    "": [],
}


@pytest.mark.parametrize("text", PEOPLE)
def test_people(text: str) -> None:
    assert people(text) == PEOPLE[text]


ITEMS = [
    ({"bibliography-type": "article", "journal": "Polar Record"}, "type", "article-journal"),
    (
        {"bibliography-type": "article", "journal": "Polar Record"},
        "container-title",
        "Polar Record",
    ),
    ({"bibliography-type": "WWW", "url": "https://example.org/a"}, "type", "webpage"),
    ({"bibliography-type": "www", "url": "https://example.org/a"}, "URL", "https://example.org/a"),
    (
        {"bibliography-type": "phdthesis", "school": "Univ. of Tromsø"},
        "publisher",
        "Univ. of Tromsø",
    ),
    ({"bibliography-type": "incollection", "booktitle": "Arctic Ports"}, "type", "chapter"),
    ({"bibliography-type": "custom3"}, "type", "document"),
    ({"year": "c. 1987"}, "issued", {"date-parts": [[1987]]}),
    ({"title": "  Ice   and   harbours "}, "title", "Ice and harbours"),
    ({"number": "4", "pages": "12-19"}, "issue", "4"),
]


@pytest.mark.parametrize(("attrs", "variable", "want"), ITEMS)
def test_mark_item(attrs: dict[str, str], variable: str, want: object) -> None:
    item = mark_item(attrs, "Key1")
    assert item["id"] == "Key1"
    assert item.get(variable) == want


def test_mark_item_without_year_has_no_date() -> None:
    assert "issued" not in mark_item({"year": "n.d."}, "k")


MARKS = {
    'ZOTERO_ITEM CSL_CITATION {"citationItems":[]} RNDq1w2e3': "ADDIN ZOTERO_ITEM CSL_CITATION",
    'CSL_CITATION {"citationItems":[]}': "ADDIN CSL_CITATION",
    "ADDIN ZOTERO_ITEM CSL_CITATION {}": "ADDIN ZOTERO_ITEM",
    'ZOTERO_BIBL {"uncited":[]} CSL_BIBLIOGRAPHY RNDa1': "ADDIN ZOTERO_BIBL",
    "_Ref482910": None,
    "fig:harbour": None,
    "": None,
}


@pytest.mark.parametrize("name", MARKS)
def test_citation_mark(name: str) -> None:
    got = citation_mark(name)
    want = MARKS[name]
    assert (got is None) if want is None else (got is not None and got.startswith(want))


LABELS = {
    "<text:note-citation>7</text:note-citation>": "7",
    '<text:note-citation text:label="*">1</text:note-citation>': "*",
    "<text:note-citation> iv </text:note-citation>": "iv",
    "": "",
}


@pytest.mark.parametrize("citation", LABELS)
def test_note_label(citation: str) -> None:
    element = ET.fromstring(f"<text:note {NS}>{citation}</text:note>")
    assert note_label(element) == LABELS[citation]


SIGNATURES = {
    "odt": (odt("<text:p/>"), True),
    "template": (odt("<text:p/>", mimetype=MIME + "-template"), True),
    "fodt": (fodt("<text:p/>"), True),
    "spreadsheet": (
        odt("<text:p/>", mimetype="application/vnd.oasis.opendocument.spreadsheet"),
        False,
    ),
    "epub": (odt("<text:p/>", mimetype="application/epub+zip"), False),
    "xhtml": (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>', False),
}


@pytest.mark.parametrize("case", SIGNATURES)
def test_sniff(case: str) -> None:
    data, want = SIGNATURES[case]
    assert sniff(data) is want


@pytest.mark.parametrize(
    ("call", "line"),
    [
        (people, lambda n: "Voss, M and " * (n // 12) + "x" * 100),
        (people, lambda n: "a" * n),
        (raised, lambda n: "1" * n + "%"),
        (is_heading_style, lambda n: "Heading" + "_20_" * (n // 4)),
        (lambda text: mark_item({"year": text, "author": ";" * len(text)}, "k"), lambda n: "9" * n),
    ],
)
def test_new_patterns_stay_linear(
    call: Callable[[str], object], line: Callable[[int], str]
) -> None:
    assert_linear(call, line)


# --------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------


def test_notes_are_labelled_as_printed_at_their_paragraph() -> None:
    body = (
        "<text:h text:outline-level='1'>Introduction</text:h>"
        f"<text:p>The port closed in winter.{note('1', 'Lind, Ice Ports, Oslo 1998, p. 4.')}</text:p>"
        "<text:p/>"
        f"<text:p>Trade moved south.{note('2', 'Voss, Coastal Trade, Bergen 2004.')}"
        f" Later.{note('1', 'Dahl, Harbour Law, Oslo 2011.', 'endnote')}</text:p>"
    )
    doc = read_bytes(odt(body), "a.odt")
    assert [(m.label, m.line) for m in doc.markers] == [("1", 2), ("2", 4), ("e1", 4)]
    assert [n.label for n in doc.footnotes] == ["1", "2", "e1"]
    assert doc.footnotes[0].text == "Lind, Ice Ports, Oslo 1998, p. 4."
    assert doc.blocks[1].text.startswith("The port closed in winter.")


def test_custom_mark_and_endnotes_that_do_not_repeat() -> None:
    custom = (
        '<text:note text:note-class="footnote"><text:note-citation text:label="*">1'
        "</text:note-citation><text:note-body><text:p>Thanks to the archive.</text:p>"
        "</text:note-body></text:note>"
    )
    body = f"<text:p>Title{custom} text.{note('i', 'Berg, Fjords, 1990.', 'endnote')}</text:p>"
    doc = read_bytes(odt(body), "b.odt")
    assert [m.label for m in doc.markers] == ["*", "i"]


def test_comments_deletions_and_spacing_are_not_text() -> None:
    body = (
        "<text:tracked-changes><text:changed-region text:id='c1'><text:deletion>"
        "<text:p>Removed claim [4].</text:p></text:deletion></text:changed-region>"
        "</text:tracked-changes>"
        "<text:p>Ships<text:s text:c='2'/>waited<text:tab/>long<text:line-break/>"
        "<office:annotation><text:p>see https://example.org/x [9]</text:p></office:annotation>"
        "in port.<text:change text:change-id='c1'/><text:soft-page-break/>"
        f"{note('1', 'Holm, Waiting, 2001.')}</text:p>"
    )
    doc = read_bytes(odt(body), "c.odt")
    assert doc.blocks[0].text == "Ships  waited long in port."
    assert "Removed" not in " ".join(b.text for b in doc.blocks)
    assert any(
        a.code is AnomalyCode.UNREAD_REGION and "comments" in a.message for a in doc.anomalies
    )


def test_links_in_notes_keep_their_target() -> None:
    link = "<text:a xlink:type='simple' xlink:href='https://example.org/report.pdf'>the report</text:a>"
    body = f"<text:p>Claim.{note('1', f'Harbour Board, Annual report 2019, see {link}.')}</text:p>"
    doc = read_bytes(odt(body), "d.odt")
    assert "the report <https://example.org/report.pdf>" in doc.footnotes[0].text


def test_numbered_list_under_heading_with_start_and_continuation() -> None:
    item = "<text:list-item><text:p>{}</text:p></text:list-item>"
    entries = [
        "Lind A. Ice ports. Oslo: Nordic; 1998.",
        "Voss M. Coastal trade. Bergen: Havn; 2004.",
        "Dahl K. Harbour law. Oslo: Lex; 2011.",
    ]
    body = (
        "<text:p>Ports froze [1] and trade moved [2, 3].</text:p>"
        "<text:h text:outline-level='1'>References</text:h>"
        f"<text:list text:style-name='Num'>{item.format(entries[0])}</text:list>"
        "<text:p>(continued)</text:p>"
        "<text:list text:style-name='Num' text:continue-numbering='true'>"
        f"{item.format(entries[1])}{item.format(entries[2])}</text:list>"
    )
    doc = read_bytes(odt(body), "e.odt")
    numbered = [
        (e.label, e.line) for e in doc.literature if e.text.startswith(("Lind", "Voss", "Dahl"))
    ]
    assert numbered == [("1", 3), ("2", 5), ("3", 6)]
    assert [m.label for m in doc.markers] == ["1", "2", "3"]


def test_superscript_numbers_cite_the_numbered_list() -> None:
    sup = "<text:span text:style-name='Sup'>{}</text:span>"
    body = (
        f"<text:p>Ice closed the port.{sup.format('1')} Trade moved south.{sup.format('2')}</text:p>"
        "<text:h text:outline-level='1'>References</text:h>"
        "<text:p>1. Lind A. Ice ports. Oslo: Nordic; 1998.</text:p>"
        "<text:p>2. Voss M. Coastal trade. Bergen: Havn; 2004.</text:p>"
    )
    doc = read_bytes(odt(body), "f.odt")
    assert [(m.label, m.line) for m in doc.markers] == [("1", 1), ("2", 1)]


def test_native_bibliography_marks_cite_by_identifier() -> None:
    mark = (
        "<text:bibliography-mark text:identifier='Lind98' text:bibliography-type='book' "
        "text:author='Lind, Astrid' text:title='Ice Ports of the North' text:year='1998' "
        "text:publisher='Nordic Press'>[Lind98]</text:bibliography-mark>"
    )
    index = (
        "<text:bibliography text:name='B1'><text:bibliography-source/><text:index-body>"
        "<text:index-title><text:p>Works consulted</text:p></text:index-title>"
        "<text:p>Lind98: Lind, Astrid, Ice Ports of the North, Nordic Press, 1998</text:p>"
        "</text:index-body></text:bibliography>"
    )
    doc = read_bytes(fodt(f"<text:p>Ports froze {mark}.</text:p>{index}"), "g.fodt")
    assert [(m.label, m.line) for m in doc.markers] == [("Lind98", 1)]
    assert [e.label for e in doc.literature] == ["Lind98"]  # the index is not read again
    ref = doc.literature[0].reference
    assert ref is not None and ref.year == 1998 and ref.title == "Ice Ports of the North"


def test_zotero_reference_marks() -> None:
    data = (
        '{"citationItems":[{"id":5,"uris":["http://zotero.org/users/1/items/AB12CD34"],'
        '"itemData":{"id":5,"type":"book","title":"Ice Ports of the North",'
        '"author":[{"family":"Lind","given":"Astrid"}],"issued":{"date-parts":[[1998]]}},'
        '"locator":"12"}]}'
    )
    name = f"ZOTERO_ITEM CSL_CITATION {data} RNDk2j3h4"
    body = (
        "<text:p>Ports froze "
        f"<text:reference-mark-start text:name='{name}'/>(Lind 1998, 12)"
        f"<text:reference-mark-end text:name='{name}'/>.</text:p>"
    )
    doc = read_bytes(odt(body), "h.odt")
    assert [(m.label, m.line) for m in doc.markers] == [("zotero:AB12CD34", 1)]
    assert doc.footnotes[0].reference is not None
    assert doc.footnotes[0].reference.pages == "12"


def test_other_reference_marks_are_no_citations() -> None:
    body = (
        "<text:p><text:reference-mark-start text:name='tab-ports'/>Table 2"
        "<text:reference-mark-end text:name='tab-ports'/> lists the ports."
        f"{note('1', 'Lind, Ice Ports, 1998.')}</text:p>"
    )
    doc = read_bytes(odt(body), "i.odt")
    assert [m.label for m in doc.markers] == ["1"]
    assert not any(a.code is AnomalyCode.UNREAD_REGION for a in doc.anomalies)


# --------------------------------------------------------------------------
# Refusals and damage
# --------------------------------------------------------------------------

ENCRYPTED_MANIFEST = (
    b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    b'<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data '
    b'manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>'
)
BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
    b"<office:document-content>&b;</office:document-content>"
)


def _odt_with(content_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), MIME)
        z.writestr("content.xml", content_xml, compress_type=zipfile.ZIP_DEFLATED)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return out.getvalue()


REFUSED = {
    "password": (
        _odt_with(b"\x8f\x11garbage", {"META-INF/manifest.xml": ENCRYPTED_MANIFEST}),
        "a.odt",
        "password-protected",
    ),
    "entity-expansion": (_odt_with(BOMB), "b.odt", "DTD"),
    "truncated": (odt("<text:p/>")[:90], "c.odt", "not a readable OpenDocument"),
    "junk-named-odt": (bytes(range(256)) * 4, "d.odt", "not a readable OpenDocument"),
    "spreadsheet-named-odt": (
        odt("<text:p/>", mimetype="application/vnd.oasis.opendocument.spreadsheet"),
        "e.odt",
        "not an OpenDocument text",
    ),
    "flat-but-not-office": (b"<?xml version='1.0'?><html/>", "f.fodt", "no office:document"),
    "old-binary": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "g.odt", "save it as .odt"),
    "empty": (b"   ", "h.odt", "empty"),
}


@pytest.mark.parametrize("case", REFUSED)
def test_refused_with_a_clear_message(case: str) -> None:
    data, name, says = REFUSED[case]
    with pytest.raises(InputError, match=says):
        parse_bytes(data, name)


def test_damaged_content_keeps_what_was_read() -> None:
    whole = content(
        f"<text:p>Ice closed the port.{note('1', 'Lind, Ice Ports, Oslo 1998.')}</text:p>"
        f"<text:p>Trade moved south.{note('2', 'Voss, Coastal Trade, 2004.')}</text:p>"
    ).encode()
    cut = whole[: whole.index(b"Trade moved")]
    doc = read_bytes(_odt_with(cut), "d.odt")
    assert [m.label for m in doc.markers] == ["1"]
    assert any(a.code is AnomalyCode.DOCUMENT_DAMAGED for a in doc.anomalies)


def test_corrupt_file_exits_2_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "locked.odt"
    path.write_bytes(REFUSED["password"][0])
    done = subprocess.run(
        [sys.executable, "-m", "bibcheck", "ingest", "--db", str(tmp_path / "x.db"), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "password-protected" in done.stderr


def test_opendocument_text_is_read_not_refused() -> None:
    body = f"<text:p>Ice closed the port.{note('1', 'Lind, Ice Ports, Oslo 1998.')}</text:p>"
    for data, name in ((odt(body), "essay.odt"), (fodt(body), "essay.fodt"), (odt(body), "x.bin")):
        assert binary_format(data, name) is None
        reader = reader_for_bytes(name, data)
        assert reader is not None and reader.name == "odt"
        doc = parse_bytes(data, name)
        assert doc.reader == "odt" and len(doc.footnotes) == 1


EPUB = odt("<text:p/>", mimetype="application/epub+zip")
STILL_REFUSED = {
    "epub": (EPUB, "book.epub", "an EPUB book (.epub)"),
    "doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8, "a.doc", "Word 97-2003"),
    "rtf": (b"{\\rtf1\\ansi Claim.\\par}", "a.rtf", "Rich Text Format"),
}


@pytest.mark.parametrize("case", STILL_REFUSED)
def test_other_formats_are_still_refused(case: str) -> None:
    data, name, what = STILL_REFUSED[case]
    with pytest.raises(InputError, match="which bibcheck does not read") as err:
        parse_bytes(data, name)
    assert what in str(err.value)


def test_native_marks_printing_numbers_cite_the_printed_list() -> None:
    def mark(n: int, title: str, year: int) -> str:
        return (
            f"<text:bibliography-mark text:identifier='W{n}' text:bibliography-type='book' "
            f"text:author='Lind, Astrid' text:title='{title}' text:year='{year}'>[{n}]"
            "</text:bibliography-mark>"
        )

    index = (
        "<text:bibliography text:name='B1'><text:index-body><text:index-title><text:p>"
        "Bibliography</text:p></text:index-title>"
        "<text:p>[1] Lind, Astrid, Ice Ports of the North, 1998</text:p>"
        "<text:p>[2] Lind, Astrid, Harbour Towns in Winter, 2004</text:p>"
        "</text:index-body></text:bibliography>"
    )
    body = (
        f"<text:p>Ports froze {mark(1, 'Ice Ports of the North', 1998)} and trade moved "
        f"{mark(2, 'Harbour Towns in Winter', 2004)}.</text:p>{index}"
    )
    doc = read_bytes(odt(body), "n.odt")
    assert [(m.label, m.line) for m in doc.markers] == [("1", 1), ("2", 1)]
    assert [(e.label, e.line) for e in doc.literature] == [("1", 3), ("2", 4)]


def _links_and_spans(count: int) -> bytes:
    link = "<text:a xlink:href='https://example.org/{0}'>source {0}</text:a>, "
    links = "".join(link.format(k) for k in range(count))
    deep = "<text:span>" * count + "deep" + "</text:span>" * count
    return odt(f"<text:p>Claim {deep}.{note('1', 'See ' + links)}</text:p>")


def test_many_links_and_deep_spans_read_in_linear_time() -> None:
    # (four times the links and spans: about four times the time, not sixteen)
    assert growth(lambda count: read_bytes(_links_and_spans(count), "j.odt"), 250, 1000) < 8
    doc = read_bytes(_links_and_spans(3000), "j.odt")
    assert doc.blocks[0].text == "Claim deep."
    assert doc.footnotes[0].text.count("<https://example.org/") == 3000


def test_heading_numbers_and_note_cross_references() -> None:
    body = (
        "<text:h text:outline-level='1'><text:number>4</text:number>Literatur</text:h>"
        "<text:p>Lind, Astrid: Ice Ports of the North, Oslo 1998.</text:p>"
    )
    first = (
        f"<text:p>Ports froze.{note('1', 'Lind, Ice Ports, 1998.')} As in note "
        "<text:note-ref text:note-class='footnote' text:reference-format='text' "
        "text:ref-name='ftn1'>1</text:note-ref>, trade moved.</text:p>"
    )
    doc = read_bytes(odt(first + body), "k.odt")
    assert doc.literature_heading_line == 2
    assert [e.line for e in doc.literature] == [3]
    assert doc.blocks[0].text == "Ports froze. As in note , trade moved."
    assert [m.label for m in doc.markers] == ["1"]
