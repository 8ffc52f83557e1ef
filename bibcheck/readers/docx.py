"""Reader for Word manuscripts (``.docx``): real footnotes and endnotes.

A DOCX file is a ZIP package of XML parts.  The body is
``word/document.xml``; the notes live in their own parts
(``word/footnotes.xml``, ``word/endnotes.xml``), tied to the body by
``<w:footnoteReference w:id="N"/>`` runs.  python-docx does not expose the
notes, so the parts are read directly (:mod:`bibcheck.readers.xmlsafe`:
no DTDs or entity expansion, capped inflation, salvage of truncated
packages).

What is read:

* **Locations are paragraph numbers.**  A Word file has no lines, so every
  ``line`` in the result (markers, notes, literature entries, anomalies)
  is the 1-based number of a paragraph of the body, counting every
  ``<w:p>`` in document order (empty ones and those in tables included).
  A note's line is the paragraph holding its reference mark; ``column`` is
  the character position in that paragraph.
* **Markers**: footnote references are numbered in the order they appear,
  as Word shows them: in the format, from the start value and with the restarts
  that ``settings.xml`` and each section's properties set (``1``, ``2`` ...;
  ``i``, ``ii`` ...; ``a``; ``*``, ``†`` ...; Word's defaults: decimal footnotes,
  lower-roman endnotes; :mod:`bibcheck.readers.docxnum`).  Numbering that restarts
  in each section gets the section's number in front (``2.1``), as LaTeX chapters
  do; numbering that restarts on each page is counted on (pages are not known).
  A custom mark such as ``*`` is used as written.  Endnotes get their own numbers,
  prefixed ``e`` when they would repeat a footnote's mark.  Claims are found as for Markdown: the
  quotation or sentence before the mark.
* **Hyperlinks** in notes (``<w:hyperlink>`` relationships and
  ``HYPERLINK`` fields): the target is the URL used; when the visible text
  is itself an address that differs, ``url-link-text-differs`` is recorded.
* **Bibliography**: the paragraphs after the last heading named Literature,
  References, Bibliography, Список литературы (any literature heading of
  :mod:`bibcheck.readers.common`; not a table's column so named after the list's own
  heading, :func:`~bibcheck.readers.wordbody.column_after_list`), up to the next
  heading; each paragraph is
  one entry, numbered as written (``1.``/``[1]``), by Word's automatic list
  numbering (:mod:`bibcheck.readers.docxnum`), or by position; a label in a paragraph or
  table cell of its own (Word's numeric styles: ``[1]`` | entry) belongs to the entry
  after it.  A citation manager's rendered list and its store are one list
  (:mod:`bibcheck.readers.docxrendered`).
* **Numeric citations**: a document without Word notes that cites its numbered
  list in the text (``[1; 2]``, ``[3, с. 45]``, ``[6–8]``) gets a marker per number
  and a note per cited number whose text is the entry, as the plain-text reader
  does.
* Tracked changes: insertions are read, deletions are not.  Content controls,
  right-to-left wrappers and text boxes are read (a text box once: the copy Word
  saves in ``mc:Fallback`` is skipped).  A ``NOTEREF … \\f`` cross reference is
  neither text nor a citation.

Not read, and said so (``unread-region``) when they hold citations or links:
headers, footers and comments; bracketed numbers in a document that cites with
Word notes, or with no numbered list to cite.

A truncated or damaged package keeps every part that can be recovered,
with a ``document-damaged`` anomaly; a file that is no Word package at all
(or an encrypted one) is refused with a clear message.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any
from xml.etree import ElementTree as ET

from bibcheck.errors import InputError
from bibcheck.lazyre import lazy_compile
from bibcheck.model import (
    Anomaly,
    AnomalyCode,
    RawDocument,
    RawMarker,
    RawNote,
    TextBlock,
)
from bibcheck.parse.references import doclanguage
from bibcheck.readers import docxcontrols
from bibcheck.readers.bodylanguage import document_language
from bibcheck.readers.docxcite import Citations, with_entry_numbers
from bibcheck.readers.docxfields import MAX_DATA, MAX_INSTR, FieldKind, FieldMark, field_kind
from bibcheck.readers.docxitalic import is_italic
from bibcheck.readers.docxnum import ListLabel, NoteCount, NoteNumbering, Numbering, note_mark
from bibcheck.readers.docxparts import wholly_emphasised
from bibcheck.readers.docxrevisions import (
    join_deleted_marks,
    note_removed,
    removed_note_references,
)
from bibcheck.readers.docxsup import is_superscript
from bibcheck.readers.docxworks import word_orders, word_sources
from bibcheck.readers.formatsigns import docx_sniff
from bibcheck.readers.italicmarks import ITALIC_CLOSE, ITALIC_OPEN, emphasis, plain_of
from bibcheck.readers.listitalic import with_italics
from bibcheck.readers.noteitalic import package_note
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
from bibcheck.readers.wordlists import run_sections
from bibcheck.readers.xmlsafe import Package, parse_xml

NAME = "docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DC = "{http://purl.org/dc/elements/1.1/}"
_HYPERLINK_FIELD = lazy_compile(r'^\s*HYPERLINK\s+"([^"]+)"', re.I)
# (Word's own ids "Heading2", "Heading3" … are headings even when styles.xml leaves them out)
_HEADING_STYLE = lazy_compile(r"^(?:heading|заголовок|title|überschrift|titre)(?:\b|(?=\d))", re.I)
_SKIP = {W + "del", W + "moveFrom", W + "delText", W + "pPr", W + "rPr", W + "drawing"}
_WRAPPERS = {
    W + "ins",
    W + "moveTo",
    W + "smartTag",
    W + "customXml",
    W + "sdt",
    W + "sdtContent",
    W + "dir",
    W + "bdo",
}
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# A cross reference to a note formatted as a note mark ("NOTEREF _Ref123 \f \h"): its
# result is the note's number, not words of the sentence.
_NOTE_MARK_FIELD = lazy_compile(r"^\s*NOTEREF\s+\S+.*\\f", re.I)


def score(text: str) -> float:
    return 0.0  # DOCX is never decoded as text


def read(text: str) -> RawDocument:
    raise InputError("a DOCX manuscript is binary: read it with read_bytes")


# --------------------------------------------------------------------------
# Paragraph text
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Field:
    instr: str = ""
    result_start: int | None = None
    data: str = ""  # base64 field data (EndNote's citations)
    cut: bool = False  # the instruction was longer than MAX_INSTR


_Done = tuple[ET.Element, int] | None  # (hyperlink, simple field or citation control, its start)


def _control(element: ET.Element) -> tuple[str, bool] | None:
    """The field instruction a citation manager's content control (``<w:sdt>``) stands
    for, and whether its data was cut (:mod:`bibcheck.readers.docxcontrols`), or None."""
    if element.tag != W + "sdt":
        return None
    tag = element.find(f"{W}sdtPr/{W}tag")
    return docxcontrols.control_instr(tag.get(W + "val", "")) if tag is not None else None


@dataclass(slots=True)
class _Text:
    """The text of one paragraph, with note references and link notes.

    The XML is walked with an explicit stack (nesting depth is the document's
    choice, not Python's recursion limit), and the text is kept as pieces with
    a running length, so a paragraph with many runs is read in linear time.
    """

    rels: dict[str, str]
    render_links: bool  # notes: write URLs into the text; body: visible text only
    parts: list[str] = field(default_factory=list)
    length: int = 0
    refs: list[tuple[str, str, int, str | None]] = field(default_factory=list)  # kind,id,off,mark
    link_notes: list[str] = field(default_factory=list)
    fields: list[_Field] = field(default_factory=list)
    marks: list[FieldMark] = field(default_factory=list)  # citation-manager fields read
    custom_mark: tuple[str, str] | None = None  # (kind, id) waiting for its mark text
    open_links: int = 0  # hyperlinks and link fields being read (an inner one is plain text)
    italics: bool = False  # mark italic runs (notes: an italic title ends where they end)
    in_italic: bool = False
    sups: list[tuple[int, int]] = field(default_factory=list)  # superscript text (start, end)

    def text(self) -> str:
        return "".join(self.parts) + (ITALIC_CLOSE if self.in_italic else "")

    def _add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def walk(self, element: ET.Element) -> None:
        stack: list[tuple[Iterator[ET.Element], _Done]] = [(iter(element), None)]
        while stack:
            children, done = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                if done is not None:
                    self.open_links -= 1
                    self._link_done(*done)
                continue
            tag = child.tag
            if tag == W + "r":
                self._run(child)
            elif tag in (W + "hyperlink", W + "fldSimple") or _control(child) is not None:
                self.open_links += 1
                stack.append((iter(child), (child, self.length)))
            elif tag in _WRAPPERS:
                stack.append((iter(child), None))

    def _run(self, run: ET.Element) -> None:
        italic = self.italics and is_italic(run)
        sup = is_superscript(run)
        for child in run:
            tag = child.tag
            if tag == W + "t":
                if italic != self.in_italic and (child.text or "").strip():
                    self._add(ITALIC_OPEN if italic else ITALIC_CLOSE)
                    self.in_italic = italic
                start = self.length
                self._text(child.text or "")
                if sup and self.length > start:
                    self._superscript(start)
            elif tag in (W + "tab", W + "br", W + "cr"):
                self._add(" ")
            elif tag == W + "noBreakHyphen":
                self._add("-")
            elif tag in (W + "footnoteReference", W + "endnoteReference"):
                kind = "foot" if tag == W + "footnoteReference" else "end"
                note_id = child.get(W + "id", "")
                if child.get(W + "customMarkFollows") in ("1", "true", "on"):
                    self.custom_mark = (kind, note_id)
                else:
                    self.refs.append((kind, note_id, self.length, None))
            elif tag == W + "instrText" and self.fields:
                current = self.fields[-1]
                if len(current.instr) < MAX_INSTR:
                    current.instr += child.text or ""
                if len(current.instr) > MAX_INSTR:
                    current.instr, current.cut = current.instr[:MAX_INSTR], True
            elif tag == W + "fldChar":
                self._field_char(child.get(W + "fldCharType", ""))
                data = child.find(W + "fldData")
                if data is not None and self.fields and len(self.fields[-1].data) < MAX_DATA:
                    self.fields[-1].data += data.text or ""

    def _superscript(self, start: int) -> None:
        if self.sups and self.sups[-1][1] == start:  # one number over several runs
            start = self.sups.pop()[0]
        self.sups.append((start, self.length))

    def _text(self, text: str) -> None:
        if self.custom_mark is not None and text.strip():
            kind, note_id = self.custom_mark
            self.refs.append((kind, note_id, self.length, text.strip()))
            self.custom_mark = None
            return
        self._add(text)

    def _field_char(self, kind: str) -> None:
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate" and self.fields:
            self.fields[-1].result_start = self.length
            self.open_links += 1
        elif kind == "end" and self.fields:
            done = self.fields.pop()
            if done.result_start is None:
                if field_kind(done.instr) is FieldKind.DATA and self.fields:
                    # EN.CITE.DATA: its EN.CITE's data (EndNote often writes the same data
                    # on both fields' begin marks: one copy is the data, not two)
                    self.fields[-1].data = self.fields[-1].data or done.data
                elif field_kind(done.instr) is FieldKind.CITATION:
                    self._mark(done.instr, done.data, self.length, done.cut)
                return
            self.open_links -= 1
            self._mark(done.instr, done.data, done.result_start, done.cut)
            m = _HYPERLINK_FIELD.match(done.instr)
            if m:
                self._replace_tail(done.result_start, m.group(1))
            elif _NOTE_MARK_FIELD.match(done.instr):
                self._cut_tail(done.result_start)  # a cross reference to a note is no text

    def _mark(self, instr: str, data: str, start: int, cut: bool) -> None:
        """Keep a field a citation manager may have made (its result ends here)."""
        if field_kind(instr) is not FieldKind.OTHER:
            self.marks.append(FieldMark(instr, data, start, self.length, cut))

    def _link_done(self, element: ET.Element, start: int) -> None:
        control = _control(element)
        if control is not None:  # a manager's content control: its content is the result
            self._mark(*control[:1], "", start, control[1])
            return
        if element.tag != W + "hyperlink":
            self._mark(element.get(W + "instr", "")[:MAX_INSTR], "", start, False)
        if element.tag == W + "hyperlink":
            rel = element.get(R + "id")
            target = self.rels.get(rel, "") if rel else ""
        else:
            instr = element.get(W + "instr", "")
            m = _HYPERLINK_FIELD.match(instr)
            target = m.group(1) if m else ""
            if not m and _NOTE_MARK_FIELD.match(instr):
                self._cut_tail(start)  # a cross reference to a note is no text
        if target:
            self._replace_tail(start, target)

    def _cut_tail(self, start: int) -> str:
        """Remove and return the text from ``start`` on (walking back over the pieces)."""
        if start >= self.length:
            return ""
        tail = cut_tail(self.parts, self.length, start)
        self.length = start
        return tail

    def _replace_tail(self, start: int, target: str) -> None:
        """Write the link target into the text from ``start`` on (notes only)."""
        if not self.render_links or self.open_links > 0 or start > self.length:
            return  # the body keeps its visible text; a link inside a link is text
        self._add(self._link(self._cut_tail(start), target))

    def _link(self, visible: str, target: str) -> str:
        """How a link is written into the text (the target kept for the URL parser)."""
        if not self.render_links:
            return visible
        text, note = link_text(visible, target)
        if note is not None:
            self.link_notes.append(note)
        return text


# --------------------------------------------------------------------------
# The package
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Parts:
    package: Package
    path: str
    anomalies: list[Anomaly] = field(default_factory=list)

    def xml(self, name: str | None, required: bool = False) -> ET.Element | None:
        data = self.package.read(name) if name is not None else None
        if data is None:
            if required:
                why = "the file is truncated or damaged" if self.package.salvaged else "no body"
                if name is not None and self.package.has(name):
                    why = "; ".join(self.package.problems) or why
                raise InputError(f"{self.path}: not a readable Word document ({name}: {why})")
            return None
        part = parse_xml(data)
        if part.error is not None:
            code = AnomalyCode.LIMIT_REACHED if part.limited else AnomalyCode.DOCUMENT_DAMAGED
            self.anomalies.append(Anomaly(code, f"{name} {part.error}; read what could be read"))
        if part.root is None and required:
            raise InputError(f"{self.path}: the Word body ({name}) cannot be read: it {part.error}")
        return part.root

    def problems(self) -> list[Anomaly]:
        """What went wrong reading the package (damage, parts over a size cap)."""
        return package_anomalies(self.package.problems, "DOCX")

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id -> (type, target) of ``part`` (targets resolved to part names)."""
        folder, name = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", name + ".rels"))
        found: dict[str, tuple[str, str]] = {}
        for rel in root.iter(PKG_REL + "Relationship") if root is not None else ():
            target = rel.get("Target", "")
            if rel.get("TargetMode") != "External":
                target = posixpath.normpath(posixpath.join(folder, target.lstrip("/")))
                if rel.get("Target", "").startswith("/"):
                    target = rel.get("Target", "").lstrip("/")
            found[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], target)
        return found


def _open(data: bytes, path: str) -> _Parts:
    refuse_empty_or_binary(
        data,
        path,
        "this is an encrypted Word file or an old binary .doc, not a DOCX "
        "(save it as .docx without a password)",
    )
    return _Parts(open_package(data, path, "DOCX"), path)


def _main_part(parts: _Parts) -> str:
    for kind, target in parts.rels("").values():  # the package's own _rels/.rels
        if kind == "officeDocument":
            return target
    return "word/document.xml"


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Para:
    number: int
    text: str
    refs: list[tuple[str, str, int, str | None]]
    heading: bool
    element: ET.Element
    links: dict[str, str]
    list_label: ListLabel | None = None  # Word's automatic list number, if any
    section: int = 0  # 0-based section of the body (a paragraph's sectPr ends one)
    level: int | None = None  # a heading's level (1 = top), when its style or outline tells
    fields: list[FieldMark] = field(default_factory=list)  # citation-manager fields in it
    sups: list[tuple[int, int]] = field(default_factory=list)  # superscript text in it
    in_table: bool = False  # a table cell's paragraph

    @property
    def list_number(self) -> int | None:
        return self.list_label.number if self.list_label is not None else None

    @property
    def emphasised(self) -> bool:
        """Is every run with text set in italics or bold?"""
        return wholly_emphasised(self.element)

    def linked_text(self) -> tuple[str, list[str]]:
        """The text with link targets written in (for literature entries), and link notes."""
        return linked_text(partial(_Text, self.links), self.element)

    def italic_text(self) -> str:
        """:meth:`linked_text`'s text with its italics marked (:func:`.runtext.italic_text`)."""
        return italic_text(partial(_Text, self.links), self.element)


def read_bytes(data: bytes, path: str) -> RawDocument:
    """Read a DOCX package (see the module docstring for what ``line`` means here)."""
    return read_bytes_opts(data, path, ReadOptions())


def read_bytes_opts(data: bytes, path: str, options: ReadOptions) -> RawDocument:
    """Read a DOCX package; ``options.bibliography`` resolves Pandoc keys typed in it."""
    parts = _open(data, path)
    main = _main_part(parts)
    body_root = parts.xml(main, required=True)
    assert body_root is not None
    join_deleted_marks(body_root)
    rels = parts.rels(main)
    links = {rid: target for rid, (kind, target) in rels.items() if kind == "hyperlink"}
    styles_root = parts.xml(_rel_target(rels, "styles"))
    styles = _heading_styles(styles_root)
    numbering = Numbering.read(parts.xml(_rel_target(rels, "numbering")), styles_root)
    paras = list(_paragraphs(body_root, links, styles, numbering))
    custom = _custom_xml(parts)
    citations = Citations.with_store(word_sources(custom), word_orders(custom))
    note_parts = [(kind, target, parts.xml(target)) for kind, target in _note_targets(parts, rels)]
    lit_at = literature_heading(paras)
    if lit_at is None:  # a heading in a language the readers do not know, over a list
        notes_text = " ".join(" ".join(r.itertext()) for _, _, r in note_parts if r is not None)
        lit_at = shaped_list_heading(paras, notes_text)
    body = paras if lit_at is None else paras[:lit_at] + _noted_after_list(paras, lit_at)
    settings = parts.xml(_rel_target(rels, "settings"))
    sections = _sections(body_root)
    counting = {kind: NoteNumbering.read(kind, settings, sections) for kind in ("foot", "end")}
    blocks, markers, anchors = _body(body, counting)
    removed = removed_note_references(body_root)
    at = {(m.label, m.line): m.offset for m in reversed(markers)}  # each note's first mark
    for para in body:
        if para.fields:
            citations.body(para.number, para.text, para.fields)
    notes: list[RawNote] = []
    anomalies: list[Anomaly] = []
    # (the notes and list are read in the body's language, told from its paragraphs as a
    # text's is: :func:`.bodylanguage.document_language`)
    language = document_language([b.text for b in blocks])
    with doclanguage.written_in(language):
        for kind, target, root in note_parts:
            note_rels = {rid: t for rid, (k, t) in parts.rels(target).items() if k == "hyperlink"}
            found, notes_anomalies = _notes(
                root, kind, anchors, note_rels, counting, citations, removed, at
            )
            notes.extend(found)
            anomalies.extend(notes_anomalies)
        plain = [_without_fields(para) for para in body]
        read = read_citations(
            paras,
            lit_at,
            plain,
            citations,
            BodyCites(blocks, markers, notes, [], anomalies),
            lambda: _in_bibliography_field(paras, _bibliography_controls(body_root)),
            options.bibliography,
        )
    blocks, markers, notes = read.blocks, read.markers, read.notes
    blocks, markers = join_rows(blocks, markers, _table_rows(body_root))  # a row, a claim
    by_number = {para.number: para for para in paras}
    literature = with_italics(
        read.literature, lambda n: by_number[n].italic_text() if n in by_number else None
    )
    anomalies = read.anomalies
    anomalies.extend(_unread_parts(parts))
    if lit_at is None and paras:
        reported = {a.line for a in anomalies if a.code is AnomalyCode.UNREAD_REGION and a.line}
        unread = unread_shaped_list(paras, reported)
        anomalies.extend([unread] if unread is not None else [])
    title = _title(parts, paras)
    # Read last: every part read above may have added damage reports.
    anomalies = [*parts.problems(), *parts.anomalies, *with_entry_numbers(anomalies, literature)]
    return RawDocument(
        reader=NAME,
        title=title,
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=tuple(notes),
        literature=tuple(literature),
        anomalies=tuple(anomalies),
        literature_heading_line=None if lit_at is None else paras[lit_at].number,
        markers_reusable=read.reusable,
        # works cited by key from --bibliography files: the list holds only those
        literature_partial=read.partial,
        bibliographies=read.bibliographies,
        language=language,
    )


def _note_targets(parts: _Parts, rels: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
    """The footnotes and endnotes parts of the package, by kind ("foot", "end")."""
    targets: list[tuple[str, str]] = []
    for kind, part in (("foot", "footnotes"), ("end", "endnotes")):
        target = _rel_target(rels, part)
        if target is None and parts.package.has(f"word/{part}.xml"):
            target = f"word/{part}.xml"  # a package without relationships: the usual place
        if target is not None:
            targets.append((kind, target))
    return targets


# --------------------------------------------------------------------------
# Citation managers' fields and Pandoc keys (docxfields, docxcite)
# --------------------------------------------------------------------------


def _custom_xml(parts: _Parts) -> list[ET.Element]:
    """The package's custom XML parts (Word's source store is one of them)."""
    roots = []
    for name in sorted(parts.package.names):
        if re.match(r"^customXml/item\d+\.xml$", name, re.I):
            root = parts.xml(name)
            if root is not None:
                roots.append(root)
    return roots


def _without_fields(para: _Para) -> _Para:
    """The paragraph with its citation fields' results blanked (no bracketed number or
    key in a manager's rendered citation is read again)."""
    return replace(para, text=blanked(para.text, para.fields)) if para.fields else para


def _bibliography_controls(root: ET.Element) -> set[int]:
    """The ids of the paragraphs inside a manager's bibliography content control (Mendeley
    Cite's ``MENDELEY_BIBLIOGRAPHY``, around the list's paragraphs)."""
    return {
        id(p)
        for sdt in root.iter(W + "sdt")
        if (control := _control(sdt)) is not None
        and field_kind(control[0]) is FieldKind.BIBLIOGRAPHY
        for p in sdt.iter(W + "p")
    }


def _in_bibliography_field(paras: list[_Para], controls: set[int]) -> set[int]:
    """Paragraphs with text inside a bibliography field's result (such a field runs over
    many paragraphs: begin, separate and end are followed across them) or inside a
    bibliography content control (``controls``: the ids of its paragraphs)."""
    found = {para.number for para in paras if id(para.element) in controls and para.text.strip()}
    stack: list[list[Any]] = []  # [instruction, separated]
    for para in paras:
        for node in para.element.iter():
            tag = node.tag
            if tag == W + "fldChar":
                kind = node.get(W + "fldCharType", "")
                if kind == "begin":
                    stack.append(["", False])
                elif kind == "separate" and stack:
                    stack[-1][1] = True
                elif kind == "end" and stack:
                    stack.pop()
            elif tag == W + "instrText" and stack and len(stack[-1][0]) < 200:
                stack[-1][0] += node.text or ""
            elif tag == W + "fldSimple":
                if field_kind(node.get(W + "instr", "")) is FieldKind.BIBLIOGRAPHY:
                    found.add(para.number)
            elif tag == W + "t" and (node.text or "").strip():
                if any(
                    done and field_kind(instr) is FieldKind.BIBLIOGRAPHY for instr, done in stack
                ):
                    found.add(para.number)
    return found


# --------------------------------------------------------------------------
# Numeric citations of a numbered list ("[1; 2]" in the body, Word list numbers)
# --------------------------------------------------------------------------


_UNREAD_PARTS = (
    ("comments", re.compile(r"^word/comments\d*\.xml$")),
    ("headers", re.compile(r"^word/header\d*\.xml$")),
    ("footers", re.compile(r"^word/footer\d*\.xml$")),
)


def _unread_parts(parts: _Parts) -> list[Anomaly]:
    """Comments, headers and footers are not read; if they hold citations or links, the
    coverage says so."""
    found: list[Anomaly] = []
    for name, pattern in _UNREAD_PARTS:
        count = 0
        for part in sorted(parts.package.names):
            if not pattern.match(part):
                continue
            root = parts.xml(part)
            if root is None:
                continue
            count += cites_and_links(" ".join(t.text or "" for t in root.iter(W + "t")))
            count += sum(1 for _ in root.iter(W + "footnoteReference"))
        found.extend(unread_part(name, count))
    return found


def _rel_target(rels: dict[str, tuple[str, str]], kind: str) -> str | None:
    return next((target for k, target in rels.values() if k == kind), None)


def _heading_styles(root: ET.Element | None) -> set[str]:
    """Style ids of heading and title paragraph styles."""
    found: set[str] = set()
    for style in root.iter(W + "style") if root is not None else ():
        name = style.find(W + "name")
        label = name.get(W + "val", "") if name is not None else ""
        style_id = style.get(W + "styleId", "")
        if _HEADING_STYLE.match(label) or _HEADING_STYLE.match(style_id):
            found.add(style_id)
    return found


def _paragraphs(
    root: ET.Element, links: dict[str, str], styles: set[str], numbering: Numbering
) -> Iterator[_Para]:
    body = root.find(W + "body")
    section = 0
    cells = {id(p) for tc in root.iter(W + "tc") for p in tc.iter(W + "p")}
    for number, p in enumerate(_iter_paragraphs(body if body is not None else root), start=1):
        if not len(p):
            continue  # an empty paragraph: counted, nothing to read
        collected = walked(partial(_Text, links), p, render_links=False)
        label = numbering.label(p)
        heading = _is_heading(p, styles)
        level = _heading_level(p) if heading else None
        text = collected.text()
        yield _Para(
            number,
            text,
            collected.refs,
            heading,
            p,
            links,
            label,
            section,
            level,
            collected.marks,
            collected.sups,
            id(p) in cells,
        )
        if p.find(f"{W}pPr/{W}sectPr") is not None:
            section += 1  # the paragraph that holds a section's properties ends it


def _sections(root: ET.Element) -> list[ET.Element | None]:
    """The ``<w:sectPr>`` of each section in order: those that end a paragraph, then the
    body's own (the last section's; ``None`` when it is left out)."""
    body = root.find(W + "body")
    body = body if body is not None else root
    found: list[ET.Element | None] = []
    for p in _iter_paragraphs(body):
        sect = p.find(f"{W}pPr/{W}sectPr")
        if sect is not None:
            found.append(sect)
    found.append(body.find(W + "sectPr"))
    return found


def _table_rows(root: ET.Element) -> list[list[tuple[int, int]]]:
    """The rows of the body's tables (a nested table's rows, not the row holding it):
    (paragraph number, cell index) of each paragraph of each row's cells."""
    body = root.find(W + "body")
    top = body if body is not None else root
    numbers = {id(p): n for n, p in enumerate(_iter_paragraphs(top), start=1)}
    rows: list[list[tuple[int, int]]] = []
    for tr in root.iter(W + "tr"):
        if tr.find(".//" + W + "tbl") is not None:
            continue
        cells = [
            (numbers[id(p)], k)
            for k, tc in enumerate(tr.findall(W + "tc"))
            for p in tc.iter(W + "p")
            if id(p) in numbers
        ]
        rows.append(cells)
    return rows


def _iter_paragraphs(element: ET.Element) -> Iterator[ET.Element]:
    """Every ``<w:p>`` in document order (in tables and text boxes too), leaving out the
    copy Word writes for older readers (``mc:Fallback``) of what ``mc:Choice`` holds."""
    stack = [iter(element)]  # an explicit stack: nesting depth is the document's choice
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if child.tag == MC + "Fallback":
            continue
        if child.tag == W + "p":
            yield child
        stack.append(iter(child))


def _is_heading(p: ET.Element, styles: set[str]) -> bool:
    ppr = p.find(W + "pPr")
    if ppr is None:
        return False
    style = ppr.find(W + "pStyle")
    style_id = style.get(W + "val", "") if style is not None else ""
    if style_id in styles or _HEADING_STYLE.match(style_id):
        return True
    level = ppr.find(W + "outlineLvl")
    return level is not None and level.get(W + "val", "9") != "9"


def _heading_level(p: ET.Element) -> int | None:
    """1 for ``Heading1``/``Überschrift 1``/outline level 0, 2 for the next …; ``None`` when
    neither the outline level nor the style's name tells."""
    ppr = p.find(W + "pPr")
    if ppr is None:
        return None
    outline = ppr.find(W + "outlineLvl")
    value = outline.get(W + "val", "") if outline is not None else ""
    if value.isdigit() and value != "9":
        return int(value) + 1
    style = ppr.find(W + "pStyle")
    m = re.search(r"(\d)$", style.get(W + "val", "") if style is not None else "")
    return int(m.group(1)) if m else None


_Anchors = dict[tuple[str, str], tuple[str, int]]  # (kind, note id) -> (label, paragraph)


def _noted_after_list(paras: list[_Para], lit_at: int) -> list[_Para]:
    """The paragraphs after the reference list (an appendix's) that call a Word footnote
    or endnote: their marks are the notes', wherever they stand."""
    end = run_sections(paras, lit_at)[-1][1]
    return [para for para in paras[end:] if para.refs]


def _body(
    paras: list[_Para], counting: dict[str, NoteNumbering]
) -> tuple[list[TextBlock], list[RawMarker], _Anchors]:
    """Blocks and markers; ``anchors`` gives each referenced note its label and paragraph,
    in the order of first appearance (Word numbers notes that way)."""
    blocks: list[TextBlock] = []
    found: list[tuple[tuple[str, str], int, int, int]] = []  # note, paragraph, block, offset
    counts: dict[tuple[str, str], tuple[NoteCount, str | None, int]] = {}  # count, mark, para
    for para in paras:
        if not para.text.strip() and not para.refs:
            continue
        index = len(blocks)
        blocks.append(TextBlock(para.text, ((0, para.number),)))
        for kind, note_id, offset, mark in para.refs:
            key = (kind, note_id)
            if key not in counts:  # a custom mark takes its number too
                counts[key] = (counting[kind].next(para.section), mark, para.number)
            found.append((key, para.number, index, offset))
    labels = {key: _label(key[0], count, counting) for key, (count, _, _) in counts.items()}
    foot = {label for (kind, _), label in labels.items() if kind == "foot"}
    if any(label in foot for (kind, _), label in labels.items() if kind == "end"):
        counting["end"].prefix = "e"  # endnote marks would repeat footnote marks
    anchors: _Anchors = {
        key: (mark or _label(key[0], count, counting), line)
        for key, (count, mark, line) in counts.items()
    }
    markers = [
        RawMarker(anchors[key][0], line, offset + 1, index, offset)
        for key, line, index, offset in found
    ]
    return blocks, markers, anchors


def _label(kind: str, count: NoteCount, counting: dict[str, NoteNumbering]) -> str:
    """The label of a note: its printed mark, with the section in front when numbering
    restarts by section, and ``e`` in front of endnotes that footnote marks would repeat."""
    numbering = counting[kind]
    mark = note_mark(count.value, count.fmt)
    if numbering.restarted:
        mark = f"{count.section + 1}.{mark}"
    return numbering.prefix + mark


def _notes(
    root: ET.Element | None,
    kind: str,
    anchors: _Anchors,
    links: dict[str, str],
    counting: dict[str, NoteNumbering],
    citations: Citations,
    removed: set[tuple[str, str]],
    at: dict[tuple[str, int], int],
) -> tuple[list[RawNote], list[Anomaly]]:
    """The notes of one part, in the order of their references in the body.

    A note that nothing in the body refers to gets the next free mark and
    paragraph 1 (numbering checks then report it as a definition without marker),
    unless a tracked revision deleted it: its reference (``removed``) or itself.
    """
    if root is None:
        return [], []
    tag = W + ("footnote" if kind == "foot" else "endnote")
    texts: dict[str, tuple[str, list[str], list[FieldMark], str]] = {}
    for note in root.iter(tag):
        if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        note_id = note.get(W + "id", "")
        if (kind, note_id) not in anchors and ((kind, note_id) in removed or note_removed(note)):
            continue  # deleted under Track Changes: accepted, it is gone
        texts[note_id] = _note_text(note, links)
    order = [note_id for k, note_id in anchors if k == kind]
    numbers = set(order)
    unreferenced = sorted((i for i in texts if i not in numbers), key=_id_order)
    notes: list[RawNote] = []
    anomalies: list[Anomaly] = []
    for note_id in [i for i in order if i in texts] + unreferenced:
        text, link_notes, marks, italic = texts[note_id]
        if note_id in numbers:
            label, line = anchors[(kind, note_id)]
        else:
            numbering = counting[kind]
            label, line = _label(kind, numbering.next(numbering.section), counting), 1
        # a manager's citation (a Word CITATION field in it is a citation of its own, at the
        # note's mark; a note nothing refers to has none)
        offset = at.get((label, line)) if note_id in numbers else None
        ref = citations.note(line, text, marks, offset) if marks else None
        raw_note, differ = package_note(label, text, italic, line, ref, link_notes)
        notes.append(raw_note)
        anomalies.extend(differ)
    return notes, anomalies


def _id_order(note_id: str) -> int:
    return int(note_id) if note_id.lstrip("-").isdigit() else 0


def _note_text(
    note: ET.Element, links: dict[str, str]
) -> tuple[str, list[str], list[FieldMark], str]:
    """The note's text, its link notes, its citation-manager fields and its text with
    the italics marked (``*Title*``)."""
    paragraphs: list[str] = []
    link_notes: list[str] = []
    marks: list[FieldMark] = []
    italic: list[str] = []
    for p in note.iter(W + "p"):
        collected = walked(partial(_Text, links), p, render_links=True, italics=True)
        marked = collected.text()
        text = plain_of(marked).strip()
        link_notes.extend(collected.link_notes)
        # (the offsets are the paragraph's: a note's text is its paragraphs stripped)
        marks.extend(replace(m, shown=plain_of(marked[m.start : m.end])) for m in collected.marks)
        if text:
            paragraphs.append(text)
            italic.append(emphasis(marked).strip())
    return "\n".join(paragraphs), link_notes, marks, "\n".join(italic)


def _title(parts: _Parts, paras: list[_Para]) -> str | None:
    core = parts.xml("docProps/core.xml")
    return document_title(core.find(DC + "title") if core is not None else None, paras)


READER = register(
    Reader(
        NAME,
        (".docx", ".docm"),
        score,
        read,
        read_bytes=read_bytes,
        read_bytes_opts=read_bytes_opts,
        sniff=docx_sniff,
        detect_styles=True,
    )
)
