"""Build heldout40 half B's Word document(s) from a small markup (no Word, no python-docx).

``_src/docx/<name>/body.txt``: one body paragraph per line (so line n is body paragraph n,
the docx key convention). ``#text`` a Heading 1 paragraph, ``=text`` a Title paragraph,
anything else a Normal paragraph; ``^1,3–5^`` a run with ``w:vertAlign superscript`` (the way
Word stores a citation typed and formatted superscript by hand); the reference list is typed
paragraphs starting with their own number (no numbering.xml). Run:
    python3 tests/heldout40/_src/_meta/build_docx40b.py
"""

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parents[2]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(text, sup=False):
    rpr = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>' if sup else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(line):
    style = None
    if line.startswith("#"):
        style, line = "Heading1", line[1:]
    elif line.startswith("="):
        style, line = "Title", line[1:]
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    runs = []
    for i, part in enumerate(re.split(r"\^([^^]+)\^", line)):
        if part:
            runs.append(run(part, sup=i % 2 == 1))
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="360" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
</w:styles>"""

CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"""

DOCRELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Приверженность АГ рукопись</dc:title><dc:creator>Лебедева А.В.</dc:creator><cp:lastModifiedBy>Orlov</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2024-02-05T09:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-02-19T17:40:00Z</dcterms:modified></cp:coreProperties>"""


def build(name):
    body = (HERE / "_src/docx" / name / "body.txt").read_text(encoding="utf-8").splitlines()
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
           + "".join(para(line) for line in body)
           + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" '
             'w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
             "</w:body></w:document>")
    out = HERE / "docx" / f"{name}.docx"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in [("[Content_Types].xml", CT), ("_rels/.rels", RELS),
                           ("word/document.xml", doc), ("word/_rels/document.xml.rels", DOCRELS),
                           ("word/styles.xml", STYLES), ("docProps/core.xml", CORE)]:
            info = zipfile.ZipInfo(part, date_time=(2024, 2, 19, 17, 40, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    print("wrote", out.relative_to(HERE), len(body), "paragraphs")


if __name__ == "__main__":
    build("adherentnost-ag-ru")
