"""Writes tests/heldout37/docx/lesen-bildschirm-de.docx and its key in the shape Pandoc 3.x writes
(`pandoc arbeit.md --citeproc --csl chicago-fullnote-bibliography.csl -M lang=de-DE -o arbeit.docx`):
Pandoc's styles (Title, Author, Date, FirstParagraph, BodyText, Heading1, FootnoteText,
FootnoteReference, Hyperlink, Bibliography), citations turned into footnotes by the note style,
section bookmarks, the rendered list in Bibliography paragraphs inside the bookmarks refs / ref-KEY.
Key lines: body paragraph numbers (every w:p of w:body, 1-based).
    .venv/bin/python tests/heldout37/_src/_meta/build_docx37.py"""
import json, os, re, zipfile
from xml.sax.saxutils import escape
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "docx")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
rels, bm = [], [20]
DEF = ' w:default="1"'


def link(url):
    rid = f"rId{100 + len(rels)}"
    rels.append((rid, url))
    return (f'<w:hyperlink r:id="{rid}"><w:r><w:rPr><w:rStyle w:val="Hyperlink" /></w:rPr>'
            f'<w:t xml:space="preserve">{escape(url)}</w:t></w:r></w:hyperlink>')


def runs(text):
    """*italic*, <url>, plain; '„' quotes kept."""
    out = []
    for part in re.split(r"(\*[^*]+\*|<https?://[^>]+>)", text):
        if not part:
            continue
        if part.startswith("*"):
            out.append(f'<w:r><w:rPr><w:i /><w:iCs /></w:rPr><w:t xml:space="preserve">{escape(part[1:-1])}</w:t></w:r>')
        elif part.startswith("<http"):
            out.append(link(part[1:-1]))
        else:
            out.append(f'<w:r><w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
    return "".join(out)


notes = []  # footnote texts
def body_runs(text):
    """^{note text} becomes a Pandoc footnote reference."""
    out = []
    for part in re.split(r"(\^\{[^}]*\})", text):
        if part.startswith("^{"):
            notes.append(part[2:-1])
            out.append(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference" /></w:rPr><w:footnoteReference w:id="{len(notes) + 20}" /></w:r>')
        elif part:
            out.append(runs(part))
    return "".join(out)


def para(style, text):
    return f'<w:p><w:pPr><w:pStyle w:val="{style}" /></w:pPr>{body_runs(text)}</w:p>'


def heading(text, ident):
    bm[0] += 1
    i = bm[0]
    return (f'<w:bookmarkStart w:id="{i}" w:name="{ident}" /><w:p><w:pPr><w:pStyle w:val="Heading1" /></w:pPr>'
            f'{runs(text)}</w:p><w:bookmarkEnd w:id="{i}" />')


def build(name, blocks, bib, meta):
    body, cites, n = [], [], 0
    for b in blocks:
        if b[0] == "H":
            body.append(heading(b[1], b[2]))
            n += 1
            continue
        before = len(notes)
        body.append(para(b[0], b[1]))
        n += 1
        cites += [[str(k + 1), n] for k in range(before, len(notes))]
    body.append(heading("Literatur", "literatur"))
    n += 1
    bm[0] += 1
    refs = bm[0]
    body.append(f'<w:bookmarkStart w:id="{refs}" w:name="refs" />')
    for key, text in bib:
        bm[0] += 1
        body.append(f'<w:bookmarkStart w:id="{bm[0]}" w:name="ref-{key}" />' + para("Bibliography", text) + f'<w:bookmarkEnd w:id="{bm[0]}" />')
        n += 1
    body.append(f'<w:bookmarkEnd w:id="{refs}" />')
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<w:document {W} xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:body>'
           + "".join(body) + '<w:sectPr /></w:body></w:document>')
    fn = [f'<?xml version="1.0" encoding="UTF-8"?>\n<w:footnotes {W}>',
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto" /></w:pPr><w:r><w:separator /></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto" /></w:pPr><w:r><w:continuationSeparator /></w:r></w:p></w:footnote>']
    for i, t in enumerate(notes):
        fn.append(f'<w:footnote w:id="{i + 21}"><w:p><w:pPr><w:pStyle w:val="FootnoteText" /></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference" /></w:rPr><w:footnoteRef /></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>{runs(t)}</w:p></w:footnote>')
    fn.append("</w:footnotes>")
    styles_list = [("paragraph", "Normal", "Normal", ""), ("paragraph", "BodyText", "Body Text", '<w:basedOn w:val="Normal" /><w:link w:val="BodyTextChar" /><w:qFormat /><w:pPr><w:spacing w:before="180" w:after="180" /></w:pPr>'),
                   ("paragraph", "FirstParagraph", "First Paragraph", '<w:basedOn w:val="BodyText" /><w:next w:val="BodyText" /><w:qFormat />'),
                   ("paragraph", "Title", "Title", '<w:basedOn w:val="Normal" /><w:next w:val="BodyText" /><w:qFormat /><w:pPr><w:keepNext /><w:keepLines /><w:spacing w:before="480" w:after="240" /><w:jc w:val="center" /></w:pPr><w:rPr><w:b /><w:sz w:val="36" /></w:rPr>'),
                   ("paragraph", "Author", "Author", '<w:next w:val="BodyText" /><w:qFormat /><w:pPr><w:keepNext /><w:jc w:val="center" /></w:pPr>'),
                   ("paragraph", "Date", "Date", '<w:next w:val="BodyText" /><w:qFormat /><w:pPr><w:keepNext /><w:jc w:val="center" /></w:pPr>'),
                   ("paragraph", "Heading1", "heading 1", '<w:basedOn w:val="Normal" /><w:next w:val="BodyText" /><w:uiPriority w:val="9" /><w:qFormat /><w:pPr><w:keepNext /><w:keepLines /><w:spacing w:before="480" w:after="0" /><w:outlineLvl w:val="0" /></w:pPr><w:rPr><w:b /><w:sz w:val="32" /></w:rPr>'),
                   ("paragraph", "FootnoteText", "footnote text", '<w:basedOn w:val="Normal" /><w:next w:val="FootnoteText" /><w:uiPriority w:val="9" /><w:unhideWhenUsed /><w:qFormat />'),
                   ("paragraph", "Bibliography", "Bibliography", '<w:basedOn w:val="Normal" /><w:qFormat />'),
                   ("character", "FootnoteReference", "Footnote Reference", '<w:basedOn w:val="BodyTextChar" /><w:rPr><w:vertAlign w:val="superscript" /></w:rPr>'),
                   ("character", "BodyTextChar", "Body Text Char", '<w:basedOn w:val="DefaultParagraphFont" /><w:link w:val="BodyText" />'),
                   ("character", "Hyperlink", "Hyperlink", '<w:basedOn w:val="BodyTextChar" /><w:rPr><w:color w:val="4F81BD" /></w:rPr>')]
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" /><w:sz w:val="24" /><w:lang w:val="de-DE" /></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="200" /></w:pPr></w:pPrDefault></w:docDefaults>'
              + "".join(f'<w:style w:type="{t}"{DEF if i == "Normal" else ""} w:styleId="{i}"><w:name w:val="{nm}" />{x}</w:style>' for t, i, nm, x in styles_list) + "</w:styles>")
    drels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Id="rId1" Target="styles.xml" />'
             '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Id="rId7" Target="footnotes.xml" />'
             '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Id="rId3" Target="settings.xml" />'
             + "".join(f'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Id="{r}" Target="{escape(u)}" TargetMode="External" />' for r, u in rels)
             + "</Relationships>")
    ct = ('<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml" /><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" />'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" />'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" />'
          '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml" />'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml" />'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml" /></Types>')
    root = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Id="rId1" Target="word/document.xml" />'
            '<Relationship Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Id="rId2" Target="docProps/core.xml" /></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(meta["title"])}</dc:title><dc:creator>{escape(meta["author"])}</dc:creator><dc:language>de-DE</dc:language>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-02T09:31:07Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-06-02T09:31:07Z</dcterms:modified></cp:coreProperties>')
    settings = f'<?xml version="1.0" encoding="UTF-8"?>\n<w:settings {W}><w:zoom w:percent="100" /><w:footnotePr><w:numRestart w:val="eachSect" /></w:footnotePr><w:defaultTabStop w:val="720" /><w:characterSpacingControl w:val="doNotCompress" /></w:settings>'
    path = os.path.join(OUT, name + ".docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for arc, data in [("[Content_Types].xml", ct), ("_rels/.rels", root), ("docProps/core.xml", core), ("word/document.xml", doc),
                          ("word/styles.xml", styles), ("word/footnotes.xml", "".join(fn)), ("word/settings.xml", settings), ("word/_rels/document.xml.rels", drels)]:
            z.writestr(arc, data)
    return cites


if __name__ == "__main__":
    import docs_a37 as d
    cites = build(d.NAME, d.BLOCKS, d.BIB, d.META)
    key = dict(d.KEY)
    key["citations"] = cites
    key["notes"] = d.NOTES
    key["literature"] = d.LIT
    key["defects"] = d.DEFECTS
    open(os.path.join(OUT, d.NAME + ".key.json"), "w", encoding="utf-8").write(json.dumps(key, ensure_ascii=False, indent=1) + "\n")
    print(len(cites), "citations", len(notes), "notes")
