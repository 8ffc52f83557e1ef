"""Reader for OpenDocument text (``.odt``, and the flat XML ``.fodt``): LibreOffice's notes,
its native bibliography, Zotero's citations and numbered lists.

An ``.odt`` is a ZIP package whose first member, ``mimetype``, is stored uncompressed and
says ``application/vnd.oasis.opendocument.text``; the text is ``content.xml``, the named
styles ``styles.xml``, the title ``meta.xml``.  A ``.fodt`` is the same XML in one file
(``office:document``).  Both are untrusted: parts are read through
:mod:`bibcheck.readers.xmlsafe` (no DTD or entity expansion, capped inflation and tag
counts, salvage of a truncated package), as the DOCX reader reads Word's.

The conventions are the DOCX reader's (:mod:`bibcheck.readers.docx`), and what the body
cites once its notes and list are read is decided by the same code
(:mod:`bibcheck.readers.wordbody`):

* **Locations are paragraph numbers**: every ``text:p`` and ``text:h`` of the body in
  document order (empty ones, those in tables, lists, sections and the generated indexes
  included; a note's own paragraphs are not body paragraphs).  A note's line is the
  paragraph holding it; ``column`` the character position there.
* **Notes**: ``text:note`` with ``text:note-class`` footnote or endnote; the label is the
  mark as printed (``text:note-citation``, or its ``text:label`` for a custom mark);
  endnotes get ``e`` in front when their marks would repeat footnote marks.  A note's
  paragraphs are its text, links written in as ``text <url>``.
* **Reference list**: the paragraphs after the last heading named References,
  Bibliography, Literatur, Bibliographie … (any literature heading of
  :mod:`bibcheck.readers.common`), up to the next heading of its level; each paragraph
  one entry, numbered as typed (``1.``/``[1]``), by the list style's automatic numbering
  (``text:list`` with a ``text:list-level-style-number``), or by position.
* **LibreOffice's native bibliography**: each ``text:bibliography-mark`` cites the work
  its attributes describe (:mod:`bibcheck.readers.odtworks`), by its identifier; the
  generated ``text:bibliography`` index renders those works and is not read again
  (an entry of it that renders no mark's work is read as written).
* **Zotero / Mendeley**: ``text:reference-mark-start`` named ``ZOTERO_ITEM CSL_CITATION
  {json} RND…`` (or ``CSL_CITATION {json}``) up to its ``-end`` is a citation field read
  as Word's (:mod:`bibcheck.readers.docxfields`: ``zotero:KEY`` labels, the locator's
  pages); Zotero's list, a section named ``ZOTERO_BIBL …``, is not read again.
* **Typed citations** of a numbered list: ``[1; 2]``, ``(3)``, superscript numbers set
  with a raised text style (``style:text-position="super 58%"``), author-date and MLA.
* Hyperlinks (``text:a xlink:href``): the target in notes and list entries.
* **Italics** of notes and list entries (a span whose text style, automatic ``T1`` or named
  ``Emphasis``, sets ``fo:font-style`` italic; a paragraph style that does): written
  ``*…*`` for the parsers, as the DOCX reader writes Word's (:mod:`.italicmarks`,
  :mod:`.listitalic`, :mod:`.noteitalic`) -- an italic title ends where they end, an
  italic container after a plain title makes an article.
* ``text:s`` (spaces), ``text:tab`` and ``text:line-break`` are spaces;
  ``text:soft-page-break`` is nothing; a numbered heading's ``text:number`` is its
  number and a space.  A ``text:note-ref`` (a cross reference showing a note's mark) is
  neither text nor a citation.

Not text: comments (``office:annotation``), deleted tracked changes
(``text:tracked-changes``: the inserted text is in the body and read), headers and
footers; comments, headers and footers that hold citations or links are an
``unread-region``.  Frames and text boxes (``draw:frame``) are not read.

A corrupt package keeps what can be read (``document-damaged``); a file that is no
OpenDocument text, or one saved with a password (encrypted), is refused with a clear
message (exit 2).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from xml.etree import ElementTree as ET

from bibcheck.errors import InputError
from bibcheck.model import Anomaly, AnomalyCode, RawDocument, RawMarker, RawNote, TextBlock
from bibcheck.parse.references import doclanguage
from bibcheck.readers.bodylanguage import document_language
from bibcheck.readers.docxcite import Citations, with_entry_numbers
from bibcheck.readers.docxfields import MAX_INSTR, FieldKind, FieldMark, field_kind
from bibcheck.readers.formatsigns import MIMETYPE, odt_sniff
from bibcheck.readers.italicmarks import ITALIC_CLOSE, ITALIC_OPEN, emphasis
from bibcheck.readers.linkcites import with_link_cites
from bibcheck.readers.links import (
    BodyLink,
    LinkCollector,
    joined_links,
    place_links,
)
from bibcheck.readers.listitalic import with_italics
from bibcheck.readers.noteitalic import package_note
from bibcheck.readers.odtchapters import ChapterHead, chapter_labels, restarting_classes
from bibcheck.readers.odtstyles import STYLE, TEXT, ListLevel, OdtStyles, read_styles
from bibcheck.readers.odtworks import mark_item
from bibcheck.readers.officeopen import open_package, refuse_empty_or_binary
from bibcheck.readers.registry import Reader, ReadOptions, register
from bibcheck.readers.rowjoin import join_rows
from bibcheck.readers.runtext import italic_text, linked_text, walked
from bibcheck.readers.shapedlist import shaped_list_heading, unread_shaped_list
from bibcheck.readers.wordbody import (
    BodyCites,
    blanked,
    cites_and_links,
    cut_tail,
    document_title,
    link_text,
    literature_heading,
    package_anomalies,
    read_citations,
    unread_part,
)
from bibcheck.readers.xmlsafe import Package, parse_xml

NAME = "odt"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
XLINK = "{http://www.w3.org/1999/xlink}"
DC = "{http://purl.org/dc/elements/1.1/}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
# block-level elements that are not the document's text
_NOT_TEXT = {
    TEXT + "tracked-changes",  # the deleted text of tracked changes
    OFFICE + "annotation",  # comments
    OFFICE + "annotation-end",
    OFFICE + "forms",
    TEXT + "sequence-decls",
    TEXT + "variable-decls",
    TEXT + "user-field-decls",
    TEXT + "dde-connection-decls",
    TEXT + "bibliography-source",  # the index's entry templates
    TEXT + "table-of-content-source",
    TEXT + "alphabetical-index-source",
    TEXT + "illustration-index-source",
    TEXT + "table-index-source",
    TEXT + "object-index-source",
    TEXT + "user-index-source",
}
# inline elements whose content is no text of the sentence
_INLINE_SKIP = {
    TEXT + "note",  # read as a note of its own
    OFFICE + "annotation",
    OFFICE + "annotation-end",
    TEXT + "soft-page-break",
    TEXT + "bookmark",
    TEXT + "bookmark-start",
    TEXT + "bookmark-end",
    TEXT + "change",
    TEXT + "change-start",
    TEXT + "change-end",
    TEXT + "reference-mark",
    TEXT + "reference-mark-start",
    TEXT + "reference-mark-end",
    TEXT + "toc-mark",
    TEXT + "note-ref",  # a cross reference to a note shows its mark: no text, no citation
    TEXT + "alphabetical-index-mark",
}
_SPACES = {TEXT + "tab", TEXT + "line-break"}
_PARAGRAPHS = {TEXT + "p", TEXT + "h"}
_MAX_SPACES = 100  # text:s c="…": spaces written for one element at most


def score(text: str) -> float:
    return 0.0  # an OpenDocument text is read from its bytes


def read(text: str) -> RawDocument:
    raise InputError("an OpenDocument text is read from its bytes: read it with read_bytes")


# --------------------------------------------------------------------------
# Opening: the package or the flat file
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Source:
    content: ET.Element
    styles: ET.Element | None
    meta: ET.Element | None
    anomalies: list[Anomaly] = field(default_factory=list)


def _open(data: bytes, path: str) -> _Source:
    refuse_empty_or_binary(
        data,
        path,
        "this is an old binary office file (or an encrypted one), not an "
        "OpenDocument text; save it as .odt without a password",
    )
    if data.startswith(b"PK"):
        return _package(data, path)
    return _flat(data, path)


def _package(data: bytes, path: str) -> _Source:
    package = open_package(data, path, "OpenDocument")
    mimetype = package.read("mimetype")
    if (
        mimetype is not None
        and re.fullmatch(rb"application/[\w.+-]{1,100}", mimetype.strip())
        and (not mimetype.strip().startswith(MIMETYPE))
    ):
        shown = mimetype[:80].decode("ascii", "replace").strip()
        raise InputError(f"{path}: this package is {shown!r}, not an OpenDocument text")
    manifest = package.read("META-INF/manifest.xml")
    if manifest is not None and b"encryption-data" in manifest:
        raise InputError(
            f"{path}: the OpenDocument text is password-protected (encrypted); save a copy "
            "without a password to check it"
        )
    source = _Source(ET.Element("none"), None, None)
    content = _part(package, "content.xml", source, path)
    if content is None:
        why = "; ".join(package.problems) or "it has no content.xml"
        if source.anomalies:  # content.xml is there but no element of it could be read
            why = source.anomalies[-1].message
        raise InputError(f"{path}: not a readable OpenDocument text ({why})")
    source.content = content
    source.styles = _part(package, "styles.xml", source, path)
    source.meta = _part(package, "meta.xml", source, path)
    source.anomalies[:0] = package_anomalies(package.problems, "ODT")
    return source


def _part(package: Package, name: str, source: _Source, path: str) -> ET.Element | None:
    data = package.read(name)
    if data is None:
        return None
    part = parse_xml(data)
    if part.error is not None:
        code = AnomalyCode.LIMIT_REACHED if part.limited else AnomalyCode.DOCUMENT_DAMAGED
        source.anomalies.append(Anomaly(code, f"{name} {part.error}; read what could be read"))
    return part.root


def _flat(data: bytes, path: str) -> _Source:
    part = parse_xml(data)
    if part.root is None or part.root.tag != OFFICE + "document":
        why = part.error or "its root is no office:document"
        raise InputError(f"{path}: not a readable OpenDocument text ({why})")
    source = _Source(part.root, part.root, part.root)
    if part.error is not None:
        code = AnomalyCode.LIMIT_REACHED if part.limited else AnomalyCode.DOCUMENT_DAMAGED
        source.anomalies.append(Anomaly(code, f"the file {part.error}; read what could be read"))
    return source


# --------------------------------------------------------------------------
# Paragraph text
# --------------------------------------------------------------------------

_Mark = tuple[dict[str, str], int, int]  # a bibliography mark: (attributes, start, end)


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def citation_mark(name: str) -> str | None:
    """The field instruction of a reference mark a citation manager named
    (``ZOTERO_ITEM CSL_CITATION {…} RNDx1`` -> ``ADDIN ZOTERO_ITEM CSL_CITATION {…}``),
    or None for any other reference mark (a cross reference's target)."""
    instr = name if name.lstrip().upper().startswith("ADDIN ") else "ADDIN " + name.lstrip()
    kind = field_kind(instr[: MAX_INSTR + 6])
    return instr if kind in (FieldKind.CITATION, FieldKind.BIBLIOGRAPHY) else None


@dataclass(slots=True)
class _Inline:
    """The text of one paragraph: its notes, superscript spans, citation fields and marks.

    Walked with an explicit stack (nesting depth is the document's choice), the text kept
    as pieces with a running length.
    """

    styles: OdtStyles
    render_links: bool  # notes and entries: write link targets in; the body: visible text
    parts: list[str] = field(default_factory=list)
    length: int = 0
    notes: list[tuple[ET.Element, int]] = field(default_factory=list)
    sups: list[tuple[int, int]] = field(default_factory=list)
    fields: list[FieldMark] = field(default_factory=list)
    marks: list[_Mark] = field(default_factory=list)
    link_notes: list[str] = field(default_factory=list)
    links: list[tuple[str, int, int]] = field(default_factory=list)  # the body's: url, span
    _open: dict[str, tuple[str, int]] = field(default_factory=dict)  # reference marks
    italics: bool = False  # mark italic runs (notes, list entries: italics end a title)
    in_italic: bool = False

    def text(self) -> str:
        return "".join(self.parts) + (ITALIC_CLOSE if self.in_italic else "")

    def _add(self, text: str, sup: bool, italic: bool = False) -> None:
        if not text:
            return
        if self.italics and italic != self.in_italic and text.strip():
            self.parts.append(ITALIC_OPEN if italic else ITALIC_CLOSE)
            self.length += 1
            self.in_italic = italic
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        if sup and text.strip():
            if self.sups and self.sups[-1][1] == start:  # one number over several spans
                start = self.sups.pop()[0]
            self.sups.append((start, self.length))

    def walk(self, paragraph: ET.Element) -> None:
        sup = self.styles.superscript(paragraph.get(TEXT + "style-name"))
        slanted = bool(self.styles.italic(paragraph.get(TEXT + "style-name"), paragraph=True))
        self._add(paragraph.text or "", sup, slanted)
        # (element, its children, where its text starts, raised, in italics)
        stack: list[tuple[ET.Element, Iterator[ET.Element], int, bool, bool]] = [
            (paragraph, iter(paragraph), 0, sup, slanted)
        ]
        while stack:
            element, children, start, raised, italic = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                if stack:
                    self._leave(element, start)
                    self._add(element.tail or "", stack[-1][3], stack[-1][4])
                continue
            tag = child.tag
            if tag in _INLINE_SKIP or tag.startswith(DRAW):
                self._point(child)
            elif tag == TEXT + "s":
                count = child.get(TEXT + "c", "1")
                n = int(count) if count.isdigit() and len(count) < 4 else 1
                self._add(" " * min(max(n, 1), _MAX_SPACES), False)
            elif tag in _SPACES:
                self._add(" ", False)
            elif tag == TEXT + "number":  # a numbered heading's printed number: "2.1 "
                self._add(" ".join("".join(child.itertext()).split())[:40] + " ", False)
            else:
                style = child.get(TEXT + "style-name")
                inner = raised or self.styles.superscript(style)
                own = self.styles.italic(style) if self.italics else None
                slant = italic if own is None else own
                stack.append((child, iter(child), self.length, inner, slant))
                self._add(child.text or "", inner, slant)
                continue
            self._add(child.tail or "", raised, italic)

    def _point(self, element: ET.Element) -> None:
        """An element with no text of its own: a note, a reference mark's end …"""
        tag = element.tag
        if tag == TEXT + "note":
            self.notes.append((element, self.length))
            return
        name = element.get(TEXT + "name", "")
        if tag == TEXT + "reference-mark-start":
            instr = citation_mark(name)
            if instr is not None:
                self._open[name] = (instr, self.length)
        elif tag == TEXT + "reference-mark-end" and name in self._open:
            instr, start = self._open.pop(name)
            self._field(instr, start)
        elif tag == TEXT + "reference-mark":
            instr = citation_mark(name)
            if instr is not None:
                self._field(instr, self.length)

    def _field(self, instr: str, start: int) -> None:
        cut = len(instr) > MAX_INSTR
        self.fields.append(FieldMark(instr[:MAX_INSTR], "", start, self.length, cut))

    def _leave(self, element: ET.Element, start: int) -> None:
        tag = element.tag
        if tag == TEXT + "bibliography-mark":
            attrs = {_local(k): v for k, v in element.attrib.items()}
            self.marks.append((attrs, start, self.length))
        elif tag == TEXT + "a" and self.render_links:
            target = element.get(XLINK + "href", "").strip()
            if target and start <= self.length:
                text, note = link_text(self._cut_tail(start), target)
                self.parts.append(text)
                self.length += len(text)
                if note is not None:
                    self.link_notes.append(note)
        elif tag == TEXT + "a":
            target = element.get(XLINK + "href", "").strip()
            if target and start < self.length:
                self.links = joined_links(self.links, (target, start, self.length))

    def _cut_tail(self, start: int) -> str:
        """Remove and return the text from ``start`` on (walking back over the pieces, so
        a paragraph of many links is read in linear time)."""
        tail = cut_tail(self.parts, self.length, start)
        self.length = start
        return tail


# --------------------------------------------------------------------------
# Paragraphs
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Para:
    number: int
    text: str
    element: ET.Element
    styles: OdtStyles
    heading: bool = False
    level: int | None = None
    list_number: int | None = None
    emphasised: bool = False
    sups: list[tuple[int, int]] = field(default_factory=list)
    notes: list[tuple[ET.Element, int]] = field(default_factory=list)
    fields: list[FieldMark] = field(default_factory=list)
    marks: list[_Mark] = field(default_factory=list)
    index: str = ""  # "title" / "entry" of a generated or a manager's rendered list
    links: list[tuple[str, int, int]] = field(default_factory=list)  # url, span in text
    in_table: bool = False  # a table cell's paragraph
    cell: tuple[int, int] | None = None  # (its table row, the cell's index in the row)

    def linked_text(self) -> tuple[str, list[str]]:
        """The text with link targets written in (for literature entries), and link notes."""
        return linked_text(partial(_Inline, self.styles), self.element)

    def italic_text(self) -> str:
        """:meth:`linked_text`'s text with its italics marked (:func:`.runtext.italic_text`)."""
        return italic_text(partial(_Inline, self.styles), self.element)


@dataclass(slots=True)
class _Lists:
    """Automatic list numbers: a counter per list style and level."""

    styles: OdtStyles
    open: list[tuple[str, int]] = field(default_factory=list)  # (list style, level)
    counters: dict[str, list[int]] = field(default_factory=dict)
    pending: int | None = None  # the number of the list item whose first paragraph is next

    def enter(self, element: ET.Element) -> None:
        parent = self.open[-1][0] if self.open else ""
        style = element.get(TEXT + "style-name") or parent
        level = len(self.open) + 1
        continues = element.get(TEXT + "continue-numbering") == "true" or bool(
            element.get(TEXT + "continue-list")
        )
        if level == 1 and not continues:
            self.counters[style] = []
        self.open.append((style, level))

    def leave(self) -> None:
        if self.open:
            self.open.pop()

    def item(self, element: ET.Element) -> None:
        if not self.open:
            return
        style, level = self.open[-1]
        fmt = self.styles.lists.get(style, {}).get(level, ListLevel(""))
        counts = self.counters.setdefault(style, [])
        del counts[level:]
        while len(counts) < level:
            counts.append(fmt.start - 1 if len(counts) == level - 1 else 1)
        value = element.get(TEXT + "start-value", "")
        if value.isdigit() and len(value) < 6:
            counts[level - 1] = int(value) - 1
        counts[level - 1] += 1
        self.pending = counts[level - 1] if fmt.num_format == "1" else None


def _rows(paras: list[_Para]) -> list[list[tuple[int, int]]]:
    """The table rows of ``paras``: (paragraph number, cell index) of each cell paragraph."""
    rows: dict[int, list[tuple[int, int]]] = {}
    for para in paras:
        if para.cell is not None and para.cell[0]:
            rows.setdefault(para.cell[0], []).append((para.number, para.cell[1]))
    return list(rows.values())


def _paragraphs(root: ET.Element, styles: OdtStyles) -> Iterator[_Para]:
    """Every body paragraph in document order (see the module docstring)."""
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        return
    lists = _Lists(styles)
    number = 0
    # (children, what ends when they are done: "list", or an index part's name, or "")
    stack: list[tuple[Iterator[ET.Element], str]] = [(iter(body), "")]
    index: list[str] = []
    cells = 0  # table cells open
    rows: list[list[int]] = []  # open table rows: [row number, cells met]
    cell_at: list[tuple[int, int]] = []  # open cells: (row number, index in the row)
    row_count = 0
    while stack:
        children, ends = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if ends == "list":
                lists.leave()
            elif ends == "cell":
                cells -= 1
                cell_at.pop()
            elif ends == "row":
                rows.pop()
            elif ends:
                index.pop()
            continue
        tag = child.tag
        if tag in _NOT_TEXT or tag.startswith(DRAW):
            continue
        if tag in _PARAGRAPHS:
            number += 1
            para = _paragraph(child, number, styles, lists, index[-1] if index else "")
            para.in_table = cells > 0
            para.cell = cell_at[-1] if cell_at else None
            yield para
            continue
        ends = ""
        if tag == TEXT + "list":
            lists.enter(child)
            ends = "list"
        elif tag in (TEXT + "list-item", TEXT + "list-header"):
            if tag == TEXT + "list-item":
                lists.item(child)
            else:
                lists.pending = None
        elif tag == TABLE + "table-row":
            row_count += 1
            rows.append([row_count, 0])
            ends = "row"
        elif tag == TABLE + "table-cell":
            cells += 1
            cell_at.append((rows[-1][0], rows[-1][1]) if rows else (0, 0))
            if rows:
                rows[-1][1] += 1
            ends = "cell"
        elif tag == TEXT + "bibliography":
            index.append("entry")
            ends = "index"
        elif tag == TEXT + "index-title" and index:
            index.append("title")
            ends = "index"
        elif tag == TEXT + "section" and citation_mark(child.get(TEXT + "name", "")):
            index.append("entry")  # Zotero's rendered list: "ZOTERO_BIBL {…} CSL_BIBLIOGRAPHY"
            ends = "index"
        stack.append((iter(child), ends))


def _paragraph(p: ET.Element, number: int, styles: OdtStyles, lists: _Lists, index: str) -> _Para:
    inline = walked(partial(_Inline, styles), p, render_links=False)
    style = p.get(TEXT + "style-name")
    level: int | None = None
    if p.tag == TEXT + "h":
        outline = p.get(TEXT + "outline-level", "")
        level = int(outline) if outline.isdigit() and len(outline) < 3 else 0
    else:
        level = styles.heading_level(style)
    listed, lists.pending = lists.pending, None
    texts = [t for t in inline.parts if t.strip()]
    return _Para(
        number,
        inline.text(),
        p,
        styles,
        heading=level is not None or index == "title",
        level=level or None,
        list_number=listed,
        emphasised=bool(texts) and _emphasised(p, styles),
        sups=inline.sups,
        notes=inline.notes,
        fields=inline.fields,
        marks=inline.marks,
        index=index,
        links=inline.links,
    )


def _emphasised(p: ET.Element, styles: OdtStyles) -> bool:
    """Is every piece of text in the paragraph in italics or bold (its own style, or the
    spans' styles)?"""
    if styles.emphasised(p.get(TEXT + "style-name"), paragraph=True):
        return True
    if (p.text or "").strip():
        return False
    spans = [c for c in p if c.tag == TEXT + "span"]
    texted = [c for c in spans if "".join(c.itertext()).strip()]
    loose = any((c.tail or "").strip() for c in p)
    return (
        bool(texted)
        and not loose
        and all(styles.emphasised(c.get(TEXT + "style-name")) for c in texted)
    )


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------


def read_bytes(data: bytes, path: str) -> RawDocument:
    """Read an OpenDocument text (see the module docstring for what ``line`` means)."""
    return read_bytes_opts(data, path, ReadOptions())


def read_bytes_opts(data: bytes, path: str, options: ReadOptions) -> RawDocument:
    """Read an OpenDocument text; ``options.bibliography`` resolves Pandoc keys typed in it."""
    source = _open(data, path)
    styles = read_styles([source.styles, source.content])
    paras = list(_paragraphs(source.content, styles))
    citations = Citations.with_store(_native_works(paras))
    for para in paras:
        para.fields.extend(_native_fields(para.marks))
    lit_at = literature_heading(paras)
    if lit_at is None:  # a generated bibliography whose title is no literature heading
        lit_at = next((k for k, p in enumerate(paras) if p.index == "title"), None)
    if lit_at is None:  # a heading in a language the readers do not know, over a list
        notes_text = " ".join(" ".join(n.itertext()) for n in source.content.iter(TEXT + "note"))
        lit_at = shaped_list_heading(paras, notes_text)
    body = paras if lit_at is None else paras[:lit_at]
    restarting = restarting_classes([source.styles, source.content])
    # (the notes and list are read in the body's language, told from its paragraphs as a
    # text's is: :func:`.bodylanguage.document_language`; the body's paragraphs are the
    # blocks :func:`_notes` makes)
    language = document_language([p.text for p in body if p.text.strip() or p.notes])
    with doclanguage.written_in(language):
        blocks, markers, notes, anomalies = _notes(body, styles, citations, restarting)
        for para in body:
            if para.fields:
                citations.body(para.number, para.text, para.fields)
        plain = [replace(p, text=blanked(p.text, p.fields)) if p.fields else p for p in body]
        found = read_citations(
            paras,
            lit_at,
            plain,
            citations,
            BodyCites(blocks, markers, notes, [], anomalies),
            lambda: {p.number for p in paras if p.index == "entry"},
            options.bibliography,
        )
    found.anomalies.extend(_unread_parts(source))
    if lit_at is None and paras and not _noted_tail(paras):
        reported = {
            a.line for a in found.anomalies if a.code is AnomalyCode.UNREAD_REGION and a.line
        }
        unread = unread_shaped_list(paras, reported)
        found.anomalies.extend([unread] if unread is not None else [])
    title = _title(source, paras)
    by_number = {p.number: p for p in paras}
    literature = with_italics(
        found.literature, lambda n: by_number[n].italic_text() if n in by_number else None
    )
    anomalies = [*source.anomalies, *with_entry_numbers(found.anomalies, literature)]
    blocks, markers = join_rows(found.blocks, found.markers, _rows(body))  # a row, a claim
    links = place_links(
        [
            BodyLink(p.number, start + 1, url, p.text[start:end])
            for p in body
            if not p.heading and not p.index
            for url, start, end in p.links
        ],
        blocks,
    )
    footnotes = list(found.notes)
    if markers or footnotes:
        # links cite their sentence beside the notes (not the author's own material)
        markers, footnotes = with_link_cites(markers, footnotes, links, blocks)
        links = LinkCollector()
    return RawDocument(
        reader=NAME,
        title=title,
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=tuple(footnotes),
        link_markers=tuple(links.markers),
        link_notes=tuple(links.notes),
        literature=tuple(literature),
        anomalies=tuple(anomalies),
        literature_heading_line=None if lit_at is None else paras[lit_at].number,
        markers_reusable=found.reusable,
        literature_partial=found.partial,
        bibliographies=found.bibliographies,
        language=language,
    )


def _noted_tail(paras: list[_Para]) -> bool:
    """Do most paragraphs after the last heading carry notes?  Then they are the body's
    text (a chapter's prose with its footnotes), not an unread reference list."""
    last = max((k for k, p in enumerate(paras) if p.heading), default=-1)
    tail = [p for p in paras[last + 1 :] if p.text.strip()]
    return bool(tail) and 2 * sum(1 for p in tail if p.notes) > len(tail)


def _native_works(paras: list[_Para]) -> list[tuple[str, dict[str, object]]]:
    """(identifier, CSL item) of every work a bibliography mark describes, first mark first."""
    works: dict[str, dict[str, object]] = {}
    for para in paras:
        for attrs, _, _ in para.marks:
            key = _identifier(attrs)
            if key and key not in works:
                works[key] = mark_item(attrs, key)
    return list(works.items())


def _identifier(attrs: dict[str, str]) -> str:
    return " ".join(attrs.get("identifier", "").replace('"', "'").split())[:200]


def _native_fields(marks: list[_Mark]) -> list[FieldMark]:
    """A bibliography mark cites its work as a Word CITATION field cites a source's tag."""
    return [
        FieldMark(f'CITATION "{key}"', "", start, end)
        for attrs, start, end in marks
        if (key := _identifier(attrs))
    ]


def _notes(
    body: list[_Para], styles: OdtStyles, citations: Citations, restarting: frozenset[str]
) -> tuple[list[TextBlock], list[RawMarker], list[RawNote], list[Anomaly]]:
    """Blocks, a marker per note and the notes, labelled as printed (``<chapter>.<mark>``
    for a class of notes numbered anew in each chapter: :mod:`bibcheck.readers.odtchapters`)."""
    blocks: list[TextBlock] = []
    found: list[tuple[str, ET.Element, int, int, int]] = []  # kind, note, line, block, offset
    for para in body:
        if not para.text.strip() and not para.notes:
            continue
        index = len(blocks)
        blocks.append(TextBlock(para.text, ((0, para.number),)))
        for note, offset in para.notes:
            kind = "end" if note.get(TEXT + "note-class") == "endnote" else "foot"
            found.append((kind, note, para.number, index, offset))
    counts = {"foot": 0, "end": 0}
    labels: list[str] = []
    for kind, note, _, _, _ in found:
        counts[kind] += 1
        labels.append(note_label(note) or str(counts[kind]))
    for kind, name in (("foot", "footnote"), ("end", "endnote")):
        if name in restarting:
            labels = _chapter_marks(body, found, labels, kind)
    foot = {label for (kind, *_), label in zip(found, labels, strict=True) if kind == "foot"}
    repeats = any(
        label in foot for (kind, *_), label in zip(found, labels, strict=True) if kind == "end"
    )
    markers: list[RawMarker] = []
    notes: list[RawNote] = []
    anomalies: list[Anomaly] = []
    for (kind, note, line, index, offset), label in zip(found, labels, strict=True):
        if kind == "end" and repeats:
            label = "e" + label
        markers.append(RawMarker(label, line, offset + 1, index, offset))
        text, link_notes, fields = _note_text(note, styles)
        # (a note citing several works cites each at its mark; a bibliography mark read as
        # Word's CITATION field is the note's work only)
        ref = citations.note(line, text, fields, offset, word_cites=False) if fields else None
        italic = _note_italics(note, styles, text)
        raw_note, differ = package_note(label, text, italic, line, ref, link_notes)
        notes.append(raw_note)
        anomalies.extend(differ)
    return blocks, markers, notes, anomalies


def _chapter_marks(
    body: list[_Para],
    found: list[tuple[str, ET.Element, int, int, int]],
    labels: list[str],
    kind: str,
) -> list[str]:
    """``labels`` with the notes of ``kind`` put in their chapters (``2.5``)."""
    heads = [
        ChapterHead(p.number, p.text if p.heading and p.level == 1 and not p.index else None)
        for p in body
    ]
    chapters = chapter_labels(heads, {line for k, _, line, _, _ in found if k == kind})
    return [
        f"{chapters[line]}.{label}" if k == kind and line in chapters else label
        for (k, _, line, _, _), label in zip(found, labels, strict=True)
    ]


def note_label(note: ET.Element) -> str:
    """The note's mark as printed: its custom ``text:label``, else the citation's text."""
    citation = note.find(TEXT + "note-citation")
    if citation is None:
        return ""
    custom = (citation.get(TEXT + "label") or "").strip()
    return custom or " ".join("".join(citation.itertext()).split())[:40]


def _note_text(note: ET.Element, styles: OdtStyles) -> tuple[str, list[str], list[FieldMark]]:
    """The note's text (its paragraphs, links written in), link notes and citation fields."""
    body = note.find(TEXT + "note-body")
    paragraphs: list[str] = []
    link_notes: list[str] = []
    fields: list[FieldMark] = []
    for p in body.iter() if body is not None else ():
        if p.tag not in _PARAGRAPHS:
            continue
        inline = walked(partial(_Inline, styles), p, render_links=True)
        link_notes.extend(inline.link_notes)
        whole = inline.text()  # (the offsets are the paragraph's: the note's is stripped)
        fields.extend(replace(f, shown=whole[f.start : f.end]) for f in inline.fields)
        fields.extend(_native_fields(inline.marks))
        text = whole.strip()
        if text:
            paragraphs.append(text)
    return "\n".join(paragraphs), link_notes, fields


def marked_paragraph(p: ET.Element, styles: OdtStyles) -> str:
    """The paragraph's text (links written in, as a note's) with its italic runs written
    ``*…*``: a span is in italics when its text style (or the style it inherits from) sets
    ``fo:font-style`` italic or oblique, or is named for emphasis; a span that sets none
    keeps the italics of what holds it, the paragraph's style first."""
    return emphasis(italic_text(partial(_Inline, styles), p))


def _note_italics(note: ET.Element, styles: OdtStyles, text: str) -> str:
    """The note's text (``text``, as :func:`_note_text` read it) with its italic runs
    written ``*…*``; ``text`` itself when the italics cannot be placed in it."""
    body = note.find(TEXT + "note-body")
    marked = [
        found
        for p in (body.iter() if body is not None else ())
        if p.tag in _PARAGRAPHS and (found := marked_paragraph(p, styles).strip())
    ]
    joined = "\n".join(marked)
    return joined if joined.replace("*", "") == text.replace("*", "") else text


def _unread_parts(source: _Source) -> list[Anomaly]:
    """Comments, headers and footers are not read; if they hold citations or links, the
    coverage says so."""
    found: list[Anomaly] = []
    roots = [source.content, *([source.styles] if source.styles is not source.content else [])]
    for name, tags in (
        ("comments", (OFFICE + "annotation",)),
        ("headers", (STYLE + "header", STYLE + "header-left", STYLE + "header-first")),
        ("footers", (STYLE + "footer", STYLE + "footer-left", STYLE + "footer-first")),
    ):
        text = " ".join(
            "".join(e.itertext())
            for root in roots
            if root is not None
            for tag in tags
            for e in root.iter(tag)
        )
        found.extend(unread_part(name, cites_and_links(text)))
    return found


def _title(source: _Source, paras: list[_Para]) -> str | None:
    meta = source.meta
    return document_title(meta.find(f"{OFFICE}meta/{DC}title") if meta is not None else None, paras)


READER = register(
    Reader(
        NAME,
        (".odt", ".fodt"),
        score,
        read,
        read_bytes=read_bytes,
        read_bytes_opts=read_bytes_opts,
        sniff=odt_sniff,
        detect_styles=True,
    )
)
