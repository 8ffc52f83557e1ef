"""Reader for Org-mode documents: org-ref and org-cite citations, Org footnotes.

Citations, resolved against the ``.bib`` files the document names
(``bibliography:a.bib,b.bib`` links, ``#+BIBLIOGRAPHY:`` keywords, ``\\addbibresource``
or ``\\bibliography`` in ``#+LATEX_HEADER:``) and ``--bibliography`` files; a chapter of
an Org book that names none uses the one its book names (:mod:`bibcheck.readers.orgbook`):

* org-ref 2: ``cite:key1,key2``, ``citep:``, ``citet:``, ``citeauthor:``, ``autocite:``,
  ``parencite:``, ``textcite:`` ... and ``[[cite:key][pre::post]]``;
* org-ref 3: ``cite:&key1;&key2``, ``[[citep:See;&key p. 3;&key2]]``;
* org-cite (Org 9.5): ``[cite:@key]``, ``[cite/t:@a;@b]``, ``[cite:see @a p. 3]``, with
  any style and variant (``/na``, ``/a/cf``, ``//b`` ...); ``/n`` and ``/nocite`` print
  nothing and only add to the bibliography.

A citation in brackets (org-cite, an org-ref link) that a filled paragraph wraps over
line ends (``[cite:@key,`` / ``p. 3]``) counts at the line where it starts; the rest of it
on the later lines is no text.

Each cited key is a note labelled with the key whose reference is the entry (as for
LaTeX's ``\\cite``); the literature list is the cited entries (all of them after
``nocite:*`` or ``[cite/n:@*]``).  A key with no entry is ``citation-key-missing``.

Footnotes: ``[fn:label]`` markers with ``[fn:label] text`` definitions at the start
of a line, and inline ``[fn::text]`` / ``[fn:name:text]`` notes (over several lines of
their paragraph too).  A citation inside a note is a citation of its own; the note
takes the first cited entry as its reference.

``#+INCLUDE:`` keywords are expanded as Org export does (``:lines``, ``:minlevel``; a
file included as a ``src``/``example``/``export`` block is no text), see
:mod:`bibcheck.readers.orginclude`; lines of an included file are reported at their line
in that file, and a book's main file that is only ``#+include:`` lines is scored with
its included files.

Not text: source, example, export and comment blocks, ``: fixed-width`` lines,
``# comments``, keyword lines, property drawers, ``=verbatim=`` and ``~code~``, math,
and subtrees marked ``COMMENT`` or ``:noexport:``.  Without a bibliography, a list
under a References heading is the literature list.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, RawDocument, RawNote
from bibcheck.readers.bibsource import Bibliography, Source, load
from bibcheck.readers.common import (
    BlockCollector,
    is_reference_list_heading,
    read_list,
    written_as_paragraphs,
)
from bibcheck.readers.draftcites import set_aside
from bibcheck.readers.keyed import (
    TOKEN,
    Cites,
    InlineNote,
    InlineNotes,
    NoteCites,
    Span,
    author_names,
    bracket_pairs,
    find_inline_notes,
    note_segments,
    resolve,
    transform,
)
from bibcheck.readers.keyguard import guard_spans, unguard_anomalies, unguard_markers
from bibcheck.readers.keynet import bracket_tokens, unread_keys
from bibcheck.readers.links import BodyLink, listed_links, place_links
from bibcheck.readers.listheads import is_qualified_list_heading
from bibcheck.readers.listorder import (
    CITED,
    ListSort,
    SortPart,
    biblatex_sort,
    bst_sort,
    csl_file_text,
    csl_sort,
    in_language,
)
from bibcheck.readers.listscope import SectionHead
from bibcheck.readers.mask import mask
from bibcheck.readers.noteurl import with_note_url
from bibcheck.readers.orgbibkw import keyword_files
from bibcheck.readers.orgbook import book_sources
from bibcheck.readers.orgdirlocals import dir_locals_sources
from bibcheck.readers.orgexclude import commented, exclude_tags
from bibcheck.readers.orgheadings import heading_lines
from bibcheck.readers.orginclude import has_includes, splice
from bibcheck.readers.orgmarkdown import markdown_document
from bibcheck.readers.orgnumeric import cites_by_number, read_numeric
from bibcheck.readers.partlabels import went_on
from bibcheck.readers.readinglists import entry_lines, with_reading
from bibcheck.readers.readingsection import reading_sections
from bibcheck.readers.registry import Reader, ReadOptions, register
from bibcheck.readers.relines import remap_lines
from bibcheck.readers.srcbib import add_cited_blocks
from bibcheck.readers.wordlists import same_level_part
from bibcheck.text import editor_lines

NAME = "org"
_HEADING = lazy_compile(r"^(?P<stars>\*+)\s")
_TAGS = lazy_compile(r":[\w@#%:]+:")
_HEADING_LINE = lazy_compile(r"^\*+\s")
_TODO = lazy_compile(r"^(?:TODO|DONE|NEXT|WAITING|CANCELLED|COMMENT)\b\s*|^\[#[A-Z]\]\s*")
_KEYWORD = lazy_compile(r"^\s*#\+(?P<name>[\w_-]+):\s?(?P<value>.*)$")
_BLOCK = lazy_compile(r"^\s*#\+begin_(?P<kind>\w+)", re.I)
_DRAWER = lazy_compile(r"^\s*:(?P<name>[\w-]+):\s*$")
_FN_DEF = lazy_compile(r"^\[fn:(?P<label>[^\]:\s]+)\]\s*(?P<text>.*)$")
_FN_REF = lazy_compile(r"\[fn:(?P<label>[^\]:\s]+)\]")
_FN_INLINE = lazy_compile(r"\[fn:(?P<name>[^\]:\s]*):")
# org-ref's citation link types: its natbib list (starred and capitalised forms, citetext),
# its biblatex list (notecite, citedate, citeurl ...) and the multi-cite plurals (cites,
# parencites ...); a type ends at its ":", so a longer one is tried whole before a prefix.
_CITE_TYPES = (
    r"(?:(?:[Cc]ite(?:[pt]|alp|alt|author)?|citenum|citetext|citeyear(?:par)?|[Nn]ocite|"
    r"[Aa]utocite|[Pp]arencite|[Tt]extcite|[Ff]ootcite(?:text)?|[Ss]martcite|[Ss]upercite|"
    r"fullcite|footfullcite|[Cc]itetitle|citedate|citeurl|[Nn]otecite|[Pp]notecite|fnotecite)"
    r"s?\*?)"
)
_ORGREF_KEY = r"[\w][\w:./+-]*[\w]|\w"
# [[cite:&a;&b][...]] or [[citep:See;&a p. 3]] (bracketed links)
# (a link's path holds no bracket: a scan stops at the next one, linear on a long line)
_LINK_CITE = lazy_compile(
    r"\[\[(?P<type>" + _CITE_TYPES + r"):(?P<body>[^\[\]\n]++)\](?:\[(?P<desc>[^\]\n]*+)\])?\]"
)
# cite:a,b or cite:&a;&b (plain links; not a web page's in-page link "(#cite:1)" nor an
# anchor's quoted name, "{{< anchor "cite:1" >}}")
_PLAIN_CITE = lazy_compile(
    r"(?<![\w/\[:{#\"])(?P<type>" + _CITE_TYPES + r"):(?P<body>&?(?:" + _ORGREF_KEY + r")"
    r"(?:[,;]&?(?:" + _ORGREF_KEY + r"))*)"
)
# [cite:@a], [cite/t:see @a p. 3; @b], [cite/na/b:@a], [cite//b:@a] (style/variant)
# (no bracket in the body, and none of it before the first "@" is an "@": one way to
# match, and a scan stops at the next bracket, so a line of many openers stays linear)
_ORG_CITE = lazy_compile(r"\[cite(?P<style>/[\w/-]*)?:(?P<body>[^\[\]\n@]*@[^\[\]\n]*+)\]")
# Of org-cite's styles (author/a, noauthor/na, text/t, note/ft, numeric/nb, locators/l,
# title/ti, year/y, nocite/n, and any a processor adds) only nocite prints nothing.
_NOCITE_STYLES = frozenset({"n", "nocite"})
# an org-cite citation whose keys are cited (not "[cite/n:@*]", "[cite/nocite:@a]")
_NET_OPENER = lazy_compile(r"\[cite(?!/(?:n|nocite)\b)(?:/[\w/-]*)?:")
_ORG_CITE_KEY = lazy_compile(r"(?<![\w@])@(?P<key>[\w!#$%&*+./:<>?^`{|}~-]*[\w*])")
_BIB_LINK = lazy_compile(r"(?<![\w/])(?:bibliography|addbibresource):(?P<files>[^\s\]]+)")
_LATEX_BIB = lazy_compile(
    r"\\(?:addbibresource|bibliography)\s*(?:\[[^\]]*\])?\{(?P<files>[^}]+)\}"
)
_VERBATIM = lazy_compile(r"(?<![\w=~])([=~])(?=\S)(?:[^\n]*?\S)?\1(?![\w=~])")
_SKIP_BLOCKS = frozenset({"src", "example", "export", "comment", "latex", "html"})


def score(text: str) -> float:
    """Fits Org documents (``#+TITLE:``, ``* headings``) with citations or footnotes."""
    lines = editor_lines(text)[:3000]
    keywords = sum(1 for line in lines if _KEYWORD.match(line))
    headings = heading_lines(lines)
    # (a Markdown page's "* 1. Author, Title" bullets are no Org headings)
    orgish = keywords >= 1 or (headings >= 2 and not markdown_document(lines))
    cites, notes = _org_citations(text)
    if orgish and not (cites or notes) and cites_by_number(text):
        return 0.8  # typed [n] markers and a numbered list (pandoc -t org of Word)
    if not orgish or not (cites or notes):
        return 0.0
    return 0.95 if keywords and (cites + notes) >= 1 else 0.8


def _org_citations(text: str) -> tuple[int, int]:
    """How many org-ref / org-cite citations and ``[fn:]`` references ``text`` holds."""
    cites = len(_LINK_CITE.findall(text)) + len(_ORG_CITE.findall(text))
    # (not an AsciiDoc macro's target: asciidoctor-bibtex's "cite:See[Lane12a(89)]")
    cites += sum(
        1
        for m in _PLAIN_CITE.finditer(text)
        if m.group("type") != "nocite" and not text.startswith("[", m.end())
    )
    return cites, len(_FN_REF.findall(text))


# --------------------------------------------------------------------------
# Citations on a line
# --------------------------------------------------------------------------


def _orgref_keys(body: str) -> list[str]:
    """Keys of an org-ref link body: ``a,b`` (v2) or ``pre;&a post;&b`` (v3)."""
    if "&" in body:
        return [m.group(1) for m in re.finditer(r"&(" + _ORGREF_KEY + r")", body)]
    return [k.strip() for k in body.split(",") if re.fullmatch(_ORGREF_KEY, k.strip())]


def _spans(masked: str, split: Sequence[Span] = ()) -> list[Span]:
    """Footnote references and citations in a (masked) body line; ``split``: this line's
    parts of citations that run over line ends (:func:`_wrapped`)."""
    spans: list[Span] = []
    for m in _FN_REF.finditer(masked):
        spans.append(Span(m.start(), m.end(), (m.group("label"),), cite=False))
    for m in _LINK_CITE.finditer(masked):
        keys = _orgref_keys(m.group("body"))
        if keys and m.group("type").lower() != "nocite":
            spans.append(Span(m.start(), m.end(), tuple(keys)))
    for m in _ORG_CITE.finditer(masked):
        keys = [k.group("key") for k in _ORG_CITE_KEY.finditer(m.group("body"))]
        if keys and not _nocite_style(m):
            spans.append(Span(m.start(), m.end(), tuple(k for k in keys if k != "*")))
    taken = [(s.start, s.end) for s in [*spans, *split]]
    for m in _PLAIN_CITE.finditer(masked):
        if any(a <= m.start() < b for a, b in taken) or m.group("type").lower() == "nocite":
            continue
        keys = _orgref_keys(m.group("body"))
        if keys:
            spans.append(Span(m.start(), m.end(), tuple(keys)))
    # a part of a wrapped citation holds no citation of its own (it is the outer one)
    spans = [s for s in spans if s.labels and not any(p.start <= s.start < p.end for p in split)]
    return sorted([*spans, *split], key=lambda s: s.start)


def _nocite(masked: str) -> list[str]:
    found: list[str] = []
    for m in _PLAIN_CITE.finditer(masked):
        if m.group("type").lower() == "nocite":
            body = m.group("body")
            found += ["*"] if body == "*" else _orgref_keys(body)
    if re.search(r"nocite:\*", masked):
        found.append("*")
    for m in _ORG_CITE.finditer(masked):
        if _nocite_style(m):
            found += [k.group("key") for k in _ORG_CITE_KEY.finditer(m.group("body"))]
    return found


def _nocite_style(m: re.Match[str]) -> bool:
    """``[cite/n:@a]``, ``[cite/nocite:@*]`` (a variant may follow: ``/n/x``)."""
    style = (m.group("style") or "/").split("/")[1]
    return style.lower() in _NOCITE_STYLES


# A line no paragraph runs through: a heading, a keyword line (a caption is text), a
# comment, a block delimiter, a fixed-width line.
_NOT_TEXT = lazy_compile(r"^(?:\*+\s|\s*#\+(?!caption:)|\s*#(?:\s|$)|\s*:(?:\s|$))", re.I)
# The opening of a citation in brackets: org-cite "[cite/t:", an org-ref link "[[citep:".
_CITE_OPENER = lazy_compile(r"\[cite(?:/[\w/-]*)?:|\[\[" + _CITE_TYPES + ":")


@dataclass(frozen=True, slots=True)
class _Wrapped:
    """The bracketed citations that run over line ends (Org fills a paragraph with no
    regard to them): each line's part by 0-based line (the first part cites every key;
    the later parts only leave the text), and the keys of the ``/nocite`` ones."""

    parts: dict[int, list[Span]] = field(default_factory=dict)
    nocite: list[str] = field(default_factory=list)

    def on(self, k: int, masked: str, read: str) -> list[Span]:
        """Line ``k``'s parts, each only where the line ``read`` (a note's text, a line
        with an inline note taken out) still holds it as ``masked`` has it."""
        return [
            s for s in self.parts.get(k, ()) if read[s.start : s.end] == masked[s.start : s.end]
        ]


def _bracket_keys(whole: str) -> tuple[list[str], bool]:
    """The keys of one bracketed citation (its line ends as spaces) and whether it is a
    nocite."""
    if m := _ORG_CITE.fullmatch(whole):
        keys = [k.group("key") for k in _ORG_CITE_KEY.finditer(m.group("body"))]
        nocite = _nocite_style(m)
        return (keys if nocite else [k for k in keys if k != "*"]), nocite
    if m := _LINK_CITE.fullmatch(whole):
        return _orgref_keys(m.group("body")), m.group("type").lower() == "nocite"
    return [], False


def _wrapped(masked: Sequence[str]) -> _Wrapped:
    """The citations in brackets that close on a later line of their paragraph."""
    live = ["" if _NOT_TEXT.match(line) else line for line in masked]
    text = "\n".join(live)
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    pairs = bracket_pairs(text)  # within a paragraph: a blank line closes nothing
    found = _Wrapped()
    reach = 0  # the end of the last citation read: no citation lies within another
    for m in _CITE_OPENER.finditer(text):
        close = pairs.get(m.start())
        if close is None or m.start() < reach:
            continue
        reach = close
        if "\n" not in text[m.start() : close]:
            continue  # on one line (read there)
        keys, nocite = _bracket_keys(text[m.start() : close + 1].replace("\n", " "))
        if nocite:
            found.nocite.extend(keys)
            continue
        if not keys:
            continue
        first = bisect_right(starts, m.start()) - 1
        last = bisect_right(starts, close) - 1
        for k in range(first, last + 1):
            begin = m.start() - starts[k] if k == first else 0
            end = close + 1 - starts[k] if k == last else len(live[k])
            labels = tuple(keys) if k == first else ()
            found.parts.setdefault(k, []).append(Span(begin, end, labels))
    return found


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------


def _net_key(m: re.Match[str]) -> str | None:
    """The key of an ``@key`` token of an org-cite citation (``@*`` cites none)."""
    key = m.group("key")
    return None if key == "*" else key


def _masked_lines(text: str) -> list[str]:
    masked = mask(text, latex=False)
    masked = _VERBATIM.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), masked)
    lines = editor_lines(masked)
    return lines + [""] * (len(editor_lines(text)) - len(lines))


def _sources(
    lines: list[str],
    masked: list[str],
    base: Path,
    extra: tuple[str, ...],
    file_of: Callable[[int], str] | None = None,
) -> list[Source]:
    """The bibliographies the text names (each file once; ``file_of``: the included
    file a line of a spliced text comes from, which names it)."""
    found: list[Source] = []
    for i, line in enumerate(lines):
        if line.strip() and not masked[i].strip():
            continue  # inside an example or source block
        kw = _KEYWORD.match(line)
        if kw and kw.group("name").lower() == "bibliography":
            # (org-cite's "refs.bib", ox-bibtex's "refs plain limit:t": a style, options)
            found += [Source(n, base, i + 1) for n in keyword_files(kw.group("value"))]
            continue
        if kw and kw.group("name").lower() == "latex_header":
            for m in _LATEX_BIB.finditer(line):
                found += [Source(_bib_name(n), base, i + 1) for n in m.group("files").split(",")]
            continue
        for m in _BIB_LINK.finditer(masked[i]):
            found += [Source(_bib_name(n), base, i + 1) for n in m.group("files").split(",") if n]
    found += [Source(name, Path("."), None) for name in extra]
    if file_of is not None:
        found = [
            replace(s, named_in=f"{named}, line {s.line}")
            if s.line is not None and (named := file_of(s.line))
            else s
            for s in found
        ]
    seen: set[Path] = set()
    once: list[Source] = []
    for source in found:
        path = (source.base / source.name).resolve()
        if path not in seen:
            seen.add(path)
            once.append(source)
    return once


def _cites_keys(masked: list[str], wrapped: _Wrapped) -> bool:
    return bool(wrapped.parts) or any(
        _LINK_CITE.search(line) or _ORG_CITE.search(line) or _PLAIN_CITE.search(line)
        for line in masked
    )


def _file_sources(text: str, base: Path) -> list[Source]:
    """The bibliographies another file of the book names (no line: not this file's)."""
    found = _sources(editor_lines(text), _masked_lines(text), base, ())
    return [replace(s, line=None) for s in found]


def _bib_name(name: str) -> str:
    name = name.strip()
    return name if Path(name).suffix else name + ".bib"


# A note's text per line: (0-based line, text, masked text), columns as in the source.
_Segments = list[tuple[int, str, str]]


@dataclass(slots=True)
class _Reader:
    lines: list[str]
    masked: list[str]
    bib: Bibliography
    wrapped: _Wrapped
    names: dict[str, str] = field(default_factory=dict)
    cites: Cites = field(default_factory=Cites)
    footnotes: list[RawNote] = field(default_factory=list)
    note_cites: NoteCites = field(default_factory=NoteCites)
    colmap: dict[tuple[int, int], int] = field(default_factory=dict)
    inline_notes: int = 0
    pending: list[tuple[str, _Segments]] = field(default_factory=list)

    def note(self, label: str, segments: _Segments) -> None:
        """A footnote.  Each citation in it is a citation of its own; the first cited key
        with an entry gives the note its reference."""
        text = _note_links("\n".join(t.strip() for _, t, _ in segments))
        numbers = [k + 1 for k, _, _ in segments]
        ref = None
        cited_lines: list[tuple[int, str, Sequence[Span]]] = []
        for k, line, mtext in segments:
            spans = [s for s in _spans(mtext, self.wrapped.on(k, self.masked[k], mtext)) if s.cite]
            for span in spans:
                for key in span.labels:
                    self.cites.add(key, k + 1, line[span.start : span.end])
                    cited = self.bib.cited_note(key, numbers[0], text)
                    if ref is None and cited is not None:
                        ref = cited.reference
            cited_lines.append((k + 1, line, guard_spans(spans)))
        if ref is not None:
            # ("…, as in cite:key; see also https://…": the note's own link, the entry none)
            ref = with_note_url(ref, text)
        self.note_cites.add(label, cited_lines, _clean)
        self.footnotes.append(RawNote(label, text, numbers[0], numbers[-1], tuple(numbers), ref))

    def inline(self, note: InlineNote) -> str:
        """``[fn::text]`` / ``[fn:name:text]``: the note (added after the line's own
        citations) and the ``[fn:label]`` marker standing for it."""
        self.inline_notes += 1
        label = note.name or f"inline-{self.inline_notes}"
        segments = note_segments(note, self.lines, self.masked) or [(note.line, "", "")]
        self.pending.append((label, segments))
        return f"[fn:{label}]"


@dataclass(frozen=True, slots=True)
class Heading:
    """An Org heading line: its stars, its text and its tags (``:a:b:``, or "")."""

    stars: str
    text: str
    tags: str


def heading_of(line: str) -> Heading | None:
    """The heading ``line`` is (``* TODO Title   :tag:``), or None.  Split without a
    backtracking pattern: a heading of thousands of spaces stays linear."""
    m = _HEADING.match(line)
    if m is None:
        return None
    rest = line[m.end() :].strip()
    parts = rest.rsplit(None, 1)
    if parts and _TAGS.fullmatch(parts[-1]):
        return Heading(m.group("stars"), parts[0] if len(parts) == 2 else "", parts[-1])
    return Heading(m.group("stars"), rest, "")


def _heading_text(heading: Heading) -> str:
    return _TODO.sub("", heading.text).strip()


def _headline_words(line: str) -> tuple[int, int]:
    """Where a headline's words are in ``line``: after its stars, TODO keyword and
    priority cookie, before its tags (``** TODO [#A] Words :tag:``)."""
    m = _HEADING.match(line)
    start = m.end() if m else 0
    for _ in range(2):  # a keyword, then a priority cookie
        start += len(line[start:]) - len(line[start:].lstrip())
        cookie = _TODO.match(line[start:])
        if cookie is None or not cookie.group(0):
            break
        start += cookie.end()
    end = len(line.rstrip())
    last = line[start:end].rsplit(None, 1)
    if last and _TAGS.fullmatch(last[-1]) and line[:end].endswith(last[-1]):
        end -= len(last[-1])
    return start, max(start, end)


def _heading_cites(reader: _Reader, wrapped: _Wrapped, k: int, line: str, masked: str) -> str:
    """The citations of the headline at line index ``k`` (recorded in ``reader``), and its
    text with their tokens for the collector; "" if it cites nothing."""
    start, end = _headline_words(line)
    shown = " " * start + line[start:end]
    shown_masked = " " * start + masked[start:end]
    spans = _spans(shown_masked, wrapped.on(k, masked, shown_masked))
    if not spans:
        return ""
    for span in spans:
        for key in span.labels if span.cite else ():
            reader.cites.add(key, k + 1, shown[span.start : span.end])
    return transform(shown, guard_spans(spans), k + 1, reader.colmap, _tidy)


def _names_literature(text: str) -> bool:
    """Does a headline name the literature list or a part of it (``Heimildir``,
    ``References``, ``Primary Sources``, ``Prentaðar heimildir``)?"""
    return is_reference_list_heading(text) or is_qualified_list_heading(text)


def _skipped_subtree(heading: Heading, tags: frozenset[str]) -> bool:
    """Is the subtree of ``heading`` left out of the export (``COMMENT``, or one of the
    file's exclude ``tags``: see :mod:`bibcheck.readers.orgexclude`)?"""
    own = frozenset(t for t in heading.tags.split(":") if t)
    return commented(heading.text) or bool(own & tags)


# A line that is only org-ref's or org-cite's document-level command, after a blank line:
# "bibliography:refs.bib", "bibliographystyle:unsrtnat", "#+print_bibliography:"
_DOCUMENT_COMMAND = lazy_compile(
    r"^\s*(?:(?:bibliography|bibliographystyle|addbibresource|printbibliography)"
    r":\S*|#\+\w+:.*)\s*$",
    re.I,
)


def _fn_end(lines: list[str], start: int) -> int:
    """Index after the last line of the footnote definition at ``start``."""
    i, blanks = start + 1, 0
    while i < len(lines):
        line = lines[i]
        if _FN_DEF.match(line) or _HEADING.match(line) or blanks >= 2:
            break
        if blanks and _DOCUMENT_COMMAND.match(line):
            break  # "bibliography:refs.bib" after the note: the document's, not the note's
        blanks = blanks + 1 if not line.strip() else 0
        i += 1
    while i > start + 1 and not lines[i - 1].strip():
        i -= 1
    return i


def read(text: str) -> RawDocument:
    """Read without a path (``.bib`` files are looked for in the working directory)."""
    return read_opts(text, "", ReadOptions())


def score_at(text: str, path: str) -> float:
    """:func:`score` on the text with its included files (a book's main file may hold no
    citation of its own, only ``#+include:`` lines)."""
    lines = editor_lines(text)
    if path and has_includes(lines):
        main = Path(path)
        text = "\n".join(splice(lines, main.parent, main).lines)
    return score(mask(text))


def read_opts(text: str, path: str, options: ReadOptions) -> RawDocument:
    """Read the document with the files it includes (lines reported in their own files;
    the title is the main file's)."""
    lines = editor_lines(text)
    own = _title(lines)
    if _org_citations(mask(text)) == (0, 0) and cites_by_number(text):
        return read_numeric(text, own)
    if not has_includes(lines):
        return _read(text, path, options)
    main = Path(path) if path else None
    spliced = splice(lines, main.parent if main else None, main)
    raw = _read("\n".join(spliced.lines), path, options, spliced.file_of)
    raw = remap_lines(raw, spliced.where, spliced.file_of)
    return replace(raw, title=own or raw.title, anomalies=(*spliced.anomalies, *raw.anomalies))


def _title(lines: Sequence[str]) -> str | None:
    """The ``#+title:`` keyword's value."""
    return next(
        (
            kw.group("value").strip()
            for line in lines
            if (kw := _KEYWORD.match(line)) and kw.group("name").lower() == "title"
        ),
        None,
    )


def _read(
    text: str, path: str, options: ReadOptions, file_of: Callable[[int], str] | None = None
) -> RawDocument:
    lines = editor_lines(text)
    masked = _masked_lines(text)
    base = Path(path).parent if path else Path(".")
    sources = _sources(lines, masked, base, options.bibliography, file_of)
    wrapped = _wrapped(masked)
    if not sources and path and _cites_keys(masked, wrapped):
        # a chapter of an Org book: the book names its bibliography
        book = book_sources(Path(path), text, _file_sources)
        sources = [replace(s, named_in=book.origin.name) for s in book.sources] if book else []
        if not sources:  # the project's Emacs settings (.dir-locals.el) name it
            sources = dir_locals_sources(Path(path))
    bib = load(sources)
    # a literate bibliography: "#+begin_src bibtex" blocks holding the keys it cites
    add_cited_blocks(bib, lines, "\n".join(masked))
    reader = _Reader(lines, masked, bib, wrapped, author_names(bib))
    inline = InlineNotes(find_inline_notes(masked, _FN_INLINE, _HEADING_LINE))
    collector = BlockCollector(TOKEN, list_items=True, tables=True)
    literature: list[RawNote] = []
    anomalies: list[Anomaly] = list(bib.anomalies)
    title: str | None = None
    nocite: list[str] = list(wrapped.nocite)
    paragraph_list = False  # the literature list is written as paragraphs
    links: list[BodyLink] = []  # [[https://…][words]] in the body
    skip_level = 0  # inside a COMMENT / :noexport: subtree of this level
    list_level: int | None = None  # the level of the literature headline we are under
    read_lines: set[int] = set()  # lines read as text (0-based): their citations counted
    heads: list[SectionHead] = []  # every heading, and those of subtrees left out
    hidden: set[int] = set()
    excluded_tags = exclude_tags(text)
    i = 0
    while i < len(lines):
        line, line_no = lines[i], i + 1
        if inline.hidden(i):
            i += 1  # inside an inline note begun on an earlier line
            continue
        heading = heading_of(line) if not inline.continued(i) else None
        if heading:
            level = len(heading.stars)
            heads.append(SectionHead(line_no, level, _heading_text(heading)))
            if skip_level and level > skip_level:
                hidden.add(line_no)
                i += 1
                continue
            skip_level = level if _skipped_subtree(heading, excluded_tags) else 0
            if skip_level:
                hidden.add(line_no)
                i += 1
                continue
            text_ = _heading_text(heading)
            # (a part of the list under a headline of the list's own level or deeper: "* 참고문헌"
            # over "* 1. 원전", "* 2. 단행본")
            part = list_level is not None and level >= list_level and same_level_part(text_)
            list_level = level if _names_literature(text_) else list_level if part else None
            if (list_level is not None) and not bib.sources:
                end = next(
                    (k for k in range(i + 1, len(lines)) if _HEADING.match(lines[k])), len(lines)
                )
                items, list_notes, _ = read_list(lines, i + 1, set(), end, paragraphs=True)
                paragraph_list = paragraph_list or written_as_paragraphs(items, lines)
                # (Org markup as the reference parser reads it: /Title/ as *Title*)
                # (a part's entries counted on from the parts before it)
                literature.extend(
                    went_on(literature, [replace(n, text=_note_links(n.text)) for n in items])
                )
                anomalies.extend(list_notes)
            title = title or text_
            collector.heading(line_no, _heading_cites(reader, wrapped, i, line, masked[i]) or text_)
            read_lines.add(i)
            i += 1
            continue
        if skip_level:
            i += 1
            continue
        block = _BLOCK.match(line)
        if block:
            end = _block_end(lines, i, block.group("kind"))
            if block.group("kind").lower() in _SKIP_BLOCKS:
                collector.blank()
                i = end
                continue
            i += 1  # quote, verse, center: the text inside is read
            continue
        kw = _KEYWORD.match(line)
        if kw and kw.group("name").lower() != "caption":
            if kw.group("name").lower() == "title":
                title = kw.group("value").strip() or title
            nocite += _nocite(masked[i])
            i += 1
            continue
        if kw:  # "#+CAPTION: ... cite:key": a caption is text of the document
            at = kw.start("value")
            line = " " * at + line[at:]
            masked[i] = " " * at + masked[i][at:]
            collector.blank()
        if re.match(r"^\s*#\+end_", line, re.I) or re.match(r"^\s*#(?:\s|$)", line):
            i += 1
            continue
        if re.match(r"^\s*:(?:\s|$)", line):  # fixed-width (example) line
            collector.blank()
            i += 1
            continue
        drawer = _DRAWER.match(line)
        if drawer and drawer.group("name").upper() != "END":
            end = next(
                (
                    k
                    for k in range(i + 1, len(lines))
                    if _DRAWER.match(lines[k]) and lines[k].strip().upper() == ":END:"
                ),
                i,
            )
            i = end + 1
            continue
        fn = _FN_DEF.match(line) if not inline.continued(i) else None
        if fn:
            end = _fn_end(lines, i)
            at = fn.start("text")
            segments = [(i, " " * at + line[at:], " " * at + masked[i][at:])]
            segments += [(k, lines[k], masked[k]) for k in range(i + 1, end) if lines[k].strip()]
            reader.note(fn.group("label"), segments)
            read_lines.update(range(i, end))
            collector.note()
            i = end
            continue
        if not line.strip():
            collector.blank()
            i += 1
            continue
        nocite += _nocite(masked[i])
        read_lines.add(i)
        body, body_masked = inline.body(i, line, masked[i], reader.inline)
        spans = _spans(body_masked, wrapped.on(i, masked[i], body_masked))
        for span in spans:
            for key in span.labels if span.cite else ():
                reader.cites.add(key, line_no, body[span.start : span.end])
        for label, segments in reader.pending:
            reader.note(label, segments)
        reader.pending.clear()
        links += [
            BodyLink(line_no, m.start() + 1, m.group("url"), m.group("shown") or m.group("url"))
            for m in _BODY_LINK.finditer(body)
        ]
        guarded = guard_spans(spans)  # a key "1-2" is one key, no range of notes
        collector.line(line_no, transform(body, guarded, line_no, reader.colmap, _tidy))
        i += 1
    blocks, raw_markers, body_notes = collector.finish()
    # (a further-reading list beside the references: its works entries, never uncited)
    sections = [s for s in reading_sections(lines, heads, nested=True) if s.head not in hidden]
    notes_read = entry_lines(reader.footnotes)
    subheads = {h.line for h in heads}
    literature = with_reading(lines, sections, literature, notes_read, _note_links, subheads)
    markers = [
        replace(m, column=reader.colmap.get((m.line, m.column), m.column))
        for m in unguard_markers(raw_markers)
    ]
    blocks, markers = reader.note_cites.merge(blocks, markers)
    markers = unguard_markers(markers)
    listed_markers, listed_notes = listed_links(place_links(links, blocks), literature)
    markers = sorted([*markers, *listed_markers], key=lambda m: (m.line, m.column))
    anomalies.extend(unguard_anomalies(body_notes))
    anomalies.extend(unguard_anomalies(reader.note_cites.anomalies))
    # (each @key of an org-cite bracket opened on a line read as text is counted)
    tokens = bracket_tokens("\n".join(masked), _ORG_CITE_KEY, _net_key, _NET_OPENER)
    tokens = [t for t in tokens if t.opened - 1 in read_lines]
    anomalies.extend(unread_keys(tokens, reader.cites.lines, "org-cite [cite:@key;@key]"))
    labels = {n.label for n in reader.footnotes}
    # ("[cite:@TODO]": a draft's placeholder, no citation of a missing work)
    markers, placeholders = set_aside(reader.cites, markers, {*bib.entries, *labels})
    anomalies.extend(placeholders)
    notes, cited, missing = resolve(
        bib,
        reader.cites,
        labels,
        markers,
        nocite=nocite,
        how_to_name="a bibliography:refs.bib link, #+BIBLIOGRAPHY:, or --bibliography FILE",
        sort=_list_sort(lines, masked, base),
    )
    anomalies.extend(missing)
    return RawDocument(
        reader=NAME,
        title=title,
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=tuple([*reader.footnotes, *notes, *listed_notes]),
        literature=tuple(
            with_reading(lines, sections, cited, notes_read, _note_links, subheads)
            if bib.sources
            else literature
        ),
        anomalies=tuple(anomalies),
        labels_are_names=True,  # keys and [fn:name] are names: cited again, never renumbered
        # a bibliography made from keys need not hold a work a note cites in words
        literature_partial=bool(bib.sources),
        detect_styles=paragraph_list and not bib.sources,
        bibliographies=tuple(bib.files),
    )


def _list_sort(lines: Sequence[str], masked: Sequence[str], base: Path) -> ListSort:
    """The order org-cite's export processor prints the list in, by the first
    ``#+cite_export:`` keyword (``PROCESSOR [BIBLIOGRAPHY-STYLE]``): ``csl`` by the
    style's ``.csl`` file (``chicago-author-date`` when none is named), ``biblatex`` by
    the style, ``natbib`` by the ``.bst`` (``unsrtnat`` when none is named), ``basic`` by
    author.  No keyword: the order of first citation.  A CSL or biblatex list sorts in the
    collation of the document's ``#+language:`` (:func:`.listorder.in_language`: citeproc-el
    compares in the writer's locale, biber in babel's language, which the keyword sets)."""
    sort = _processor_sort(lines, masked, base)
    language = next(
        (
            kw.group("value").strip()
            for i, line in enumerate(lines)
            if (kw := _KEYWORD.match(line)) is not None
            and kw.group("name").lower() == "language"
            and masked[i].strip()
        ),
        None,
    )
    return in_language(sort, language)


def _processor_sort(lines: Sequence[str], masked: Sequence[str], base: Path) -> ListSort:
    """The order of :func:`_list_sort` by the ``#+cite_export:`` keyword alone."""
    for i, line in enumerate(lines):
        kw = _KEYWORD.match(line)
        if kw is None or kw.group("name").lower() != "cite_export" or not masked[i].strip():
            continue
        words = kw.group("value").split()
        processor = words[0].lower() if words else ""
        style = words[1] if len(words) > 1 else None
        if processor == "csl":
            name = style or "chicago-author-date.csl"
            return csl_sort(name, csl_file_text(name, [base])) or CITED
        if processor == "biblatex":
            return biblatex_sort({"style": style.lower()} if style else {}) or CITED
        if processor == "natbib":
            return bst_sort(style or "unsrtnat") or CITED
        if processor == "basic":
            return ListSort((SortPart.NAME,), use_prefix=True)
        return CITED
    return CITED


# a link to another site in the body: [[https://…][words]], [[https://…]]
_BODY_LINK = lazy_compile(
    r"\[\[(?P<url>(?:https?|ftp)://[^\[\]\s]++)\](?:\[(?P<shown>[^\[\]\n]++)\])?\]"
)
_SPACES = lazy_compile(r"[ \t]{2,}")


def _tidy(line: str) -> str:
    """A body line: no indentation, no run of spaces (a note taken out), links as text."""
    return _clean(_SPACES.sub(" ", line.strip(" \t")))


def _clean(line: str) -> str:
    """Org emphasis and links as their visible text (same length is not needed)."""
    line = re.sub(r"\[\[(?:[^\[\]\n]++)\]\[([^\]\n]++)\]\]", r"\1", line)
    return re.sub(r"\[\[((?:https?|file|doi):[^\[\]\n]++)\]\]", r"\1", line)


_NOTE_LINK = lazy_compile(
    r"\[\[((?:https?|ftp|doi):[^\]\n]+)\](?:\[((?:[^\]\n]|\n(?!\n))+)\])?\]"  # text may wrap
)


_ITALIC = lazy_compile(r"(?<![\w/:<])/(?=[^\s/])((?:[^/\n]|\n(?!\n))+?)(?<=\S)/(?![\w/])")


def _note_links(text: str) -> str:
    """A note's text as the reference parser reads notes: italics ``/Title/`` as
    ``*Title*``; links ``[[url][A Linked Title]]`` as ``*A Linked Title* <url>`` (link text of
    three words or more names the work; ``[[url][PDF]]`` -> ``PDF <url>``), ``[[url]]`` as
    ``url``."""

    def link(m: re.Match[str]) -> str:
        target, shown = m.group(1), m.group(2)
        if not shown:
            return target
        return f"*{shown}* <{target}>" if len(shown.split()) >= 3 else f"{shown} <{target}>"

    return _NOTE_LINK.sub(link, _ITALIC.sub(r"*\1*", text))


def _block_end(lines: list[str], start: int, kind: str) -> int:
    end = re.compile(r"^\s*#\+end_" + re.escape(kind) + r"\b", re.I)
    for k in range(start + 1, len(lines)):
        if end.match(lines[k]):
            return k + 1
    return len(lines)


READER = register(
    Reader(NAME, (".org",), score, read, read_opts=read_opts, detect_styles=True, score_at=score_at)
)
