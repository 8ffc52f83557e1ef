"""Citation fields of a Word document: what each citation manager's field cites.

A citation manager stores each citation as a Word field whose instruction names the
cited works (the field's result is the text the reader sees, "(Barnes et al., 2000)"):

* Word's own manager (References > Insert Citation): ``CITATION Tag \\l 1033``, with
  ``\\p 45`` (pages) and ``\\m Tag2`` (a second source in the same citation); the
  sources are in the document's source store (``customXml``, see
  :mod:`bibcheck.readers.docxworks`).  Its list is a ``BIBLIOGRAPHY`` field.
* Zotero: ``ADDIN ZOTERO_ITEM CSL_CITATION {json}``; Mendeley: ``ADDIN CSL_CITATION
  {json}``.  The JSON's ``citationItems`` carry each work as CSL-JSON (``itemData``),
  its ``uris`` and the citation's ``locator``.  Lists: ``ADDIN ZOTERO_BIBL``,
  ``ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY``.
* EndNote: ``ADDIN EN.CITE <EndNote><Cite>…<RecNum>…</RecNum><Pages>…</Pages><record>…
  </record></Cite></EndNote>``, or the same XML base64-encoded in the field data of a
  nested ``ADDIN EN.CITE.DATA`` field.  Its list is ``ADDIN EN.REFLIST``.

Keys: a Word source's tag; ``zotero:KEY`` / ``mendeley:UUID`` (the item's URI, else its
id); ``endnote:RECNUM``.  Pure functions: instruction text in, :class:`FieldRead` out;
nothing here raises on bad input (a problem is a message for an anomaly).
"""

from __future__ import annotations

import base64
import binascii
import html
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any
from xml.etree import ElementTree as ET

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.docxworks import endnote_item
from bibcheck.readers.xmlsafe import parse_xml

__all__ = [
    "MAX_DATA",
    "MAX_INSTR",
    "CiteItem",
    "FieldKind",
    "FieldMark",
    "FieldRead",
    "field_kind",
    "hand_edited",
    "read_field",
    "word_key",
]

MAX_INSTR = 256 * 1024  # characters of one field instruction kept (Zotero's JSON of a citation)
MAX_DATA = 1024 * 1024  # characters of a field's base64 data kept (EndNote's EN.CITE.DATA)
MAX_JSON_DEPTH = 64  # a citation's JSON is a few levels deep; deeper is hostile


class FieldKind(Enum):
    CITATION = "citation"
    BIBLIOGRAPHY = "bibliography"  # the rendered list: the same works, not read again
    DATA = "data"  # EndNote's EN.CITE.DATA: data of the field around it
    ADDIN = "addin"  # an add-in's field that is not read
    OTHER = "other"  # HYPERLINK, PAGE, NOTEREF, …: not a citation manager's


@dataclass(frozen=True, slots=True)
class FieldMark:
    """A field met in a paragraph: its instruction, data, and where its result is."""

    instr: str
    data: str  # base64 field data (``w:fldData``), its own or a nested EN.CITE.DATA's
    start: int  # offset of the result in the paragraph's text
    end: int
    cut: bool = False  # the instruction was longer than MAX_INSTR
    shown: str = ""  # the result's text, kept where the offsets do not outlive the reading


@dataclass(frozen=True, slots=True)
class CiteItem:
    """One work a citation field cites."""

    key: str
    item: Mapping[str, Any] | None  # the work as CSL-JSON, when the field carries it
    locator: str | None = None  # the citation's pages ("45", "12-14")


@dataclass(frozen=True, slots=True)
class FieldRead:
    manager: str  # "Word", "Zotero", "Mendeley", "EndNote"
    items: tuple[CiteItem, ...] = ()
    problems: tuple[str, ...] = ()
    # the citation as the manager last wrote it, in plain text (Zotero's "plainCitation",
    # Mendeley's "plainTextFormattedCitation"); None when the field keeps none
    rendered: str | None = None


_ADDIN = lazy_compile(r"^\s*ADDIN\s+(?P<name>[^\s{<]+)(?P<rest>.*)$", re.S | re.I)
_CITATION = lazy_compile(r"^\s*CITATION\s", re.I)
_BIBLIOGRAPHY = lazy_compile(r"^\s*BIBLIOGRAPHY\b", re.I)
_BIB_ADDINS = {"ZOTERO_BIBL", "EN.REFLIST", "CSL_BIBLIOGRAPHY"}
_CITE_ADDINS = {"ZOTERO_ITEM", "CSL_CITATION", "EN.CITE"}


def field_kind(instr: str) -> FieldKind:
    """What a field with this instruction is."""
    if _CITATION.match(instr):
        return FieldKind.CITATION
    if _BIBLIOGRAPHY.match(instr):
        return FieldKind.BIBLIOGRAPHY
    m = _ADDIN.match(instr)
    if m is None:
        return FieldKind.OTHER
    name = m.group("name").upper()
    if name in _CITE_ADDINS:
        return FieldKind.CITATION
    if name == "EN.CITE.DATA":
        return FieldKind.DATA
    # "ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY", "ADDIN ZOTERO_BIBL {…} CSL_BIBLIOGRAPHY"
    if name in _BIB_ADDINS or "CSL_BIBLIOGRAPHY" in m.group("rest")[:200].upper():
        return FieldKind.BIBLIOGRAPHY
    return FieldKind.ADDIN


def addin_name(instr: str) -> str:
    """The add-in's name of an ``ADDIN`` field ("ADDIN RW.CITE{…}" -> "RW.CITE")."""
    m = _ADDIN.match(instr)
    return m.group("name")[:40] if m else instr.strip()[:40]


def read_field(mark: FieldMark) -> FieldRead:
    """The works a citation field cites (problems as messages)."""
    instr = mark.instr
    if _CITATION.match(instr):
        return _word_citation(instr)
    m = _ADDIN.match(instr)
    name = m.group("name").upper() if m else ""
    if name == "EN.CITE":
        return _endnote(m.group("rest") if m else "", mark.data)
    manager = "Zotero" if name == "ZOTERO_ITEM" else "Mendeley"
    if mark.cut:
        return FieldRead(manager, problems=(f"its data is longer than {MAX_INSTR:,} characters",))
    return _csl_citation(instr, manager)


# --------------------------------------------------------------------------
# Word: CITATION Tag \l 1033 \p 45 \m Tag2
# --------------------------------------------------------------------------

_WORD_TOKEN = lazy_compile(r'"([^"]*)"|(\S+)')
_WITH_ARGUMENT = {"\\l", "\\f", "\\s", "\\p", "\\v", "\\m"}


def word_key(tag: str) -> str:
    """A Word source's key: its tag (a tag of digits only gets ``word:`` in front, so that
    it never reads as a footnote number)."""
    tag = tag.strip()
    return f"word:{tag}" if tag.isdigit() else tag


def _word_citation(instr: str) -> FieldRead:
    tokens = [quoted or bare for quoted, bare in _WORD_TOKEN.findall(instr)][1:]
    found: list[list[str | None]] = []
    i = 0
    if tokens and not tokens[0].startswith("\\"):
        found.append([tokens[0], None])
        i = 1
    while i < len(tokens):
        switch = tokens[i].lower()
        argument = tokens[i + 1] if i + 1 < len(tokens) else None
        if switch == "\\m" and argument:
            found.append([argument, None])
        elif switch == "\\p" and argument and found:
            found[-1][1] = argument
        i += 2 if switch in _WITH_ARGUMENT else 1
    items = tuple(CiteItem(word_key(str(tag)), None, pages) for tag, pages in found if tag)
    if not items:
        return FieldRead("Word", problems=("a CITATION field names no source",))
    return FieldRead("Word", items)


# --------------------------------------------------------------------------
# Zotero and Mendeley: CSL citations as JSON
# --------------------------------------------------------------------------

_URI_KEY = lazy_compile(r"(?:uuid=|/)(?P<key>[^/?=#&\s]+)/?$")


def _depth_ok(text: str) -> bool:
    """Is the JSON nested at most MAX_JSON_DEPTH deep (so the parser cannot recurse away)?"""
    depth = 0
    deepest = 0
    in_string = False
    escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_JSON_DEPTH:
                return False
        elif ch in "]}":
            depth -= 1
            if depth == 0:
                return True
    return True


def _csl_citation(instr: str, manager: str) -> FieldRead:
    start = instr.find("{")
    if start < 0:
        return FieldRead(manager, problems=("the field holds no citation data (JSON)",))
    if not _depth_ok(instr[start:]):
        return FieldRead(manager, problems=("its JSON is nested too deeply",))
    try:
        data, _ = json.JSONDecoder().raw_decode(instr, start)
    except json.JSONDecodeError as exc:
        return FieldRead(manager, problems=(f"its JSON cannot be read ({exc.msg})",))
    items = data.get("citationItems") if isinstance(data, Mapping) else None
    if not isinstance(items, list) or not items:
        return FieldRead(manager, problems=("its JSON has no citationItems",))
    found: list[CiteItem] = []
    problems: list[str] = []
    for entry in items:
        if not isinstance(entry, Mapping):
            problems.append("a citation item that is not a record")
            continue
        item = entry.get("itemData")
        item = item if isinstance(item, Mapping) else None
        key = _csl_key(entry, item, manager.lower())
        if key is None:
            problems.append("a citation item with neither an id nor a URI")
            continue
        label = entry.get("label")
        locator = _text(entry.get("locator"))
        if label not in (None, "", "page"):
            locator = None  # a chapter, section or figure: not pages
        found.append(CiteItem(key, item, locator))
    return FieldRead(manager, tuple(found), tuple(problems), _plain_citation(data))


def _plain_citation(data: Mapping[str, Any]) -> str | None:
    """The plain text the manager wrote for the citation (Zotero: ``properties``,
    Mendeley: ``mendeley``, Mendeley Cite: ``manualOverride``), or None."""
    for holder, name in (
        ("properties", "plainCitation"),
        ("mendeley", "plainTextFormattedCitation"),
    ):
        part = data.get(holder)
        value = part.get(name) if isinstance(part, Mapping) else None
        if isinstance(value, str) and value.strip():
            return value
    return _overridden_or_rendered(data.get("manualOverride"))


_TAG = lazy_compile(r"<[^<>]{0,200}>")


def _overridden_or_rendered(part: object) -> str | None:
    """Mendeley Cite's text of a citation (``manualOverride``): the author's own text when
    the citation was overridden, else the text citeproc wrote (HTML: tags and entities
    read as the text they print), or None."""
    if not isinstance(part, Mapping):
        return None
    name = "manualOverrideText" if part.get("isManuallyOverridden") is True else "citeprocText"
    value = part.get(name)
    if not isinstance(value, str) or not value.strip():
        return None
    return html.unescape(_TAG.sub("", value))


def _shown_form(text: str) -> str:
    """``text`` as compared: compatibility forms folded, zero-width characters gone,
    spaces collapsed."""
    folded = unicodedata.normalize("NFKC", text)
    return " ".join(_ZERO_WIDTH.sub("", folded).split())


_ZERO_WIDTH = lazy_compile("[\u200b-\u200d\u2060\ufeff\u00ad]")


def hand_edited(read: FieldRead, shown: str) -> str | None:
    """What to say when the citation's shown text is not the text its manager wrote (the
    text edited by hand in the document: what the reader sees is the shown text), or
    None when they agree or there is nothing to compare."""
    if read.rendered is None or not shown.strip():
        return None
    wrote, seen = _shown_form(read.rendered), _shown_form(shown)
    if wrote == seen:
        return None
    return (
        f"the {read.manager} citation shows {seen!r} but {read.manager} wrote {wrote!r}: "
        "its text was edited by hand (the text shown is what a reader sees; the works are "
        "the field's)"
    )


def _csl_key(entry: Mapping[str, Any], item: Mapping[str, Any] | None, prefix: str) -> str | None:
    """``zotero:ABCD2345`` from the item's URI, else ``zotero:<id>``."""
    uris = entry.get("uris") or entry.get("uri")
    if isinstance(uris, str):
        uris = [uris]
    if isinstance(uris, list):
        for uri in uris:
            m = _URI_KEY.search(uri) if isinstance(uri, str) else None
            if m:
                return f"{prefix}:{m.group('key')}"
    for ident in (entry.get("id"), item.get("id") if item is not None else None):
        text = _text(ident)
        if text:
            return f"{prefix}:{text}"
    return None


def _text(value: object) -> str | None:
    if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
        return " ".join(str(value).split())
    return None


# --------------------------------------------------------------------------
# EndNote: <EndNote><Cite>…</Cite></EndNote>, in the field or base64 in its data
# --------------------------------------------------------------------------


def _endnote(rest: str, data: str) -> FieldRead:
    if "<" not in rest and "&lt;" in rest:
        rest = html.unescape(rest)  # the XML written escaped once more than the part needs
    at = rest.find("<")
    xml = rest[at:] if at >= 0 else ""
    if not xml.strip():
        xml = _from_base64(data)
    if not xml.strip():
        return FieldRead(
            "EndNote", problems=("no EndNote data (neither in the field nor in EN.CITE.DATA)",)
        )
    part = parse_xml(xml.encode("utf-8"))
    if part.root is None:
        return FieldRead("EndNote", problems=(f"its EndNote data {part.error}",))
    found: list[CiteItem] = []
    problems: list[str] = [f"its EndNote data {part.error}"] if part.error else []
    for cite in part.root.iter("Cite"):
        record = cite.find("record")
        number = _child(cite, "RecNum") or (
            _child(record, "rec-number") if record is not None else None
        )
        if not number:
            problems.append("an EndNote citation without a record number")
            continue
        key = f"endnote:{number}"
        item = endnote_item(record, key) if record is not None else None
        if item is not None and not item.get("title"):
            problems.append(f"EndNote record {number} has no title")
        found.append(CiteItem(key, item, _child(cite, "Pages")))
    if not found and not problems:
        problems.append("its EndNote data cites nothing")
    return FieldRead("EndNote", tuple(found), tuple(problems))


def _child(element: ET.Element | None, name: str) -> str | None:
    child = element.find(name) if element is not None else None
    if child is None:
        return None
    text = " ".join("".join(child.itertext()).split())
    return text or None


def _from_base64(data: str) -> str:
    """The text of base64 field data (UTF-8, or UTF-16 when it has a byte-order mark or
    zero bytes; NUL bytes left out), or "" when it is none."""
    if not data.strip():
        return ""
    try:
        raw = base64.b64decode("".join(data.split()), validate=False)
    except (binascii.Error, ValueError):
        return ""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or raw[1:40:2].count(0) > 10:
        text = raw.decode("utf-16", "replace")
    else:
        text = raw.decode("utf-8", "replace")
    text = text.replace("\x00", "")  # EndNote ends its data with a NUL byte
    at = text.find("<")
    return text[at:] if at >= 0 else ""
