"""Reader for LaTeX manuscripts: ``\\footnote``, ``\\cite`` and the ``.bib`` files.

What becomes what:

* ``\\footnote[n]{...}`` (nested braces, several paragraphs) is a footnote
  numbered in order; its marker stands where the command stood.
* ``\\cite``, ``\\parencite``, ``\\textcite``, ``\\autocite``, ``\\citep``,
  ``\\citet`` ... with optional pre- and post-notes put one marker per key
  in the body; each cited key is a "footnote" labelled with the key whose
  reference is the ``.bib`` entry, so claims, checking and linking work as
  for numbered notes.  A key found in no ``.bib`` is a marker without
  definition.
* ``\\footcite[pre][post]{key}`` (and ``\\footcitetext``) is a real
  footnote whose reference is the entry, with the post-note as its pages; a
  ``\\footnote`` holding a single ``\\cite`` is treated the same way.
* ``\\url{...}`` and ``\\href{url}{text}`` keep their target in notes (the
  visible text in the body).
* The ``.bib`` files named by ``\\bibliography{a,b}`` or
  ``\\addbibresource{x.bib}`` are read next to the manuscript through the
  ``.bib`` importer (:mod:`bibcheck.readers.bibtex`); the literature list is
  the cited entries (all of them after ``\\nocite{*}``), labelled by key and
  carrying the ``.bib``'s own line numbers.  ``thebibliography`` with
  ``\\bibitem`` is read as a literature list too.  A missing or broken
  ``.bib`` is a ``bibliography-unreadable`` anomaly; everything else is kept.
* Comments are removed; accents (``\\'e``, ``\\"{o}``) and TeX quotes and
  dashes become Unicode; other commands keep the text of their arguments.

Unbalanced braces never stop the reader: an argument that is never closed
runs to the end of its paragraph, with a ``document-damaged`` anomaly.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from pathlib import Path

from bibcheck.bibfile import read_bib
from bibcheck.model import (
    Anomaly,
    AnomalyCode,
    RawDocument,
    RawMarker,
    RawNote,
    Reference,
    TextBlock,
)
from bibcheck.parse.references.bibtex import to_reference
from bibcheck.readers import Reader, register

NAME = "latex"
_COMMAND = re.compile(r"\\([A-Za-z@]+\*?|.)", re.S)
_CITE = re.compile(
    r"(?:[Pp]aren|[Tt]ext|[Aa]uto|[Ff]oot|[Ss]mart|[Ss]uper)?cite(?:[pt]|text|alp|alt)?\*?"
    r"|[Cc]ite(?:author|year|title)\*?|nocite"
)
_HEADINGS = {"part", "chapter", "section", "subsection", "subsubsection", "paragraph"}
_KEEP = {
    "emph", "textit", "textbf", "textsc", "texttt", "textup", "textsl", "textrm", "textsf",
    "mbox", "text", "uline", "underline", "foreignlanguage", "hbox", "textnormal",
}  # fmt: skip
_DROP = {
    "label", "ref", "eqref", "cref", "Cref", "pageref", "autoref", "index", "vspace", "hspace",
    "includegraphics", "input", "include", "bibliographystyle", "bibliography",
    "addbibresource", "usepackage", "documentclass", "newcommand", "renewcommand",
    "setlength", "pagestyle", "thispagestyle", "hyphenation", "author", "title", "date",
    "caption", "footnotemark", "footnotetext", "printbibliography", "selectlanguage",
}  # fmt: skip
_BREAKS = {"par", "item", "maketitle", "tableofcontents", "newpage", "clearpage", "bigskip"}
_SYMBOLS = {
    "%": "%", "&": "&", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", "\\": " ", ",": " ",
    ";": " ", " ": " ", "ldots": "…", "dots": "…", "LaTeX": "LaTeX", "TeX": "TeX", "S": "§",
    "textendash": "–", "textemdash": "—", "guillemotleft": "«", "guillemotright": "»",
    "textquotedblleft": "“", "textquotedblright": "”", "-": "", "/": "", "ss": "ß",
    "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "l": "ł", "L": "Ł", "i": "ı",
}  # fmt: skip
_ACCENTS = {
    "'": "\u0301", "`": "\u0300", '"': "\u0308", "^": "\u0302", "~": "\u0303", "=": "\u0304",
    ".": "\u0307", "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "k": "\u0328",
}  # fmt: skip
_TEXT_SUBS = (
    ("---", "—"),
    ("--", "–"),
    ("``", "“"),
    ("''", "”"),
    ("~", " "),
    ("<<", "«"),
    (">>", "»"),
)
_VERBATIM = re.compile(r"\\begin\{(verbatim|lstlisting|comment|minted)\}.*?\\end\{\1\}", re.S)


def score(text: str) -> float:
    """Fits LaTeX sources with footnotes or citations."""
    if not re.search(r"\\(?:documentclass|begin\{document\}|section|footnote|cite)", text):
        return 0.0
    return 0.95 if re.search(r"\\(?:footnote|\w*cite\w*)\s*[\[{]", text) else 0.5


# --------------------------------------------------------------------------
# Source positions
# --------------------------------------------------------------------------


def _strip_comments(text: str) -> str:
    """Comments and verbatim blocks blanked with spaces, so offsets do not move."""

    def blank(m: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", m.group(0))

    text = _VERBATIM.sub(blank, text)
    return re.sub(r"(?<!\\)%[^\n]*", blank, text)


@dataclass(frozen=True, slots=True)
class _Source:
    text: str
    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> _Source:
        starts = [0] + [m.end() for m in re.finditer("\n", text)]
        return cls(text, tuple(starts))

    def line(self, pos: int) -> int:
        return bisect_right(self.starts, pos)

    def column(self, pos: int) -> int:
        return pos - self.starts[self.line(pos) - 1] + 1


def group_end(text: str, start: int, limit: int | None = None) -> int | None:
    """Index after the ``}`` closing the ``{`` at ``start``; None when it is never closed."""
    depth = 0
    i = start
    stop = len(text) if limit is None else limit
    while i < stop:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


def _paragraph_end(text: str, start: int) -> int:
    m = re.compile(r"\n[ \t]*\n").search(text, start)
    return m.start() if m else len(text)


# --------------------------------------------------------------------------
# The bibliography
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Bib:
    entries: dict[str, RawNote] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)


def _bib_names(src: _Source) -> list[tuple[str, int]]:
    names: list[tuple[str, int]] = []
    for m in re.finditer(
        r"\\(bibliography|addbibresource)\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}", src.text
    ):
        line = src.line(m.start())
        for name in m.group(2).split(","):
            name = name.strip()
            if name:
                names.append((name if name.endswith(".bib") else name + ".bib", line))
    return names


def load_bibs(names: list[tuple[str, int]], base: Path) -> _Bib:
    """Entries of the named ``.bib`` files (through the .bib importer), by key."""
    bib = _Bib()
    for name, line in names:
        path = (base / name).resolve() if not Path(name).is_absolute() else Path(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            bib.anomalies.append(_bib_problem(f"{name} cannot be read ({exc.strerror})", line))
            continue
        _read_bib(bib, name, data.decode("utf-8", "replace"), line)
    return bib


def _read_bib(bib: _Bib, name: str, text: str, line: int) -> None:
    records, errors = read_bib(text)
    for error in errors:
        bib.anomalies.append(_bib_problem(f"{name}, line {error.line}: {error.message}", line))
    for record in records:
        if record.key in bib.entries:
            continue
        starts = tuple(range(record.line, record.end_line + 1))
        ref = to_reference(record)
        bib.entries[record.key] = RawNote(
            record.key, record.raw, record.line, record.end_line, starts, reference=ref
        )
        bib.order.append(record.key)


def _bib_problem(message: str, line: int) -> Anomaly:
    return Anomaly(
        AnomalyCode.BIBLIOGRAPHY_UNREADABLE,
        f"bibliography {message}; the entries that could be read are kept",
        line,
    )


def render(ref: Reference) -> str:
    """A readable one-line form of a .bib entry (for a note's text)."""
    parts = ["; ".join(ref.authors), ref.title or "", ref.host or "", ref.publisher or ""]
    text = ". ".join(p.strip(". ") for p in parts if p and p.strip(". "))
    if ref.year_raw:
        text += f" ({ref.year_raw})"
    if ref.url:
        text += f". {ref.url}"
    return text


# --------------------------------------------------------------------------
# Converting LaTeX to text
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Sink:
    """Text being written, with source lines and markers."""

    parts: list[str] = field(default_factory=list)
    pieces: list[tuple[int, int]] = field(default_factory=list)
    markers: list[tuple[str, int, int, int]] = field(default_factory=list)  # label,line,col,off
    cites: list[tuple[str, str | None]] = field(default_factory=list)  # key, post-note
    heading: bool = False

    @property
    def length(self) -> int:
        return sum(len(p) for p in self.parts)

    def write(self, text: str, line: int) -> None:
        if not text:
            return
        if not self.pieces or self.pieces[-1][1] != line:
            self.pieces.append((self.length, line))
        self.parts.append(text)

    def text(self) -> str:
        return "".join(self.parts)


@dataclass(slots=True)
class _Converter:
    src: _Source
    bib: _Bib
    notes: list[RawNote] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)
    blocks: list[_Sink] = field(default_factory=list)
    cited: dict[str, tuple[int, str]] = field(default_factory=dict)  # key -> first (line, source)
    nocite_all: bool = False

    # -- paragraphs -------------------------------------------------------

    def body(self, start: int, end: int) -> None:
        sink = _Sink()
        pos = start
        for m in re.finditer(r"\n[ \t]*\n", self.src.text[start:end]):
            stop = start + m.start()
            if stop < pos:
                continue
            sink = self._convert(pos, stop, sink, in_note=False)
            self._flush(sink)
            sink = _Sink()
            pos = start + m.end()
        self._flush(self._convert(pos, end, sink, in_note=False))

    def _flush(self, sink: _Sink) -> None:
        if sink.text().strip() or sink.markers:
            self.blocks.append(sink)

    # -- the walk ---------------------------------------------------------

    def _convert(self, start: int, end: int, sink: _Sink, in_note: bool) -> _Sink:
        text = self.src.text
        i = start
        while i < end:
            ch = text[i]
            if ch == "\\":
                i, sink = self._command(i, end, sink, in_note)
            elif ch in "{}":
                i += 1
            elif ch == "$":
                close = text.find("$", i + 1, end)
                close = end if close < 0 else close
                sink.write(text[i + 1 : close], self.src.line(i))
                i = close + 1
            else:
                m = re.compile(r"[^\\{}$]+").match(text, i, end)
                chunk = m.group(0) if m else ch
                self._text(chunk, i, sink)
                i += len(chunk)
        return sink

    def _text(self, chunk: str, pos: int, sink: _Sink) -> None:
        for old, new in _TEXT_SUBS:
            chunk = chunk.replace(old, new)
        lines = chunk.split("\n")
        line = self.src.line(pos)
        for k, piece in enumerate(lines):
            sink.write((" " if k else "") + re.sub(r"[ \t]+", " ", piece), line + k)

    def _command(self, i: int, end: int, sink: _Sink, in_note: bool) -> tuple[int, _Sink]:
        m = _COMMAND.match(self.src.text, i)
        if m is None:
            return i + 1, sink
        name = m.group(1)
        after = m.end()
        base = name.rstrip("*")
        if name in _ACCENTS:
            return self._accent(name, after, end, sink)
        if base == "footnote":
            return self._footnote(i, after, end, sink, in_note), sink
        if _CITE.fullmatch(base):
            return self._cite(i, base, after, end, sink, in_note), sink
        if base in ("url", "href"):
            return self._link(i, base, after, end, sink, in_note), sink
        if base in _HEADINGS and not in_note:
            return self._heading(after, end, sink)
        if base in ("begin", "end"):
            return self._environment(after, end, sink, in_note)
        if base in _BREAKS and not in_note:
            self._flush(sink)
            return after, _Sink()
        if base in _DROP:
            return self._skip_args(after, end), sink
        if base == "enquote":
            return self._wrapped(after, end, sink, in_note, "“", "”"), sink
        if name in _SYMBOLS:
            sink.write(_SYMBOLS[name], self.src.line(i))
            return after + (2 if self.src.text[after : after + 2] == "{}" else 0), sink
        after = self._skip_options(after, end)
        return after, sink  # _KEEP and unknown commands: their arguments are read as text

    def _accent(self, name: str, after: int, end: int, sink: _Sink) -> tuple[int, _Sink]:
        text = self.src.text
        m = re.compile(r"\s*\{?\\?([A-Za-z])\}?").match(text, after, end)
        if m is None:
            return after, sink
        letter = "ı" if m.group(1) == "i" and "\\i" in m.group(0) else m.group(1)
        sink.write(unicodedata.normalize("NFC", letter + _ACCENTS[name]), self.src.line(after))
        return m.end(), sink

    def _argument(self, start: int, end: int) -> tuple[int, int, int]:
        """(content start, content end, position after) of the ``{...}`` at ``start``."""
        text = self.src.text
        while start < end and text[start] in " \t\n":
            start += 1
        if start >= end or text[start] != "{":
            m = re.compile(r"\\?\w").match(text, start, end)
            stop = m.end() if m else start
            return start, stop, stop
        close = group_end(text, start, end)
        if close is None:
            stop = _paragraph_end(text, start)
            self.anomalies.append(
                Anomaly(
                    AnomalyCode.DOCUMENT_DAMAGED,
                    f"unbalanced braces: the argument opened at line {self.src.line(start)} "
                    "is never closed; read up to the end of its paragraph",
                    self.src.line(start),
                )
            )
            return start + 1, min(stop, end), min(stop, end)
        return start + 1, close - 1, close

    def _options(self, start: int, end: int) -> tuple[list[str], int]:
        opts: list[str] = []
        text = self.src.text
        m = re.compile(r"\s*\[([^\]]*)\]").match(text, start, end)
        while m is not None:
            opts.append(m.group(1))
            start = m.end()
            m = re.compile(r"\s*\[([^\]]*)\]").match(text, start, end)
        return opts, start

    def _skip_options(self, start: int, end: int) -> int:
        return self._options(start, end)[1]

    def _skip_args(self, start: int, end: int) -> int:
        pos = self._skip_options(start, end)
        m = re.compile(r"\s*\{").match(self.src.text, pos, end)
        while m is not None:
            pos = self._argument(m.end() - 1, end)[2]
            pos = self._skip_options(pos, end)
            m = re.compile(r"\s*\{").match(self.src.text, pos, end)
        return pos

    # -- notes and citations ----------------------------------------------

    def _footnote(self, i: int, after: int, end: int, sink: _Sink, in_note: bool) -> int:
        _, pos = self._options(after, end)
        start, stop, pos = self._argument(pos, end)
        if in_note:
            self._convert(start, stop, sink, in_note=True)
            return pos
        note = self._convert(start, stop, _Sink(), in_note=True)
        label = str(len([n for n in self.notes if n.label.isdigit()]) + 1)
        self._mark(sink, label, i)
        text = " ".join(note.text().split())
        ref = self._single_cite(note, text, i)
        line = self.src.line(i)
        self.notes.append(RawNote(label, text, line, line, (line,), reference=ref))
        return pos

    def _single_cite(self, note: _Sink, text: str, pos: int) -> Reference | None:
        if len(note.cites) != 1:
            return None
        key, post = note.cites[0]
        entry = self.bib.entries.get(key)
        if entry is None or entry.reference is None:
            return None
        line = self.src.line(pos)
        own = replace(entry.reference, raw=text, line=line, end_line=line, anomalies=())
        return replace(own, pages=post) if post else own

    def _cite(self, i: int, name: str, after: int, end: int, sink: _Sink, in_note: bool) -> int:
        opts, pos = self._options(after, end)
        start, stop, pos = self._argument(pos, end)
        keys = [k.strip() for k in self.src.text[start:stop].split(",") if k.strip()]
        post = opts[-1].strip() or None if opts else None
        line = self.src.line(i)
        for key in keys:
            self.cited.setdefault(key, (line, self.src.text[i:pos]))
        if name == "nocite":
            self.nocite_all = self.nocite_all or "*" in keys
            return pos
        if in_note:
            for key in keys:
                sink.cites.append((key, post))
                sink.write(self._cite_text(key, opts), line)
            return pos
        if name.lower().startswith("foot"):
            self._footcite(i, keys, opts, post, sink)
            return pos
        for key in keys:
            self._mark(sink, key, i)
        return pos

    def _cite_text(self, key: str, opts: list[str]) -> str:
        entry = self.bib.entries.get(key)
        if entry is None:
            body = f"[{key}]"
        else:
            body = render(entry.reference) if entry.reference else entry.text
        pre = opts[0].strip() + " " if len(opts) == 2 and opts[0].strip() else ""
        post = ", " + opts[-1].strip() if opts and opts[-1].strip() else ""
        return f"{pre}{body}{post}"

    def _footcite(
        self, i: int, keys: list[str], opts: list[str], post: str | None, sink: _Sink
    ) -> None:
        label = str(len([n for n in self.notes if n.label.isdigit()]) + 1)
        self._mark(sink, label, i)
        note = _Sink(cites=[(k, post) for k in keys])
        text = "; ".join(self._cite_text(k, opts) for k in keys)
        line = self.src.line(i)
        ref = self._single_cite(note, self.src.text[i : i + 200].split("}")[0] + "}", i)
        self.notes.append(RawNote(label, text, line, line, (line,), reference=ref))

    def _mark(self, sink: _Sink, label: str, pos: int) -> None:
        line = self.src.line(pos)
        if not sink.pieces:
            sink.pieces.append((0, line))
        sink.markers.append((label, line, self.src.column(pos), sink.length))

    def _link(self, i: int, name: str, after: int, end: int, sink: _Sink, in_note: bool) -> int:
        text = self.src.text
        start, stop, pos = self._argument(after, end)
        url = re.sub(r"\\([%#&_~])", r"\1", text[start:stop].strip())
        visible = url
        if name == "href":
            vstart, vstop, pos = self._argument(pos, end)
            visible = self._convert(vstart, vstop, _Sink(), in_note=True).text().strip()
        line = self.src.line(i)
        if not in_note:
            sink.write(visible, line)
        elif visible == url:
            sink.write(f"<{url}>", line)  # brackets: a period after it is not part of it
        elif re.match(r"(?:https?|ftp)://|www\.", visible, re.I):
            sink.write(f"[{visible}]({url})", line)
        else:
            sink.write(f"{visible} <{url}>", line)
        return pos

    # -- structure ----------------------------------------------------------

    def _heading(self, after: int, end: int, sink: _Sink) -> tuple[int, _Sink]:
        self._flush(sink)
        _, pos = self._options(after, end)
        start, stop, pos = self._argument(pos, end)
        heading = self._convert(start, stop, _Sink(heading=True), in_note=True)
        self._flush(heading)
        return pos, _Sink()

    def _environment(self, after: int, end: int, sink: _Sink, in_note: bool) -> tuple[int, _Sink]:
        start, stop, pos = self._argument(after, end)
        name = self.src.text[start:stop]
        if name in ("thebibliography", "document"):
            return pos, sink
        pos = self._skip_options(pos, end)
        if in_note:
            return pos, sink
        self._flush(sink)
        return pos, _Sink()

    def _wrapped(self, after: int, end: int, sink: _Sink, in_note: bool, a: str, b: str) -> int:
        start, stop, pos = self._argument(after, end)
        sink.write(a, self.src.line(start))
        self._convert(start, stop, sink, in_note)
        sink.write(b, self.src.line(stop))
        return pos


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------


def read(text: str) -> RawDocument:
    """Read LaTeX without a path: ``.bib`` files are looked for in the working directory."""
    return read_at(text, "")


def read_at(text: str, path: str) -> RawDocument:
    """Read LaTeX source; ``path`` locates the ``.bib`` files it names."""
    src = _Source.of(_strip_comments(text))
    base = Path(path).parent if path else Path(".")
    bib = load_bibs(_bib_names(src), base)
    converter = _Converter(src, bib)
    begin = re.search(r"\\begin\{document\}", src.text)
    finish = re.search(r"\\end\{document\}", src.text)
    start = begin.end() if begin else 0
    stop = finish.start() if finish else len(src.text)
    items, thebib = _thebibliography(converter, start, stop)
    converter.body(start, thebib[0] if thebib else stop)
    if thebib:
        converter.body(thebib[1], stop)
    blocks, markers = _blocks(converter.blocks)
    notes = converter.notes + _cite_notes(converter)
    literature = items or _bib_literature(converter)
    anomalies = [*bib.anomalies, *converter.anomalies]
    return RawDocument(
        reader=NAME,
        title=_title(converter, src),
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=tuple(notes),
        literature=tuple(literature),
        anomalies=tuple(anomalies),
        markers_reusable=True,
    )


def _title(converter: _Converter, src: _Source) -> str | None:
    m = re.search(r"\\title\s*(?:\[[^\]]*\])?\s*\{", src.text)
    if m is None:
        return None
    start, stop, _ = converter._argument(m.end() - 1, len(src.text))
    title = converter._convert(start, stop, _Sink(), in_note=True).text()
    return " ".join(title.split()) or None


def _blocks(sinks: list[_Sink]) -> tuple[list[TextBlock], list[RawMarker]]:
    blocks: list[TextBlock] = []
    markers: list[RawMarker] = []
    for sink in sinks:
        index = len(blocks)
        blocks.append(TextBlock(sink.text(), tuple(sink.pieces) or ((0, 1),)))
        for label, line, column, offset in sink.markers:
            markers.append(RawMarker(label, line, column, index, offset))
    return blocks, markers


def _cite_notes(converter: _Converter) -> list[RawNote]:
    """One note per key cited in the body, with the .bib entry as its reference."""
    keys = {label for sink in converter.blocks for label, *_ in sink.markers}
    notes: list[RawNote] = []
    for key, (line, source) in converter.cited.items():
        entry = converter.bib.entries.get(key)
        if key not in keys or entry is None:
            continue
        if entry.reference is None:  # a \bibitem: its text is parsed like any note
            notes.append(RawNote(key, entry.text, line, line, (line,)))
            continue
        ref = replace(entry.reference, raw=source, line=line, end_line=line, anomalies=())
        notes.append(RawNote(key, render(entry.reference), line, line, (line,), reference=ref))
    return notes


def _bib_literature(converter: _Converter) -> list[RawNote]:
    bib = converter.bib
    keys = bib.order if converter.nocite_all else [k for k in converter.cited if k in bib.entries]
    return [bib.entries[k] for k in keys]


def _thebibliography(
    converter: _Converter, start: int, stop: int
) -> tuple[list[RawNote], tuple[int, int] | None]:
    """``\\bibitem`` entries, and the span of the environment (left out of the body)."""
    text = converter.src.text
    begin = re.compile(r"\\begin\{thebibliography\}\s*(?:\{[^}]*\})?").search(text, start, stop)
    if begin is None:
        return [], None
    finish = re.compile(r"\\end\{thebibliography\}").search(text, begin.end(), stop)
    end = finish.start() if finish else stop
    items: list[RawNote] = []
    found = list(re.finditer(r"\\bibitem\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}", text[:end]))
    found = [m for m in found if m.start() >= begin.end()]
    for k, m in enumerate(found):
        item_end = found[k + 1].start() if k + 1 < len(found) else end
        sink = converter._convert(m.end(), item_end, _Sink(), in_note=True)
        line = converter.src.line(m.start())
        key = m.group(1).strip()
        entry = " ".join(sink.text().split())
        items.append(RawNote(key, entry, line, converter.src.line(item_end - 1), (line,)))
        converter.bib.entries.setdefault(key, items[-1])
    return items, (begin.start(), finish.end() if finish else stop)


READER = register(
    Reader(NAME, (".tex", ".latex", ".ltx"), score, read, read_at=read_at, detect_styles=True)
)
