"""Reader for AsciiDoc (Asciidoctor): bibliography sections, ``<<key>>`` citations, footnotes.

* The literature list is a ``[bibliography]`` section or list: items
  ``* [[[key]]] text`` or ``- [[[key,label]]] text`` (continuation lines belong to the
  item; Metanorma writes ``* [[[key,label]]], text``).  Such items are entries wherever
  they stand (Metanorma's normative references and annex bibliography, a section marked
  by its title only); block anchors (``[[Bibliography]]``) between a section's
  attributes and its title leave the attributes to the title.  Its entries are parsed
  like any reference list entry.
* A literature section with no ``[[[key]]]`` items (``[bibliography]`` or titled
  ``References``, ``Literaturverzeichnis`` ...; as ``pandoc -t asciidoc`` writes it) has
  its plain items or paragraphs read as entries, cited by author and year in the body
  (:mod:`bibcheck.readers.adocplain`).
* Citations are cross references to its anchors: ``<<key>>``, ``<<key,text>>``,
  ``xref:key[]``, ``xref:key[text]`` (the text may run over a line break; it stays in
  the sentence); each cited key is a note labelled with the key whose text is the
  entry.  A cross reference to a section or another anchor is no
  citation; one whose target is nowhere in the document, in a document with a
  bibliography, is a citation of a missing entry (``citation-key-missing``) if it is
  shaped like the bibliography's keys (``smith2020``; ``NISTIR8354`` beside
  ``ISO27037``), else taken for a section in another file of the book.
* asciidoctor-bibtex: ``cite:[key]``, ``citenp:[a, b(p. 3)]`` resolved against the
  ``:bibtex-file:`` (or ``--bibliography``) ``.bib``; with neither, the one ``.bib`` in
  the document's folder, as asciidoctor-bibtex finds it (:mod:`bibcheck.readers.adocautobib`).
  ``bibitem:[key]`` prints the
  entry in place (a publication list, a CV): the entry is listed on purpose, as
  ``\\nocite{key}`` lists it -- no citation, never uncited; a key with no entry is
  ``citation-key-missing``, as is a ``cite:[key]`` of a key with no entry.  The list
  ``bibliography::[]`` prints is ordered as :mod:`bibcheck.readers.adocbibtex` says
  (appearance, or by author for ``:bibtex-order: alphabetical`` and author-date styles).
* Footnotes: ``footnote:[text]``, ``footnote:id[text]`` and ``footnote:id[]`` (the
  same note again); old ``footnoteref:[id,text]``.  A citation inside a footnote is a
  citation of its own.
* In notes and entries a URL macro ``https://host/page[link text]`` is read as its
  link text, the address moved to the end of the text.  In the body such a link
  (``https://...[text]``, ``link:https://...[text]``) is a link citation
  (:mod:`bibcheck.readers.links`, ``--link-citations``), never one in a listing,
  literal, comment or passthrough block, in a footnote or in a title.
* Index terms are no text: ``(((term, sub)))`` is left out, ``((term))`` is its term.
* A ``++++`` passthrough block of raw HTML that holds a numbered list (``[1] W. Dai,
  ...``) or numeric citations ``[n]`` is not read: it is an ``unread-region`` anomaly.
* ``include::`` directives are followed (see :mod:`bibcheck.readers.adocinclude`);
  lines in an included file are reported at their line in that file.  A book's main
  file that is only ``include::`` lines is scored with its included files.
* An AsciiDoc file (``.adoc``, ``.asciidoc``, ``.asc``) or AsciiDoc markup (index terms
  ``(((...)))``, ``[source,x]`` blocks, ``<<id>>``, ``[[anchor]]``) whose only
  citations are URL macros is read here (link citations), not as wikitext.
* Section titles are one-line (``== Title``) or two-line (the title underlined with
  ``=``, ``-``, ``~``, ``^`` or ``+``).

Not text: ``----`` listing, ``....`` literal, ``++++`` passthrough and ``////``
comment blocks, ``//`` comment lines, attribute entries, ```code``` and ``+pass+``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, RawDocument, RawNote, Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.reportkind import titled_report
from bibcheck.readers.adocautobib import folder_source
from bibcheck.readers.adocbibtex import appearance, list_order, ordered_keys
from bibcheck.readers.adoccells import blank_specs, columns_filled, row_spans
from bibcheck.readers.adocdoi import joined_doi_breaks
from bibcheck.readers.adocfootids import NoteIds
from bibcheck.readers.adochandnotes import HandNotes, hand_notes, unlisted_marks
from bibcheck.readers.adocinclude import has_includes, splice
from bibcheck.readers.adockeys import reference_key, unread_bibliography
from bibcheck.readers.adoclabels import emphasised_title, label_numbering, label_year
from bibcheck.readers.adocmarkup import render_inline
from bibcheck.readers.adocnumeric import cites_by_number, number_citations, printed_numbers
from bibcheck.readers.adocplain import item_anchor, line_marks, literature_title, plain_list
from bibcheck.readers.authoryear import AuthorYears, author_years, unlisted_lines, with_defined
from bibcheck.readers.bibsource import Bibliography, Source, load
from bibcheck.readers.citenet import ADOC_MACRO_START, Construct, unread_constructs
from bibcheck.readers.common import BlockCollector, unlisted_numbers
from bibcheck.readers.keyed import (
    TOKEN,
    Cites,
    NoteCites,
    Span,
    bracket_pairs,
    resolve,
    transform,
)
from bibcheck.readers.leadwork import lead_work
from bibcheck.readers.links import BodyLink, place_links
from bibcheck.readers.listscope import SectionHead, is_further_reading_heading, main_list_heading
from bibcheck.readers.mask import mask
from bibcheck.readers.parennum import limit
from bibcheck.readers.readinglists import labelled, unread_sections
from bibcheck.readers.readingsection import reading_sections
from bibcheck.readers.registry import Reader, ReadOptions, register
from bibcheck.readers.relines import remap_lines
from bibcheck.readers.sourceheads import source_heads
from bibcheck.readers.uncited import uncited_list
from bibcheck.text import editor_lines

NAME = "asciidoc"
_TITLE = lazy_compile(r"^=\s+(?P<t>\S.*)$")
_SECTION = lazy_compile(r"^(?P<level>={2,6}|#{2,6})\s+(?P<t>\S.*?)\s*$")
_ATTRIBUTE = lazy_compile(r"^:(?P<name>!?[\w-]+!?):\s*(?P<value>.*)$")
_BLOCK_ATTR = lazy_compile(r"^\[(?P<attrs>[^\[\]]*)\]\s*$")
_DELIMITED = lazy_compile(r"^(?P<d>-{4,}|\.{4,}|\+{4,}|/{4,}|_{4,}|={4,}|\*{4,}|\|===)\s*$")
_SKIPPED = ("-", ".", "+", "/")  # listing, literal, passthrough, comment: not text
# Two-line (setext) titles: a line of text underlined with one of these characters, the
# underline as long as the text give or take two; the character gives the level.
_UNDERLINE_LEVEL = {"=": 1, "-": 2, "~": 3, "^": 4, "+": 5}
_UNDERLINE = lazy_compile(r"^(?P<c>[=\-~^+])(?P=c)+\s*$")
_NOT_TITLE_TEXT = lazy_compile(r"^(?:\s|[.\[/:*|<>+-]|=|$)")
_BIB_ITEM = lazy_compile(
    # (Metanorma writes a comma after the anchor: "* [[[OGC17-069,OGC 17-069r4]]], Title")
    r"^\s*[*-]\s+\[\[\[(?P<key>[\w:.-]+)(?:,\s*(?P<label>[^\]]*))?\]\]\][,;]?\s*(?P<text>.*)$"
)
# An anchor on a line of its own, for the block or title below: "[[Bibliography]]",
# "[[refs,References]]" (the block's attributes above it stay pending)
_BLOCK_ANCHOR = lazy_compile(r"^\[\[(?P<id>[\w:.-]+)(?:,[^\[\]\n]*)?\]\]\s*$")
_LIST_ITEM = lazy_compile(r"^\s*(?:[*-]+|\.+|\d+\.)\s+\S")
# (an entry's wrapped line that starts with a number, "  2018. https://…" or "  4. Aufl.,
# Boston …", looks like an ordered-list item but continues the entry: the year or edition
# of the work, not a list nested in a reference)
_NUMBER_LINE = lazy_compile(r"^\s*\d+\.\s")
_XREF = lazy_compile(
    r"<<(?P<key>[\w:.#/-]+)(?:,(?P<text>[^>\n]*))?>>|xref:(?P<key2>[\w:.#/-]+)\[(?P<text2>[^\]\n]*)(?:\]|$)"
)
# A cross reference whose text runs over a line break (``<<key,Fielding's`` / ``thesis>>``).
_XREF_WRAPPED = lazy_compile(
    r"<<(?P<key>[\w:.#/-]+),(?P<text>[^<>\n]*\n[^<>]*?)>>"
    r"|xref:(?P<key2>[\w:.#/-]+)\[(?P<text2>[^\[\]\n]*\n[^\[\]]*?)\]"
)
# asciidoctor-bibtex's cite:[a, b(p. 3)] / citenp:[...]; asciidoctor-bibliography's
# cite:[a, page=3], cite:[a]+[b] and cite:target[a]+other[b] (one citation of several
# keys, each bracket its own), and its TeX-mode macros citet:[a], citep:[a], fullcite:[a]
_BIBTEX_CITE = lazy_compile(
    r"\b(?:cite(?:np|t|p|alt|alp|author|year|yearpar)?|fullcite):[\w-]*"
    r"\[(?P<body>[^\]\n]+(?:\]\+[\w-]*\[[^\]\n]+)*)\]"
)
_MACROS = Construct("citation macros cite:[key]", ADOC_MACRO_START)
# the join of asciidoctor-bibliography's brackets in one citation: "a]+[b", "a]+other[b"
_NEXT_BRACKET = lazy_compile(r"\]\+[\w-]*\[")
# asciidoctor-bibtex's bibitem:[key]: the entry printed where the macro stands
_BIBITEM = lazy_compile(r"\bbibitem:\[(?P<key>[^\[\],\s]+)\]")
# A URL macro: ``https://host/path[link text]``, ``link:https://...[text^,window=_blank]``.
_URL_MACRO = lazy_compile(r"(?:link:)?(?P<url>(?:https?|ftp)://[^\s\[\]<>]+)\[(?P<text>[^\[\]]*)\]")
_FOOTNOTE = lazy_compile(r"\bfootnote:(?P<id>[\w-]*)\[")
# the old form: footnoteref:[id,text] (a named note) and footnoteref:[id] (it again)
_FOOTNOTEREF = lazy_compile(r"\bfootnoteref:\[(?=[\w-]+[,\]])")
_ANCHOR = lazy_compile(
    # ("[#status-codes,reftext='Table 3']": the id shorthand before other attributes)
    r"\[\[(?P<id>[\w:.-]+)(?:,[^\]]*)?\]\]|\[#(?P<id2>[\w:.-]+)[.%,\]]|anchor:(?P<id3>[\w:.-]+)\["
)
# A block's id given as a named attribute: "[id=fig-map]", "[source,id=listing-1]"
_ID_ATTRIBUTE = lazy_compile(r"(?:^|,)\s*id\s*=\s*[\"']?(?P<id>[\w:.-]+)")
_INLINE_PASS = lazy_compile(
    r"(?<![\w+])\+[^+\n]+\+(?![\w+])|\+\+\+.*?\+\+\+|(?:pass|stem|latexmath|asciimath):\w*\[[^\]]*\]"
)


_BLOCK_TITLE = lazy_compile(r"\.[^\s.]")  # ".Studies of the fens": a block's title


def score(text: str) -> float:
    """Fits AsciiDoc with a ``[bibliography]`` list, ``<<key>>`` citations or footnotes."""
    lines = editor_lines(text)[:5000]
    header = sum(1 for line in lines[:60] if _TITLE.match(line) or _ATTRIBUTE.match(line))
    titled = sum(1 for line in lines if _SECTION.match(line) and line.startswith("=="))
    sections = titled + sum(1 for i in range(len(lines) - 1) if two_line_title(lines, i))
    bib = sum(1 for line in lines if _BIB_ITEM.match(line))
    notes = len(_FOOTNOTE.findall(text)) + len(_BIBTEX_CITE.findall(text))
    notes += len(_BIBITEM.findall(text))
    xrefs = len(_XREF.findall(text))
    if bib and (xrefs or "[bibliography]" in text):
        return 0.95
    if (header or sections) and (notes or (bib and xrefs)):
        return 0.9
    if (header or sections) and xrefs and _cites_anchored_items(lines, text):
        return 0.9
    if (header or sections) and xrefs:
        return LINKS_SCORE if link_macros(text) and _markup(lines) else 0.3
    if (header or sections) and link_macros(text) and _markup(lines):
        return LINKS_SCORE
    # (AsciiDoc's own titles: a Markdown file's underlined ones and "^1^" are Pandoc's)
    if (header or titled) and "^" in text and _hand_written(lines):
        return HAND_NOTES_SCORE
    if header and _plain_section(lines):
        return PLAIN_LIST_SCORE
    return 0.0


# An AsciiDoc document (its header or section titles) numbering its notes by hand
# (``^(1)^`` and a list ``(1): text``: :mod:`bibcheck.readers.adochandnotes`)
HAND_NOTES_SCORE = 0.8


def _hand_written(lines: Sequence[str]) -> bool:
    """Do ``lines`` (masked) number notes by hand and list them?"""
    titles = {k for k, line in enumerate(lines) if _SECTION.match(line) and line.startswith("==")}
    return hand_notes(lines, lines, lambda k: k not in titles, titles.__contains__) is not None


def _cites_anchored_items(lines: Sequence[str], text: str) -> bool:
    """Does a ``<<key>>`` of ``text`` name a list item opened by its own inline anchor
    (``. [[brena]]R. F. Brena, ...``) in a literature section (``== References``)?"""
    if not _plain_section(lines):
        return False
    anchored = set()
    for line in lines:
        item = _LIST_ITEM.match(line)
        if item is not None:
            own = item_anchor(re.sub(r"^\s*(?:[*-]+|\.+|\d+\.)\s+", "", line))[1]
            if own is not None:
                anchored.add(own)
    return any((m.group("key") or m.group("key2")) in anchored for m in _XREF.finditer(text))


# An AsciiDoc document (its header) with a literature section of plain items or paragraphs
# (:mod:`bibcheck.readers.adocplain`): above wikitext's 0.5 ("== References ==" closes
# its title; AsciiDoc's does not)
PLAIN_LIST_SCORE = 0.6


def _plain_section(lines: Sequence[str]) -> bool:
    """Is one of ``lines`` an AsciiDoc section title (``== References``, no closing
    ``==``) of a literature list, or a ``[bibliography]`` style?"""
    for line in lines:
        m = _SECTION.match(line)
        if m is not None and line.startswith("==") and not line.rstrip().endswith("="):
            if literature_title(m.group("t")) or is_further_reading_heading(m.group("t")):
                return True
        elif line.strip() == "[bibliography]":
            return True
    return False


LINKS_SCORE = 0.6  # AsciiDoc markup citing by URL macros only (links): above wikitext's 0.5
OWN_LINKS_SCORE = 0.7  # the same in a file with an AsciiDoc extension
_OWN_EXTENSIONS = (".adoc", ".asciidoc", ".asc")
# Markup of AsciiDoc's own: index terms, block attributes, anchors, cross references,
# block macros (``image::``, ``include::``), delimited listing blocks
_INDEX_TERMS = lazy_compile(r"\(\(\(.+?\)\)\)")
_VISIBLE_TERM = lazy_compile(r"(?<!\()\(\((?!\()(?P<term>[^()\n]+)\)\)(?!\))")
_MARKUP = lazy_compile(
    r"\(\(\(|^\[(?:source|listing|literal|quote|verse|NOTE|TIP|WARNING|IMPORTANT|CAUTION|"
    r"appendix|index|preface|glossary|bibliography)\b[^\]\n]*\]\s*$|^\[\[[\w:.-]+\]\]\s*$|"
    r"<<[\w:.#/-]+(?:,[^>\n]*)?>>|^(?:image|include|video|toc)::\S*\[|^:[\w-]+:(?:\s|$)",
    re.M,
)


def _markup(lines: Sequence[str]) -> bool:
    """At least two lines of AsciiDoc's own markup (not wikitext's nor Markdown's)."""
    return sum(1 for line in lines if _MARKUP.search(line)) >= 2


def link_macros(text: str) -> int:
    """URL macros with link text (``https://host/page[text]``) in ``text`` (masked)."""
    return sum(1 for m in _URL_MACRO.finditer(text) if m.group("text").strip())


def score_at(text: str, path: str) -> float:
    """:func:`score` on the text with its included files (a book's main file may be
    nothing but ``include::`` lines); an AsciiDoc file's own extension with its markup
    and URL macros is AsciiDoc whatever wikitext it resembles."""
    lines = editor_lines(text)
    if path and has_includes(lines):
        main = Path(path)
        text = "\n".join(splice(lines, main.parent, main).lines)
        lines = editor_lines(text)
    masked = mask(text)
    found = score(masked)
    own = Path(path).suffix.lower() in _OWN_EXTENSIONS
    if found < OWN_LINKS_SCORE and own and link_macros(masked) and _markup(lines):
        return OWN_LINKS_SCORE
    if found == PLAIN_LIST_SCORE and own:  # (a keyless list in an .adoc file)
        return OWN_LINKS_SCORE
    return found


# --------------------------------------------------------------------------
# Structure
# --------------------------------------------------------------------------


def _auto_id(title: str, prefix: str = "_", sep: str = "_") -> str:
    """The id Asciidoctor gives a section titled ``title`` (default idprefix/idseparator)."""
    text = re.sub(r"<[^>]+>|&\w+;", "", title).lower()
    text = re.sub(r"[^\w\s.-]", "", text)
    return prefix + re.sub(r"[\s.-]+", sep, text.strip())


# The prefixes writers give the ids of sections, figures, tables, listings and equations
# (``[#sec-results]``, ``[[fig:architecture]]``): a cross reference, never a citation key.
_SECTION_ID = lazy_compile(
    r"(?:sec|sect|section|ch|chap|chapter|app|appendix|part|fig|figure|tbl|tab|table|lst"
    r"|listing|eq|equation)[-_:.]",
    re.IGNORECASE,
)


def _id_attributes(doc: _Doc) -> tuple[str, str]:
    """The document's ``:idprefix:`` and ``:idseparator:`` (Asciidoctor's defaults ``_``)."""
    prefix = doc.attributes.get("idprefix", ("_", 0))[0]
    return prefix, doc.attributes.get("idseparator", ("_", 0))[0]


def section_like(key: str, prefix: str) -> bool:
    """Is ``key`` shaped like a section's id: Asciidoctor's auto-generated id (it starts
    with the document's ``idprefix``, ``_`` by default) or a conventional section, figure
    or table prefix (``sec-``, ``fig:``, ``tbl_``)?"""
    if not key:
        return False
    return bool(prefix and key.startswith(prefix)) or _SECTION_ID.match(key) is not None


@dataclass(slots=True)
class _Doc:
    """What the structure pass found: skipped lines, the bibliography and the anchors."""

    skip: set[int] = field(default_factory=set)
    bib_lines: set[int] = field(default_factory=set)
    entries: list[RawNote] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set)
    attributes: dict[str, tuple[str, int]] = field(default_factory=dict)
    title: str | None = None
    headings: dict[int, str] = field(default_factory=dict)
    passthroughs: list[tuple[int, int]] = field(default_factory=list)  # ++++ blocks (indexes)
    table_rows: set[int] = field(default_factory=set)  # lines of |=== tables: a row each
    numbering: list[Anomaly] = field(default_factory=list)  # of lists numbered by label
    printed: list[tuple[str, str | None]] = field(default_factory=list)  # (key, its label)


def two_line_title(lines: Sequence[str], i: int) -> tuple[int, str] | None:
    """``(level, title)`` when line ``i`` is a title underlined on line ``i + 1``.

    Level 1 is the document title (``====``), 2 a section (``----``), and so on.
    """
    if i + 1 >= len(lines):
        return None
    text, under = lines[i].rstrip(), lines[i + 1].rstrip()
    m = _UNDERLINE.match(under)
    if m is None or _NOT_TITLE_TEXT.match(text) or len(text) < 2:
        return None
    if abs(len(text) - len(under)) > 2:
        return None
    return _UNDERLINE_LEVEL[m.group("c")], text.strip()


_TITLE_MARKUP = lazy_compile(r"[*_`#+]")


def natural_xref_names(title: str) -> set[str]:
    """The texts by which ``<<...>>`` reaches a section titled ``title`` as a natural cross
    reference: Asciidoctor tries a target holding a space or a capital letter against the
    sections' titles (``<<Freeze>>``, ``<<Control Registers>>``), written as in the source or
    without its inline markup (``<<The mstatus Register>>`` for ``The `mstatus` Register``).
    """
    names = {title.strip(), _TITLE_MARKUP.sub("", title).strip()}
    return {n for n in names if n and (" " in n or n != n.lower())}


def _section(doc: _Doc, i: int, title: str) -> None:
    """Record the section title on line ``i`` and the ids Asciidoctor gives it (and the
    titles a natural cross reference names it by)."""
    doc.headings[i] = title
    doc.anchors.add(_auto_id(title))
    doc.anchors.update(natural_xref_names(title))
    if "idprefix" in doc.attributes or "idseparator" in doc.attributes:
        doc.anchors.add(_auto_id(title, *_id_attributes(doc)))


def _structure(lines: list[str]) -> _Doc:
    doc = _Doc()
    i = 0
    pending: list[str] = []  # block attributes waiting for their block
    header = True
    while i < len(lines):
        line = lines[i]
        if line.startswith("//") and not line.startswith("////"):
            doc.skip.add(i)
            i += 1
            continue
        two = two_line_title(lines, i)
        if two is not None:
            level, title = two
            doc.skip.update((i, i + 1))
            if level == 1 and doc.title is None and header:
                doc.title = title
                i += 2
                continue
            header = False
            _section(doc, i, title)
            pending = []
            i += 2
            continue
        d = _DELIMITED.match(line)
        if d:
            end = next(
                (k for k in range(i + 1, len(lines)) if lines[k].rstrip() == d.group("d")),
                len(lines),
            )
            if (
                d.group("d")[0] in _SKIPPED
                or "source" in " ".join(pending)
                or "listing" in " ".join(pending)
            ):
                if d.group("d")[0] == "+":
                    doc.passthroughs.append((i, min(end, len(lines) - 1)))
                doc.skip.update(range(i, end + 1))
                i = end + 1
            else:
                doc.skip.add(i)
                if end < len(lines):
                    doc.skip.add(end)
                if d.group("d") == "|===":
                    doc.table_rows.update(range(i + 1, end))
                i += 1
            pending = []
            continue
        a = _ATTRIBUTE.match(line)
        if a and (header or not line.startswith(": ")):
            doc.attributes[a.group("name").lower()] = (a.group("value").strip(), i + 1)
            doc.skip.add(i)
            i += 1
            continue
        t = _TITLE.match(line)
        if t and doc.title is None and header:
            doc.title = t.group("t").strip()
            doc.skip.add(i)
            i += 1
            continue
        anchor = _BLOCK_ANCHOR.match(line)
        if anchor:  # "[[Bibliography]]" above a title: an id for the block, like [#id]
            doc.anchors.add(anchor.group("id"))
            doc.skip.add(i)
            i += 1
            continue
        b = _BLOCK_ATTR.match(line)
        if b:
            pending.append(b.group("attrs"))
            for m in _ANCHOR.finditer(line):
                doc.anchors.add(m.group("id") or m.group("id2") or m.group("id3"))
            doc.anchors.update(m.group("id") for m in _ID_ATTRIBUTE.finditer(b.group("attrs")))
            doc.skip.add(i)
            i += 1
            continue
        s = _SECTION.match(line)
        if s:
            header = False
            _section(doc, i, s.group("t"))
            pending = []
            i += 1
            continue
        if line.strip():
            header = False
        if _BLOCK_TITLE.match(line):  # a block title: the attributes wait for the block
            # (a title that cites is text, as a LaTeX caption is: ".Targets footnote:cf[]")
            if not re.search(r"footnote(?:ref)?:|<<|\bcite(?:np)?:", line):
                doc.skip.add(i)
            i += 1
            continue
        if _BIB_ITEM.match(line):
            # (a list of "* [[[id]]]" items is a bibliography wherever it stands: in a
            # [bibliography] section or list, or in an annex or clause Metanorma and
            # Asciidoctor writers mark by its title or not at all)
            i = _bib_list(lines, i, doc)
            pending = []
            continue
        for m in _ANCHOR.finditer(line):
            doc.anchors.add(m.group("id") or m.group("id2") or m.group("id3"))
        if line.strip():
            pending = []
        i += 1
    return doc


def _bib_list(lines: list[str], start: int, doc: _Doc) -> int:
    """Read the bibliography list at ``start``; return the index after it."""
    i = start
    labels: list[tuple[str | None, int]] = []
    while i < len(lines):
        m = _BIB_ITEM.match(lines[i])
        if not m:
            break
        parts, numbers = [m.group("text").strip()], [i + 1]
        doc.bib_lines.add(i)
        j = i + 1
        while (
            j < len(lines)
            and lines[j].strip()
            and not _BIB_ITEM.match(lines[j])
            and (not _LIST_ITEM.match(lines[j]) or _NUMBER_LINE.match(lines[j]))
            and not _SECTION.match(lines[j])
            and not two_line_title(lines, j)
        ):
            if lines[j].strip() != "+":
                parts.append(lines[j].strip())
                numbers.append(j + 1)
            doc.bib_lines.add(j)
            j += 1
        key = m.group("key")
        doc.anchors.add(key)
        last = numbers[-1]
        # ("https://doi.org/10.1145/" at a line end, "3476105" on the next: one DOI)
        parts, numbers = joined_doi_breaks(parts, numbers)
        # (inline markup as the reference parsers read it: "_Title_" as "*Title*")
        text = render_inline(url_macros("\n".join(parts))) or designation_label(m.group("label"))
        ref = _dated(text, m.group("label"), tuple(numbers))
        doc.entries.append(RawNote(key, text, numbers[0], last, tuple(numbers), ref))
        labels.append((m.group("label"), i + 1))
        doc.printed.append((key, m.group("label")))
        while j < len(lines) and not lines[j].strip():
            j += 1
        i = j
    doc.numbering += label_numbering(labels)
    return i


def _dated(text: str, label: str | None, starts: tuple[int, ...]) -> Reference | None:
    """The reference of an entry when its label or markup says more than its parse: dated by
    a designation label (``ISO 712:2009``) when the text states no year, titled by its
    italics when the parse kept the head ("Org, *Title*"); None for any other entry."""
    year = label_year(label, text)
    ref = parse_reference(text, starts, detect_styles=True)
    title = emphasised_title(ref.title)
    if year is None and title is None:
        return None
    if title is not None:
        # (the kind judged again by the title alone: "Org. *Inspectierapport …*. Rapport
        # PBK-…", read as of no kind with the head in its title, names itself a report)
        kind = ref.kind
        if kind in (RefKind.UNKNOWN, RefKind.BOOK) and titled_report(title):
            kind = RefKind.REPORT
        ref = replace(ref, title=title, kind=kind)
    return (
        ref if ref.year is not None or year is None else replace(ref, year=year, year_raw=str(year))
    )


# Metanorma's wrappers of an entry's label: "nofetch(ISO 712)", "hidden(ISO 712)"
_LABEL_WRAPPER = lazy_compile(r"^(?:nofetch|hidden|dropid)\((?P<inner>[^()]*)\)$")


def designation_label(label: str | None) -> str:
    """The text of an entry written as its label alone (``* [[[ISO712,ISO 712]]]``: Metanorma
    fetches the rest by the document number): the label unwrapped, when it names a
    document (letters and a number); "" for none or a bare number (``[[[ref1,1]]]``)."""
    inner = (label or "").strip()
    wrapped = _LABEL_WRAPPER.match(inner)
    if wrapped is not None:
        inner = wrapped.group("inner").strip()
    if not re.search(r"[^\W\d_]", inner) or not re.search(r"\d", inner):
        return ""
    return inner


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _State:
    doc: _Doc
    bib: Bibliography
    entries: dict[str, RawNote]
    cites: Cites = field(default_factory=Cites)
    footnotes: list[RawNote] = field(default_factory=list)
    note_ids: NoteIds = field(default_factory=NoteIds)  # notes named by an id
    note_cites: NoteCites = field(default_factory=NoteCites)
    numbered: int = 0  # footnotes numbered so far
    colmap: dict[tuple[int, int], int] = field(default_factory=dict)
    unknown: dict[str, int] = field(default_factory=dict)  # xref targets found nowhere
    shapes: frozenset[frozenset[str]] = frozenset()  # key_shape of every bibliography key
    unclosed: list[int] = field(default_factory=list)  # lines of footnote:[ never closed
    listed: dict[str, int] = field(default_factory=dict)  # bibitem:[key] -> its first line
    # the key of the entry each printed number names, when the body cites them by "[n]"
    # (:mod:`bibcheck.readers.adocnumeric`)
    numbers: dict[str, str] = field(default_factory=dict)
    # (line, number) of each "[n]" of a number the list lacks ("[6]" of a list of 4)
    unlisted: set[tuple[int, str]] = field(default_factory=set)
    # <<key>> is how the document cites: it has [[[key]]] entries, or a <<key>> of it
    # names a .bib entry (else it cites by cite:[key] and <<id>> is a cross reference only)
    cites_by_xref: bool = False


def _cited(state: _State, key: str) -> bool:
    """Is ``<<key>>`` a citation: of an entry, or of a missing one (see :func:`_missing`)?"""
    return key in state.entries or key in state.bib.entries or _missing(state, key)


def _missing(state: _State, key: str) -> bool:
    """Is ``<<key>>`` a citation whose entry is missing: its target is no anchor, section or
    entry of the document, it names no other file, is not shaped like a section's id, and
    is shaped like the bibliography's keys (``NISTIR8354`` beside ``ISO27037``) or like
    citation keys in general (``SDWBP``, ``RFC3339``, ``smith2020``: see
    :func:`~bibcheck.readers.adockeys.reference_key`)?"""
    return (
        bool(state.shapes)
        and state.cites_by_xref
        and key not in state.entries
        and key not in state.bib.entries
        and key not in state.doc.anchors
        and "#" not in key
        and not key.endswith(".adoc")
        and not section_like(key, _id_attributes(state.doc)[0])
        and (key_like(key, state.shapes) or reference_key(key))
    )


def _bibtex_keys(body: str) -> list[str]:
    """The keys of a citation macro's brackets (``a, b(p. 3)``; ``a, page=3]+[b``): each
    bracket's comma-separated items, without their page notes, but for attributes
    (``page=3``, ``locator=12``), which are no keys."""
    return [
        re.sub(r"\(.*\)$", "", k).strip()
        for bracket in _NEXT_BRACKET.split(body)
        for k in bracket.split(",")
        if k.strip() and "=" not in k
    ]


def _footnotes(
    state: _State, source: str, masked: str, wrapped: Sequence[_Wrapped]
) -> dict[int, list[Span]]:
    """Every ``footnote:[...]`` (its text may run over lines) as a note, and per line index
    the spans to take out of the body: the marker on the first line, the rest blank."""
    starts = [0] + [m.end() for m in re.finditer("\n", masked)]
    pairs = bracket_pairs(masked)
    found: dict[int, list[Span]] = {}
    wrapped_at = [w.start for w in wrapped]
    found_notes = [*_FOOTNOTE.finditer(masked), *_FOOTNOTEREF.finditer(masked)]
    for m in sorted(found_notes, key=lambda found: found.start()):  # numbered in text order
        close = pairs.get(m.end() - 1)
        first = bisect_right(starts, m.start()) - 1
        if close is None:
            # no "]" before the paragraph ends: Asciidoctor prints the macro as text, and the
            # note is lost -- said, never dropped in silence
            state.unclosed.append(first + 1)
            continue
        last = bisect_right(starts, close) - 1
        body_start = m.end()
        if m.re is _FOOTNOTEREF.compiled:  # footnoteref:[id,text]: the text after the first comma
            note_id, comma, _ = masked[m.end() : close].partition(",")
            body_start = m.end() + len(note_id) + len(comma)
            note_id = note_id.strip()
        else:
            note_id = m.group("id")
        text = " ".join(source[body_start:close].split())
        reused = state.note_ids.reused(note_id, text, first + 1)
        if reused is not None:
            label = reused
        else:
            label = _next_number(state)
            state.note_ids.define(note_id, label, text, first + 1)
            note_masked = " ".join(masked[body_start:close].split())
            state.footnotes.append(_note(state, label, text, note_masked, first + 1))
            inside = wrapped[bisect_left(wrapped_at, body_start) : bisect_left(wrapped_at, close)]
            segments = _note_segments(state, source, masked, starts, (body_start, close), inside)
            state.note_cites.add(label, segments)
        for k in range(first, last + 1):
            begin = m.start() - starts[k] if k == first else 0
            line_end = (starts[k + 1] - 1) if k + 1 < len(starts) else len(masked)
            end = close + 1 - starts[k] if k == last else line_end - starts[k]
            labels = (label,) if k == first else ()
            found.setdefault(k, []).append(Span(begin, end, labels, cite=False))
    return found


def _note_segments(
    state: _State,
    source: str,
    masked: str,
    starts: Sequence[int],
    span: tuple[int, int],
    wrapped: Sequence[_Wrapped],
) -> list[tuple[int, str, Sequence[Span]]]:
    """A footnote's text (``span``: its offsets) per line: (1-based line, text, its
    citations), columns kept.  ``starts``: the offset of each line."""
    start, close = span
    found: list[tuple[int, str, Sequence[Span]]] = []
    for k in range(bisect_right(starts, start) - 1, bisect_right(starts, close)):
        line_start = starts[k]
        line_end = starts[k + 1] - 1 if k + 1 < len(starts) else len(source)
        begin, stop = max(start, line_start), min(close, line_end)
        pad = " " * (begin - line_start)
        text, mtext = pad + source[begin:stop], pad + masked[begin:stop]
        spans = [w.spans[k] for w in wrapped if k in w.spans]
        taken = [(sp.start, sp.end) for sp in spans]
        spans += [sp for sp in _citations(state, mtext, k + 1) if not _overlaps(sp, taken)]
        numbered = _number_spans(state, mtext, [(sp.start, sp.end) for sp in spans], k + 1)
        for sp in numbered:
            for key in sp.labels:
                state.cites.add(key, k + 1, mtext[sp.start : sp.end])
        spans += numbered
        found.append((k + 1, text, spans))
    return found


def _next_number(state: _State) -> str:
    """The label of the next numbered footnote (Asciidoctor numbers them in order)."""
    state.numbered += 1
    return str(state.numbered)


def _overlaps(span: Span, taken: Sequence[tuple[int, int]]) -> bool:
    return any(a < span.end and span.start < b for a, b in taken)


def _unresolved(state: _State, key: str, line_no: int) -> None:
    """Note a cross reference (on line ``line_no``) whose target is nowhere in the document."""
    found = key in state.entries or key in state.bib.entries or key in state.doc.anchors
    if not found and "#" not in key and not key.endswith(".adoc"):
        state.unknown.setdefault(key, line_no)


def _citations(state: _State, masked: str, line_no: int) -> list[Span]:
    """Cross references to entries and asciidoctor-bibtex citations in a note's line
    (``line_no``)."""
    spans: list[Span] = []
    for m in _XREF.finditer(masked):
        key = m.group("key") or m.group("key2")
        if _cited(state, key):
            spans.append(Span(m.start(), m.end(), (key,), name=_shown(m)))
        _unresolved(state, key, line_no)
    for m in _BIBTEX_CITE.finditer(masked):
        spans.append(Span(m.start(), m.end(), tuple(_bibtex_keys(m.group("body")))))
    return spans


def _shown(m: re.Match[str]) -> str:
    """The visible text of a cross reference (``<<key,Fielding's thesis>>``), if any."""
    return " ".join((m.group("text") or m.group("text2") or "").split())


@dataclass(frozen=True, slots=True)
class _Wrapped:
    """A cross reference to an entry whose text runs over lines: the citation on its
    first line, the rest of its text on the next (spans by line index)."""

    start: int  # offset in the text
    spans: dict[int, Span]


def _wrapped(state: _State, masked: str) -> list[_Wrapped]:
    starts = [0] + [m.end() for m in re.finditer("\n", masked)]
    found: list[_Wrapped] = []
    for m in _XREF_WRAPPED.finditer(masked):
        key = m.group("key") or m.group("key2")
        text = m.group("text") if m.group("key") else m.group("text2")
        if re.search(r"\n[ \t]*\n", text) or not _cited(state, key):
            continue
        first = bisect_right(starts, m.start()) - 1
        last = bisect_right(starts, m.end() - 1) - 1
        _unresolved(state, key, first + 1)
        spans: dict[int, Span] = {}
        shown = " ".join(text.split())  # the visible text, all of it where the citation is
        for k in range(first, last + 1):
            begin = m.start() - starts[first] if k == first else 0
            line_end = (starts[k + 1] - 1) if k + 1 < len(starts) else len(masked)
            end = m.end() - starts[k] if k == last else line_end - starts[k]
            if k == first:
                spans[k] = Span(begin, end, (key,), name=shown)
            else:
                spans[k] = Span(begin, end, ())
        found.append(_Wrapped(m.start(), spans))
    return found


def _spans(
    state: _State, line: str, masked: str, line_no: int, notes: list[Span]
) -> tuple[str, list[Span]]:
    """Markers and citations in a line (``notes``: its footnote spans, found beforehand)."""
    spans: list[Span] = list(notes)
    taken = [(s.start, s.end) for s in spans]
    for m in _XREF.finditer(masked):
        if any(a <= m.start() < b for a, b in taken):
            continue
        key = m.group("key") or m.group("key2")
        if _cited(state, key):
            spans.append(Span(m.start(), m.end(), (key,), name=_shown(m)))
        _unresolved(state, key, line_no)
    for m in _BIBTEX_CITE.finditer(masked):
        if not any(a <= m.start() < b for a, b in taken):
            spans.append(Span(m.start(), m.end(), tuple(_bibtex_keys(m.group("body")))))
    spans += _number_spans(state, masked, [(s.start, s.end) for s in spans], line_no)
    for m in _BIBITEM.finditer(masked):
        if not any(a <= m.start() < b for a, b in taken):
            state.listed.setdefault(m.group("key"), line_no)
            spans.append(Span(m.start(), m.end(), (), cite=False))  # the entry, no marker
    return line, sorted(spans, key=lambda s: s.start)


def _number_spans(
    state: _State, masked: str, taken: Sequence[tuple[int, int]], line_no: int
) -> list[Span]:
    """The ``[n]`` citations of a line (``line_no``) of a body that cites its numbered list
    so, each of the entry the list prints with that number (a number the list lacks, not
    far past its end, is a citation of a missing entry); in a footnote's text too
    (``footnote:[See [3] and [4].]``), as Asciidoctor prints the brackets there as typed."""
    if not state.numbers:
        return []
    top = limit(max(map(int, state.numbers)))
    found = [
        (start, end, numbers)
        for start, end, numbers in number_citations(masked)
        if all(int(n) <= top for n in numbers) and not any(a < end and start < b for a, b in taken)
    ]
    state.unlisted |= {(line_no, n) for *_, ns in found for n in ns if n not in state.numbers}
    return [
        Span(start, end, tuple(state.numbers.get(n, n) for n in ns)) for start, end, ns in found
    ]


def _note(state: _State, label: str, text: str, masked: str, line: int) -> RawNote:
    """A footnote; one citing a bibliography key takes its entry as reference."""
    ref = None
    for m in [*_XREF.finditer(masked), *_BIBTEX_CITE.finditer(masked)]:
        if "body" in m.groupdict():
            keys = _bibtex_keys(m.group("body"))
        else:
            keys = [m.group("key") or m.group("key2")]
        for key in keys:
            if key in state.entries:
                state.cites.add(key, line, m.group(0))
                ref = ref or _entry_reference(state.entries[key], line, text)
            if key in state.bib.entries:
                state.cites.add(key, line, m.group(0))
                cited = state.bib.cited_note(key, line, text)
                ref = ref or (cited.reference if cited else None)
    own = _own_source(state, text) if ref is not None else None
    if own is not None:
        # (the note names a source of its own beside the works it cites by key: "The
        # dictionaries are listed at https://... ; see also cite:[key]." -- the cited works
        # are citations of their own, the note is the page it links)
        ref = parse_reference(own, (line,), detect_styles=True, note=True)
    elif ref is not None:
        # (or cites a work in words before the keys: "Ley 70 "X", 20 de mayo de 2010. On
        # its aims see cite:[key].")
        first = min(
            (m.start() for m in [*_BIBTEX_CITE.finditer(text), *_XREF.finditer(text)]), default=0
        )
        ref = lead_work(render_inline(text[:first]), (line,)) or ref
    return RawNote(label, url_macros(_xref_text(state, text)), line, line, (line,), reference=ref)


_OWN_LINK = lazy_compile(r"\(?(?:(?:https?|ftp)://\S|(?:doi:\s?)?10\.\d{4,9}/\S)", re.I)


def _own_source(state: _State, text: str) -> str | None:
    """A footnote's text without its citations of entries (``cite:[key]``, ``<<key>>``),
    when what is left links a source of its own (a URL or DOI that is not a cited
    entry's); else None."""
    keys = [k for m in _BIBTEX_CITE.finditer(text) for k in _bibtex_keys(m.group("body"))]

    def cited(m: re.Match[str]) -> str:
        key = m.group("key") or m.group("key2")
        if key in state.entries or key in state.bib.entries:
            keys.append(key)
            return ""
        return m.group(0)

    left = url_macros(render_inline(_XREF.sub(cited, _BIBTEX_CITE.sub("", text))))
    theirs = " ".join(_entry_links(state, keys))
    links = [m.group(0) for m in _LINK_WORD.finditer(left) if _OWN_LINK.match(m.group(0))]
    if not any(link.strip("(").rstrip(".,;)") not in theirs for link in links):
        return None
    return " ".join(left.split())


_LINK_WORD = lazy_compile(r"\S+")


def _entry_links(state: _State, keys: Sequence[str]) -> list[str]:
    """The URLs and DOIs of the entries of ``keys``."""
    found: list[str] = []
    for key in keys:
        entry = state.entries.get(key) or state.bib.entries.get(key)
        ref = entry.reference if entry is not None else None
        if ref is not None:
            found += [x for x in (ref.url, ref.doi) if x]
    return found


def _entry_reference(entry: RawNote, line: int, text: str) -> Reference:
    """The reference of a bibliography-list entry, as cited by a footnote at ``line``."""
    ref = entry.reference or parse_reference(
        entry.text, entry.line_starts or (entry.line,), detect_styles=True
    )
    return replace(ref, raw=text, line=line, end_line=line, anomalies=())


def _xref_text(state: _State, text: str) -> str:
    """A note's text with each citation replaced by the entry it cites (for parsing)."""

    def sub(m: re.Match[str]) -> str:
        key = m.group("key") or m.group("key2")
        if key in state.entries:
            return state.entries[key].text.replace("\n", " ")
        return m.group("text") or m.group("text2") or f"[{key}]"

    return _XREF.sub(sub, text)


# --------------------------------------------------------------------------
# Links, passthrough blocks, rendered text
# --------------------------------------------------------------------------


def body_links(
    source: str, masked: str, taken: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, str, str]]:
    """``(column, url, shown text)`` of each URL macro with link text in a body line
    (``masked``: the line with code blanked; ``taken``: spans of footnotes, whose links
    are the notes' own)."""
    found: list[tuple[int, str, str]] = []
    for m in _URL_MACRO.finditer(masked):
        if any(a <= m.start() < b for a, b in taken):
            continue
        url = source[m.start("url") : m.end("url")]
        shown = _link_text(source[m.start("text") : m.end("text")])
        if shown:
            found.append((m.start() + 1, url, shown))
    return found


_NUMBERED_ITEM = lazy_compile(r"^\s*\[(?P<n>\d{1,4})\]\s+\S")
_NUMERIC_CITE = lazy_compile(r"(?<![\w\[\]])\[\d{1,4}(?:\s*[-–,;]\s*\d{1,4})*\](?![\[(\w])")
_HTML_HIDDEN = lazy_compile(
    r"<(math|script|style|pre|code|kbd|samp)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.S | re.I
)
_HTML_TAG = lazy_compile(r"</?[A-Za-z][^<>]*>")


def _blanked(m: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", m.group(0))


def html_text(html: str) -> str:
    """Raw HTML as the prose it shows, in place: tags and elements that are no prose
    (math, code, scripts, comments) blanked, so lines and columns stay where they are."""
    return _HTML_TAG.sub(_blanked, _HTML_HIDDEN.sub(_blanked, html))


def numbered_items(text: str) -> list[int]:
    """The numbers of the numbered-list items (``[1] W. Dai, ...``) starting lines of
    ``text``."""
    return [int(m.group("n")) for line in editor_lines(text) if (m := _NUMBERED_ITEM.match(line))]


def numeric_citations(text: str) -> int:
    """Numeric citations ``[3]``, ``[2-5]``, ``[1, 4]`` in ``text`` (a numbered-list
    item's own label at a line's start is none)."""
    count = 0
    for line in editor_lines(text):
        label = _NUMBERED_ITEM.match(line)
        for m in _NUMERIC_CITE.finditer(line):
            if label is None or m.start() > label.start("n"):
                count += 1
    return count


def _passthrough_anomalies(lines: Sequence[str], doc: _Doc) -> list[Anomaly]:
    """An ``unread-region`` for each ``++++`` block of raw HTML holding a numbered list or
    numeric citations."""
    found: list[Anomaly] = []
    for start, end in doc.passthroughs:
        raw = "\n".join(lines[start + 1 : end])
        if not _HTML_TAG.search(raw):
            continue  # no HTML (a passthrough of another kind: LaTeX, a macro ...)
        shown = html_text(raw)
        items = numbered_items(shown)
        size = end - start - 1
        what = f"a ++++ passthrough block of raw HTML ({size} line{'s' if size != 1 else ''})"
        if len(items) >= 2:
            message = (
                f"{what} holds a numbered list of {len(items)} items ([{items[0]}] ... "
                f"[{items[-1]}]), a reference list bibcheck does not read: its entries "
                "and the numeric citations [n] of them are not checked"
            )
        elif n := numeric_citations(shown):
            message = (
                f"{what} holds {n} numeric citation{'s' if n != 1 else ''} [n] "
                "bibcheck does not read"
            )
        else:
            continue
        found.append(Anomaly(AnomalyCode.UNREAD_REGION, message, start + 2))
    return found


def prose(text: str) -> str:
    """The text as Asciidoctor renders it, in place (for the evidence of citations a
    reading found nothing of): raw HTML in ``++++`` blocks as its text (the delimiters
    blanked), index terms ``(((...)))`` blanked."""
    lines = text.splitlines(keepends=True)
    doc = _structure([line.rstrip("\r\n") for line in lines])
    for start, end in doc.passthroughs:
        lines[start] = _INDEX_TERMS.sub(_blanked, re.sub(r"[^\n]", " ", lines[start]))
        if end != start:
            lines[end] = re.sub(r"[^\n]", " ", lines[end])
        inner = html_text("".join(lines[start + 1 : end]))
        lines[start + 1 : end] = inner.splitlines(keepends=True)
    return _INDEX_TERMS.sub(_blanked, "".join(lines))


def read(text: str) -> RawDocument:
    """Read without a path (a ``:bibtex-file:`` is looked for in the working directory)."""
    return read_opts(text, "", ReadOptions())


def read_opts(text: str, path: str, options: ReadOptions) -> RawDocument:
    """Read the document with the files it includes (lines reported in their own files)."""
    lines = editor_lines(text)
    if not has_includes(lines):
        return _read(text, path, options)
    main = Path(path) if path else None
    spliced = splice(lines, main.parent if main else None, main)
    raw = remap_lines(
        _read("\n".join(spliced.lines), path, options), spliced.where, spliced.file_of
    )
    return replace(raw, anomalies=(*spliced.anomalies, *raw.anomalies))


_PROJECT_DEPTH = 4  # parent folders searched for a :bibtex-file: path
# the attribute naming the database: asciidoctor-bibtex's, asciidoctor-bibliography's
_BIB_ATTRIBUTES = ("bibtex-file", "bibliography-database")


def bib_attribute(attributes: Mapping[str, tuple[str, int]]) -> tuple[str, int] | None:
    """The bibliography database the document names (its value and line): by
    asciidoctor-bibtex's ``:bibtex-file:`` or asciidoctor-bibliography's
    ``:bibliography-database:``; None when it names none."""
    return next((attributes[a] for a in _BIB_ATTRIBUTES if a in attributes), None)


_ORDER_ATTRIBUTES = ("bibtex-style", "bibtex-order")  # the order of the printed list


def bibtex_folder(name: str, base: Path) -> tuple[Path, list[Path]]:
    """The folder a ``:bibtex-file:`` path is relative to, and the folders tried when it is
    found in none (empty when found).  asciidoctor-bibtex resolves it against the folder the
    build runs in, often the project's root above the document (``src/refs.bib`` named in
    ``src/paper.adoc``): the document's folder first, then its parents up to the project's
    root (the folder holding ``.git``) or :data:`_PROJECT_DEPTH` levels up."""
    if Path(name).is_absolute() or (base / name).is_file():
        return base, []
    tried = [base]
    if (base / ".git").exists():
        return base, tried
    for folder in list(base.resolve().parents)[:_PROJECT_DEPTH]:
        tried.append(folder)
        if (folder / name).is_file():
            return folder, []
        if (folder / ".git").exists():
            break
    return base, tried


def _read(text: str, path: str, options: ReadOptions) -> RawDocument:
    lines = editor_lines(text)
    masked = mask(text, latex=False)
    masked = _INLINE_PASS.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), masked)
    mlines = editor_lines(masked) + [""] * max(0, len(lines) - len(editor_lines(masked)))
    doc = _structure(lines)
    hand = _hand_notes(lines, mlines, doc, masked)
    plain = _plain_literature(lines, doc, hand.lines if hand else frozenset())
    base = Path(path).parent if path else Path(".")
    sources = []
    tried: list[Path] = []
    named = bib_attribute(doc.attributes)
    if named is not None:
        value, named_at = named
        folder, tried = bibtex_folder(value, base)
        sources.append(Source(value, folder, named_at))
    elif not options.bibliography and _BIBTEX_CITE.search(masked):
        found = folder_source(path)  # asciidoctor-bibtex's own search: the .bib beside it
        sources += [found] if found else []
    sources += [Source(name, Path("."), None) for name in options.bibliography]
    bib = load(sources)
    # (a further-reading list beside the references: its works entries, never uncited)
    further = _reading_lists(lines, doc) if doc.entries or sources else []
    if tried:  # found in none: say where it was looked for
        where = ", ".join(str(t) for t in tried)
        bib.anomalies[:] = [
            replace(a, message=f"{a.message}; looked for it in {where}")
            if a.code is AnomalyCode.BIBLIOGRAPHY_UNREADABLE and a.line == sources[0].line
            else a
            for a in bib.anomalies
        ]
    entries = {n.label: n for n in doc.entries}
    shapes = frozenset(key_shape(k) for k in (*entries, *bib.entries))
    state = _State(doc, bib, entries, shapes=shapes)
    collector = BlockCollector(TOKEN, keys=True)
    live = "\n".join(
        " " * len(ml) if k in doc.skip or k in doc.bib_lines else ml for k, ml in enumerate(mlines)
    )
    state.cites_by_xref = bool(entries) or xref_names_entry(live, bib.entries)
    state.numbers = _printed_numbers(doc, plain, lines, live)
    wrapped = _wrapped(state, live)
    note_spans = _footnotes(state, "\n".join(lines), live, wrapped)
    for w in wrapped:
        first = min(w.spans)
        if any(s.start <= w.spans[first].start < s.end for s in note_spans.get(first, ())):
            continue  # inside a footnote: read with the note
        for k, span in w.spans.items():
            note_spans.setdefault(k, []).append(span)
    links: list[BodyLink] = []
    # (a keyless list no <<key>> points at is cited by author and year)
    keyed = {e.label for e in plain}
    xrefs = any(k in keyed for k in _cited_keys(live))
    index = _plain_index(plain, lines, doc) if plain and not xrefs and not state.numbers else {}
    consumed = 0  # (of this line, what an author-date mention begun above took)
    paragraphs: list[tuple[int, str]] = []  # the body's lines, for the names no entry has
    columns = 0  # the columns of the table being read
    filled = 0  # the columns the row being read fills so far
    below: list[tuple[int, int]] = []  # cells spanning down: rows still to fill, width
    for i, source_line in enumerate(lines):
        line_no = i + 1
        if i not in doc.table_rows:
            columns = 0
        if i in doc.skip or i in doc.bib_lines:
            collector.blank()
            consumed = 0
            continue
        if i in doc.headings:
            collector.heading(line_no, doc.headings[i])
            continue
        if not source_line.strip():
            collector.blank()
            filled = 0  # (a blank line ends a row)
            continue
        taken = [(sp.start, sp.end) for sp in note_spans.get(i, [])]
        links += [
            BodyLink(line_no, column, url, shown)
            for column, url, shown in body_links(source_line, mlines[i], taken)
        ]
        body, spans = _spans(state, source_line, mlines[i], line_no, note_spans.get(i, []))
        if hand is not None and i in hand.marks:
            spans = _with_hand_marks(spans, hand.marks[i])
        if index:
            following = mlines[i + 1] if i + 1 < len(mlines) and i + 1 not in doc.skip else ""
            marks, consumed = line_marks(mlines[i], following, consumed, index)
            spans = sorted([*spans, *(Span(at, at, (key,)) for at, key in marks)], key=_start)
            paragraphs.append((line_no, mlines[i]))
        for span in spans:
            for key in span.labels if span.cite else ():
                state.cites.add(key, line_no, body[span.start : span.end])
        text = transform(body, spans, line_no, state.colmap, _clean)
        if i in doc.table_rows:
            if not columns:  # the table's first line gives its number of columns (spans read)
                columns, filled, below = columns_filled(source_line), 0, []
            width = columns_filled(source_line)
            if not filled:  # a new row: the cells spanning down from above fill their columns
                width += sum(w for _, w in below)
                below = [(rows - 1, w) for rows, w in below if rows > 1]
            below += row_spans(source_line)
            filled = 0 if filled + width >= columns else filled + width
            # (cells a line each: their row; a span's specifier "2+|" is markup, no text)
            collector.row(line_no, blank_specs(text), columns, width)
        elif _BLOCK_TITLE.match(source_line):  # ".Nests by year footnote:[…]": a caption
            collector.blank()
            collector.line(line_no, " " + text[1:])  # (its dot is markup: columns kept)
            collector.blank()
        else:
            collector.line(line_no, text)
    blocks, raw_markers, body_notes = collector.finish()
    markers = [
        replace(m, column=state.colmap.get((m.line, m.column), m.column)) for m in raw_markers
    ]
    blocks, markers = state.note_cites.merge(blocks, markers)
    anomalies: list[Anomaly] = [*bib.anomalies, *body_notes, *state.note_cites.anomalies]
    anomalies += _passthrough_anomalies(lines, doc)
    if hand is None and not markers and not state.footnotes:
        anomalies += unlisted_marks(mlines, lambda k: k not in doc.skip and k not in doc.bib_lines)
    if plain and not markers:  # a list and not one citation of it read: said
        heading = min((k for k in doc.headings if k < min(doc.bib_lines)), default=None)
        body_lines = [(k + 1, ln) for k, ln in enumerate(mlines) if k not in doc.bib_lines]
        reading = heading is not None and is_further_reading_heading(doc.headings[heading])
        at = heading + 1 if heading else None
        anomalies += uncited_list(body_lines, len(plain), at, reading=reading)
    elif index:  # "(Okafor et al., 2006)" of an author no entry names: a missing entry
        anomalies += unlisted_lines(paragraphs, (e.text for e in plain))
    anomalies += doc.numbering
    anomalies += state.note_ids.anomalies
    anomalies += [
        Anomaly(
            AnomalyCode.DOCUMENT_DAMAGED,
            "a footnote macro (footnote:[) is not closed by ']' before its paragraph ends "
            "(a blank line or the block's end): Asciidoctor prints it as text, and its note "
            "is not read",
            line_no,
        )
        for line_no in state.unclosed
    ]
    link_citations = place_links(links, blocks)
    footnote_labels = {n.label for n in state.footnotes}
    body_keys = {m.label for m in markers}
    listed_notes = [  # parsed as the list entries they are, not as footnotes
        RawNote(key, entry.text, at, at, (at,), _entry_reference(entry, at, entry.text))
        for key, (at, _source) in appearance(state.cites, _cited_keys(live)).first.items()
        if (entry := entries.get(key)) is not None and key in body_keys
    ]
    # (a <<key>> whose target is nowhere is reported below, with what its target is not;
    # a cite:[key] of a key with no entry is a missing entry, as resolve() reports it)
    unknown_xrefs = {k for k in state.unknown if _missing(state, k)}
    cites = appearance(state.cites, _cited_keys(live))
    # ("[6]" of a list numbered to 4: a number the list lacks, no key of a .bib)
    # (not a footnote's marker, whose label is a number too)
    lacking = [m for m in markers if (m.line, m.label) in state.unlisted]
    anomalies += unlisted_numbers(lacking, doc.entries)
    unknown_xrefs |= {m.label for m in lacking}
    keys = [k for k in cites.first if k not in entries and k not in unknown_xrefs]
    order = list_order(*(doc.attributes.get(a, (None, 0))[0] for a in _ORDER_ATTRIBUTES))
    bib_cites = Cites({k: cites.first[k] for k in ordered_keys(keys, bib.entries, order)})
    notes, cited, missing = resolve(
        bib,
        bib_cites,
        footnote_labels,
        markers,
        nocite=list(state.listed),
        how_to_name=":bibtex-file: refs.bib, :bibliography-database: refs.bib or "
        "--bibliography FILE",
    )
    anomalies.extend(missing)
    anomalies += _unlisted(state, bib)
    read_at = {m.start() for m in _BIBTEX_CITE.finditer(live)}
    anomalies += unread_constructs(live, _MACROS, read_at)  # cite:[ never closed, say
    if entries or bib.entries:
        prefix = _id_attributes(doc)[0]
        for key, at in state.unknown.items():
            if section_like(key, prefix):
                anomalies.append(
                    Anomaly(
                        AnomalyCode.XREF_UNRESOLVED,
                        f"<<{key}>> points at no section or anchor of the document: a broken "
                        f"cross reference (Asciidoctor prints it as [{key}]), not a citation",
                        at,
                    )
                )
                continue
            if not state.cites_by_xref:
                anomalies.append(_elsewhere(key, at))
                continue
            if not _missing(state, key):
                continue  # a section of another file of the book, not a citation key
            anomalies.append(
                Anomaly(
                    AnomalyCode.CITATION_KEY_MISSING,
                    f"<<{key}>> points at nothing in the document: no bibliography entry, "
                    "section or anchor has that id",
                    at,
                    footnote=key,
                )
            )
    else:
        prefix = _id_attributes(doc)[0]
        unknown = {k: at for k, at in state.unknown.items() if not section_like(k, prefix)}
        anomalies += unread_bibliography(unknown)
    literature = doc.entries + cited + further
    hand_written = [
        replace(n, text=render_inline(url_macros(n.text))) for n in (hand.notes if hand else ())
    ]
    return RawDocument(
        reader=NAME,
        title=doc.title or next(iter(doc.headings.values()), None),
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=tuple([*state.footnotes, *listed_notes, *notes, *hand_written]),
        literature=tuple(literature),
        anomalies=tuple(anomalies),
        # Keys are cited again and notes numbered by Asciidoctor: labels are names, and
        # footnotes are parsed as notes (commentary, lead-ins).
        labels_are_names=True,
        # A bibliography cited by <<key>> (like LaTeX's thebibliography), or made from a .bib
        # by the keys cited (asciidoctor-bibtex), holds what is cited by key: a footnote
        # citing a work in words need not be in it.
        literature_partial=bool(doc.entries or cited) and not plain,
        bibliographies=tuple(bib.files),
        link_markers=tuple(link_citations.markers),
        link_notes=tuple(link_citations.notes),
    )


def xref_names_entry(live: str, keys: Container[str]) -> bool:
    """Does a ``<<key>>`` / ``xref:key[]`` of ``live`` name one of ``keys`` (the entries
    of a ``.bib``)?  Then the document cites by cross reference too; else (it cites by
    ``cite:[key]``) its cross references are to sections and anchors only."""
    found = (m.group("key") or m.group("key2") for m in _XREF.finditer(live))
    return any(k in keys for k in found if k)


def _elsewhere(key: str, at: int) -> Anomaly:
    """The ``xref-unresolved`` anomaly of a ``<<key>>`` to no anchor of a document that
    cites by ``cite:[key]``: a cross reference to another file of the book (a chapter's
    anchor) or a broken one, never a citation."""
    return Anomaly(
        AnomalyCode.XREF_UNRESOLVED,
        f"<<{key}>> points at no section or anchor of this file: a cross reference to "
        "another file of the book, or a broken one (Asciidoctor prints it as "
        f"[{key}]); not a citation, as this document cites by cite:[key]",
        at,
    )


def _start(span: Span) -> int:
    return span.start


def _hand_notes(lines: list[str], mlines: list[str], doc: _Doc, masked: str) -> HandNotes | None:
    """Notes written by hand (:mod:`bibcheck.readers.adochandnotes`: ``^(1)^`` in the
    text, ``(1): text`` listed at the end), their list's lines added to the
    bibliography's (no text of the body); none in a document with footnote macros or an
    anchored bibliography, whose numbers Asciidoctor gives."""
    if doc.entries or _FOOTNOTE.search(masked) or _FOOTNOTEREF.search(masked):
        return None
    found = hand_notes(
        lines,
        mlines,
        lambda k: k not in doc.skip and k not in doc.headings,
        lambda k: k in doc.headings,
    )
    if found is not None:
        doc.bib_lines.update(found.lines)
    return found


def _with_hand_marks(
    spans: list[Span], marks: list[tuple[int, int, tuple[str, ...]]]
) -> list[Span]:
    """A line's spans with the markers of its hand-written notes (none overlapping a
    span read before)."""
    taken = [(s.start, s.end) for s in spans]
    added = [
        Span(start, end, labels, cite=False)
        for start, end, labels in marks
        if not any(a < end and start < b for a, b in taken)
    ]
    return sorted([*spans, *added], key=_start)


def _plain_literature(
    lines: list[str], doc: _Doc, held: frozenset[int] = frozenset()
) -> tuple[RawNote, ...]:
    """The entries of a literature section written without ``[[[key]]]`` anchors
    (:mod:`bibcheck.readers.adocplain`), added to ``doc``; none when the document has
    anchored entries or prints its list from a ``.bib`` (``bibliography::[]``).  The
    ``held`` lines (a list of notes written by hand) are no entries."""
    if doc.entries or bib_attribute(doc.attributes) is not None:
        return ()
    added: list[RawNote] = []
    # (the document's list, and the lists of its appendices: "[appendix] == X" / "=== References")
    for start, stop in _literature_sections(lines, doc):
        if any(_BIB_MACRO.match(lines[k]) for k in range(start, stop)) or any(
            start <= first < stop for first, _ in doc.passthroughs
        ):
            continue  # (a list printed from a .bib, or one in raw HTML: said unread)
        found = plain_list(
            lines,
            start,
            stop,
            lambda k: k in doc.skip or k in doc.headings or k in held,
            lambda text: render_inline(url_macros(text)),
        )
        doc.bib_lines.update(found.lines)
        added += (
            [replace(e, label=str(len(added) + k)) for k, e in enumerate(found.entries, 1)]
            if added
            else found.entries
        )
    doc.entries.extend(added)
    return tuple(added)


_BIB_MACRO = lazy_compile(r"^\s*bibliography::")


def _reading_lists(lines: list[str], doc: _Doc) -> list[RawNote]:
    """The entries of the further-reading sections (``== Further reading``, ``==
    Weiterführende Literatur``, with their sub-sections) after the document's list that
    no entry was read from (:func:`bibcheck.readers.readinglists.unread_sections`), read
    as a keyless list is (:func:`bibcheck.readers.adocplain.plain_list`) and labelled
    ``FR1``, ``FR2``…; their lines are the bibliography's, no text of the body."""
    heads = [
        # (a two-line title's section starts below its underline)
        SectionHead(k + (2 if two_line_title(lines, k) else 1), _level(lines, k), title)
        for k, title in doc.headings.items()
    ]
    after = min(doc.bib_lines, default=-1)  # (0-based; the list's first line)
    sections = [s for s in reading_sections(lines, heads, nested=True) if s.head > after + 1]
    found: list[RawNote] = []
    for s in unread_sections(lines, sections, {k + 1 for k in doc.bib_lines}):
        listed = plain_list(
            lines,
            s.body.start - 1,
            s.body.stop - 1,
            lambda k: k in doc.skip or k in doc.headings,
            lambda text: render_inline(url_macros(text)),
        )
        doc.bib_lines.update(listed.lines)
        found += listed.entries
    return labelled(found)


def _literature_sections(lines: list[str], doc: _Doc) -> list[tuple[int, int]]:
    """(first, stop) line indexes of the body of the last section titled as a literature
    list or marked ``[bibliography]``, to the next section of its level or above; and of
    each such section of an appendix's own (:func:`bibcheck.readers.listscope.main_list_heading`),
    in the document's order."""
    headings = sorted(doc.headings)
    found = [
        h
        for h in headings
        if literature_title(doc.headings[h])
        or any(
            k in doc.skip and "bibliography" in lines[k]
            for k in range(max(0, h - 3), h)
            if _BLOCK_ATTR.match(lines[k])
        )
    ]
    if not found:  # a further-reading section alone is the list (scoped as reading)
        found = [h for h in headings if is_further_reading_heading(doc.headings[h])][-1:]
    if not found:
        return []
    main, parts = main_list_heading([h + 1 for h in found], source_heads(NAME, lines))
    chosen = sorted({found[-1] if main is None else main - 1, *(p - 1 for p in parts)})
    return [_section_body(lines, headings, h) for h in chosen]


def _section_body(lines: list[str], headings: list[int], found: int) -> tuple[int, int]:
    level = _level(lines, found)
    start = found + (2 if two_line_title(lines, found) is not None else 1)
    stop = next((k for k in headings if k > found and _level(lines, k) <= level), len(lines))
    return start, stop


def _level(lines: list[str], i: int) -> int:
    """The level of the section title at line ``i`` (``==`` is 2)."""
    m = _SECTION.match(lines[i])
    if m is not None:
        return len(m.group("level"))
    two = two_line_title(lines, i)
    return two[0] if two is not None else 2


_ORDERED_ITEM = lazy_compile(r"^\s*(?:\.|\d{1,4}\.)\s+\S")


def _printed_numbers(
    doc: _Doc, plain: Sequence[RawNote], lines: list[str], live: str
) -> dict[str, str]:
    """The key of the entry each number of a numbered list prints (``[[[ref1, 1]]]``; an
    ordered list's item, ``. Author…``, by its place), when the body (``live``) cites the
    list by those numbers typed as ``[n]``; else empty."""
    printed: list[tuple[str, str | None]] = list(doc.printed)
    if plain:
        ordered = all(_ORDERED_ITEM.match(lines[e.line - 1]) for e in plain)
        printed = [(e.label, str(k)) for k, e in enumerate(plain, 1)] if ordered else []
    numbers = printed_numbers(printed)
    return numbers if cites_by_number(live.split("\n"), numbers) else {}


def _plain_index(plain: Sequence[RawNote], lines: list[str], doc: _Doc) -> AuthorYears:
    """The (name, year) index of a keyless list's entries, and the abbreviations the body
    defines for the bodies it names."""
    body = "\n".join(ln for k, ln in enumerate(lines) if k not in doc.bib_lines)
    return with_defined(author_years((e.label, e.text) for e in plain), body)


def _cited_keys(live: str) -> list[str]:
    """The keys of the citations and cross references of ``live`` (the text as read,
    code and comments blanked), in the order they stand."""
    found = sorted([*_BIBTEX_CITE.finditer(live), *_XREF.finditer(live)], key=lambda m: m.start())
    return [
        key
        for m in found
        for key in (
            _bibtex_keys(m.group("body"))
            if "body" in m.groupdict()
            else [m.group("key") or m.group("key2")]
        )
    ]


def _unlisted(state: _State, bib: Bibliography) -> list[Anomaly]:
    """A ``citation-key-missing`` for each ``bibitem:[key]`` whose key has no entry."""
    return [
        Anomaly(
            AnomalyCode.CITATION_KEY_MISSING,
            f"bibitem:[{key}] lists key {key!r}, which has no entry in the bibliography"
            if bib.sources
            else f"bibitem:[{key}] lists key {key!r}, but the document names no bibliography "
            "(:bibtex-file: refs.bib or --bibliography FILE): it cannot be listed",
            line,
            footnote=key,
        )
        for key, line in state.listed.items()
        if key not in bib.entries and key not in state.entries
    ]


def key_shape(key: str) -> frozenset[str]:
    """The kinds of characters of a key: letters ``a``, digits ``9``, and each other
    character as itself (``beyer2016``, ``majors2022b``: a, 9; ``slo-chapter``: a, -).
    An unknown cross reference shaped like one of the bibliography's keys is a citation
    of a missing entry; one shaped otherwise points at another file of the book."""
    return frozenset("a" if c.isalpha() else "9" if c.isdigit() else c for c in key)


def key_like(key: str, shapes: frozenset[frozenset[str]]) -> bool:
    """Is ``key`` shaped like one of the bibliography's keys (``shapes``, by
    :func:`key_shape`)?  The same kinds of characters, or, for a key of letters and digits
    (``NISTIR8354``), some of those of a key with digits (``NIST800-86``)."""
    shape = key_shape(key)
    if shape in shapes:
        return True
    return {"a", "9"} <= shape and any(shape <= s for s in shapes)


def url_macros(text: str) -> str:
    """URL macros as a reference gives them: the link text in place and the addresses
    at the end (the style parsers read a title without an address in the middle):
    ``see https://x[Peatland Code], 2023.`` -> ``see Peatland Code, 2023. https://x``;
    link attributes (``^``, ``window=_blank``) are dropped, ``https://x[]`` is the URL."""
    urls: list[str] = []

    def sub(m: re.Match[str]) -> str:
        shown = _link_text(m.group("text"))
        if not shown:
            return m.group("url")
        urls.append(m.group("url"))
        return shown

    out = _URL_MACRO.sub(sub, text)
    return " ".join([out.rstrip(), *urls]) if urls else out


def _link_text(attrs: str) -> str:
    text = attrs.strip()
    if text.startswith('"'):
        end = text.find('"', 1)
        text = text[1:end] if end > 0 else text[1:]
    else:
        text = re.sub(r",\s*\w+=.*$", "", text, flags=re.S)
    return " ".join(text.rstrip("^").split())


def _clean(line: str) -> str:
    """Links and inline markup as their visible text."""
    line = _INDEX_TERMS.sub("", line)
    line = _VISIBLE_TERM.sub(lambda m: m.group("term"), line)
    line = _URL_MACRO.sub(lambda m: _link_text(m.group("text")) or m.group("url"), line)
    line = re.sub(r"(?:https?|ftp)://\S+?\[([^\]\n]+)\]", r"\1", line)
    line = re.sub(r"link:\S+?\[([^\]\n]*)\]", r"\1", line)
    line = re.sub(r"\[\[[\w:.-]+\]\]|\[#[\w:.-]+\]", "", line)
    return line


READER = register(
    Reader(
        NAME,
        _OWN_EXTENSIONS,
        score,
        read,
        read_opts=read_opts,
        detect_styles=True,
        prose=prose,
        score_at=score_at,
    )
)
