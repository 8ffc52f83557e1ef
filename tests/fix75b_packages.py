"""Word and OpenDocument packages built for fix75b's tests: one body paragraph per note,
each with its note; the note's italics written ``*…*``."""

from __future__ import annotations

import html
import io
import zipfile
from collections.abc import Callable

_W = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _word_runs(note: str) -> str:
    runs = []
    for k, part in enumerate(note.split("*")):
        if part:
            style = "<w:rPr><w:i/></w:rPr>" if k % 2 else ""
            text = html.escape(part, quote=False)
            runs.append(f'<w:r>{style}<w:t xml:space="preserve">{text}</w:t></w:r>')
    return "".join(runs)


def docx_package(body: str, notes: list[str]) -> tuple[bytes, str]:
    paragraphs = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{html.escape(body)}</w:t></w:r><w:r><w:rPr>'
        f'<w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{i}"/>'
        "</w:r></w:p>"
        for i in range(1, len(notes) + 1)
    )
    notes_xml = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{_word_runs(n)}</w:p></w:footnote>'
        for i, n in enumerate(notes, 1)
    )

    def rels(rid: str, kind: str, target: str) -> str:
        return (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="{rid}" Type="{_REL}/{kind}" Target="{target}"/></Relationships>'
        )

    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
        ),
        "_rels/.rels": rels("rId1", "officeDocument", "word/document.xml"),
        "word/document.xml": f"<w:document {_W}><w:body>{paragraphs}</w:body></w:document>",
        "word/footnotes.xml": f"<w:footnotes {_W}>{notes_xml}</w:footnotes>",
        "word/_rels/document.xml.rels": rels("rIdF", "footnotes", "footnotes.xml"),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, xml in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>' + xml)
    return buffer.getvalue(), "ensaio.docx"


_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)
_ITALIC = (
    '<style:style style:name="T1" style:family="text">'
    '<style:text-properties fo:font-style="italic"/></style:style>'
)


def _odt_spans(note: str) -> str:
    spans = []
    for k, part in enumerate(note.split("*")):
        text = html.escape(part, quote=False)
        if part:
            spans.append(f'<text:span text:style-name="T1">{text}</text:span>' if k % 2 else text)
    return "".join(spans)


def odt_package(body: str, notes: list[str]) -> tuple[bytes, str]:
    paragraphs = "".join(
        f'<text:p text:style-name="Standard">{html.escape(body)}'
        f'<text:note text:id="ftn{i}" text:note-class="footnote">'
        f"<text:note-citation>{i}</text:note-citation><text:note-body>"
        f'<text:p text:style-name="Footnote">{_odt_spans(n)}</text:p>'
        "</text:note-body></text:note></text:p>"
        for i, n in enumerate(notes, 1)
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS} '
        f'office:version="1.3"><office:automatic-styles>{_ITALIC}</office:automatic-styles>'
        f"<office:body><office:text>{paragraphs}</office:text></office:body>"
        "</office:document-content>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_NS}>'
        "<office:styles/></office:document-styles>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("styles.xml", styles, zipfile.ZIP_DEFLATED)
    return buffer.getvalue(), "ensaio.odt"


PACKAGES: dict[str, Callable[[str, list[str]], tuple[bytes, str]]] = {
    "docx": docx_package,
    "odt": odt_package,
}
