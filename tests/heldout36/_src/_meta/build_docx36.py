"""Writes the Word documents of heldout36 half A (zipfile + WordprocessingML, no Word) and their keys.

Each document is a list of body paragraphs; a paragraph is (style, [segments]); a segment is a
string (a run), ('i', text) italics, ('fld', instr, result_runs) a complex field on one
paragraph, ('fn', [segments]) a footnote (its text segments), or ('cite', labels) an annotation
that records citation pairs at this paragraph (not written).  Multi-paragraph fields (the
bibliography) are written with ('fbeg', instr) / ('fend',) segments.  Lines in the key are body
paragraph numbers, a citation inside a footnote at the paragraph of the footnote's reference.

    python3 tests/heldout36/_src/_meta/build_docx36.py tests/heldout36
"""
import json, os, sys, zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def run(text, italic=False, sup=False, style=None):
    rpr = ""
    if style or italic or sup:
        rpr = "<w:rPr>" + (f'<w:rStyle w:val="{style}"/>' if style else "") + ("<w:i/>" if italic else "") + ('<w:vertAlign w:val="superscript"/>' if sup else "") + "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def instr_runs(instr):
    # Word splits long instruction text over several runs
    out, i = [], 0
    while i < len(instr):
        out.append(f'<w:r><w:instrText xml:space="preserve">{escape(instr[i:i + 255])}</w:instrText></w:r>')
        i += 255
    return "".join(out)


class Doc:
    def __init__(self):
        self.footnotes = []  # xml of footnote bodies

    def segs(self, segs, in_note=False):
        out = []
        for s in segs:
            if isinstance(s, str):
                out.append(run(s))
            elif s[0] == "i":
                out.append(run(s[1], italic=True))
            elif s[0] == "fld":
                out.append('<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + instr_runs(s[1]) + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
                for r in s[2]:
                    out.append(run(r) if isinstance(r, str) else run(r[1], italic=True))
                out.append('<w:r><w:fldChar w:fldCharType="end"/></w:r>')
            elif s[0] == "fbeg":
                out.append('<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + instr_runs(s[1]) + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
            elif s[0] == "fend":
                out.append('<w:r><w:fldChar w:fldCharType="end"/></w:r>')
            elif s[0] == "fn":
                n = len(self.footnotes) + 1
                body = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>' + run(" ") + self.segs(s[1], True)
                self.footnotes.append(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>{body}</w:p></w:footnote>')
                out.append(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>')
            elif s[0] == "cite":
                pass
        return "".join(out)


def build(path, paras, title, author, lang, custom=None):
    d = Doc()
    body = []
    for style, segs in paras:
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        body.append(f"<w:p>{ppr}{d.segs(segs)}</w:p>")
    body.append('<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}</w:body></w:document>'
    sep = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    footnotes = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{sep}{"".join(d.footnotes)}</w:footnotes>'
    styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="24"/><w:lang w:val="{lang}"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Bibliography"><w:name w:val="Bibliography"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="EndNoteBibliography"><w:name w:val="EndNote Bibliography"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
</w:styles>'''
    ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'''
    rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'''
    drels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>'''
    settings = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}><w:defaultTabStop w:val="708"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'''
    core = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator><cp:lastModifiedBy>{escape(author)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-04T09:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-04-18T16:40:00Z</dcterms:modified></cp:coreProperties>'''
    if not custom:
        ct = ct.replace('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>', "")
        rels = rels.replace('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>', "")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", drels)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/settings.xml", settings)
        z.writestr("word/footnotes.xml", footnotes)
        z.writestr("docProps/core.xml", core)
        if custom:  # document properties a citation plugin keeps (Zotero: ZOTERO_PREF_1, _2 …)
            props = "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" name="{k}"><vt:lpwstr>{escape(v)}</vt:lpwstr></property>' for i, (k, v) in enumerate(custom))
            z.writestr("docProps/custom.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' + props + "</Properties>")


def citations(paras):
    """(label, paragraph number) pairs from the ('cite', labels) annotations, also inside footnotes."""
    out = []

    def walk(segs, line):
        for s in segs:
            if isinstance(s, tuple) and s[0] == "cite":
                out.extend([lab, line] for lab in s[1])
            elif isinstance(s, tuple) and s[0] == "fn":
                walk(s[1], line)

    for i, (_, segs) in enumerate(paras):
        walk(segs, i + 1)
    return out


def write_key(path, meta, paras, defects=()):
    key = {k: meta[k] for k in ("about", "document", "reader", "clean") if k in meta}
    key["citations"] = citations(paras)
    key["notes"] = meta["notes"]
    key["literature"] = meta["literature"]
    key["defects"] = list(defects)
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "corpus_build"))
    from build import dump
    open(path, "w", encoding="utf-8").write(dump(key))


if __name__ == "__main__":
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", ".."))
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import docs_a
    for name, paras, meta in docs_a.DOCS:
        build(os.path.join(root, "docx", name + ".docx"), paras, meta["title"], meta["creator"], meta["lang"], meta.get("custom"))
        write_key(os.path.join(root, "docx", name + ".key.json"), meta, paras, meta.get("defects", []))
        print("docx/" + name)
