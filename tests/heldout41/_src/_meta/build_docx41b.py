"""Build heldout41 half B's Word document from `b/docx/<name>/body.txt`.

One body paragraph per line (annotations ⟦…⟧ removed): `= ` Title, `# ` Heading 1,
`## ` Heading 2, anything else Normal.  The reference lists are typed (the numbers are text,
as many authors type them), so line n of body.txt is body paragraph n.  zipfile + XML,
fixed zip dates.  Returns the stripped lines for keys_b.py.
    python3 tests/heldout41/_src/_meta/build_docx41b.py
"""

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parents[2]
NOTE = re.compile(r"⟦[^⟦⟧]*⟧")
CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"""
DOCRELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"""
CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>A Balaton vízminőségének alakulása</dc:title><dc:creator>Fehérvári Katalin</dc:creator><dc:language>hu-HU</dc:language></cp:coreProperties>"""
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:lang w:val="hu-HU"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style></w:styles>"""


def build(name):
    src = HERE / "_src" / "_meta" / "b" / "docx" / name / "body.txt"
    lines = [NOTE.sub("", x) for x in src.read_text(encoding="utf-8").rstrip("\n").split("\n")]
    paras = []
    for line in lines:
        style, text = None, line
        for pre, st in (("## ", "Heading2"), ("# ", "Heading1"), ("= ", "Title")):
            if line.startswith(pre):
                style, text = st, line[len(pre):]
                break
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        paras.append(f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
           + "".join(paras) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    out = HERE / "docx" / f"{name}.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in (("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("word/document.xml", doc),
                           ("word/_rels/document.xml.rels", DOCRELS), ("word/styles.xml", STYLES),
                           ("docProps/core.xml", CORE)):
            zi = zipfile.ZipInfo(part, date_time=(2024, 10, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    print("wrote", out.relative_to(HERE), len(paras), "paragraphs")
    return lines


if __name__ == "__main__":
    build("balaton-jelentes")
