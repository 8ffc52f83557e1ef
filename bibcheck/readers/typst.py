"""Reader for Typst documents (``.typ``): references, ``#cite``, footnotes, bibliographies.

Syntax is read by :mod:`bibcheck.readers.typstscan` (comments, raw text, math, code
and strings are not text; content blocks in code are).  Then:

* ``@key`` is a cross reference when ``key`` is a label of the document (``<fig:map>``,
  ``= Intro <intro>``, ``#<eq:a>`` in math, a label given to a function:
  ``subfigure(..., <fig:a>)``) or a glossary entry's ``key: "cpu"`` with no
  bibliography entry of that key; ``@prefix:name`` with no entry of that key is one
  when ``name`` is a label (the ``i-figured`` package, and the templates built on it,
  make ``@fig:box``, ``@tbl:x``, ``@lst:x``, ``@eqt:x`` refer to the label ``<box>``);
  a key no label and no entry has, shaped like a cross reference (``fig:``, ``tbl:``,
  ``eq:``, ``sec-`` ...), is a broken cross reference (``xref-unresolved``, an info);
  else a citation; ``#cite(<key>)``, ``#cite(label("key"))``, ``#ref(<key>)`` and
  ``#quote(attribution: <key>)`` cite too.  ``form: "prose"`` is an
  in-text citation; ``form: none`` prints nothing and only adds the entry to the
  bibliography.  Each cited key is a note labelled with the key whose reference is its
  entry; a key that is neither a label nor an entry is ``citation-key-missing``.
* ``#footnote[...]`` is a footnote numbered 1, 2, ... in document order, as Typst
  numbers them; a citation in it is a citation of its own.
* ``bibliography(...)`` anywhere (``#bibliography("refs.bib")``, an array of files,
  inside a template call ``#show: ieee.with(bibliography: bibliography("refs.bib"))``)
  names BibTeX (``.bib``) or Hayagriva (``.yml``/``.yaml``) files, relative to the file
  that names them; ``--bibliography`` adds more.  ``full: true`` lists every entry.  A
  chapter with no ``#`` directive at all that names none is read with the ``.bib``/``.yml``
  files next to it that hold its keys (:func:`score_opts`: such a chapter is Typst only
  when a bibliography holds what it cites).
* ``#include "chapter.typ"`` is followed relative to the including file, as LaTeX's
  ``\\input``: the chapter's lines are read where the include stands, and reported as
  lines of that file.  A missing or unreadable file, or one that includes itself, is an
  ``include-unreadable`` anomaly at the including line.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Sequence, Set
from dataclasses import dataclass, field, replace
from pathlib import Path

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, RawDocument, RawNote
from bibcheck.readers import typstorder
from bibcheck.readers.bibsource import Bibliography, Source, load
from bibcheck.readers.common import CROSS_REF_PREFIXES, BlockCollector
from bibcheck.readers.keyed import (
    TOKEN,
    Cites,
    InlineNote,
    InlineNotes,
    NoteCites,
    Span,
    author_names,
    note_segments,
    resolve,
    transform,
)
from bibcheck.readers.latex.files import Unreadable, read_text_file
from bibcheck.readers.linkcites import with_link_cites
from bibcheck.readers.links import BodyLink, place_links
from bibcheck.readers.listorder import CITED, ListSort, csl_file_text
from bibcheck.readers.registry import Reader, ReadOptions, register
from bibcheck.readers.typstincludes import joined_files
from bibcheck.readers.typstscan import Cite, Scan, scan
from bibcheck.readers.typsttyped import read_typed_list

NAME = "typst"
MAX_FILES = 500  # files included in all
MAX_DEPTH = 16

# a heading's opening; its text runs to the end of the line, the trailing whitespace stripped
# (_heading: as one pattern, "(.*?)\s*$" tried every end of the text against a run of spaces)
_HEADING = lazy_compile(r"^\s*+=+\s++")
_SET_RULE = lazy_compile(r"^\s*#(?:set|show|let|import|include)\b", re.M)
_TYPST_CALL = lazy_compile(
    r"#(?:cite\(\s*(?:<|label\()|footnote\[|footnote\(|bibliography\(|figure\(|set\s+(?:page|text|"
    r"par|heading|document)\b|show:|import\s+\"@preview/|include\s+\"[^\"]+\.typ\")"
)
_REF = lazy_compile(r"(?<![\w@\\])@[A-Za-z][\w:.-]*")
_HEAD = lazy_compile(r"^=+ \S", re.M)
_FN_MARK = lazy_compile("\ue010(?P<label>\\d+)\ue011")
# a reference shaped like a cross reference: "@fig:map", "@tbl-costs", "@eqt:euler"
_CROSS_REF = lazy_compile(rf"(?:{CROSS_REF_PREFIXES})[-:]", re.I)
# "@fig:box" of the i-figured package: a kind's prefix, then the figure's own label
_PREFIXED = lazy_compile(r"[A-Za-z]+:(?P<name>.+)")


def score(text: str) -> float:
    """Fits Typst markup: ``#set``/``#show``/``#let`` rules, ``#cite``, ``#footnote[``,
    ``#bibliography(``, ``= headings`` and ``@key`` references."""
    calls = len(_TYPST_CALL.findall(text))
    rules = len(_SET_RULE.findall(text))
    if calls == 0 and rules == 0:
        return 0.0
    cites = "#cite(" in text or "#footnote" in text or "bibliography(" in text
    refs = len(_REF.findall(text))
    headings = len(_HEAD.findall(text))
    if calls >= 2 and (cites or refs):
        return 0.97
    if calls >= 1 and (rules or headings) and (cites or refs):
        return 0.9
    return 0.5 if calls else 0.2


# a Markdown heading or a Pandoc citation: a text with ``@key`` and these is Pandoc's
_MARKDOWN = lazy_compile(r"^#{1,6}\s|\[[^\[\]\n]{0,80}@[A-Za-z]", re.M)
_BIB_SUFFIXES = frozenset({".bib", ".yml", ".yaml"})
_MAX_SIBLINGS = 20  # bibliography files of a folder looked at
_CHAPTER = 0.9


def score_opts(text: str, path: str, options: ReadOptions) -> float:
    """:func:`score`; and a chapter with no ``#`` directive at all (text, ``= headings``
    and ``@key`` references) fits when the bibliography holds what it cites: the files
    given on the command line, else the ``.bib``/``.yml`` files next to it.  So only a
    ``.typ`` file, or one with Typst headings and no Markdown heading or ``[@key]``
    (an ``@user`` mention of Markdown or e-mail cites no entry of a bibliography)."""
    base = score(text)
    if base or (Path(path).suffix.lower() != ".typ" and not _typst_headed(text)):
        return base
    # (a reference shaped like a cross reference, @fig:map, is no key a bibliography holds)
    keys = {k for k in _ref_keys(prose(text)) if _CROSS_REF.match(k) is None}
    if not keys:
        return base
    sources = [Source(name, Path("."), None) for name in options.bibliography]
    held = set(load(sources).entries) if sources else set()
    held |= {k for _, holds in _siblings(path, keys) for k in holds}
    found = keys & held
    return _CHAPTER if found and 2 * len(found) >= len(keys) else base


def _typst_headed(text: str) -> bool:
    return bool(_HEAD.search(text)) and not _MARKDOWN.search(text)


def _ref_keys(text: str) -> set[str]:
    """The keys of ``@key`` references (a sentence's full stop after one is no part)."""
    return {m.group(0)[1:].rstrip(".:") for m in _REF.finditer(text)}


def _siblings(path: str, keys: set[str]) -> list[tuple[Source, set[str]]]:
    """The bibliography files in ``path``'s folder holding any of ``keys``, each with the
    keys it holds (a chapter read alone names none: the main file that includes it does)."""
    if not path or not keys:
        return []
    folder = Path(path).parent
    try:
        files = sorted(
            p for p in folder.iterdir() if p.suffix.lower() in _BIB_SUFFIXES and p.is_file()
        )[:_MAX_SIBLINGS]
    except OSError:
        return []
    found = []
    for file in files:
        source = Source(file.name, folder, None, "its folder")
        holds = set(load([source]).entries)
        if keys & holds:
            found.append((source, holds))
    return found


# --------------------------------------------------------------------------
# Files: the main file and those it includes, as one sequence of lines
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _File:
    name: str  # as shown to the user (relative to the main file's folder)
    path: Path | None
    scan: Scan
    starts: list[int]  # offset of each line
    raw: list[str] = field(default_factory=list)  # its lines as written (code kept)

    def position(self, offset: int) -> tuple[int, int]:
        """(0-based line, 0-based column) of ``offset``."""
        k = bisect_right(self.starts, offset) - 1
        return k, offset - self.starts[k]


def _file(name: str, path: Path | None, text: str) -> _File:
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return _File(name, path, scan(text), starts, text.split("\n"))


@dataclass(slots=True)
class _Combined:
    """Every line of the document in reading order: its file and line there."""

    files: list[_File] = field(default_factory=list)
    # the local modules the document imports (a template), and what they import and
    # include: read for the bibliography they name, their text is not the document's
    modules: list[_File] = field(default_factory=list)
    origin: list[tuple[int, int]] = field(default_factory=list)  # (file, 0-based line)
    index: dict[tuple[int, int], int] = field(default_factory=dict)
    anomalies: list[Anomaly] = field(default_factory=list)

    def is_module(self, file: _File) -> bool:
        return any(file is m for m in self.modules)

    def line_no(self, c: int) -> int:
        return self.origin[c][1] + 1

    def lines(self, shown: bool) -> list[str]:
        cache = [f.scan.shown.split("\n") if shown else f.raw for f in self.files]
        return [cache[f][k] if k < len(cache[f]) else "" for f, k in self.origin]


def _where(file: _File, main: _File) -> str:
    return "" if file is main else f" of {file.name}"


def _splice(doc: _Combined, k: int, chain: tuple[Path, ...]) -> None:
    file = doc.files[k]
    includes: dict[int, list[str]] = {}
    for named in file.scan.includes:
        includes.setdefault(file.position(named.offset)[0], []).append(named.name)
    for line in range(len(file.starts)):
        doc.index[(k, line)] = len(doc.origin)
        doc.origin.append((k, line))
        for name in includes.get(line, ()):
            _include(doc, k, name, line + 1, chain)


def _include(doc: _Combined, k: int, name: str, line: int, chain: tuple[Path, ...]) -> None:
    including = doc.files[k]
    base = including.path.parent if including.path is not None else Path(".")
    path = _resolve(doc, base, name)
    where = _where(including, doc.files[0])
    problem: str | None = None
    if path.resolve() in chain:
        problem = f"{name} includes itself (directly or through other files): not read again"
    elif len(chain) > MAX_DEPTH or len(doc.files) >= MAX_FILES:
        problem = f"{name} not read: more than {MAX_DEPTH} levels or {MAX_FILES} files"
    else:
        try:
            text = read_text_file(path, None).text
        except Unreadable as exc:
            problem = f"{name} cannot be read ({exc}): its citations are not checked"
    if problem is not None:
        message = f"#include at line {line}{where}: {problem}"
        doc.anomalies.append(Anomaly(AnomalyCode.INCLUDE_UNREADABLE, message, line))
        return
    main_dir = doc.files[0].path.parent if doc.files[0].path is not None else Path(".")
    try:
        shown_name = str(path.relative_to(main_dir))
    except ValueError:
        shown_name = str(path)
    doc.files.append(_file(shown_name, path, text))
    _splice(doc, len(doc.files) - 1, (*chain, path.resolve()))


def _root(doc: _Combined) -> Path:
    """The project root: the main file's folder (Typst's default ``--root``)."""
    main = doc.files[0].path
    return main.parent if main is not None else Path(".")


def _resolve(doc: _Combined, base: Path, name: str) -> Path:
    """A path as Typst resolves it: ``/x`` from the project root, else from ``base``."""
    return _root(doc) / name.lstrip("/") if name.startswith("/") else base / name


def _load(text: str, path: str) -> _Combined:
    doc = _Combined()
    main = Path(path) if path else None
    doc.files.append(_file(main.name if main else "", main, text))
    _splice(doc, 0, (main.resolve(),) if main is not None else ())
    _modules(doc)
    _expression_includes(doc, (main.resolve(),) if main is not None else ())
    return doc


def _expression_includes(doc: _Combined, chain: tuple[Path, ...]) -> None:
    """The files included by joined strings (``include "chapters/" + c + ".typ"`` in a
    loop over ``chapters``, as a template reads the chapters the main file names: see
    :mod:`bibcheck.readers.typstincludes`), read after the main file's text in the order
    the array gives them; an include naming its file by any other expression, or by an
    array no file gives strings to, is ``include-unreadable``."""
    for file in [*doc.files, *doc.modules]:
        where = _where(file, doc.files[0])
        for target in file.scan.joined:
            line = file.position(target.offset)[0] + 1
            values = _array_values(doc, target.over)
            if not values:
                shown = f'"{target.prefix}" + {target.name} + "{target.suffix}"'
                message = (
                    f"include at line {line}{where} names its files by an expression "
                    f"({shown}) whose values are not written in the document: not read"
                )
                doc.anomalies.append(Anomaly(AnomalyCode.INCLUDE_UNREADABLE, message, line))
                continue
            for name in joined_files(target, values):
                base = file.path.parent if file.path is not None else Path(".")
                path = _resolve(doc, base, name)
                if path.resolve() in {f.path.resolve() for f in doc.files if f.path}:
                    continue
                _include(doc, 0, _shown(doc, path), line, chain)
        for expression in file.scan.expressions:
            line = file.position(expression.offset)[0] + 1
            message = (
                f"include at line {line}{where} names its file by an expression "
                f"({expression.text}): not read"
            )
            doc.anomalies.append(Anomaly(AnomalyCode.INCLUDE_UNREADABLE, message, line))


def _array_values(doc: _Combined, name: str | None) -> list[str]:
    """The strings given to the array ``name`` in the first file that gives it any (the
    main file's ``chapters: ("a", "b")``, a ``let name = (...)``)."""
    if name is None:
        return []
    for file in [*doc.files, *doc.modules]:
        if values := file.scan.assigned.get(name):
            return list(values)
    return []


def _shown(doc: _Combined, path: Path) -> str:
    """``path`` relative to the main file's folder (as an include there names it)."""
    main_dir = doc.files[0].path.parent if doc.files[0].path is not None else Path(".")
    return os.path.relpath(path, main_dir)


def _modules(doc: _Combined) -> None:
    """The local files the document imports (``#import "template.typ": *``), and those
    they import or include from code, transitively (at most MAX_FILES in all)."""
    seen = {f.path.resolve() for f in doc.files if f.path is not None}
    queue = [f for f in doc.files if f.path is not None]
    while queue and len(doc.files) + len(doc.modules) < MAX_FILES:
        file = queue.pop(0)
        assert file.path is not None
        names = [n.name for n in file.scan.imports]
        if doc.is_module(file):  # a template's own #include "cover.typ"
            names += [n.name for n in file.scan.includes]
        for name in names:
            path = _resolve(doc, file.path.parent, name)
            if path.suffix != ".typ" or path.resolve() in seen:
                continue
            seen.add(path.resolve())
            try:
                text = read_text_file(path, None).text
            except Unreadable:
                continue  # (what it names is not known: no bibliography from it)
            module = _file(name, path, text)
            doc.modules.append(module)
            queue.append(module)


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Reader:
    doc: _Combined
    shown: list[str]
    bib: Bibliography
    labels: set[str]
    names: dict[str, str]
    # (combined line, column) -> the cites starting there (several from one call of a
    # variadic citation helper, ``#cs(<a>, <b>)``), end col
    cites_at: dict[tuple[int, int], tuple[list[Cite], int]]
    cites: Cites = field(default_factory=Cites)
    footnotes: list[RawNote] = field(default_factory=list)
    note_cites: NoteCites = field(default_factory=NoteCites)
    colmap: dict[tuple[int, int], int] = field(default_factory=dict)
    count: int = 0
    pending: list[tuple[str, list[tuple[int, str, str]]]] = field(default_factory=list)
    # the lines as written: the text of a note that is all code (``#footnote[#src("x")]``)
    raw: list[str] = field(default_factory=list)
    coded: set[str] = field(default_factory=set)  # labels of such notes
    nocite: list[str] = field(default_factory=list)
    broken: dict[str, int] = field(default_factory=dict)  # unresolved cross reference: line

    def cross_ref(self, c: int, key: str) -> bool:
        """Is ``@key`` at combined line ``c`` a cross reference (text, no citation)?"""
        return cross_ref(
            key, self.labels, self.bib.entries.keys(), self.broken, self.doc.line_no(c)
        )

    def spans(self, c: int, line: str, lo: int = 0, hi: int | None = None) -> list[Span]:
        """Citations, cross references and footnote markers still standing in ``line``."""
        found: list[Span] = []
        for m in _FN_MARK.finditer(line):
            found.append(Span(m.start(), m.end(), (m.group("label"),), cite=False))
        hi = len(line) if hi is None else hi
        for col in range(lo, hi):
            if line[col] != "@" or (c, col) not in self.cites_at:
                continue
            group, end = self.cites_at[(c, col)]
            end = min(end, len(line))
            cite = group[0]
            if len(group) > 1:  # one call citing several keys
                keys = tuple(dict.fromkeys(g.key for g in group if g.form != "none"))
                self.nocite += [g.key for g in group if g.form == "none"]
                found.append(Span(col, end, keys))
            elif cite.ref and self.cross_ref(c, cite.key):  # text, no citation
                found.append(Span(col, end, (), name=cite.key))
            elif cite.form == "none":
                self.nocite.append(cite.key)
                found.append(Span(col, end, (), name=""))
            elif cite.form == "prose":
                name = self.names.get(cite.key, cite.key)
                found.append(Span(col, end, (cite.key,), in_text=True, name=name))
            else:
                found.append(Span(col, end, (cite.key,)))
        return sorted(found, key=lambda s: s.start)

    def marker(self, note: InlineNote) -> str:
        self.count += 1
        label = str(self.count)
        segments = note_segments(note, self.shown, self.shown)
        if not segments and self.raw:
            # a note that is all code (a helper's call, ``#footnote[#src("app/x")]``):
            # Typst prints what the code makes; its text here is the code as written
            segments = note_segments(note, self.raw, self.raw)
            self.coded.add(label)
        self.pending.append((label, segments))
        return f"\ue010{label}\ue011"

    def note(self, label: str, segments: list[tuple[int, str, str]]) -> None:
        """A footnote; each citation in it is a citation of its own, and the first
        cited entry is the note's reference."""
        if not segments:
            return
        text = "\n".join(_tidy(_plain(t)) for _, t, _ in segments)
        numbers = [self.doc.line_no(k) for k, _, _ in segments]
        if label in self.coded:  # (code: no citation of its own is read in it)
            self.footnotes.append(RawNote(label, text, numbers[0], numbers[-1], tuple(numbers)))
            return
        ref = None
        cited: list[tuple[int, str, list[Span]]] = []
        for k, line, _ in segments:
            spans = self.spans(k, line)
            line_no = self.doc.line_no(k)
            for span in spans:
                for key in span.labels if span.cite else ():
                    self.cites.add(key, line_no, line[span.start : span.end].strip())
                    entry = self.bib.cited_note(key, numbers[0], text)
                    if ref is None and entry is not None:
                        ref = entry.reference
            cited.append((line_no, line, spans))
        self.note_cites.add(label, cited, _tidy)
        self.footnotes.append(RawNote(label, text, numbers[0], numbers[-1], tuple(numbers), ref))


def cross_ref(
    key: str,
    labels: Set[str],
    entries: Set[str],
    broken: dict[str, int] | None = None,
    line: int = 0,
) -> bool:
    """Is a reference ``@key`` a cross reference: ``key`` a label; or, with no entry of
    that key, ``prefix:name`` with ``name`` a label (i-figured's ``@fig:box`` for
    ``<box>``), or shaped like one (``@fig:lost``: a broken one, recorded in ``broken``
    with the first ``line`` it stands on)?"""
    if key in labels:
        return True
    if key in entries:
        return False
    prefixed = _PREFIXED.fullmatch(key)
    if prefixed is not None and prefixed.group("name") in labels:
        return True
    if _CROSS_REF.match(key) is None:
        return False
    if broken is not None:
        broken.setdefault(key, line)
    return True


def _broken(broken: dict[str, int]) -> list[Anomaly]:
    """An ``xref-unresolved`` anomaly for each cross reference to no label."""
    return [
        Anomaly(
            AnomalyCode.XREF_UNRESOLVED,
            f"@{key} points at no label of the document and no bibliography entry: a broken "
            f'cross reference (Typst stops with "label <{key}> does not exist"), not a '
            "citation",
            line,
        )
        for key, line in broken.items()
    ]


def _heading(body: str) -> tuple[int, str] | None:
    r"""(where its text starts, the text) of a heading line, or None: what
    ``^\s*(=+)\s+(.*?)\s*$`` reads (no text across a newline)."""
    m = _HEADING.match(body)
    if m is None:
        return None
    text = body[m.end() :].rstrip()
    return None if "\n" in text else (m.end(), text)


def _plain(line: str) -> str:
    """Shown text with the footnote markers of nested notes taken out."""
    return _FN_MARK.sub("", line)


_EMPHASIS = lazy_compile(
    r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]*?\S)_(?![\w_])"
)
_SPACES = lazy_compile(r"[ \t]{2,}")
_BEFORE_PUNCTUATION = lazy_compile(r"(?<=\S)[ \t]+(?=[.,;:!?)](?:\s|$))")


def _body_links(doc: _Combined, notes: Sequence[InlineNote]) -> list[BodyLink]:
    """The ``#link("https://…")`` calls of the body (not in a note: the note cites by its
    text), each shown as its address, where the scanner writes it."""
    ordered = sorted(notes, key=lambda n: (n.line, n.start))
    opens = [(n.line, n.start) for n in ordered]
    # (the furthest any note opened so far reaches: notes may nest)
    reach: list[tuple[int, int]] = []
    for n in ordered:
        reach.append(max((n.end_line, n.end), reach[-1]) if reach else (n.end_line, n.end))
    found: list[BodyLink] = []
    for k, file in enumerate(doc.files):
        for start, url in file.scan.links:
            line, col = file.position(start)
            c = doc.index.get((k, line))
            before = bisect_right(opens, (c, col)) if c is not None else 0
            if c is None or (before and reach[before - 1] >= (c, col)):
                continue  # (in a note)
            found.append(BodyLink(doc.line_no(c), col + 1, url, url))
    return sorted(found, key=lambda b: (b.line, b.column))


def _tidy(line: str) -> str:
    """A shown line as text: no emphasis marks, no runs of spaces (code taken out)."""
    line = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), line)
    line = re.sub(r"^\s*(?:[-+]|/\s[^:]*:)\s+", "", line)  # list and term items
    line = _BEFORE_PUNCTUATION.sub("", line)  # (code blanked before a full stop)
    return _SPACES.sub(" ", line.strip(" \t"))


_BIB_FILE = lazy_compile(r"\.(?:bib|ya?ml)$", re.I)


def _given(doc: _Combined, file: _File, name: str) -> list[tuple[str, _File]]:
    """The bibliography files a variable or a template's parameter ``name`` is given
    (``#let bib = "refs.bib"``; ``#show: thesis.with(bib: "refs.bib")``; a default
    ``#let thesis(bib: "refs.bib", body)``): in ``file`` first, else in any file read."""
    if not re.fullmatch(r"[A-Za-z_][\w-]*", name):
        return []
    for files in ([file], [*doc.files, *doc.modules]):
        found = [
            (value, f)
            for f in files
            for value in f.scan.assigned.get(name, ())
            if _BIB_FILE.search(value)
        ]
        if found:
            return list({(v, id(f)): (v, f) for v, f in found}.values())
    return []


def _unresolved(doc: _Combined, extra: tuple[str, ...], found: bool) -> list[Anomaly]:
    """``bibliography(expr)`` whose file is not a string or a string given to a variable
    or parameter (in a module: only when no bibliography was found at all)."""
    anomalies = []
    for file in [*doc.files, *([] if found else doc.modules)]:
        for named in file.scan.unresolved:
            if _given(doc, file, named.name):
                continue
            line = file.position(named.offset)[0] + 1
            given = " (the --bibliography files are read instead)" if extra else ""
            where = _where(file, doc.files[0])
            if doc.is_module(file):  # its lines are not the document's
                where, line = f" of {file.name}, imported,", 0
            anomalies.append(
                Anomaly(
                    AnomalyCode.BIBLIOGRAPHY_UNREADABLE,
                    f"bibliography({named.name}){f' at line {line}' if line else ''}{where} "
                    "names its file by an expression this reader does not evaluate: give the "
                    f"file with --bibliography FILE{given}",
                    line or None,
                )
            )
    return anomalies


def _sources(
    doc: _Combined, extra: tuple[str, ...], chapter: bool = False
) -> tuple[list[Source], bool]:
    """The bibliography files the document names (and ``extra``), and whether it lists
    them in full; for a ``chapter`` (no ``#`` directive at all) that names none, the
    files next to it that hold its keys."""
    found: list[Source] = []
    full = False
    for k, file in enumerate(doc.files):
        base = file.path.parent if file.path is not None else Path(".")
        full = full or file.scan.full_bibliography
        for named in file.scan.bibliographies:
            line = file.position(named.offset)[0] + 1
            # named in an included file: say which (its lines are not the document's)
            where = f"{file.path.name}, line {line}" if k and file.path is not None else None
            if named.name.startswith("/"):  # from the project root
                found.append(Source(named.name.lstrip("/"), _root(doc), line, where))
            else:
                found.append(Source(named.name, base, line, where))
    for file in [*doc.files, *doc.modules]:
        # bibliography(bib) with bib a variable or a template's parameter given a file;
        # a module's own bibliography("refs.bib") (a template that prints it)
        module = doc.is_module(file)
        named_here = [(n.name, file) for n in file.scan.bibliographies] if module else []
        given = [g for n in file.scan.unresolved for g in _given(doc, file, n.name)]
        for name, by in [*named_here, *given]:
            found.append(_module_source(doc, file, by, name))
    found += [Source(name, Path("."), None) for name in extra]
    if chapter and not found and doc.files and doc.files[0].path is not None:
        keys = {c.key for f in doc.files for c in f.scan.cites}
        found = [source for source, _ in _siblings(str(doc.files[0].path), keys)]
    return found, full


def _list_sort(doc: _Combined) -> ListSort:
    """The order Typst prints the list in: that of the style the document names (the
    last ``style:`` given; a ``.csl`` file by its ``<sort>``), else of its default style,
    IEEE (order of first citation)."""
    named = [(f, f.scan.bibliography_style) for f in doc.files if f.scan.bibliography_style]
    if not named:
        return CITED
    file, style = named[-1]
    base = file.path.parent if file.path is not None else Path(".")
    text = csl_file_text(style, [base, _root(doc)]) if style.endswith(".csl") else None
    return typstorder.typst_sort(style, text)


def _module_source(doc: _Combined, call: _File, by: _File, name: str) -> Source:
    """A file named in ``by`` for ``bibliography(...)`` in ``call``: relative to the
    calling file, as Typst resolves it, else to the naming file when only it has it."""
    bases = [f.path.parent if f.path is not None else Path(".") for f in (call, by)]
    if name.startswith("/"):
        return Source(name.lstrip("/"), _root(doc), None, call.name or None)
    base = next((b for b in bases if (b / name).is_file()), bases[0])
    return Source(name, base, None, call.name or None)


def read(text: str) -> RawDocument:
    """Read without a path (files are looked for in the working directory)."""
    return read_opts(text, "", ReadOptions())


def read_opts(text: str, path: str, options: ReadOptions) -> RawDocument:
    doc = _load(text, path)
    shown = doc.lines(shown=True)
    sources, full = _sources(doc, options.bibliography, chapter=score(text) == 0)
    bib = load(sources)
    labels = set().union(*(f.scan.labels for f in doc.files))
    # a label given to a function is a label, unless it is a key of the bibliography
    # (then the function is a citation macro this reader does not know: not a label)
    labels |= {k for f in doc.files for k in f.scan.code_labels if k not in bib.entries}
    # a glossary term (glossarium's ``key: "cpu"``) cited as @cpu is no citation, unless
    # the bibliography has an entry of that key
    # (glossarium's @cpu:pl, @cpu:cap are forms of the term cpu)
    terms = {t for f in doc.files for t in f.scan.terms if t not in bib.entries}
    labels |= {
        c.key for f in doc.files for c in f.scan.cites if c.ref and c.key.split(":")[0] in terms
    }
    cites_at: dict[tuple[int, int], tuple[list[Cite], int]] = {}
    notes: list[InlineNote] = []
    for k, file in enumerate(doc.files):
        for cite in file.scan.cites:
            line, col = file.position(cite.start)
            end_line, end_col = file.position(cite.end)
            c = doc.index[(k, line)]
            at = cites_at.setdefault((c, col), ([], 0))
            at[0].append(cite)
            cites_at[(c, col)] = (at[0], end_col if end_line == line else len(shown[c]))
        for fn in file.scan.footnotes:
            line, col = file.position(fn.start)
            end_line, end_col = file.position(fn.close)
            c, end_c = doc.index[(k, line)], doc.index[(k, end_line)]
            if end_c - c != end_line - line:
                continue  # an include inside the note: not a note we can place
            notes.append(InlineNote(c, col, fn.body - file.starts[line], end_c, end_col))
    notes.sort(key=lambda n: (n.line, n.start))
    reader = _Reader(doc, shown, bib, labels, author_names(bib), cites_at)
    reader.raw = doc.lines(shown=False)
    inline = InlineNotes(_outermost(notes))
    collector = BlockCollector(TOKEN, keys=True)
    title = next((f.scan.title for f in doc.files if f.scan.title), None)
    for c in range(len(shown)):
        if inline.hidden(c):
            continue
        line_no = doc.line_no(c)
        body, body_masked = inline.body(c, shown[c], shown[c], reader.marker)
        spans = reader.spans(c, body_masked)
        for span in spans:
            for key in span.labels if span.cite else ():
                source = body[span.start : span.end].strip()
                reader.cites.add(key, line_no, source)
        for label, segments in reader.pending:
            reader.note(label, segments)
        reader.pending.clear()
        heading = _heading(body) if not inline.continued(c) else None
        if heading is not None:
            start, text = heading
            rest = body[start:]
            spans_h = [
                replace(s, start=s.start - start, end=s.end - start)
                for s in spans
                if s.start >= start
            ]
            collector.heading(line_no, transform(rest, spans_h, line_no, reader.colmap, _tidy))
            title = title or _tidy(text)
            continue
        if not body.strip():
            collector.blank()
            continue
        collector.line(line_no, transform(body, spans, line_no, reader.colmap, _tidy))
    blocks, raw_markers, body_notes = collector.finish()
    markers = [
        replace(m, column=reader.colmap.get((m.line, m.column), m.column)) for m in raw_markers
    ]
    blocks, markers = reader.note_cites.merge(blocks, markers)
    anomalies: list[Anomaly] = [
        *doc.anomalies,
        *_unresolved(doc, options.bibliography, bool(bib.sources)),
    ]
    anomalies += [*bib.anomalies, *body_notes]
    anomalies.extend(reader.note_cites.anomalies)
    footnote_labels = {n.label for n in reader.footnotes}
    cited_notes, cited, missing = resolve(
        bib,
        reader.cites,
        footnote_labels,
        markers,
        nocite=[*reader.nocite, *(["*"] if full else [])],
        how_to_name='#bibliography("refs.bib") or --bibliography FILE',
        sort=_list_sort(doc),
    )
    anomalies.extend(missing)
    anomalies.extend(_broken(reader.broken))
    footnotes = [*reader.footnotes, *cited_notes]
    if not markers and not footnotes and not cited:
        # no key, no note: a list typed by hand under a References heading, cited by
        # author and year (read as the plain-text reader reads such text)
        typed = read_typed_list(
            shown,
            reader.raw,
            NAME,
            title,
            lambda n: doc.line_no(n - 1),
            lambda n: _file_of(doc, n - 1),
        )
        if typed is not None:
            return replace(typed, anomalies=(*anomalies, *typed.anomalies))
    if markers or footnotes:
        # a #link citing its sentence beside the document's citations (not its own material)
        markers, footnotes = with_link_cites(
            markers, footnotes, place_links(_body_links(doc, notes), blocks), blocks
        )
    return RawDocument(
        reader=NAME,
        title=title,
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=tuple(footnotes),
        literature=tuple(cited),
        anomalies=tuple(anomalies),
        labels_are_names=True,  # keys are names; Typst numbers its footnotes itself
        literature_partial=bool(bib.sources),
        bibliographies=tuple(bib.files),
    )


def _file_of(doc: _Combined, c: int) -> str:
    """The name of the included file line ``c`` (0-based) of the combined text stands in
    ("": the main file)."""
    if not 0 <= c < len(doc.origin) or doc.origin[c][0] == 0:
        return ""
    return doc.files[doc.origin[c][0]].name


def _outermost(notes: list[InlineNote]) -> list[InlineNote]:
    """The footnotes not inside another (a note in a note is read as text of it)."""
    kept: list[InlineNote] = []
    for note in notes:
        if kept and (note.line, note.start) <= (kept[-1].end_line, kept[-1].end):
            continue
        kept.append(note)
    return kept


def prose(text: str) -> str:
    """The text Typst renders (code, comments, raw text and math blanked)."""
    return scan(text).shown


READER = register(
    Reader(NAME, (".typ",), score, read, read_opts=read_opts, prose=prose, score_opts=score_opts)
)
