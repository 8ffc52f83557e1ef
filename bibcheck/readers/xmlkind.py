"""XML documents no reader reads: JATS articles, TEI, EndNote and other XML exports.

A file that opens with an XML declaration or a ``<!DOCTYPE>`` naming another root
than ``html`` is an XML format, whatever words of prose or TeX its text holds: the
HTML reader would take its ``<p>`` and ``<body>`` for a web page, and the LaTeX
reader a ``\\cite`` quoted in it for a citation. Such a file is refused with what it
is and how to convert it, never read half-way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile

__all__ = ["XmlDocument", "foreign_xml", "refusal"]

# The prolog: a BOM, the declaration, comments, processing instructions, a DOCTYPE.
_DECLARATION = lazy_compile(r"\A\ufeff?\s*<\?xml\b[^>]{0,500}\?>", re.I)
_SKIP = lazy_compile(r"\s*+(?:<!--(?:[^-]|-(?!->)){0,4000}-->|<\?[^>]{0,500}\?>)")
_DOCTYPE = lazy_compile(r"\s*<!DOCTYPE\s++(?P<name>[A-Za-z_][\w:.-]{0,80})", re.I)
_ROOT = lazy_compile(r"\s*<(?P<name>[A-Za-z_][\w:.-]{0,80})")

# What a root (and a DOCTYPE's public id) says the format is, and pandoc's reader of it.
_KINDS = (
    (re.compile(r"JATS|NLM//DTD|Journal Archiving", re.I), "a JATS article", "jats"),
    (re.compile(r"DocBook", re.I), "a DocBook document", "docbook"),
    (re.compile(r"^TEI(?:\.2)?$|^teiCorpus$"), "a TEI document", ""),
    (re.compile(r"^(?:xml|records)$"), "an EndNote XML export", ""),
    (re.compile(r"^(?:rdf:RDF)$"), "an RDF export (Zotero RDF?)", ""),
    (re.compile(r"^(?:mods|modsCollection)$"), "a MODS record", ""),
    (re.compile(r"^(?:article|book|book-part-wrapper)$"), "a JATS or BITS document", "jats"),
    (re.compile(r"^(?:office:document|w:document)$"), "a flat office XML document", ""),
)
# roots that name their format without a prolog: no HTML element has these names
_BARE_ROOT = lazy_compile(r"TEI|TEI\.2|teiCorpus|rdf:RDF|mods|modsCollection|office:document")
# DocBook 5 has no DOCTYPE: its namespace names it ("<article xmlns=…docbook.org/ns/docbook")
_DOCBOOK_NS = lazy_compile(r"xmlns(?::\w{1,20})?\s*=\s*[\"']https?://docbook\.org/ns/docbook")


@dataclass(frozen=True, slots=True)
class XmlDocument:
    """An XML document's root element and what it appears to be."""

    root: str
    kind: str  # "a JATS article", or "an XML document"
    pandoc: str = ""  # pandoc's reader of the format ("docbook"), if it has one
    holds: str = ""  # what it holds that cites: "828 <note> elements (…), 12 <bibl> items"


def foreign_xml(text: str) -> XmlDocument | None:
    """The XML document ``text`` is, unless it is HTML/XHTML (or not XML at all)."""
    head = text[:20000]
    declared = _DECLARATION.match(head)
    pos = declared.end() if declared else 0
    while (m := _SKIP.match(head, pos)) is not None and m.end() > pos:
        pos = m.end()
    doctype = _DOCTYPE.match(head, pos)
    if doctype is None and declared is None:
        # no prolog: a fragment of HTML, Markdown with tags, anything -- unless the first
        # element is a root no HTML has (a TEI edition saved without its declaration)
        root = _ROOT.match(head, pos)
        if root is None or _BARE_ROOT.fullmatch(root.group("name")) is None:
            return None
    if doctype is not None:
        name = doctype.group("name")
        public = head[doctype.start() : head.find(">", doctype.end()) + 1]
    else:
        root = _ROOT.match(head, pos)
        if root is None:
            return None
        name, public = root.group("name"), ""
    if name.lower() in ("html", "svg:html"):
        return None  # XHTML: the HTML reader's
    if _DOCBOOK_NS.search(head, pos):
        public += " DocBook"
    for pattern, kind, reader in _KINDS:
        if pattern.search(public) or pattern.search(name):
            return XmlDocument(name, kind, reader, _holds(text))
    return XmlDocument(name, "an XML document", "", _holds(text))


# the elements that cite in TEI, JATS and DocBook: notes (TEI's at a page's foot or end
# by their place), bibliographic items
_NOTE = lazy_compile(r"<(?:note|fn|footnote)(?=[\s>/])")
_FOOT = lazy_compile(r"<note\s[^<>]{0,300}?\bplace\s*=\s*[\"'](?:bottom|foot|end)[\"']")
_ITEM = lazy_compile(
    r"<(?:bibl|biblStruct|ref|mixed-citation|element-citation|biblioentry)(?=[\s>/])"
)


def _holds(text: str) -> str:
    """What an XML document holds that cites, counted, or "" when nothing."""
    notes, foot, items = (len(p.findall(text)) for p in (_NOTE, _FOOT, _ITEM))
    held = []
    if notes:
        held.append(
            f"{notes} note elements" + (f" ({foot} at a page's foot or end)" if foot else "")
        )
    if items:
        held.append(f"{items} bibliographic items")
    return ", ".join(held)


def refusal(path: str, doc: XmlDocument) -> str:
    """The message refusing ``doc``: what it is, and how to make it readable."""
    held = f", holding {doc.holds}" if doc.holds else ""
    head = (
        f"{path}: {doc.kind} (XML, root element <{doc.root}>{held}); bibcheck reads no XML format."
    )
    export = (
        "export its references as BibTeX or CSL-JSON and check them with `bibcheck ingest "
        "refs.bib`. `--reader` forces a reader if you know better."
    )
    if doc.pandoc:
        return (
            f"{head} Convert it first: `pandoc -f {doc.pandoc} -t markdown`, then check the "
            f"Markdown; or {export}"
        )
    return (
        f"{head} Convert it first (a JATS article: `pandoc -f jats -t markdown`; TEI or "
        f"DocBook: pandoc's readers of those), or {export}"
    )
