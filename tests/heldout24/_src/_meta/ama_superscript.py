"""Turn literal '{sup:X}' text in a built .docx into superscript runs (w:vertAlign), as Word saves them.

    python3 tests/heldout24/_src/_meta/ama_superscript.py tests/heldout24/docx/lemierre-case-ama.docx
"""
import re, sys, zipfile

path = sys.argv[1]
with zipfile.ZipFile(path) as z:
    items = [(i, z.read(i.filename)) for i in z.infolist()]
out = []
for info, data in items:
    if info.filename == "word/document.xml":
        xml = data.decode("utf-8")
        sup = (r'</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
               r'<w:t>\1</w:t></w:r><w:r><w:t xml:space="preserve">')
        xml = re.sub(r"\{sup:([^}]*)\}", sup, xml)
        xml = xml.replace('<w:r><w:t xml:space="preserve"></w:t></w:r>', "")
        assert "{sup:" not in xml
        data = xml.encode("utf-8")
    out.append((info, data))
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for info, data in out:
        z.writestr(info, data)
