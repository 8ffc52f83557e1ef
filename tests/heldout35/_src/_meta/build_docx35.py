"""Build heldout35's Word documents that cite with Word's own CITATION fields.

tests/corpus_build/build_docx.py has no CITATION / BIBLIOGRAPHY fields and no source store,
so this small builder (zipfile + XML, no Word, no python-docx) writes them as Word 2016 saves
them: each CITATION field inside a ``w:sdt`` with ``w:citation``, the BIBLIOGRAPHY field inside
a ``docPartGallery`` "Bibliographies" content control, the IEEE list as Word renders it (a
two-column table: number cell, entry cell), and the source store in ``customXml/item1.xml``
(``b:Sources``) with its ``itemProps1.xml``.

Markup of ``_src/docx/<name>/body.txt`` (one body paragraph per line):
  ``# text`` / ``## text``     heading 1 / 2
  ``{cit:instr|result}``       a CITATION field (``instr`` after the word CITATION,
                               e.g. ``Duf03 \\p 45 \\l 1038``), result text as Word shows it
  ``{fn:text}``                a footnote reference here; its text may hold ``{cit:…}``
  ``*text*``                   italic run
  ``{bib:}``                   this line opens the bibliography content control and field
                               (the line's other text is the paragraph: the heading)
  ``|a|b|``                    a table row of the bibliography (cells are paragraphs)
  ``{bibend:}``                closes field and control (an empty paragraph of its own)
``⟦label⟧`` annotations as in tests/corpus_build/build.py; lines are body paragraph numbers
(every ``w:p`` of the body in document order, table cells included).
meta.json: the key fields + ``sources`` (list of dicts: Tag, SourceType, Authors
[[Last, First]…] or Corporate, other b: fields by name), ``lang``, ``title``, ``creator``,
``style`` (SelectedStyle), ``style_name``.

    PYTHONPATH=. .venv/bin/python tests/heldout35/_src/_meta/build_docx35.py tests/heldout35 NAME
"""
from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[4] / "tests" / "corpus_build"))
from build import dump, key_for, strip  # noqa: E402

W_NS = ("xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"")
TOKEN = re.compile(r"\{(cit|fn):((?:[^{}]|\{[^{}]*\})*)\}|\*([^*]+)\*")
_sdt = [100]


def t(text: str, italic: bool = False, extra: str = "") -> str:
    props = ("<w:i/>" if italic else "") + extra
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def citation(arg: str, lang: str) -> str:
    instr, result = arg.split("|", 1)
    _sdt[0] += 7919
    return (
        f'<w:sdt><w:sdtPr><w:id w:val="{-1000000000 + _sdt[0] * 13}"/><w:citation/></w:sdtPr>'
        "<w:sdtContent>"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> CITATION {escape(instr)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r><w:rPr><w:noProof/><w:lang w:val="{lang}"/></w:rPr><w:t>{escape(result)}</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        "</w:sdtContent></w:sdt>"
    )


class Doc:
    def __init__(self, meta):
        self.meta = meta
        self.lang = meta.get("lang", "hu-HU")
        self.footnotes: list[str] = []

    def runs(self, text: str, in_note: bool = False) -> str:
        out, pos = [], 0
        for m in TOKEN.finditer(text):
            if m.start() > pos:
                out.append(t(text[pos:m.start()]))
            kind, arg, ital = m.group(1), m.group(2), m.group(3)
            if ital is not None:
                out.append(t(ital, italic=True))
            elif kind == "cit":
                out.append(citation(arg, self.lang))
            elif kind == "fn":
                n = len(self.footnotes) + 1
                body = self.runs(arg, in_note=True)
                self.footnotes.append(
                    f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                    f'{t(" ")}{body}</w:p></w:footnote>'
                )
                out.append(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                           f'<w:footnoteReference w:id="{n}"/></w:r>')
            pos = m.end()
        if pos < len(text):
            out.append(t(text[pos:]))
        return "".join(out)

    def para(self, text: str, style: str | None = None) -> str:
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f"<w:p>{ppr}{self.runs(text)}</w:p>"

    def body(self, lines: list[str]) -> str:
        out: list[str] = []
        rows: list[str] = []

        def flush():
            if rows:
                out.append(
                    '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr>'
                    '<w:tblGrid><w:gridCol w:w="600"/><w:gridCol w:w="8400"/></w:tblGrid>'
                    + "".join(rows) + "</w:tbl>")
                rows.clear()

        self.first_para: list[int] = []
        count = [0]

        def paras() -> int:
            return sum(x.count("<w:p>") + x.count("<w:p/>") for x in out) + sum(r.count("<w:p>") for r in rows)

        for line in lines:
            self.first_para.append(paras() + 1)
            if line.startswith("|"):
                cells = line.strip().strip("|").split("|")
                tcs = "".join(
                    f'<w:tc><w:tcPr><w:tcW w:w="{600 if i == 0 else 8400}" w:type="dxa"/></w:tcPr>'
                    f'<w:p><w:pPr><w:pStyle w:val="Bibliography"/></w:pPr>'
                    f'{self.runs(c) if i else t(c, extra="<w:noProof/>")}</w:p></w:tc>'
                    for i, c in enumerate(cells))
                rows.append(f"<w:tr>{tcs}</w:tr>")
                continue
            flush()
            if line.startswith("{bib:}"):
                heading = line[len("{bib:}"):].strip()
                _sdt[0] += 1
                out.append(
                    f'<w:sdt><w:sdtPr><w:id w:val="{-1500000000 + _sdt[0]}"/>'
                    '<w:docPartObj><w:docPartGallery w:val="Bibliographies"/><w:docPartUnique/>'
                    "</w:docPartObj></w:sdtPr><w:sdtContent>"
                    f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{t(heading)}</w:p>'
                    '<w:sdt><w:sdtPr><w:id w:val="111145805"/><w:bibliography/></w:sdtPr><w:sdtContent>'
                    '<w:p><w:pPr><w:pStyle w:val="Bibliography"/></w:pPr>'
                    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                    '<w:r><w:instrText xml:space="preserve"> BIBLIOGRAPHY </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r></w:p>'
                )
                continue
            if line.startswith("{bibend:}"):
                out.append('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
                           "</w:sdtContent></w:sdt></w:sdtContent></w:sdt>")
                continue
            if line.startswith("## "):
                out.append(self.para(line[3:], "Heading2"))
            elif line.startswith("# "):
                out.append(self.para(line[2:], "Heading1"))
            elif not line.strip():
                out.append("<w:p/>")
            else:
                out.append(self.para(line))
        flush()
        return "".join(out)


def sources_xml(meta) -> str:
    items = []
    for s in meta["sources"]:
        s = dict(s)
        parts = [f"<b:Tag>{escape(s.pop('Tag'))}</b:Tag>", f"<b:SourceType>{s.pop('SourceType')}</b:SourceType>"]
        parts.append(f"<b:Guid>{{{s.pop('Guid')}}}</b:Guid>")
        if "Authors" in s:
            names = "".join(f"<b:Person><b:Last>{escape(l)}</b:Last><b:First>{escape(f)}</b:First></b:Person>"
                            for l, f in s.pop("Authors"))
            parts.append(f"<b:Author><b:Author><b:NameList>{names}</b:NameList></b:Author></b:Author>")
        if "Corporate" in s:
            parts.append(f"<b:Author><b:Author><b:Corporate>{escape(s.pop('Corporate'))}</b:Corporate></b:Author></b:Author>")
        for k, v in s.items():
            parts.append(f"<b:{k}>{escape(str(v))}</b:{k}>")
        items.append("<b:Source>" + "".join(parts) + "</b:Source>")
    return ('<?xml version="1.0" standalone="yes"?>\n'
            f'<b:Sources SelectedStyle="{meta["style"]}" StyleName="{meta["style_name"]}" Version="6" '
            'xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" '
            'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/bibliography">'
            + "".join(items) + "</b:Sources>")


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="{{lang}}"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Bibliography"><w:name w:val="Bibliography"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/></w:style>
</w:styles>"""


def build(root: Path, name: str) -> None:
    folder = root / "_src" / "docx" / name
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    text, cites, defects = strip((folder / "body.txt").read_text(encoding="utf-8").rstrip("\n"))
    doc = Doc(meta)
    body = doc.body(text.split("\n"))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>{body}'
                '<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" '
                'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                 + "".join(doc.footnotes) + "</w:footnotes>")
    guid = meta.get("store_guid", "6C1F4B9E-3A2D-4E8B-9F0A-2B7C5D1E8A43")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
        "word/document.xml": document,
        "word/styles.xml": STYLES.replace("{lang}", doc.lang),
        "word/footnotes.xml": footnotes,
        "customXml/item1.xml": sources_xml(meta),
        "customXml/itemProps1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{{{guid}}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs></ds:datastoreItem>',
        "customXml/_rels/item1.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>',
        "docProps/core.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{escape(meta.get("title", ""))}</dc:title><dc:creator>{escape(meta.get("creator", ""))}</dc:creator><cp:lastModifiedBy>{escape(meta.get("creator", ""))}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-02T08:11:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-04-19T17:42:00Z</dcterms:modified></cp:coreProperties>',
        "docProps/app.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>',
    }
    out = root / "docx"
    out.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out / meta["document"], "w", zipfile.ZIP_DEFLATED) as z:
        for n in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                  "word/styles.xml", "word/footnotes.xml", "customXml/item1.xml", "customXml/itemProps1.xml",
                  "customXml/_rels/item1.xml.rels", "docProps/core.xml", "docProps/app.xml"):
            info = zipfile.ZipInfo(n, date_time=(2024, 4, 19, 17, 42, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, files[n])
    # source line -> body paragraph number (its first paragraph)
    cites = [(lab, doc.first_para[ln - 1]) for lab, ln in cites]
    defects = [(k, doc.first_para[ln - 1]) for k, ln in defects]
    key = key_for(meta, cites, defects)
    (out / f"{name}.key.json").write_text(dump(key), encoding="utf-8")


if __name__ == "__main__":
    root = Path(sys.argv[1])
    for name in sys.argv[2:]:
        build(root, name)
