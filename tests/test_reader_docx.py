"""DOCX reader: a Word manuscript built in the test from readable XML parts.

The package is assembled with zipfile from the XML strings below (no binary
fixture): a title, body paragraphs with real footnote references, tracked
changes, a table, footnotes with hyperlinks (relationship and field code),
a shortened note and an "Ibid.", and a References section.  Locations are
paragraph numbers (every <w:p> of the body, counted from 1).
"""

from __future__ import annotations

import io
import zipfile

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ClaimKind, ParsedDocument, RefKind
from bibcheck.readers import reader_for_bytes, xmlsafe
from bibcheck.readers.docx import read_bytes

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def t(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def ref(note_id: int, kind: str = "footnote") -> str:
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:{kind}Reference w:id="{note_id}"/></w:r>'


def link(rid: str, text: str) -> str:
    return f'<w:hyperlink r:id="{rid}">{t(text)}</w:hyperlink>'


def p(*runs: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def note(note_id: int, *runs: str, kind: str = "footnote") -> str:
    own = f"<w:r><w:{kind}Ref/></w:r>"
    return f'<w:{kind} w:id="{note_id}">{p(own, t(" "), *runs)}</w:{kind}>'


BODY = [
    p(t("Trade on the Silk Road"), style="Title"),  # 1
    p(t("Introduction"), style="Heading1"),  # 2
    p(t("The minister said “trade has doubled in three years”"), ref(1), t(" at the forum.")),  # 3
    p(
        t("Ports were expanded in 2022"), ref(2), t(". The new quays opened in May"), ref(3), t(".")
    ),  # 4
    p(
        t("Railways "),
        "<w:del><w:r><w:delText>never </w:delText></w:r></w:del>",
        '<w:ins><w:r><w:t xml:space="preserve">slowly </w:t></w:r></w:ins>',
        t("improved"),
        ref(4),
        t("."),
    ),  # 5
    p(),  # 6: empty paragraph still counts
    "<w:tbl><w:tr><w:tc>"
    + p(t("Bank data show a fall in tariffs"), ref(5), t("."))
    + "</w:tc></w:tr></w:tbl>",  # 7
    p(t("Officials published the figures online"), ref(6), t(".")),  # 8
    p(t("References"), style="Heading1"),  # 9
    p(
        t("Smith, J. (2020). Trade and growth in Asia. Journal of Trade, 3(2), 1–10. "),
        link("rIdL1", "https://doi.org/10.1234/jt.2020.3"),
    ),  # 10
    p(t("Doe, Jane. The Book of Ports. New York: Norton, 2015.")),  # 11
    p(t("World Bank. (2021). Trade report. "), link("rIdL2", "www.worldbank.org/report")),  # 12
    p(t("Appendix"), style="Heading1"),  # 13
    p(t("Not a reference.")),  # 14
]

FOOTNOTES = [
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    note(
        1,
        t("Smith, J. (2020). Trade and growth in Asia. Journal of Trade, 3(2), 1–10. "),
        link("rIdF1", "https://doi.org/10.1234/jt.2020.3"),
    ),
    note(2, t("Jane Doe, The Book of Ports (New York: Norton, 2015), 45.")),
    note(3, t("Doe, Book of Ports, 47.")),
    note(4, t("Ibid., 48.")),
    note(5, t("World Bank, Trade report, "), link("rIdF2", "https://worldbank.org/report"), t(".")),
    note(
        6,
        t("See "),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/figures" </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        t("the figures page"),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        t("."),
    ),
]

STYLES = (
    f'<w:styles {NS}><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>'
)


def rels(*items: tuple[str, str, str, bool]) -> str:
    body = "".join(
        f'<Relationship Id="{rid}" Type="{REL}/{kind}" Target="{target}"'
        + (' TargetMode="External"' if external else "")
        + "/>"
        for rid, kind, target, external in items
    )
    return f'<Relationships xmlns="{REL_NS}">{body}</Relationships>'


def build_docx(
    body: list[str] = BODY,
    footnotes: list[str] | None = FOOTNOTES,
    endnotes: list[str] | None = None,
    document_xml: str | None = None,
) -> bytes:
    doc_rels = [
        ("rIdS", "styles", "styles.xml", False),
        ("rIdL1", "hyperlink", "https://doi.org/10.1234/jt.2020.3", True),
        ("rIdL2", "hyperlink", "https://www.worldbank.org/en/report", True),
    ]
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": rels(("rId1", "officeDocument", "word/document.xml", False)),
        "docProps/core.xml": (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Silk Road trade</dc:title></cp:coreProperties>'
        ),
        "word/document.xml": document_xml
        or f"<w:document {NS}><w:body>{''.join(body)}</w:body></w:document>",
        "word/styles.xml": STYLES,
    }
    if footnotes is not None:
        doc_rels.append(("rIdF", "footnotes", "footnotes.xml", False))
        parts["word/footnotes.xml"] = f"<w:footnotes {NS}>{''.join(footnotes)}</w:footnotes>"
        parts["word/_rels/footnotes.xml.rels"] = rels(
            ("rIdF1", "hyperlink", "https://doi.org/10.1234/jt.2020.3", True),
            ("rIdF2", "hyperlink", "https://www.worldbank.org/en/report", True),
        )
    if endnotes is not None:
        doc_rels.append(("rIdE", "endnotes", "endnotes.xml", False))
        parts["word/endnotes.xml"] = f"<w:endnotes {NS}>{''.join(endnotes)}</w:endnotes>"
    parts["word/_rels/document.xml.rels"] = rels(*doc_rels)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + xml)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def doc() -> ParsedDocument:
    return parse_bytes(build_docx(), "paper.docx")


def fn(doc: ParsedDocument, label: str):
    return next(f for f in doc.footnotes if f.label == label)


def codes(doc: ParsedDocument) -> list[C]:
    return [a.code for a in doc.all_anomalies()]


def test_reader_chosen_by_sniffing_not_extension() -> None:
    reader = reader_for_bytes("no-extension", build_docx())
    assert reader is not None and reader.name == "docx"
    assert parse_bytes(build_docx(), "renamed.bin").reader == "docx"


def test_counts_and_title(doc: ParsedDocument) -> None:
    assert doc.reader == "docx"
    assert doc.title == "Silk Road trade"
    assert [f.label for f in doc.footnotes] == ["1", "2", "3", "4", "5", "6"]
    assert len(doc.literature) == 3  # the appendix after the next heading is not a reference
    assert not doc.stray_markers


def test_markers_carry_paragraph_numbers_and_claims(doc: ParsedDocument) -> None:
    lines = {f.label: (f.markers[0].line, f.line) for f in doc.footnotes}
    assert lines == {"1": (3, 3), "2": (4, 4), "3": (4, 4), "4": (5, 5), "5": (7, 7), "6": (8, 8)}
    first = fn(doc, "1").markers[0]
    assert first.claim is not None
    assert (first.claim.kind, first.claim.text) == (
        ClaimKind.QUOTE,
        "trade has doubled in three years",
    )
    assert fn(doc, "3").markers[0].claim.text == "The new quays opened in May"
    # tracked changes: the insertion is read, the deletion is not
    assert fn(doc, "4").markers[0].claim.text == "Railways slowly improved"
    assert fn(doc, "5").markers[0].claim.text == "Bank data show a fall in tariffs"


def test_note_fields_and_hyperlinks(doc: ParsedDocument) -> None:
    one = fn(doc, "1").reference
    assert (one.style, one.kind, one.authors, one.title) == (
        "apa",
        RefKind.ARTICLE,
        ("Smith, J.",),
        "Trade and growth in Asia",
    )
    assert (one.host, one.year, one.pages, one.doi) == (
        "Journal of Trade",
        2020,
        "1–10",
        "10.1234/jt.2020.3",
    )
    two = fn(doc, "2").reference
    assert (two.style, two.authors, two.title, two.place, two.publisher, two.year, two.pages) == (
        "chicago",
        ("Jane Doe",),
        "The Book of Ports",
        "New York",
        "Norton",
        2015,
        "45",
    )
    five = fn(doc, "5").reference
    assert five.url == "https://www.worldbank.org/en/report"
    assert C.URL_LINK_TEXT_DIFFERS in {a.code for a in five.anomalies}
    six = fn(doc, "6").reference
    assert six.url == "https://example.org/figures"
    assert "the figures page" in six.raw


def test_short_note_and_ibid_resolved(doc: ParsedDocument) -> None:
    short, ibid = fn(doc, "3").reference, fn(doc, "4").reference
    assert (short.raw, short.title, short.pages, short.year) == (
        "Doe, Book of Ports, 47.",
        "The Book of Ports",
        "47",
        2015,
    )
    assert (ibid.raw, ibid.title, ibid.pages) == ("Ibid., 48.", "The Book of Ports", "48")
    assert fn(doc, "3").literature is not None and fn(doc, "3").literature.number == 2
    assert fn(doc, "4").literature is not None and fn(doc, "4").literature.number == 2


def test_literature_entries(doc: ParsedDocument) -> None:
    lit = {e.number: e for e in doc.literature}
    assert [e.line for e in doc.literature] == [10, 11, 12]
    assert lit[1].reference.doi == "10.1234/jt.2020.3"
    assert lit[2].reference.publisher == "Norton"
    assert lit[3].reference.url == "https://www.worldbank.org/en/report"
    assert lit[3].reference.authors == ("World Bank",)
    # the visible "www.worldbank.org/report" differs from the link target
    assert any(a.code is C.URL_LINK_TEXT_DIFFERS and a.line == 12 for a in doc.all_anomalies())
    linked = {f.label: f.literature.number if f.literature else None for f in doc.footnotes}
    assert linked == {"1": 1, "2": 2, "3": 2, "4": 2, "5": 3, "6": None}


def test_anomalies(doc: ParsedDocument) -> None:
    found = codes(doc)
    # repeats are resolved; footnote 6 ("See the figures page.", one described link, no
    # author, year or page) points at a web page and needs no literature entry
    # (notes.unlisted.web_pointer): no note lacks its entry
    assert found.count(C.LITERATURE_MISSING) == 0
    assert C.DOCUMENT_DAMAGED not in found
    assert C.LITERATURE_UNCITED not in found


def test_endnotes_get_their_own_labels() -> None:
    body = [
        p(t("A claim about trade"), ref(1), t(" and an endnote claim"), ref(1, "endnote"), t("."))
    ]
    ends = [note(1, t("Endnote source, https://example.org/e"), kind="endnote")]
    doc = parse_bytes(build_docx(body, footnotes=FOOTNOTES[:3], endnotes=ends), "e.docx")
    assert [f.label for f in doc.footnotes] == ["1", "e1"]
    assert fn(doc, "e1").reference.url == "https://example.org/e"
    assert fn(doc, "e1").markers[0].claim.text == "A claim about trade and an endnote claim"


def test_unreferenced_note_and_custom_mark() -> None:
    body = [
        p(
            t("Starred claim here"),
            '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/></w:r>',
            t("*"),
            t("."),
        )
    ]
    doc = parse_bytes(build_docx(body, footnotes=FOOTNOTES[:4]), "c.docx")
    assert [f.label for f in doc.footnotes] == ["*", "2"]
    assert fn(doc, "*").markers[0].claim.text == "Starred claim here"
    assert C.DEFINITION_WITHOUT_MARKER in codes(doc)


# ---------------------------------------------------------------- damaged and hostile input


def test_truncated_package_keeps_what_can_be_read() -> None:
    data = build_docx()
    cut = data[: data.index(b"word/footnotes.xml") + 400]  # the notes part is cut off
    doc = parse_bytes(cut, "cut.docx")
    assert C.DOCUMENT_DAMAGED in codes(doc)
    assert len(doc.footnotes) + len(doc.stray_markers) >= 6  # every marker of the body is kept
    assert doc.literature


def test_damaged_notes_part_is_reported_once() -> None:
    """A notes part that is not well-formed XML, in a document with no list heading (where the
    notes' text is also used to find a list by its shape): read once, its damage told once."""
    body = [p(t("A claim about ports"), ref(1), t("."))]
    broken = [note(1, t("Smith, J. (2020). Ports. Journal of Trade.")), "<w:footnote w:id='2'>"]
    doc = parse_bytes(build_docx(body, footnotes=broken), "broken-notes.docx")
    damaged = [a for a in doc.all_anomalies() if a.code is C.DOCUMENT_DAMAGED]
    assert len(damaged) == 1 and "footnotes" in damaged[0].message


@pytest.mark.parametrize("fraction", [0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99])
def test_truncation_anywhere_keeps_what_the_cut_left(fraction: float) -> None:
    """Before the body starts: a clear refusal; inside it: the paragraphs before the cut;
    after it: the whole body.  Always said to be damaged, never a traceback."""
    data = build_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("word/document.xml")
    body_start = info.header_offset
    body_end = body_start + 30 + len(info.filename) + len(info.extra) + info.compress_size
    cut = int(len(data) * fraction)
    if cut <= body_start + 30 + len(info.filename):
        with pytest.raises(InputError, match=r"cut\.docx: not a readable"):
            parse_bytes(data[:cut], "cut.docx")
        return
    doc = parse_bytes(data[:cut], "cut.docx")
    assert C.DOCUMENT_DAMAGED in codes(doc)
    markers = len([m for f in doc.footnotes for m in f.markers]) + len(doc.stray_markers)
    if cut >= body_end:
        assert markers == 6  # every marker of the body
    else:
        assert markers <= 6


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"PK\x03\x04garbage", "not a readable DOCX"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100,
            "encrypted Word file or an old binary .doc",
        ),
    ],
)
def test_unreadable_files_give_clear_messages(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_bytes(data, "bad.docx")


def test_entity_expansion_is_refused() -> None:
    bomb = (
        '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f"<w:document {NS}><w:body>{p(t('&b;'))}</w:body></w:document>"
    )
    with pytest.raises(InputError, match="DTD or entity declaration"):
        read_bytes(build_docx(document_xml=bomb), "bomb.docx")


def test_oversized_part_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    data = build_docx(footnotes=[*FOOTNOTES, note(99, t("x" * 20_000))])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body_size = archive.getinfo("word/document.xml").file_size
    monkeypatch.setattr(xmlsafe, "MAX_PART", body_size + 100)
    doc = parse_bytes(data, "big.docx")  # footnotes.xml inflates beyond the cap
    assert not doc.footnotes and len(doc.stray_markers) == 6
    assert any("beyond" in a.message or "too large" in a.message for a in doc.anomalies)


def _rewrite(data: bytes, changes: dict[str, bytes | None]) -> bytes:
    """The package with some parts replaced (or dropped, for None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            if name in changes:
                if changes[name] is not None:
                    dst.writestr(name, changes[name])
            else:
                dst.writestr(name, src.read(name))
    return out.getvalue()


def test_damaged_notes_part_is_reported_and_the_rest_kept() -> None:
    data = build_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        notes = z.read("word/footnotes.xml")
    cut = _rewrite(data, {"word/footnotes.xml": notes[: len(notes) * 2 // 3]})
    doc = read_bytes(cut, "cut-notes.docx")
    damaged = [a for a in doc.anomalies if a.code is C.DOCUMENT_DAMAGED]
    assert damaged and "footnotes.xml" in damaged[0].message
    assert doc.footnotes  # the notes before the cut are kept


def test_notes_found_without_relationships() -> None:
    data = _rewrite(build_docx(), {"word/_rels/document.xml.rels": None})
    doc = read_bytes(data, "norels.docx")
    assert len(doc.footnotes) == 6


def _para(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


@pytest.mark.parametrize(
    ("body", "said"),
    [([_para("Acknowledgements"), _para("Thanks to everyone.")], "cites nothing")],
    ids=["no-citations"],
)
def test_a_word_file_read_as_nothing_is_refused(body: list[str], said: str) -> None:
    # a part with no citations at all was stored as "0 footnotes, 0 entries, 0 anomalies"
    # and passed: no silent zero
    with pytest.raises(InputError) as err:
        parse_bytes(build_docx(body=body, footnotes=None), "draft.docx")
    assert said in str(err.value)


def test_pandoc_keys_without_a_bibliography_are_one_anomaly_not_a_silent_zero() -> None:
    # this case was a refusal ("convert it first"); the Word reader now reads Pandoc keys
    # itself, so without --bibliography they are one anomaly saying how to check them
    body = [
        _para("Insomnia is common [@walker2021], and sleep is restorative [see @ho2019]."),
        _para("A stray ``` typed in a paragraph [@ng2020; @ross2018, p. 4]."),
        _para("Nothing is cited here."),
    ]
    doc = parse_bytes(build_docx(body=body, footnotes=None), "draft.docx")
    found = [a for a in doc.all_anomalies() if a.code is C.BIBLIOGRAPHY_UNREADABLE]
    assert len(found) == 1 and found[0].line == 1
    assert "3 Pandoc citation(s) by key" in found[0].message
    assert "--bibliography" in found[0].message
