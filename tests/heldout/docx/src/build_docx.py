"""Build the held-out .docx documents from their XML, written by hand (no Word, no python-docx).

Each document is a list of body blocks.  A paragraph is a list of pieces: plain strings,
("fn", text_pieces) for a footnote, ("en", text_pieces) for an endnote, ("b", text) bold,
("i", text) italic, ("link", url, text) a hyperlink.  A table is ("table", [[cell_paragraphs]]).
A numbered list item is ("li", pieces) (automatic Word numbering, the number is not in the text).

Run:  python tests/heldout/docx/src/build_docx.py   (writes the .docx files next to src/ and prints,
for each note reference, the body paragraph number it stands in: paragraphs counted from 1 in
document order, table-cell paragraphs included).
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

W = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
HYPER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


class Part:
    def __init__(self) -> None:
        self.rels: list[tuple[str, str]] = []

    def link(self, url: str) -> str:
        rid = f"rId{100 + len(self.rels)}"
        self.rels.append((rid, url))
        return rid


def run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


class Builder:
    def __init__(self, name: str, note_start: int = 2) -> None:
        self.name = name
        self.body = Part()
        self.notes: dict[str, list[str]] = {"fn": [], "en": []}
        self.note_parts = {"fn": Part(), "en": Part()}
        self.next_id = {"fn": note_start, "en": note_start}
        self.count = {"fn": 0, "en": 0}
        self.paragraph_no = 0
        self.refs: list[tuple[str, int, int]] = []  # (kind, display number, paragraph)

    def pieces(self, pieces: list, part: Part, in_note: bool = False) -> str:
        out = []
        for p in pieces:
            if isinstance(p, str):
                out.append(run(p))
            elif p[0] == "b":
                out.append(run(p[1], "<w:b/>"))
            elif p[0] == "i":
                out.append(run(p[1], "<w:i/>"))
            elif p[0] == "link":
                rid = part.link(p[1])
                linked = run(p[2], '<w:rStyle w:val="Hyperlink"/>')
                out.append(f'<w:hyperlink r:id="{rid}" w:history="1">{linked}</w:hyperlink>')
            elif p[0] in ("fn", "en"):
                kind = p[0]
                nid = self.next_id[kind]
                self.next_id[kind] += 1
                self.count[kind] += 1
                self.refs.append((kind, self.count[kind], self.paragraph_no))
                tag = "footnoteReference" if kind == "fn" else "endnoteReference"
                style = "FootnoteReference" if kind == "fn" else "EndnoteReference"
                out.append(
                    f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:{tag} w:id="{nid}"/></w:r>'
                )
                self.add_note(kind, nid, p[1])
        return "".join(out)

    def add_note(self, kind: str, nid: int, pieces: list) -> None:
        tag = "footnote" if kind == "fn" else "endnote"
        style = "FootnoteText" if kind == "fn" else "EndnoteText"
        ref = "footnoteRef" if kind == "fn" else "endnoteRef"
        rstyle = "FootnoteReference" if kind == "fn" else "EndnoteReference"
        body = self.pieces(pieces, self.note_parts[kind], in_note=True)
        self.notes[kind].append(
            f'<w:{tag} w:id="{nid}"><w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="{rstyle}"/></w:rPr><w:{ref}/></w:r>'
            f"{run(' ')}{body}</w:p></w:{tag}>"
        )

    def paragraph(self, pieces: list, style: str | None = None, numbered: bool = False) -> str:
        self.paragraph_no += 1
        ppr = ""
        if style or numbered:
            ppr = "<w:pPr>"
            if style:
                ppr += f'<w:pStyle w:val="{style}"/>'
            if numbered:
                ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
            ppr += "</w:pPr>"
        return f"<w:p>{ppr}{self.pieces(pieces, self.body)}</w:p>"

    def block(self, blk) -> str:
        if isinstance(blk, tuple) and blk[0] == "h":
            return self.paragraph([blk[2]], style=f"Heading{blk[1]}")
        if isinstance(blk, tuple) and blk[0] == "li":
            return self.paragraph(blk[1], style="ListParagraph", numbered=True)
        if isinstance(blk, tuple) and blk[0] == "table":
            rows = []
            for row in blk[1]:
                cells = "".join(
                    f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>'
                    f"{self.paragraph(cell)}</w:tc>"
                    for cell in row
                )
                rows.append(f"<w:tr>{cells}</w:tr>")
            return (
                f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{"".join(rows)}</w:tbl>'
            )
        return self.paragraph(blk)

    def write(self, blocks: list, out: Path, lang: str = "en-GB") -> None:
        body = "".join(self.block(b) for b in blocks)
        sect = (
            '<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
            '<w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr>'
            '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
        )
        document = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}>'
            f"<w:body>{body}{sect}</w:body></w:document>"
        )
        rels = [
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
        ]
        ctypes = [
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
            '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
            '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
        ]
        files: dict[str, str] = {}
        for kind, tag, fname, ctype in (
            ("fn", "footnote", "footnotes.xml", "footnotes"),
            ("en", "endnote", "endnotes.xml", "endnotes"),
        ):
            seps = (
                f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
                f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>'
            )
            files[f"word/{fname}"] = (
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f"<w:{tag}s {W}>{seps}{''.join(self.notes[kind])}</w:{tag}s>"
            )
            rid = "rId3" if kind == "fn" else "rId4"
            rels.append(
                f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{ctype}" Target="{fname}"/>'
            )
            ctypes.append(
                f'<Override PartName="/word/{fname}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{ctype}+xml"/>'
            )
            part_rels = "".join(
                f'<Relationship Id="{r}" Type="{HYPER}" Target="{escape(u)}" TargetMode="External"/>'
                for r, u in self.note_parts[kind].rels
            )
            files[f"word/_rels/{fname}.rels"] = (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f"{part_rels}</Relationships>"
            )
        rels += [
            f'<Relationship Id="{r}" Type="{HYPER}" Target="{escape(u)}" TargetMode="External"/>'
            for r, u in self.body.rels
        ]
        files["word/document.xml"] = document
        files["word/_rels/document.xml.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(rels)
            + "</Relationships>"
        )
        files["word/styles.xml"] = STYLES.replace("LANG", lang)
        files["word/numbering.xml"] = NUMBERING
        files["[Content_Types].xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            + "".join(ctypes)
            + "</Types>"
        )
        files["_rels/.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"
        )
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name in ["[Content_Types].xml", "_rels/.rels"] + sorted(
                k for k in files if k.startswith("word/")
            ):
                info = zipfile.ZipInfo(name, date_time=(2023, 5, 1, 12, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, files[name])
        for kind, number, para in self.refs:
            print(f"{out.name}: {kind} {number} in paragraph {para}")


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="LANG"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
</w:styles>"""

NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""


if __name__ == "__main__":
    import documents  # the texts, in documents.py next to this script

    for name, blocks, lang in documents.DOCUMENTS:
        Builder(name).write(blocks, HERE.parent / f"{name}.docx", lang)
