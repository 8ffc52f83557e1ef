"""Build the .docx documents of a held-out corpus (tests/heldout2, 3, 4 ...) from WordprocessingML.

No Word and no python-docx: each ``_src/docx/<name>/body.txt`` is a small markup, one
body paragraph per line, turned into ``word/document.xml`` (+ footnotes, endnotes,
numbering, styles, relationships) and zipped.  The key's lines are body paragraph
numbers (every ``w:p`` of the body in document order, table cells included), taken from
the ``⟦label⟧`` annotations of the source line that makes each paragraph.

Markup (per line):
  ``# text`` / ``## text``      heading 1 / 2 (style id from meta ``heading_ids``)
  ``#. text``                   automatically numbered list item (numbering.xml)
  ``|a|b|c|``                   a table row (consecutive rows make one table); cells are
                                paragraphs of their own, numbered left to right
  empty line                    an empty paragraph
  ``{fn:text}`` / ``{en:text}`` a footnote / endnote reference here; its text may hold
                                ``{link:url|text}``, ``{field:url|text}`` and `` ¶ `` for a
                                second paragraph
  ``{link:url|text}``           a w:hyperlink (external relationship)
  ``{field:url|text}``          a HYPERLINK field (fldChar begin/separate/end)
  ``{zot:name|result}``         a Zotero ADDIN ZOTERO_ITEM CSL_CITATION field (JSON from
                                meta ``zotero[name]``)
  ``{zotbib:}``                 starts a ZOTERO_BIBL field; ``{zotbibend:}`` ends it
  ``*text*``                    italic run

Revision marks (a manuscript under review, as Word saves it with Track Changes on):
  ``{ins:text}``                a tracked insertion: every run of ``text`` (which may hold
                                the tokens above, a footnote included) is wrapped in
                                ``w:ins``; an inserted footnote's own runs are ``w:ins`` too
  ``{del:text}``                a tracked deletion: runs wrapped in ``w:del``, their text in
                                ``w:delText``; a deleted footnote keeps its ``w:footnote``
                                in footnotes.xml with its runs deleted the same way
  ``{movefrom:name|text}``      moved text, old place (``w:moveFrom`` + range marks named
                                ``name``); ``{moveto:name|text}`` its new place
  ``{delpara:}``                this paragraph's mark is deleted (``w:pPr/w:rPr/w:del``:
                                accepting merges it with the next one); ``{inspara:}`` inserted
  ``{com:anchor|comment}``      a comment (comments.xml) on ``anchor``: ``commentRangeStart``,
                                ``commentRangeEnd`` and a ``commentReference`` run; the
                                comment's text may hold `` ¶ `` for a second paragraph
Revision authors and dates come from meta ``revision_author`` / ``revision_date``
(``comment_author`` for comments); the key's lines count every ``w:p`` of the body,
deleted paragraphs included.

meta.json: ``document`` (output .docx name), ``separators_old`` (separator notes with
ids 0 and 1, first note id 2, as older Word writes them), ``heading_ids``, ``lang``,
plus the key fields (reader, clean, notes, literature, about).

    .venv/bin/python tests/corpus_build/build_docx.py tests/heldout4 [name...]
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import dump, strip  # noqa: E402  (the shared annotation reader and key writer)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
TOKEN = re.compile(
    r"\{(fn|en|link|field|zot|zotbib|zotbibend|ins|del|movefrom|moveto|delpara|inspara|com):"
    r"((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}|\*([^*]+)\*"
)
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"


# the tracked change the runs being written belong to: (w:ins | w:del | w:moveFrom | w:moveTo,
# its attributes), or None; set by Doc.runs while it writes the text of a revision token
_CHANGE: list[tuple[str, str]] = []
_RUN_IDS: list[int] = []


def _wrap(run: str) -> str:
    """A run inside the current tracked change (each run wrapped, as Word writes them)."""
    if not _CHANGE:
        return run
    tag, attrs = _CHANGE[-1]
    _RUN_IDS.append(len(_RUN_IDS))  # every w:ins / w:del element gets an id of its own
    attrs = re.sub(r'w:id="\d+"', f'w:id="{5000 + len(_RUN_IDS)}"', attrs)
    if tag in ("del", "moveFrom"):
        run = run.replace("<w:t ", "<w:delText ").replace("</w:t>", "</w:delText>")
        run = run.replace("<w:instrText ", "<w:delInstrText ").replace(
            "</w:instrText>", "</w:delInstrText>"
        )
    return f"<w:{tag} {attrs}>{run}</w:{tag}>"


def _t(text: str, italic: bool = False, style: str | None = None) -> str:
    props = ""
    if italic or style:
        inner = (f'<w:rStyle w:val="{style}"/>' if style else "") + ("<w:i/>" if italic else "")
        props = f"<w:rPr>{inner}</w:rPr>"
    pieces = [f'<w:t xml:space="preserve">{escape(piece)}</w:t>' for piece in text.split("\t")]
    return _wrap(f"<w:r>{props}{'<w:tab/>'.join(pieces)}</w:r>")


def _field(instr: str, result: str) -> str:
    return (
        _wrap('<w:r><w:fldChar w:fldCharType="begin"/></w:r>')
        + _wrap(f'<w:r><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>')
        + _wrap('<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        + _t(result)
        + _wrap('<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    )


def _split_top(arg: str) -> tuple[str, str]:
    """``a|b`` split at the first ``|`` that is not inside a {...} token."""
    depth = 0
    for i, ch in enumerate(arg):
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            return arg[:i], arg[i + 1 :]
    raise ValueError(f"expected 'a|b' in {arg!r}")


@dataclass
class Part:
    """A part with hyperlink relationships of its own (document, footnotes, endnotes)."""

    rels: list[str] = field(default_factory=list)

    def link(self, url: str) -> str:
        rid = f"rIdL{len(self.rels) + 1}"
        self.rels.append(
            f'<Relationship Id="{rid}" Type="{HYPERLINK_REL}" Target="{escape(url)}" '
            'TargetMode="External"/>'
        )
        return rid


@dataclass
class Doc:
    meta: dict[str, Any]
    body: Part = field(default_factory=Part)
    fn_part: Part = field(default_factory=Part)
    en_part: Part = field(default_factory=Part)
    footnotes: list[str] = field(default_factory=list)
    endnotes: list[str] = field(default_factory=list)
    open_bib: bool = False
    comments: list[str] = field(default_factory=list)
    revision: int = 0
    para_mark: str = ""  # w:rPr of the paragraph mark being written (delpara / inspara)

    def change_attrs(self) -> str:
        self.revision += 1
        author = escape(self.meta.get("revision_author", "Reviewer"), {'"': "&quot;"})
        date = self.meta.get("revision_date", "2023-03-02T09:00:00Z")
        return f'w:id="{100 + self.revision}" w:author="{author}" w:date="{date}"'

    def note_id(self, kind: str) -> int:
        first = 2 if self.meta.get("separators_old") else 1
        notes = self.footnotes if kind == "fn" else self.endnotes
        return first + len(notes)

    def runs(self, text: str, part: Part) -> str:
        out = []
        pos = 0
        for m in TOKEN.finditer(text):
            if m.start() > pos:
                out.append(_t(text[pos : m.start()]))
            pos = m.end()
            if m.group(3) is not None:
                out.append(_t(m.group(3), italic=True))
                continue
            kind, arg = m.group(1), m.group(2)
            if kind in ("ins", "del"):
                _CHANGE.append((kind, self.change_attrs()))
                out.append(self.runs(arg, part))
                _CHANGE.pop()
            elif kind in ("movefrom", "moveto"):
                name, moved = _split_top(arg)
                tag = "moveFrom" if kind == "movefrom" else "moveTo"
                attrs = self.change_attrs()
                rid = 900 + self.revision
                out.append(
                    f'<w:{tag}RangeStart w:id="{rid}" w:name="{escape(name)}" {attrs[attrs.index("w:author") :]}/>'
                )
                _CHANGE.append((tag, attrs))
                out.append(self.runs(moved, part))
                _CHANGE.pop()
                out.append(f'<w:{tag}RangeEnd w:id="{rid}"/>')
            elif kind in ("delpara", "inspara"):
                tag = "del" if kind == "delpara" else "ins"
                self.para_mark = f"<w:rPr><w:{tag} {self.change_attrs()}/></w:rPr>"
            elif kind == "com":
                anchor, comment = _split_top(arg)
                cid = len(self.comments)
                out.append(f'<w:commentRangeStart w:id="{cid}"/>')
                out.append(self.runs(anchor, part))
                out.append(f'<w:commentRangeEnd w:id="{cid}"/>')
                out.append(
                    '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                    f'<w:commentReference w:id="{cid}"/></w:r>'
                )
                self.comments.append(self.comment(cid, comment))
            elif kind in ("fn", "en"):
                out.append(self.note(kind, arg))
            elif kind == "link":
                url, label = arg.split("|", 1)
                rid = part.link(url)
                out.append(
                    f'<w:hyperlink r:id="{rid}" w:history="1">{_t(label, style="Hyperlink")}</w:hyperlink>'
                )
            elif kind == "field":
                url, label = arg.split("|", 1)
                out.append(_field(f'HYPERLINK "{url}"', label))
            elif kind == "zot":
                data, result = arg.rsplit("|", 1)
                # a name of meta["zotero"]: the CSL citation JSON Zotero stores in the field
                data = json.dumps(self.meta["zotero"][data], ensure_ascii=False)
                out.append(_field(f"ADDIN ZOTERO_ITEM CSL_CITATION {data}", result))
            elif kind == "zotbib":
                out.append(
                    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                    '<w:r><w:instrText xml:space="preserve"> ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],'
                    '"custom":[]} CSL_BIBLIOGRAPHY </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                )
            elif kind == "zotbibend":
                out.append('<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        if pos < len(text):
            out.append(_t(text[pos:]))
        return "".join(out)

    def note(self, kind: str, text: str) -> str:
        nid = self.note_id(kind)
        tag = "footnote" if kind == "fn" else "endnote"
        style_ref = "FootnoteReference" if kind == "fn" else "EndnoteReference"
        style_text = "FootnoteText" if kind == "fn" else "EndnoteText"
        part = self.fn_part if kind == "fn" else self.en_part
        paras = []
        # a note inserted or deleted under tracking: its own runs and paragraph marks too
        tracked = _CHANGE[-1][0] if _CHANGE else ""
        mark_rpr = (
            f"<w:rPr><w:{tracked} {self.change_attrs()}/></w:rPr>"
            if tracked in ("ins", "del")
            else ""
        )
        for i, piece in enumerate(text.split(" ¶ ")):
            mark = (
                _wrap(f'<w:r><w:rPr><w:rStyle w:val="{style_ref}"/></w:rPr><w:{tag}Ref/></w:r>')
                + _t(" ")
                if i == 0
                else ""
            )
            paras.append(
                f'<w:p><w:pPr><w:pStyle w:val="{style_text}"/>{mark_rpr}</w:pPr>{mark}'
                f"{self.runs(piece.strip(), part)}</w:p>"
            )
        xml = f'<w:{tag} w:id="{nid}">{"".join(paras)}</w:{tag}>'
        (self.footnotes if kind == "fn" else self.endnotes).append(xml)
        return _wrap(
            f'<w:r><w:rPr><w:rStyle w:val="{style_ref}"/></w:rPr>'
            f'<w:{tag}Reference w:id="{nid}"/></w:r>'
        )

    def comment(self, cid: int, text: str) -> str:
        author = escape(self.meta.get("comment_author", "Reviewer"), {'"': "&quot;"})
        initials = "".join(w[0] for w in author.split() if w[:1].isalpha()) or "R"
        date = self.meta.get("revision_date", "2023-03-02T09:00:00Z")
        paras = []
        for i, piece in enumerate(text.split(" ¶ ")):
            ref = (
                '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                if i == 0
                else ""
            )
            paras.append(
                f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>{ref}{_t(piece.strip())}</w:p>'
            )
        return (
            f'<w:comment w:id="{cid}" w:author="{author}" w:date="{date}" w:initials="{initials}">'
            f"{''.join(paras)}</w:comment>"
        )

    def paragraph(self, line: str) -> str:
        heading_ids = self.meta.get("heading_ids", {"1": "Heading1", "2": "Heading2"})
        style = None
        num = ""
        if line.startswith("## "):
            style, line = heading_ids["2"], line[3:]
        elif line.startswith("# "):
            style, line = heading_ids["1"], line[2:]
        elif line.startswith("#. "):
            style, line = "ListNumber", line[3:]
            num = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        elif line.startswith("> "):
            style, line = "Bibliography", line[2:]
        self.para_mark = ""
        body = self.runs(line, self.body)
        if style or self.para_mark:
            pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
            ppr = f"<w:pPr>{pstyle}{num}{self.para_mark}</w:pPr>"
        else:
            ppr = ""
        return f"<w:p>{ppr}{body}</w:p>"


def build(folder: Path) -> Path:
    folder_out = folder.parents[2] / "docx"  # <corpus>/_src/docx/<name>
    meta: dict[str, Any] = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    text, cites, defects = strip((folder / "body.txt").read_text(encoding="utf-8"))
    doc = Doc(meta)
    _RUN_IDS.clear()  # revision ids count from the start of each document
    blocks: list[str] = []
    para_no = 0
    line_to_para: dict[int, int] = {}
    rows: list[str] = []

    def flush_table() -> None:
        if rows:
            blocks.append(
                '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                f"</w:tblPr>{''.join(rows)}</w:tbl>"
            )
            rows.clear()

    for lineno, line in enumerate(text.split("\n"), 1):
        if line.startswith("|") and line.endswith("|"):
            cells = _cells(line[1:-1])
            tcs = []
            first = para_no + 1
            for cell in cells:
                para_no += 1
                tcs.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>{doc.paragraph(cell.strip())}</w:tc>'
                )
            rows.append(f"<w:tr>{''.join(tcs)}</w:tr>")
            line_to_para[lineno] = first  # annotations on a row belong to its first cell
            continue
        flush_table()
        para_no += 1
        line_to_para[lineno] = para_no
        blocks.append(doc.paragraph(line))
    flush_table()
    # annotations on a table row may name the cell: ⟦label@k⟧ = k-th cell (1-based)
    citations = []
    for label, lineno in cites:
        cell = 0
        if "@" in label:
            label, k = label.rsplit("@", 1)
            cell = int(k) - 1
        citations.append([label, line_to_para[lineno] + cell])
    lang = meta.get("lang", "en-GB")
    sect = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" '
        'w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{"".join(blocks)}{sect}</w:body></w:document>'
    )
    out = folder_out / meta["document"]
    folder_out.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        _put(
            z,
            "[Content_Types].xml",
            _content_types(bool(doc.footnotes), bool(doc.endnotes), bool(doc.comments)),
        )
        _put(z, "_rels/.rels", _ROOT_RELS)
        _put(z, "docProps/core.xml", _core(meta))
        _put(z, "word/document.xml", document)
        _put(z, "word/styles.xml", _styles(lang, meta, bool(doc.comments)))
        _put(z, "word/numbering.xml", _NUMBERING)
        _put(z, "word/settings.xml", _settings(meta))
        doc_rels = [
            '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
            '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>',
            *doc.body.rels,
        ]
        if doc.footnotes:
            doc_rels.append(
                '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
            )
            _put(z, "word/footnotes.xml", _notes("footnote", doc.footnotes, meta))
            _put(z, "word/_rels/footnotes.xml.rels", _rels(doc.fn_part.rels))
        if doc.endnotes:
            doc_rels.append(
                '<Relationship Id="rIdE" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>'
            )
            _put(z, "word/endnotes.xml", _notes("endnote", doc.endnotes, meta))
            _put(z, "word/_rels/endnotes.xml.rels", _rels(doc.en_part.rels))
        if doc.comments:
            doc_rels.append(
                f'<Relationship Id="rIdC" Type="{COMMENTS_REL}" Target="comments.xml"/>'
            )
            _put(
                z,
                "word/comments.xml",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:comments xmlns:w="{W}" xmlns:r="{R}">{"".join(doc.comments)}</w:comments>',
            )
        _put(z, "word/_rels/document.xml.rels", _rels(doc_rels))
    key: dict[str, Any] = {k: meta[k] for k in ("about", "reader", "clean") if k in meta}
    key["document"] = meta["document"]
    key["citations"] = citations
    for name in ("notes", "literature"):
        if name in meta:
            key[name] = meta[name]
    key["defects"] = [{"kind": k, "line": line_to_para[n]} for k, n in defects]
    key_path = folder_out / f"{folder.name}.key.json"
    key_path.write_text(dump(key), encoding="utf-8")
    return key_path


def _put(z: zipfile.ZipFile, name: str, data: str) -> None:
    """A part with a fixed date, so that rebuilding gives the same bytes."""
    info = zipfile.ZipInfo(name, date_time=(2023, 3, 1, 10, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, data)


def _cells(row: str) -> list[str]:
    """A table row split at the | that are not inside {...} tokens."""
    cells, depth, start = [], 0, 0
    for i, ch in enumerate(row):
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            cells.append(row[start:i])
            start = i + 1
    cells.append(row[start:])
    return cells


def _notes(tag: str, notes: list[str], meta: dict[str, Any]) -> str:
    ids = ("0", "1") if meta.get("separators_old") else ("-1", "0")
    sep = (
        f'<w:{tag} w:type="separator" w:id="{ids[0]}"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
        f'<w:{tag} w:type="continuationSeparator" w:id="{ids[1]}"><w:p><w:r><w:continuationSeparator/>'
        f"</w:r></w:p></w:{tag}>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:{tag}s xmlns:w="{W}" xmlns:r="{R}">{sep}{"".join(notes)}</w:{tag}s>'
    )


def _rels(rels: list[str]) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{''.join(rels)}</Relationships>"
    )


def _content_types(footnotes: bool, endnotes: bool, comments: bool = False) -> str:
    ct = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    parts = [
        f'<Override PartName="/word/document.xml" ContentType="{ct}.document.main+xml"/>',
        f'<Override PartName="/word/styles.xml" ContentType="{ct}.styles+xml"/>',
        f'<Override PartName="/word/numbering.xml" ContentType="{ct}.numbering+xml"/>',
        f'<Override PartName="/word/settings.xml" ContentType="{ct}.settings+xml"/>',
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    ]
    if footnotes:
        parts.append(f'<Override PartName="/word/footnotes.xml" ContentType="{ct}.footnotes+xml"/>')
    if endnotes:
        parts.append(f'<Override PartName="/word/endnotes.xml" ContentType="{ct}.endnotes+xml"/>')
    if comments:
        parts.append(f'<Override PartName="/word/comments.xml" ContentType="{ct}.comments+xml"/>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{''.join(parts)}</Types>"
    )


_ROOT_RELS = _rels(
    [
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>',
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
    ]
)


def _core(meta: dict[str, Any]) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(meta.get('title', ''))}</dc:title><dc:creator>{escape(meta.get('creator', ''))}</dc:creator>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2023-03-01T10:00:00Z</dcterms:created>'
        "</cp:coreProperties>"
    )


_COMMENT_STYLES = (
    '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
    '<w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
)


def _styles(lang: str, meta: dict[str, Any], comments: bool = False) -> str:
    h = meta.get("heading_ids", {"1": "Heading1", "2": "Heading2"})
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr>'
        f'<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
        f'<w:sz w:val="24"/><w:lang w:val="{lang}"/></w:rPr></w:rPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        f'<w:style w:type="paragraph" w:styleId="{h["1"]}"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
        f'<w:style w:type="paragraph" w:styleId="{h["2"]}"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Bibliography"><w:name w:val="Bibliography"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>'
        '<w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/><w:basedOn w:val="Normal"/>'
        '<w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
        '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
        f"{_COMMENT_STYLES if comments else ''}"
        "</w:styles>"
    )


_NUMBERING = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">'
    '<w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
)


def _settings(meta: dict[str, Any]) -> str:
    ids = ("0", "1") if meta.get("separators_old") else ("-1", "0")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:settings xmlns:w="{W}"><w:footnotePr><w:footnote w:id="{ids[0]}"/>'
        f'<w:footnote w:id="{ids[1]}"/></w:footnotePr>'
        f'<w:endnotePr><w:numFmt w:val="{meta.get("endnote_format", "decimal")}"/>'
        f'<w:endnote w:id="{ids[0]}"/><w:endnote w:id="{ids[1]}"/></w:endnotePr></w:settings>'
    )


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    corpus, only = Path(sys.argv[1]).resolve(), set(sys.argv[2:])
    for meta in sorted((corpus / "_src" / "docx").glob("*/meta.json")):
        if only and meta.parent.name not in only:
            continue
        print(build(meta.parent).relative_to(corpus))


if __name__ == "__main__":
    main()
