"""Builds heldout42 half A's Word file with the corpus docx builder, then gives the paragraphs
after the 'References' heading the direct hanging indent an author types in Word for an APA list
(Paragraph > Special: Hanging 0.5", i.e. <w:ind w:left="720" w:hanging="720"/>, style Normal)
and centres the title-page lines, as a hand-formatted APA manuscript has them. Paragraph count,
text and key are unchanged.
    .venv/bin/python tests/heldout42/_src/_meta/build_docx42a.py
"""
import re, sys, zipfile
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3]))
from tests.corpus_build import build_docx  # noqa: E402

NAME = "teacher-climate-apa"
folder = HERE.parent / "docx" / NAME
build_docx.build(folder)
out = HERE.parents[1] / "docx" / f"{NAME}.docx"
items = {}
with zipfile.ZipFile(out) as z:
    infos = z.infolist()
    for i in infos:
        items[i.filename] = z.read(i.filename)
xml = items["word/document.xml"].decode("utf-8")
head, body = xml.split("<w:body>", 1)
paras = re.split(r"(?=<w:p>)", body)
seen_refs = False
count = 0
new = []
for p in paras:
    if p.startswith("<w:p>"):
        count += 1
        if seen_refs and p.startswith("<w:p><w:r"):
            p = '<w:p><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr>' + p[5:]
        elif 2 <= count <= 5 and p.startswith("<w:p><w:r"):
            p = '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>' + p[5:]
        if ">References<" in p:
            seen_refs = True
    new.append(p)
items["word/document.xml"] = (head + "<w:body>" + "".join(new)).encode("utf-8")
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for i in infos:
        z.writestr(i, items[i.filename])
print(out, count, "paragraphs")
