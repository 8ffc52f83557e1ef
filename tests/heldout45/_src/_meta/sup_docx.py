"""Turn ``^^text^^`` in the body of a .docx built by tests/corpus_build/build_docx.py into
superscript runs (w:vertAlign superscript), as Word saves a number typed and formatted
Superscript (Ctrl+Shift+=).  build_docx.py has no superscript markup; this rewrites
word/document.xml in place, nothing else (paragraph count and order unchanged).

    python3 tests/heldout45/_src/_meta/sup_docx.py tests/heldout45/docx/ssri-interactions.docx
"""
import re
import sys
import zipfile

RUN = re.compile(r'<w:r>(<w:rPr>(.*?)</w:rPr>)?<w:t xml:space="preserve">([^<]*)</w:t></w:r>')


def split(m: re.Match) -> str:
    props, text = m.group(2) or "", m.group(3)
    if "^^" not in text:
        return m.group(0)
    out = []
    for i, piece in enumerate(text.split("^^")):
        if not piece:
            continue
        inner = props + ('<w:vertAlign w:val="superscript"/>' if i % 2 else "")
        rpr = f"<w:rPr>{inner}</w:rPr>" if inner else ""
        out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{piece}</w:t></w:r>')
    return "".join(out)


def main(path: str) -> None:
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == "word/document.xml":
                text = RUN.sub(split, data.decode("utf-8"))
                assert "^^" not in text, "unconverted ^^"
                data = text.encode("utf-8")
            z.writestr(info, data)


if __name__ == "__main__":
    main(sys.argv[1])
