"""LaTeX source -> text blocks with citation markers, footnotes and cited keys.

The walk is linear: text runs are copied, each command is read once, arguments are
found through a brace index, and nesting (footnotes in footnotes, macros in macros)
is bounded (:data:`MAX_DEPTH`, :data:`MAX_EXPANSION`), with a ``limit-reached``
anomaly rather than a crash when a bound is hit.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from bibcheck.lazyre import lazy_compile
from bibcheck.mathscripts import plain_scripts, symbol_scripts
from bibcheck.model import Anomaly, AnomalyCode, BibliographyFile, RawNote, Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.italic_note import italic_reference
from bibcheck.readers.bibdefects import EntryDefect
from bibcheck.readers.common import entry_text
from bibcheck.readers.keyed import SENTENCE_END
from bibcheck.readers.latex import glue, tablerows
from bibcheck.readers.latex import names as N
from bibcheck.readers.latex.counters import (
    LOCAL_NOTE_ENVIRONMENTS,
    REVTEX_TABLES,
    FootnoteCounter,
    LocalNotes,
    integer,
    reset_command,
)
from bibcheck.readers.latex.italics import ITALIC_COMMANDS, marked_italics
from bibcheck.readers.latex.linkargs import url_then_text
from bibcheck.readers.latex.macrokeys import MacroKeys, resolved_keys
from bibcheck.readers.latex.macros import (
    BOOLEAN_FALSE,
    BOOLEAN_TRUE,
    NO_VALUE,
    Macro,
    Macros,
)
from bibcheck.readers.latex.margin import opens_paragraph
from bibcheck.readers.latex.markpairs import MarkQueue
from bibcheck.readers.latex.scan import BLANK_LINE, OPTION_LIMIT, bracket_end, skip_space
from bibcheck.readers.latex.source import Expansion, Positions
from bibcheck.readers.plaintext import LOCATOR_WORD
from bibcheck.text import group_end

MAX_DEPTH = 60  # nested arguments converted inside one another
MAX_EXPANSION = 2_000_000  # characters of macro expansions in one document
MAX_EXPANSION_DEPTH = 20  # macros expanding into macros

# what closes a clause right after a citation: a stop, a closing brace, the end
_CLAUSE_ENDS = lazy_compile(r"[ \t]*+(?:[.;:!?,)}]|\n[ \t]*+\n|$)")
_LINE_STARTS = lazy_compile(r"^", re.M)
_COMMAND = lazy_compile(r"\\([A-Za-z@]+\*?|.)", re.S)
_COMMAND_NAME = lazy_compile(r"\\([A-Za-z@]+)")
_TEXT_RUN = lazy_compile(r"[^\\{}$]+")
# "\citeauthor{k} \citeyear{k}", "\citeauthor{k}~(\citeyear{k})", "\citeauthor*{k}
# \parencite*{k}" (biblatex): the author, then the year, of one citation
_AUTHOR_ONLY = frozenset(
    "citeauthor citeauthor* Citeauthor Citeauthor* citeauthorNP citefullauthor shortciteauthor "
    "citeauthoronline".split()
)
_YEAR_ONLY = frozenset(
    "citeyear citeyear* citeyearpar citeyearNP citedate parencite* cite*".split()
)
# notes in the margin, which may hold only a figure or a table (no text, no citation)
_MARGIN_NOTES = frozenset({"marginnote", "sidenote"})
_WORD = lazy_compile(r"\w")
_BETWEEN_NAME_AND_YEAR = lazy_compile(r"[\s~(\[]*")
_ANGLE_PRENOTE = lazy_compile(r"[ \t]*<([^<>\n{}]{0,300})>")  # apacite's \\cite<e.g.,>{key}
_EXPANDAFTER = lazy_compile(r"\s*+(?:\\expandafter(?![A-Za-z@])\s*+)*+")
_BETWEEN_LINKS = lazy_compile(r"[\s~(\[]*(?:\\protect(?![A-Za-z@])\s*)?")
_BRACKETS = lazy_compile(r"\[([^\[\]\n]{1,80})\]")
# Pandoc's LaTeX writes a bracket of the text as ``{[}`` / ``{]}``: "{[}3{]}", "{[}1--3{]}"
# the pages after a number cited in a note: "[3], p.~12", "[3, S. 4]" is read in the bracket
_NOTE_POST = lazy_compile(r",[^\S\n]*+([^\s,;()\[\]][^,;()\[\]\n]{0,30})(?=[.;)]|$)")
# a math superscript holding only a bracketed number: "$^{[1]}$", "$^{[2, 3]}$"
_MATH_CITE = lazy_compile(r"\s*\^\s*\{\s*\[([\d,;\s~\-–]{1,80})\]\s*\}\s*")
_PANDOC_BRACKETS = lazy_compile(r"\{\[\}([^{}\[\]\n]{1,80})\{\]\}")
_RANGE = lazy_compile(r"(\d{1,4})(?:\s*(?:-{1,3}|–|—)\s*(\d{1,4}))?")
# a place in the work after the number ("1, с. 25", "3, Sec.~4"): the plain-text reader's
# locator words
_PAGE_NOTE = lazy_compile(rf"(?:{LOCATOR_WORD}\.?(?:\s|\d|$)|[§№])")
_SPACES = lazy_compile(r"[ \t]+")
# the apostrophe that closes a single quotation: `Title' (not the one in "Hardy's")
_CLOSING_SINGLE = lazy_compile(r"‘(?P<quoted>[^‘’'\n]*+(?:'\w[^‘’'\n]*+)*+)'(?!\w)")
_ACCENT_ARGUMENT = lazy_compile(r"\s*(?:\{\s*(\\?[A-Za-z])\s*\}|(\\?[A-Za-z]))")
_MAX_RANGE = 50
_STRUCTURE = frozenset(
    {"chapter", "section", "appendix", "frontmatter", "mainmatter", "backmatter"}
)
_RESET_COMMANDS = frozenset(
    {"counterwithin", "counterwithout", "numberwithin", "@addtoreset", "@removefromreset"}
)
_COUNTER_COMMANDS = frozenset(
    {"setcounter", "addtocounter", "stepcounter", "refstepcounter", *_RESET_COMMANDS}
)


@dataclass(slots=True)
class Sink:
    """Text being written, with source lines, markers and the citations inside a note."""

    parts: list[str] = field(default_factory=list)
    pieces: list[tuple[int, int]] = field(default_factory=list)  # (offset, line)
    # label, line, column, offset, file ("" the main file, else the included file's name)
    markers: list[tuple[str, int, int, int, str]] = field(default_factory=list)
    cites: list[tuple[str, str | None]] = field(default_factory=list)  # key, post-note
    # citations written inside a note (key, line, column): markers where the note stands
    inner: list[tuple[str, int, int, str]] = field(default_factory=list)
    heading: bool = False
    length: int = 0
    # the markers (indices) of textual citations: placed at their sentence's end on flush
    in_text: list[int] = field(default_factory=list)
    # the italic runs written (\\emph, \\textit, \\textsl inside a note): (start, end) offsets
    italics: list[tuple[int, int]] = field(default_factory=list)

    def write(self, text: str, line: int) -> None:
        if not text:
            return
        if not self.pieces or self.pieces[-1][1] != line:
            self.pieces.append((self.length, line))
        self.parts.append(text)
        self.length += len(text)

    def mark(self, label: str, line: int, column: int, file: str = "") -> None:
        if not self.pieces:
            self.pieces.append((0, line))
        self.markers.append((label, line, column, self.length, file))

    def drop_suffix(self, suffix: str) -> None:
        """Take back ``suffix`` if the text ends with it (the ``[`` of ``[\\ref{x}]``)."""
        if self.parts and self.parts[-1].rstrip().endswith(suffix):
            last = self.parts[-1].rstrip()
            self.length -= len(self.parts[-1]) - len(last) + len(suffix)
            self.parts[-1] = last[: -len(suffix)]

    def text(self) -> str:
        return "".join(self.parts)


@dataclass(slots=True)
class Cited:
    """Where a key was first cited, and the command that cited it (short)."""

    line: int
    raw: str
    file: str


@dataclass(slots=True)
class Bib:
    """The entries citations resolve to: ``.bib`` entries (with a reference) and
    ``\\bibitem`` items (text only), by key."""

    entries: dict[str, RawNote] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)  # .bib entries in file order
    anomalies: list[Anomaly] = field(default_factory=list)
    read: list[str] = field(default_factory=list)  # names of the bibliographies read
    files: list[BibliographyFile] = field(default_factory=list)  # the same, with their counts
    unreadable: list[str] = field(default_factory=list)
    absent: list[Anomaly] = field(default_factory=list)  # of anomalies: named files not there
    # problems in single .bib entries: the document's only if it cites the entry (bibdefects)
    defects: list[EntryDefect] = field(default_factory=list)
    # the .bib texts the document names, in order: their @string macros and crossref
    # parents count for the files given on the command line too
    texts: list[str] = field(default_factory=list)

    def same_but_case(self, key: str) -> list[str]:
        """The ``.bib`` keys that differ from ``key`` only in letter case (``Scott70`` for
        ``scott70``); ``\\bibitem`` labels are not among them (LaTeX matches those exactly)."""
        folded = key.casefold()
        return [
            k
            for k in self.order
            if k != key and k.casefold() == folded and self.entries[k].reference is not None
        ]


def citation_numbers(body: str, bound: int) -> list[int] | None:
    """The list numbers cited by a bracket's text (``1``, ``2, 5``, ``3--5``, ``1, с. 25;
    4``), or None when it is not a citation (``0, 1``, ``2019``, ``a``)."""
    numbers: list[int] = []
    for part in re.split(r"\s*;\s*", body.replace("~", " ").strip()):
        tokens = [t.strip() for t in part.split(",")]
        for k, token in enumerate(tokens):
            m = _RANGE.fullmatch(token)
            if m is not None:
                first = int(m.group(1))
                last = int(m.group(2) or first)
                if not 1 <= first <= last <= bound or last - first > _MAX_RANGE:
                    return None
                numbers.extend(range(first, last + 1))
                continue
            if k > 0 and _PAGE_NOTE.match(token):
                break  # the rest of this part is a page note: "1, с. 25"
            return None
    return numbers or None


@dataclass(slots=True)
class NumberedList:
    """A hand-written numbered bibliography: the numbers, and ``\\label`` anchors."""

    numbers: set[int]
    anchors: dict[str, int]
    # each item as a note, by its marker label ("[3]"): a note citing "[3]" takes its fields
    items: dict[str, RawNote] = field(default_factory=dict)

    @property
    def bound(self) -> int:
        top = max(self.numbers, default=0)
        return max(2 * top, top + 10)


class Converter:
    """Walks LaTeX source, writing text blocks, markers and notes."""

    def __init__(
        self, src: Positions, bib: Bib, macros: Macros, numbered: NumberedList | None = None
    ) -> None:
        self.src = src
        self.bib = bib
        self.macros = macros
        self.numbered = numbered
        self.notes: list[RawNote] = []
        self.anomalies: list[Anomaly] = []
        self.blocks: list[Sink] = []
        self.cited: dict[str, Cited] = {}
        self.nocite_all = False
        self.nocited: set[str] = set()  # keys \nocite lists (put in the list on purpose)
        # BibTeX finds a .bib entry whatever the letter case of the cited key; biber
        # does not (biblatex's default backend): set by the reader from the preamble
        self.caseless_keys = False
        # key as cited -> the .bib key it resolved to, where it was first cited so
        self.case_keys: dict[str, tuple[str, Cited]] = {}
        self.macro_keys = MacroKeys()  # citations whose key is a macro (not read)
        self.footnotes = FootnoteCounter()
        self.depth = 0
        self.expansions = 0
        self.expanded = 0
        self.unknown: dict[str, tuple[int, int, str]] = {}  # command -> (line, count, file)
        self._limits: set[str] = set()
        self._main = src.file(0) if src.text else ""
        self.spans = 0  # how deep in to_text (a list item's, a title's text)
        self.german = False  # babel German shorthands ("a for ä) are on
        self.autocite_footnote = False  # \autocite is \footcite (biblatex note styles)
        self.textcite_footnote = False  # \textcite is names + \footcite (verbose styles)
        self.revtex = False  # REVTeX: a table's footnotes are its own lettered notes
        self.local_notes: list[LocalNotes] = []  # minipages and REVTeX tables open now
        self._scopes: dict[str, int] = {}
        self.mark_queue = MarkQueue()  # box marks waiting for a \footnotetext after the box
        # the last \citeauthor in the body: (its source, where it ends, its keys)
        self._named: tuple[object, int, tuple[str, ...]] | None = None
        self._written: dict[str, Reference] = {}  # key -> a written entry's parsed fields
        # a numbered list's numbers are cited as superscripts (``\textsuperscript{2,3}``):
        # set for a citeproc list cited in plain text (latex/plaincite.py)
        self.superscript_numbers = False
        self.tables = 0  # how many table environments (tabular...) are open here
        self._row_above: Sink | None = None  # the last row block of the open table

    # -- entry points ---------------------------------------------------------

    def body(self, start: int, end: int) -> None:
        """Convert the body between ``start`` and ``end`` into blocks."""
        self.flush(self.convert(start, end, Sink(), in_note=False))

    def to_text(self, start: int, end: int) -> Sink:
        """Plain text of a span (a list item, a title): no markers, no blocks."""
        self.spans += 1  # (a reference's text: "$T_c$" in a title is Tc)
        try:
            return self.convert(start, end, Sink(), in_note=True)
        finally:
            self.spans -= 1

    def relabel(self) -> None:
        """Footnote labels as reported, once every footnote is known (a chapter prefix
        is kept only where numbers restart in several chapters)."""
        final = self.footnotes.final
        if not self.footnotes.labels:
            return
        self.notes = [replace(n, label=final(n.label)) for n in self.notes]
        for sink in self.blocks:
            sink.markers = [(final(m[0]), *m[1:]) for m in sink.markers]

    def flush(self, sink: Sink) -> None:
        if sink.in_text:
            sink.markers[:] = at_sentence_ends(sink.text(), sink.markers, sink.in_text)
            sink.in_text.clear()
        if sink.text().strip() or sink.markers:
            self.blocks.append(sink)

    # -- the walk ---------------------------------------------------------------

    def convert(self, start: int, end: int, sink: Sink, in_note: bool) -> Sink:
        if self.depth >= MAX_DEPTH:
            self._limit(
                "depth",
                f"arguments nested more than {MAX_DEPTH} deep; the innermost are not read",
                self.src.line(start),
            )
            return sink
        self.depth += 1
        try:
            return self._walk(start, end, sink, in_note)
        finally:
            self.depth -= 1

    def _walk(self, start: int, end: int, sink: Sink, in_note: bool) -> Sink:
        text = self.src.text
        i = start
        while i < end:
            ch = text[i]
            if ch == "\\":
                i, sink = self._command(i, end, sink, in_note)
            elif ch in "{}":
                i = self._pandoc_brackets(i, end, sink, in_note)
            elif ch == "$":
                i = self._math(i, end, sink)
            else:
                m = _TEXT_RUN.match(text, i, end)
                stop = m.end() if m else i + 1
                sink = self._text(i, stop, sink, in_note)
                i = stop
        return sink

    def _text(self, start: int, stop: int, sink: Sink, in_note: bool) -> Sink:
        """A run of plain text: paragraph breaks, numeric citations, TeX ligatures."""
        text = self.src.text
        if not in_note and not sink.heading:
            pos = start
            for m in BLANK_LINE.finditer(text, start, stop):
                sink = self._run(pos, m.start(), sink, markers=True)
                self.flush(sink)
                sink = Sink()
                pos = m.end()
            return self._run(pos, stop, sink, markers=True)
        if in_note and self.numbered is not None and "[" in text[start:stop]:
            self._note_numbers(start, stop, sink)
        return self._run(start, stop, sink)

    def _note_numbers(self, start: int, stop: int, sink: Sink) -> None:
        """``[3]`` in a note (``\footnote{See [3], p. 12.}``) cites entry 3 of the
        hand-written numbered list, as it does in the body; the note's text keeps it."""
        assert self.numbered is not None
        text = self.src.text
        for m in _BRACKETS.finditer(text, start, stop):
            numbers = citation_numbers(m.group(1), self.numbered.bound)
            # (a law report's pinpoint paragraphs are no entries: "FCA 402, [19]--[24]",
            # "274 CLR 450, 460 [15]"; a note cites only numbers the list has)
            before = text[max(start, m.start() - 2) : m.start()].rstrip()
            if before.endswith((",", "]")) or before[-1:].isdigit():
                continue
            if numbers and not set(numbers) <= self.numbered.numbers:
                continue
            # (the pages after it, "[3], p.~12", are the citation's post-note)
            after = _NOTE_POST.match(text, m.end(), stop)
            for number in numbers or ():
                key = f"[{number}]"
                line = self.src.line(m.start())
                post = after.group(1).rstrip(".").replace("~", " ") if after else None
                sink.cites.append((key, post))
                sink.inner.append((key, line, self.src.column(m.start()), self.file_at(m.start())))

    def _run(self, start: int, stop: int, sink: Sink, markers: bool = False) -> Sink:
        text = self.src.text
        if markers and self.numbered is not None and "[" in text[start:stop]:
            pos = start
            for m in _BRACKETS.finditer(text, start, stop):
                numbers = citation_numbers(m.group(1), self.numbered.bound)
                if numbers is None:
                    continue
                self._write(text[pos : m.start()], pos, sink)
                for number in numbers:
                    self._mark(sink, f"[{number}]", m.start())
                pos = m.end()
            self._write(text[pos:stop], pos, sink)
            return sink
        self._write(text[start:stop], start, sink)
        return sink

    def _pandoc_brackets(self, i: int, end: int, sink: Sink, in_note: bool) -> int:
        """After a brace: ``{[}1, 2{]}`` (Pandoc's escaped brackets) citing a numbered
        list is a citation; any other brace is passed over."""
        if self.numbered is None or in_note or self.src.text[i] != "{":
            return i + 1
        m = _PANDOC_BRACKETS.match(self.src.text, i, end)
        numbers = citation_numbers(m.group(1), self.numbered.bound) if m else None
        if m is None or numbers is None:
            return i + 1
        for number in numbers:
            self._mark(sink, f"[{number}]", i)
        return m.end()

    def _superscript(self, i: int, after: int, end: int, sink: Sink) -> int | None:
        """``\\textsuperscript{2,3}`` citing a numbered list (where the list is cited so)."""
        assert self.numbered is not None
        start, stop, pos = self._argument(after, end)
        numbers = citation_numbers(self.src.text[start:stop], self.numbered.bound)
        if numbers is None:
            return None
        for number in numbers:
            self._mark(sink, f"[{number}]", i)
        return pos

    def _write(self, chunk: str, pos: int, sink: Sink) -> None:
        if not chunk:
            return
        original = chunk
        if self.tables:
            chunk = tablerows.cell_text(chunk)
        if self.german and '"' in chunk:
            for old, new in N.GERMAN_SHORTHANDS:
                chunk = chunk.replace(old, new)
        for old, new in N.TEXT_SUBSTITUTIONS:
            if old in chunk:
                chunk = chunk.replace(old, new)
        if "‘" in chunk:  # `Title' -> ‘Title’ (an apostrophe is followed by a letter)
            chunk = _CLOSING_SINGLE.sub("‘\\g<quoted>’", chunk)
        line = self.src.line(pos)
        lines = chunk.split("\n")
        if len(lines) == 1:
            sink.write(_SPACES.sub(" ", chunk), line)
            return
        where = [line + k for k in range(len(lines))]
        if isinstance(self.src, Expansion):  # its lines are those of the arguments it holds
            where = [self.src.line(pos + m.end()) for m in _LINE_STARTS.finditer(original)]
        for k, piece in enumerate(lines):
            sink.write((" " if k else "") + _SPACES.sub(" ", piece), where[min(k, len(where) - 1)])

    def _math_superscript(self, math: str, i: int, sink: Sink) -> bool:
        """``$^{[1]}$``, ``$^{[2,3]}$``: a bracketed number typed as a math superscript (as
        hand-set numeric superscript styles, GB/T 7714's, write it) cites the written
        numbered list; True when marked, False when it is no such citation."""
        if self.numbered is None:
            return False
        m = _MATH_CITE.fullmatch(math)
        numbers = citation_numbers(m.group(1), self.numbered.bound) if m else None
        if not numbers:
            return False
        for number in numbers:
            self._mark(sink, f"[{number}]", i)
        return True

    def _math(self, i: int, end: int, sink: Sink) -> int:
        """``$...$`` is written as it stands (numbers and symbols are part of claims);
        ``$$...$$`` is display math and left out.  A ``$`` not closed in its paragraph
        is a stray character."""
        text = self.src.text
        display = text.startswith("$$", i)
        opening = 2 if display else 1
        close = text.find("$$" if display else "$", i + opening, end)
        if close < 0 or BLANK_LINE.search(text, i, close):
            return i + opening
        if not display:
            math = text[i + 1 : close]  # (CO$_2$ -> CO2: a script with no base is text)
            if self._math_superscript(math, i, sink):
                return close + opening
            plain = symbol_scripts(math) if self.spans else plain_scripts(math)
            sink.write(plain or math, self.src.line(i))
        return close + opening

    # -- commands -------------------------------------------------------------------

    def _command(self, i: int, end: int, sink: Sink, in_note: bool) -> tuple[int, Sink]:
        text = self.src.text
        m = _COMMAND.match(text, i)
        if m is None:
            return i + 1, sink
        name = m.group(1)
        after = m.end()
        base = name.rstrip("*") if name[:1].isalpha() else name
        if name in N.ACCENTS:
            return self._accent(name, after, end, sink), sink
        primitive = base in self.macros.primitive  # the built-in meaning, not a macro
        if base in self.macros.aliases:
            base = self.macros.resolve(base)
        if name in ("(", "["):
            return self._display(i, name, after, end, sink), sink
        cite = N.cite_name(base)
        if cite in N.WORD_CITE and base in self.macros.defined and not primitive:
            cite = None
        if cite is not None:
            return self._cite(i, name, cite, after, end, sink, in_note), sink
        if base == "hyperlink" and self._links_entry(after, end):
            # Pandoc 2's citeproc citation: \hyperlink{ref-key}{Doe 2019} to a list entry
            return self._cite(i, name, "citeproc", after, end, sink, in_note), sink
        if base in N.FOOTNOTE:
            return self._footnote(i, base, after, end, sink, in_note), sink
        if base in ("url", "href", "nolinkurl"):
            return self._link(i, base, after, end, sink, in_note), sink
        if base in _STRUCTURE:
            self._structure(base, name.endswith("*"))
        if base in _COUNTER_COMMANDS:
            return self._counter(i, base, after, end), sink
        if (base in N.HEADINGS or base == "caption" or base in N.SUBCAPTIONS) and not in_note:
            return self._block(i, base, after, end, sink)
        if base in N.OPTION_CAPTIONS and base not in self.macros.defined:
            return self._option_caption(i, base, after, end, sink, in_note)
        if base in ("begin", "end"):
            return self._environment(i, base, after, end, sink, in_note)
        if base == "item":
            return self._item(after, end, sink, in_note)
        if self.tables and not in_note and name in tablerows.ROW_ENDS:
            self._end_row(sink)
            return self._skip_options(after, end), Sink()
        if base in N.BREAKS:
            if in_note:
                return after, sink
            self.flush(sink)
            return after, Sink()
        if base in ("def", "gdef", "edef", "xdef", "let", "long", "global", "protected"):
            return self._definition(base, after, end), sink
        if (
            base == "textsuperscript"
            and self.superscript_numbers
            and self.numbered is not None
            and not in_note
        ):
            cited = self._superscript(i, after, end, sink)
            if cited is not None:
                return cited, sink
        if base in ("ref", "cref", "Cref", "autoref") and self.numbered is not None:
            found = self._numbered_ref(i, after, end, sink, in_note)
            if found is not None:
                return found, sink
        if base in glue.PARAMETERS and not text.startswith("{", after):
            return glue.value_end(text, after, end), sink  # "\\hskip 1em plus 0.5em\\relax"
        if base in N.DROP:
            pos = self._skip_arguments(after, end, 1 if base in N.ONE_ARGUMENT else None)
            if base not in N.DROP_SILENTLY:
                self._unread_cite(i, base, after, pos, "its arguments are not text")
            return pos, sink
        if base in N.SKIP_ARGUMENTS:
            pos = self._skip_arguments(after, end, N.SKIP_ARGUMENTS[base])
            self._unread_cite(i, base, after, pos, "its first arguments are not text")
            # (TeX reads the text argument past spaces: "\bibinfo {title}\n  {Tides}")
            at = skip_space(self.src.text, pos, end)
            return (at if at < end and self.src.text[at] == "{" else pos), sink
        if base in ("detokenize", "string") and base not in self.macros.defined:
            return self._printed_code(i, base, after, end, sink), sink
        if base == "texorpdfstring":
            start, stop, pos = self._argument(after, end)
            sink = self.convert(start, stop, sink, in_note)
            return self._argument(pos, end)[2], sink
        if base in ("enquote", "textquote", "foreignquote", "hyphenquote"):
            if base in ("foreignquote", "hyphenquote"):
                after = self._argument(after, end)[2]
            return self._wrapped(after, end, sink, in_note, "“", "”"), sink
        if in_note and base in ITALIC_COMMANDS and base not in self.macros.defined:
            # (where the note sets a title in italics: see _marked)
            start, stop, pos = self._argument(after, end)
            begin = sink.length
            sink = self.convert(start, stop, sink, in_note)
            sink.italics.append((begin, sink.length))
            return pos, sink
        if base == "doi":
            start, stop, pos = self._argument(after, end)
            sink.write(f"doi:{text[start:stop].strip()}", self.src.line(i))
            return pos, sink
        if base in N.VALUE_TESTS:
            return self._value_test(base, after, end, sink, in_note)
        if name in N.T1_LETTERS and base not in self.macros.defined:
            sink.write(N.T1_LETTERS[name], self.src.line(i))
            return _letter_end(text, after, end), sink
        if name in N.SYMBOLS:
            sink.write(N.SYMBOLS[name], self.src.line(i))
            if name in N.LETTERS:  # "M\aa rtensson": the space ends the control word
                return _letter_end(text, after, end), sink
            return after + (2 if text[after : after + 2] == "{}" else 0), sink
        if base in N.SWITCHES:
            return after, sink
        macro = None if primitive else self.macros.defined.get(base)
        if macro is not None:
            return self._expand(i, macro, after, end, sink, in_note)
        if base in N.CITE_TEXT:  # natbib's \citetext{\citealp{a}; see \citealp{b}}
            return self._skip_options(after, end), sink
        if "cite" in base.lower():
            return self._unknown_cite(i, name, after, end, sink, in_note)
        if url_then_text(text, after, end):  # a link macro not defined here: like \href
            return self._link(i, "href", after, end, sink, in_note), sink
        # other commands: arguments read as text, and an option holding a citation too
        return self._cited_options(after, end, sink, in_note)

    def _printed_code(self, i: int, base: str, after: int, end: int, sink: Sink) -> int:
        """``\\detokenize{...}`` (also ``\\detokenize\\expandafter{\\string#1}``, how a
        ``\\code`` macro prints its argument) and ``\\string\\cite``: the tokens are
        printed as they are written, so a ``\\cite`` among them is code shown, no
        citation."""
        text = self.src.text
        if base == "string":
            m = _COMMAND.match(text, after, end)
            stop = m.end() if m is not None else min(after + 1, end)
            sink.write(text[after:stop], self.src.line(i))
            return stop
        skipped = _EXPANDAFTER.match(text, after, end)
        start, stop, pos = self._argument(skipped.end() if skipped else after, end)
        shown = " ".join(text[start:stop].replace("\\string", "").split())
        sink.write(shown, self.src.line(i))
        return pos

    def _accent(self, name: str, after: int, end: int, sink: Sink) -> int:
        m = _ACCENT_ARGUMENT.match(self.src.text, after, end)
        if m is None:
            return after
        letter = m.group(1) or m.group(2)
        char = {"\\i": "ı", "\\j": "ȷ"}.get(letter, letter[-1])
        if name == "t":  # tie over two letters (\t{ts}): keep the letters
            char = letter[-1]
        sink.write(unicodedata.normalize("NFC", char + N.ACCENTS[name]), self.src.line(after))
        return m.end()

    def _display(self, i: int, name: str, after: int, end: int, sink: Sink) -> int:
        """``\\(...\\)`` is written like ``$...$``; ``\\[...\\]`` is display math, left out."""
        closing = "\\)" if name == "(" else "\\]"
        close = self.src.text.find(closing, after, end)
        if close < 0 or BLANK_LINE.search(self.src.text, after, close):
            return after
        if name == "(":
            sink.write(self.src.text[after:close], self.src.line(i))
        return close + 2

    # -- arguments ------------------------------------------------------------------

    def _argument(self, start: int, end: int) -> tuple[int, int, int]:
        """(content start, content end, position after) of the argument at ``start``:
        a ``{...}`` group, else a single token."""
        text = self.src.text
        while start < end and text[start] in " \t\n":
            start += 1
        if start >= end or text[start] != "{":
            m = re.compile(r"\\[A-Za-z@]+|\\?.", re.S).match(text, start, end)
            stop = m.end() if m else start
            return start, stop, stop
        close = self.src.group_end(start, end)
        if close is None:
            m = BLANK_LINE.search(text, start, end)
            stop = m.start() if m else end
            self.anomalies.append(
                Anomaly(
                    AnomalyCode.DOCUMENT_DAMAGED,
                    f"unbalanced braces: the argument opened at line {self.src.line(start)}"
                    f"{self._where(start)} is never closed; read up to the end of its paragraph",
                    self.src.line(start),
                )
            )
            return start + 1, stop, stop
        return start + 1, close - 1, close

    def _options(self, start: int, end: int) -> tuple[list[str], int]:
        spans, pos = self._option_spans(start, end)
        return [self.src.text[a:b] for a, b in spans], pos

    def _option_spans(self, start: int, end: int) -> tuple[list[tuple[int, int]], int]:
        """(content start, content end) of each ``[...]`` option at ``start``, and the
        position after the last."""
        text = self.src.text
        spans: list[tuple[int, int]] = []
        pos = start
        while True:
            at = skip_space(text, pos, end)
            if at >= end or text[at] != "[":
                return spans, pos
            close = bracket_end(text, at, end)
            if close is None:
                return spans, pos
            spans.append((at + 1, close - 1))
            pos = close

    def _cite_in(self, start: int, stop: int) -> int | None:
        """Where the first citation command between ``start`` and ``stop`` is, or None."""
        for m in _COMMAND_NAME.finditer(self.src.text, start, stop):
            if N.cite_name(m.group(1)) is not None:
                return m.start()
        return None

    def _unread_cite(self, i: int, base: str, start: int, stop: int, why: str) -> None:
        """Never in silence: an argument left unread that holds a citation is reported."""
        at = self._cite_in(start, stop)
        if at is None:
            return
        line = self.src.line(at)
        shown = " ".join(self.src.text[at : min(stop, at + 60)].split())
        self.anomalies.append(
            Anomaly(
                AnomalyCode.UNREAD_REGION,
                f"\\{base} at line {self.src.line(i)}{self._where(i)}: the citation {shown!r} "
                f"in its argument is not read ({why})",
                line,
            )
        )

    def _cited_options(self, after: int, end: int, sink: Sink, in_note: bool) -> tuple[int, Sink]:
        """The options of a command the reader does not know: skipped (sizes, keys), but
        one holding a citation (``\\mybox[see \\cite{a}]{...}``) is read as text, unless
        the argument after it cites too: then the option is its other form, as
        ``\\marginpar[left]{right}`` or ``\\caption[short]{long}`` (not read twice)."""
        spans, pos = self._option_spans(after, end)
        at = skip_space(self.src.text, pos, end)
        if spans and at < end and self.src.text[at] == "{":
            start, stop, _ = self._argument(at, end)
            if self._cite_in(start, stop) is not None:
                return pos, sink
        for start, stop in spans:
            if self._cite_in(start, stop) is not None:
                sink = self.convert(start, stop, sink, in_note)
                sink.write(" ", self.src.line(stop))
        return pos, sink

    def _skip_options(self, start: int, end: int) -> int:
        return self._options(start, end)[1]

    def _skip_arguments(self, start: int, end: int, count: int | None = None) -> int:
        """Past the options and braced arguments (all of them, or ``count``)."""
        text = self.src.text
        pos = self._skip_options(start, end)
        taken = 0
        while count is None or taken < count:
            at = skip_space(text, pos, end)
            if at >= end or text[at] != "{":
                break
            pos = self._skip_options(self._argument(at, end)[2], end)
            taken += 1
        return pos

    def _definition(self, base: str, after: int, end: int) -> int:
        """``\\def\\x#1{...}`` and ``\\let\\a\\b`` in the body: skipped (read beforehand)."""
        text = self.src.text
        if base in ("long", "global", "protected"):
            return after
        target = re.compile(r"\s*\\(?:[A-Za-z@]+|.)").match(text, after, end)
        if target is None:
            return after
        pos = target.end()
        if base == "let":
            other = re.compile(r"\s*=?\s*(?:\\(?:[A-Za-z@]+|.)|.)").match(text, pos, end)
            return other.end() if other else pos
        brace = text.find("{", pos, min(end, pos + OPTION_LIMIT))
        if brace < 0:
            return pos
        return self._argument(brace, end)[2]

    # -- notes and citations ------------------------------------------------------

    def _next_label(self, opts: list[str]) -> str:
        if self.local_notes:  # a minipage's or REVTeX table's own notes
            local = self.local_notes[-1]
            return local.given(opts[0].strip()) if opts and opts[0].strip() else local.step()
        if opts and opts[0].strip():
            return self.footnotes.given(opts[0].strip())  # \footnote[7]: counter unchanged
        return self.footnotes.step()

    def _structure(self, base: str, starred: bool) -> None:
        """Chapters and sections the footnote counter may restart with."""
        if base in ("chapter", "section"):
            self.footnotes.heading(base, starred)
        elif base == "appendix":
            self.footnotes.start_appendix()
        elif base in ("frontmatter", "mainmatter", "backmatter"):
            self.footnotes.matter(base)

    def _counter(self, i: int, base: str, after: int, end: int) -> int:
        """``\\setcounter{footnote}{n}`` and its kin, ``\\counterwithin{footnote}{chapter}``."""
        text = self.src.text
        if base in _RESET_COMMANDS:
            pos = self._skip_arguments(after, end, 2)
            reset = reset_command(text[i:pos], self.footnotes.reset)
            if reset is not None:
                self.footnotes.reset = reset
            return pos
        start, stop, pos = self._argument(after, end)
        counter = text[start:stop].strip()
        value: int | None = None
        written = ""
        if base in ("setcounter", "addtocounter"):
            vstart, vstop, pos = self._argument(pos, end)
            written = text[vstart:vstop].strip()
            value = integer(written)
        if counter == "footnote":
            self.mark_queue.counter_changed()
        if not self.footnotes.change(base, counter, value):
            line = self.src.line(i)
            self.anomalies.append(
                Anomaly(
                    AnomalyCode.UNREAD_REGION,
                    f"\\{base}{{{counter}}} at line {line}{self._where(i)} sets the footnote "
                    f"counter to {written!r}, which is not followed: the "
                    "footnote numbers after it may not be the printed ones",
                    line,
                )
            )
        return pos

    def _footnote(self, i: int, base: str, after: int, end: int, sink: Sink, in_note: bool) -> int:
        opts, pos = self._options(after, end)
        if base.endswith("mark"):
            if not in_note:
                label = self._next_label(opts)
                if not (opts and opts[0].strip()):
                    self.mark_queue.marked(label)
                self._mark(sink, label, i)
            return pos
        start, stop, pos = self._argument(pos, end)
        if in_note:
            self.convert(start, stop, sink, in_note=True)
            return pos
        note = self.convert(start, stop, Sink(), in_note=True)
        if base in _MARGIN_NOTES and not note.inner and not _WORD.search(note.text()):
            return pos  # a margin note holding only a figure (Tufte, Quarto): no note at all
        if base == "marginnote" and not note.inner and opens_paragraph(self.src.text, i):
            return pos  # a block set in the margin (a template's editorial box): no note
        if base.endswith("text"):
            label = self._text_label(opts)
        else:
            label = self._next_label(opts)
            self._mark(sink, label, i)
        for key, cite_line, column, file in note.inner:  # a citation in a note cites its key too
            sink.markers.append((key, cite_line, column, sink.length, file))
        text = " ".join(note.text().split())
        line = self.src.line(i)
        # a footnote may be commentary, not a citation: parsed as a note here, since
        # the document's markers are reusable (\cite keys), which lists of entries are
        last = self.src.line(max(start, stop - 1))
        end_line = last if last >= line and self.src.file(stop) == self.src.file(i) else line
        ref = self._single_cite(note, text, i) or self._citing_note(note, text, i, end_line)
        if ref is None:
            # the title the note sets in italics, not a quotation or prose around it
            marked = " ".join(marked_italics(note.text(), note.italics).split())
            ref = italic_reference(text, marked, (line,), note=True, title_run=True)
        note_file = self.file_at(i)
        # (a \footnotetext is unmarked unless a \footnotemark points at it: settled at the end)
        self.notes.append(
            RawNote(
                label,
                text,
                line,
                end_line,
                (line,),
                ref,
                file=note_file,
                unmarked=base.endswith("text"),
            )
        )
        return pos

    def _text_label(self, opts: list[str]) -> str:
        """The label of a ``\\footnotetext``: its number, a mark waiting from a box
        (markpairs.py), or the counter as it stands."""
        series = self.local_notes[-1] if self.local_notes else self.footnotes
        if opts and opts[0].strip():
            return series.given(opts[0].strip())
        if self.local_notes:
            label = series.current()
            self.mark_queue.text_in_box(label)
            return label
        waiting = self.mark_queue.text_outside()
        return waiting if waiting is not None else series.current()

    def _citing_note(self, note: Sink, text: str, pos: int, end_line: int) -> Reference | None:
        """A footnote citing several works by key (``see \\cite[254]{a}; compare
        \\cite{b}``): each is a citation of its own; the note itself, as a note citing
        several works in words, stands for the first it cites (with that citation's pages)."""
        keys = {key for key, _ in note.cites}
        if len(keys) < 2 or not all(k in self.bib.entries for k in keys):
            return None
        key, post = note.cites[0]
        found = self._entry_cite(key, post, text, pos)
        if found is None:  # (no entry read for the first key)
            line = self.src.line(pos)
            return Reference(raw=text, line=line, end_line=end_line, kind=RefKind.COMMENTARY)
        return replace(found, end_line=end_line)

    def _single_cite(self, note: Sink, text: str, pos: int) -> Reference | None:
        """A note citing one work (``\\citeauthor{a} \\parencite*{a}`` cites it once): its
        entry, with the pages of the citation that names them."""
        if len({key for key, _ in note.cites}) != 1:
            return None
        key, post = next((c for c in note.cites if c[1]), note.cites[0])
        return self._entry_cite(key, post, text, pos)

    def _entry_cite(self, key: str, post: str | None, text: str, pos: int) -> Reference | None:
        """The reference of a citation of ``key`` at ``pos``: its entry's fields, with the
        pages of the citation (``post``); None when the key has no read entry."""
        entry = self.bib.entries.get(key)
        if entry is None and self.numbered is not None:
            entry = self.numbered.items.get(key)
        if entry is None:
            return None
        line = self.src.line(pos)
        fields = entry.reference or self._written_entry(key, entry)
        own = replace(fields, raw=text, line=line, end_line=line, anomalies=())
        pages = page_locator(post)
        return replace(own, pages=pages) if pages else own

    def _written_entry(self, key: str, entry: RawNote) -> Reference:
        """The fields of an entry written out as text (a ``\\bibitem``, an item of a
        hand-written list), parsed as the list's entry is: a note citing it takes them,
        as it takes a ``.bib`` entry's (parsed once per key)."""
        found = self._written.get(key)
        if found is None:
            found = parse_reference(
                entry.text, entry.line_starts or (entry.line,), detect_styles=True
            )
            self._written[key] = found
        return found

    def _cite(
        self, i: int, name: str, base: str, after: int, end: int, sink: Sink, in_note: bool
    ) -> int:
        groups, pos = self._cite_arguments(base, after, end)
        if not groups:
            return after
        text = self.src.text
        line = self.src.line(i)
        short = pos - i <= 300
        keys: list[str] = []
        for _opts, (start, stop) in groups:
            if "\\" in text[start:stop]:  # "\cite{\keyberg}": said once per macro unread
                left = resolved_keys(text[start:stop], self._macro).left
                self.macro_keys.add(text[start:stop], line, self.file_at(i), left)
            for key in self._keys(text[start:stop], i, base):
                keys.append(key)
                if key not in self.cited:
                    raw = text[i:pos] if short else f"\\{name}{{{key}}}"
                    self.cited[key] = Cited(line, raw, self.src.file(i))
        if base == "nocite":
            self.nocite_all = self.nocite_all or "*" in keys
            self.nocited.update(keys)
            return pos
        if in_note:
            column = self.src.column(i)
            for opts, (start, stop) in groups:
                post = _post(opts)
                for key in self._keys(text[start:stop], i, base):
                    sink.cites.append((key, post))
                    sink.inner.append((key, line, column, self.file_at(i)))
                    sink.write(self._cite_text(key, opts), line)
            return pos
        if base in N.FOOTNOTE_CITE or (self.autocite_footnote and base in N.AUTO_CITE):
            self._footcite(i, groups, pos, sink)
            return pos
        if self.textcite_footnote and base in N.NOTE_TEXT_CITE and keys:
            # "Pour \textcite[155]{fried1990}, ...": the names in the sentence, the
            # citation in a footnote of its own
            sink.write(self._cited_names(keys), line)
            self._footcite(i, groups, pos, sink)
            return pos
        named, self._named = self._named, None
        if name in _YEAR_ONLY and named is not None and self._names_them(named, i, keys):
            return pos  # "\citeauthor{k} (\citeyear{k})" is one citation of k, marked once
        if name == "hyperlink" and named is not None and self._names_them(named, i, keys, True):
            # Pandoc 2 links name and year apart: one citation
            return pos  # "\hyperlink{ref-k}{Doe} (\hyperlink{ref-k}{2019})"
        if name in _AUTHOR_ONLY or name == "hyperlink":
            self._named = (self.src, pos, tuple(keys))
        if base in N.TEXT_CITE and keys and _CLAUSE_ENDS.match(self.src.text, pos) is None:
            # "\citeA{k} measured both.": the names are words of the sentence, which the
            # citation cites (its markers at the sentence's end, as for Pandoc's "@k says");
            # one that closes its sentence ("... as shown by \textcite{k}.") is its citation
            sink.write(self._cited_names(keys), line)
            sink.in_text.extend(range(len(sink.markers), len(sink.markers) + len(keys)))
        for key in keys:
            self._mark(sink, key, i)
        return pos

    def _cited_names(self, keys: list[str]) -> str:
        """The family names a textual citation of ``keys`` prints (the key where its entry
        names no author): "Halvorsen", "Halvorsen and Moreau", "Halvorsen et al."."""
        names = []
        for key in keys:
            entry = self.bib.entries.get(key)
            authors = (entry.reference or self._written_entry(key, entry)).authors if entry else ()
            if not authors:
                names.append(key)
                continue
            family = [family_name(a) for a in authors]
            names.append(" and ".join(family) if len(family) <= 2 else f"{family[0]} et al.")
        return "; ".join(names)

    def _names_them(
        self,
        named: tuple[object, int, tuple[str, ...]],
        i: int,
        keys: list[str],
        protected: bool = False,
    ) -> bool:
        r"""Does the ``\citeauthor`` ``named`` cite ``keys`` right before ``i`` (a space, a
        tie or an opening parenthesis between; ``protected``: and a ``\protect``)?"""
        src, end, authors = named
        between = _BETWEEN_LINKS if protected else _BETWEEN_NAME_AND_YEAR
        return (
            src is self.src
            and tuple(keys) == authors
            and between.fullmatch(self.src.text, end, i) is not None
        )

    def _macro(self, name: str) -> Macro | None:
        """The definition of the macro ``name`` (after ``\\let`` aliases), or None."""
        if name in self.macros.primitive:
            return None
        return self.macros.defined.get(self.macros.resolve(name))

    def _keys(self, text: str, pos: int, base: str = "") -> list[str]:
        """The keys a citation at ``pos`` names, each as the ``.bib`` spells it when only
        its letter case differs and BibTeX resolves the citation (it compares keys
        caselessly); ``base``: the citation command (``citeproc``: Pandoc's ids)."""
        if "\\" in text:  # "\cite{\mainref}": a macro whose body is a key, expanded
            text = resolved_keys(text, self._macro).text
        keys = N.csl_keys(text) if base == "citeproc" else _keys(text)
        if not self.caseless_keys:
            return keys
        found: list[str] = []
        for key in keys:
            if key not in self.bib.entries and key != "*":
                same = self.bib.same_but_case(key)
                if len(same) == 1:
                    where = Cited(self.src.line(pos), f"\\cite{{{key}}}", self.src.file(pos))
                    self.case_keys.setdefault(key, (same[0], where))
                    key = same[0]
            found.append(key)
        return found

    def _cite_arguments(
        self, base: str, after: int, end: int
    ) -> tuple[list[tuple[list[str], tuple[int, int]]], int]:
        """The (options, keys span) groups of a citation command, and where it ends."""
        text = self.src.text
        groups: list[tuple[list[str], tuple[int, int]]] = []
        prenote, pos = self._angle_prenote(after, end)
        if base in N.MULTI_CITE:
            shared: list[str] = []
            at = skip_space(text, pos, end)
            while at < end and text[at] == "(" and len(shared) < 2:
                close = text.find(")", at, min(end, at + OPTION_LIMIT))
                if close < 0:
                    break
                shared.append(text[at + 1 : close])
                pos = close + 1
                at = skip_space(text, pos, end)
            while True:
                opts, next_pos = self._options(pos, end)
                at = skip_space(text, next_pos, end)
                if at >= end or text[at] != "{":
                    break
                start, stop, pos = self._argument(at, end)
                groups.append((_with_prenote(prenote, opts), (start, stop)))
                prenote = None
            return groups, pos
        opts, pos = self._options(pos, end)
        opts = _with_prenote(prenote, opts)
        if base in N.APUD_CITE:  # [post]{cited}{citing}
            at = skip_space(text, pos, end)
            if at >= end or text[at] != "{":
                return [], after
            start, stop, pos = self._argument(at, end)
            groups.append(([], (start, stop)))
        if base in N.VOLUME_CITE:  # [pre]{volume}[pages]{key}
            vstart, vstop, pos = self._argument(pos, end)
            pages, pos = self._options(pos, end)
            volume = text[vstart:vstop].strip()
            opts = [*opts[:1], ", ".join(p for p in (volume, *pages) if p.strip())]
        at = skip_space(text, pos, end)
        if at >= end or text[at] != "{":
            return [], after
        start, stop, pos = self._argument(at, end)
        if base == "citeproc":  # {keys}{the citation as citeproc rendered it}
            at = skip_space(text, pos, end)
            if at < end and text[at] == "{":
                pos = self._argument(at, end)[2]
        return [*groups, (opts, (start, stop))], pos

    def _angle_prenote(self, start: int, end: int) -> tuple[str | None, int]:
        """apacite's prenote, ``\\cite<e.g.,>[p.~4]{key}``: (its text, the position after
        it), or (None, ``start``) when no ``<...>`` follows (on the same line)."""
        m = _ANGLE_PRENOTE.match(self.src.text, start, end)
        if m is None:
            return None, start
        return m.group(1), m.end()

    def _links_entry(self, after: int, end: int) -> bool:
        """Does the ``\\hyperlink`` whose arguments start at ``after`` link to an entry of a
        citeproc list (``{ref-key}``)?"""
        m = _REF_TARGET.match(self.src.text, after, end)
        return m is not None and N.csl_key(m.group(1)) in self.bib.entries

    def _cite_text(self, key: str, opts: list[str]) -> str:
        entry = self.bib.entries.get(key)
        if entry is None:
            body = f"[{key}]"
        else:
            body = entry_text(entry.reference) if entry.reference else entry.text
        pre = opts[0].strip() + " " if len(opts) >= 2 and opts[0].strip() else ""
        post = ", " + opts[-1].strip() if opts and opts[-1].strip() else ""
        return f"{pre}{body}{post}"

    def _footcite(
        self, i: int, groups: list[tuple[list[str], tuple[int, int]]], pos: int, sink: Sink
    ) -> None:
        label = self._next_label([])
        self._mark(sink, label, i)
        text = self.src.text
        note = Sink()
        parts: list[str] = []
        for opts, (start, stop) in groups:
            for key in self._keys(text[start:stop], i):
                note.cites.append((key, _post(opts)))
                parts.append(self._cite_text(key, opts))
        line = self.src.line(i)
        raw = text[i:pos] if pos - i <= 300 else text[i : i + 300]
        # a multicite note (``\\autocites[12]{a}[3]{b}``) cites its works in one footnote:
        # the note's work is the first key's entry, as for a single key, never a re-read
        # of the rendered text (which runs the works together)
        ref = self._single_cite(note, raw, i)
        if ref is None and note.cites:
            ref = self._entry_cite(*note.cites[0], raw, i)
        keys = tuple(dict.fromkeys(key for key, _ in note.cites))
        self.notes.append(
            RawNote(label, "; ".join(parts), line, line, (line,), reference=ref, cites=keys)
        )

    def _mark(self, sink: Sink, label: str, pos: int) -> None:
        sink.mark(label, self.src.line(pos), self.src.column(pos), self.file_at(pos))

    def file_at(self, pos: int) -> str:
        """The file ``pos`` is in: "" for the main file, else the included file's name."""
        return self.included(self.src.file(pos))

    def included(self, name: str) -> str:
        """A file name as :meth:`Source.file` gives it: "" for the main file, else itself."""
        return "" if name == self._main else name

    def _numbered_ref(self, i: int, after: int, end: int, sink: Sink, in_note: bool) -> int | None:
        """``[\\ref{lit:smith}]`` to an item of a hand-written numbered list: a citation."""
        assert self.numbered is not None
        start, stop, pos = self._argument(after, end)
        number = self.numbered.anchors.get(self.src.text[start:stop].strip())
        if number is None:
            return None
        if in_note:
            sink.write(str(number), self.src.line(i))
            return pos
        sink.drop_suffix("[")
        self._mark(sink, f"[{number}]", i)
        close = re.compile(r"\s*\]").match(self.src.text, pos, end)
        return close.end() if close else pos

    def _unknown_cite(
        self, i: int, name: str, after: int, end: int, sink: Sink, in_note: bool
    ) -> tuple[int, Sink]:
        """A command named like a citation that is neither known nor defined here: read as
        one when every key it names is in the bibliography, else said (not silently
        dropped)."""
        opts, pos = self._options(after, end)
        at = skip_space(self.src.text, pos, end)
        if at < end and self.src.text[at] == "{":
            start, stop, _ = self._argument(at, end)
            keys = _keys(self.src.text[start:stop])
            if keys and all(k in self.bib.entries for k in keys):
                return self._cite(i, name, "cite", after, end, sink, in_note), sink
            line, count, file = self.unknown.get(name, (self.src.line(i), 0, self.src.file(i)))
            self.unknown[name] = (line, count + 1, file)
        return self._skip_options(after, end), sink

    # -- links, blocks, environments -------------------------------------------------

    def _link(self, i: int, name: str, after: int, end: int, sink: Sink, in_note: bool) -> int:
        text = self.src.text
        start, stop, pos = self._argument(after, end)
        url = re.sub(r"\\([%#&_~$])", r"\1", text[start:stop].strip())
        visible = url
        if name == "href":
            vstart, vstop, pos = self._argument(pos, end)
            visible = self.convert(vstart, vstop, Sink(), in_note=True).text().strip()
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

    def _block(self, i: int, base: str, after: int, end: int, sink: Sink) -> tuple[int, Sink]:
        """A heading or a caption: a block of its own, citations in it are read.  Its short
        form (``\\caption[short]{long}``) is the list of figures' or contents' copy: not
        read again, but a citation only it holds is reported."""
        self.flush(sink)
        copies, pos = self._option_spans(after, end)
        start, stop, pos = self._argument(pos, end)
        self._unread_copies(i, base, copies, (start, stop))
        self.flush(self.convert(start, stop, Sink(heading=True), in_note=False))
        return pos, Sink()

    def _unread_copies(
        self, i: int, base: str, copies: list[tuple[int, int]], read: tuple[int, int]
    ) -> None:
        if self._cite_in(*read) is not None:
            return  # (the copy's citations are the read text's)
        for start, stop in copies:
            self._unread_cite(i, base, start, stop, "it is the short copy of the text read")

    def _option_caption(
        self, i: int, base: str, after: int, end: int, sink: Sink, in_note: bool
    ) -> tuple[int, Sink]:
        """subfig's ``\\subfloat[list entry][caption]{body}`` (one option: the caption):
        the caption is a block of its own, like ``\\caption``; the body is read after it."""
        spans, pos = self._option_spans(after, end)
        if not spans:
            return pos, sink
        *copies, caption = spans
        if in_note:
            return pos, self.convert(*caption, sink, in_note=True)
        self.flush(sink)
        self._unread_copies(i, base, copies, caption)
        self.flush(self.convert(*caption, Sink(heading=True), in_note=False))
        return pos, Sink()

    def _item(self, after: int, end: int, sink: Sink, in_note: bool) -> tuple[int, Sink]:
        """``\\item[label]``: the label is text of the item (a citation in it is read)."""
        spans, pos = self._option_spans(after, end)
        if not in_note:
            self.flush(sink)
            sink = Sink()
        if spans:
            start, stop = spans[0]
            sink = self.convert(start, stop, sink, in_note)
            sink.write(" ", self.src.line(stop))
        return pos, sink

    def _environment(
        self, i: int, base: str, after: int, end: int, sink: Sink, in_note: bool
    ) -> tuple[int, Sink]:
        text = self.src.text
        start, stop, pos = self._argument(after, end)
        name = text[start:stop].strip()
        if base == "begin":
            if name in N.MATH_ENVIRONMENTS:
                close = re.compile(r"\\end\s*\{" + re.escape(name) + r"\}").search(text, pos, end)
                if close is not None:
                    return close.end(), sink
            options, pos = self._option_spans(pos, end)
            count = N.ENVIRONMENT_ARGUMENTS.get(name, 0)
            if count:
                skipped = pos
                pos = self._skip_arguments(pos, end, count)
                self._unread_cite(i, f"begin{{{name}}}", skipped, pos, "they are not text")
        else:
            options = []
        if tablerows.is_table(name):
            if base == "end" and self.tables and not in_note:
                self._end_row(sink)  # the last row, with no \\ after it
                sink = Sink()
            self.tables = self.tables + 1 if base == "begin" else max(0, self.tables - 1)
            self._row_above = None
        self._local_scope(base, name)
        if name != "document" and not in_note:
            self.flush(sink)
            sink = Sink()
        # \begin{theorem}[{\cite[Thm.~2]{a}}]: an option holding a citation is text
        for start, stop in options:
            if self._cite_in(start, stop) is not None:
                sink = self.convert(start, stop, sink, in_note)
                sink.write(" ", self.src.line(stop))
        return pos, sink

    def _end_row(self, sink: Sink) -> None:
        """A table row ends: a block of its own, its citations claiming the whole row; a
        row with no words (a cell continued under the row above) adds its citations to
        the row above."""
        sink.in_text.clear()
        above = self._row_above
        if not sink.text().strip() and above is not None:
            above.markers.extend(tablerows.at_row_end(sink.markers, above.text()))
            return
        sink.markers[:] = tablerows.at_row_end(sink.markers, sink.text())
        self.flush(sink)
        if sink.markers or sink.text().strip():
            self._row_above = sink

    def _local_scope(self, base: str, name: str) -> None:
        """Open or close a minipage's or REVTeX table's own note series."""
        if name not in LOCAL_NOTE_ENVIRONMENTS and not (self.revtex and name in REVTEX_TABLES):
            return
        if base == "begin":
            kind = name.rstrip("*")
            self._scopes[kind] = self._scopes.get(kind, 0) + 1
            self.local_notes.append(LocalNotes(name, f"{kind}{self._scopes[kind]}"))
            self.mark_queue.open_box()
        elif self.local_notes and self.local_notes[-1].environment == name:
            self.local_notes.pop()
            self.mark_queue.close_box()

    def _wrapped(self, after: int, end: int, sink: Sink, in_note: bool, a: str, b: str) -> int:
        start, stop, pos = self._argument(after, end)
        sink.write(a, self.src.line(start))
        self.convert(start, stop, sink, in_note)
        sink.write(b, self.src.line(max(start, stop - 1)))
        return pos

    # -- macros ---------------------------------------------------------------------

    def _expand(
        self, i: int, macro: Macro, after: int, end: int, sink: Sink, in_note: bool
    ) -> tuple[int, Sink]:
        text = self.src.text
        values: list[str] = []
        starts: list[int | None] = []  # where each value was written (None: not written)
        pos = after
        for kind in macro.arguments:
            starts.append(None)
            at = skip_space(text, pos, end)
            if kind == "s":
                star = at < end and text[at] == "*"
                values.append(BOOLEAN_TRUE if star else BOOLEAN_FALSE)
                pos = at + 1 if star else pos
            elif kind == "o" or kind.startswith("O:"):
                close = bracket_end(text, at, end) if at < end and text[at] == "[" else None
                if close is not None:
                    values.append(text[at + 1 : close - 1])
                    starts[-1] = at + 1
                    pos = close
                else:
                    values.append(NO_VALUE if kind == "o" else kind[2:])
            else:
                start, stop, pos = self._argument(pos, end)
                values.append(text[start:stop])
                starts[-1] = start
        body, placed = macro.expand_placed(values)
        if self.expansions >= MAX_EXPANSION_DEPTH or self.expanded + len(body) > MAX_EXPANSION:
            self._limit(
                "expansion",
                f"macro \\{macro.name} not expanded: macros expand into more than "
                f"{MAX_EXPANSION_DEPTH} levels or {MAX_EXPANSION:,} characters",
                self.src.line(i),
            )
            return pos, sink
        self.expanded += len(body)
        saved = self.src
        where = tuple((a, b, origin) for a, b, k in placed if (origin := starts[k]) is not None)
        self.src = Expansion(body, saved.line(i), saved.column(i), saved.file(i), saved, where)
        self.expansions += 1
        try:
            sink = self.convert(0, len(body), sink, in_note)
        finally:
            self.expansions -= 1
            self.src = saved
        return pos, sink

    def _value_test(
        self, base: str, after: int, end: int, sink: Sink, in_note: bool
    ) -> tuple[int, Sink]:
        """xparse ``\\IfNoValueTF{#1}{...}{...}`` and the like, inside expansions."""
        vstart, vstop, pos = self._argument(after, end)
        value = self.src.text[vstart:vstop].strip()
        if base.startswith("IfBoolean"):
            holds = value == BOOLEAN_TRUE
        else:
            holds = (value == NO_VALUE) == base.startswith("IfNoValue")
        branches = base[base.index("Value") + 5 :] if "Value" in base else base[9:]
        chosen: tuple[int, int] | None = None
        for branch in branches:  # "TF", "T" or "F"
            start, stop, pos = self._argument(pos, end)
            if (branch == "T") == holds:
                chosen = (start, stop)
        if chosen is not None:
            sink = self.convert(chosen[0], chosen[1], sink, in_note)
        return pos, sink

    # -- reporting ------------------------------------------------------------------

    def _where(self, pos: int) -> str:
        name = self.src.file(pos)
        return f" of {name}" if name and name != self._main else ""

    def _limit(self, kind: str, message: str, line: int) -> None:
        if kind in self._limits:
            return
        self._limits.add(kind)
        self.anomalies.append(Anomaly(AnomalyCode.LIMIT_REACHED, message, line))


_LOCATOR = lazy_compile(
    r"(?:(?:pp?|S|s|[сС]|стр|Стр|P|Pp|Seite|Seiten)\.?\s*)?"
    r"(\d+(?:\s*[-–—]+\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–—]+\s*\d+)?)*)\s*(?:ff?\.?)?"
)


def _letter_end(text: str, after: int, end: int) -> int:
    """After a letter command (``\\aa``): the spaces that end its name, or its ``{}``."""
    pos = after
    while pos < end and text[pos] in " \t":
        pos += 1
    return pos + 2 if text.startswith("{}", pos) and pos + 2 <= end else pos


def family_name(author: str) -> str:
    """The family name of an author as the parsers write one ("Halvorsen, Kari", "Kari
    Halvorsen")."""
    author = author.strip()
    if "," in author:
        return author.split(",", 1)[0].strip()
    return author.rsplit(None, 1)[-1] if author else author


def at_sentence_ends(
    text: str, markers: list[tuple[str, int, int, int, str]], moved: list[int]
) -> list[tuple[str, int, int, int, str]]:
    """``markers`` with each of ``moved`` (indices) at the end of the sentence it stands in
    (the first sentence end at or after it, else the text's end), in text order."""
    ends = [m.start() for m in SENTENCE_END.finditer(text)]
    last = len(text.rstrip())
    out = list(markers)
    for k in moved:
        label, line, column, offset, file = out[k]
        j = bisect_left(ends, offset)
        out[k] = (label, line, column, ends[j] if j < len(ends) else last, file)
    return sorted(out, key=lambda m: m[3])


def page_locator(post: str | None) -> str | None:
    """The pages a citation's post-note names, as reference parsers write them
    (``p.~45`` -> ``45``, ``S. 10--12`` -> ``10–12``); None for other locators
    (``ch.~3``, ``Eq.~2``)."""
    if not post:
        return None
    m = _LOCATOR.fullmatch(post.strip())
    if m is None:
        return None
    return re.sub(r"\s*[-–—]+\s*", "–", m.group(1))


_REF_TARGET = lazy_compile(r"\s*\{(ref-[^{}\s]+)\}")


def _keys(text: str) -> list[str]:
    """The keys of a citation (``a, b``; mciteplus ``*b``); no key holds a command.  A
    key written in braces (``\\cite{{key}}``) is the key: LaTeX's list loop strips
    one pair of braces around each item, as TeX does around a delimited argument."""
    keys: list[str] = []
    for part in text.split(","):
        key = _unbraced(part.strip()).lstrip("*").strip()
        if key and "\\" not in key:
            keys.append(key)
    if not keys and text.strip() == "*":
        keys.append("*")
    return keys


def _unbraced(key: str) -> str:
    """``key`` without the one pair of braces enclosing all of it (``{key}``)."""
    if key.startswith("{") and group_end(key, 0) == len(key):
        return key[1:-1].strip()
    return key


def _with_prenote(prenote: str | None, opts: list[str]) -> list[str]:
    """A citation's options with apacite's ``<prenote>`` as the pre-note: ``[pre, post]``
    (its ``[post]`` alone is a post-note)."""
    if prenote is None:
        return opts
    if not opts:
        return [prenote, ""]
    if len(opts) == 1:
        return [prenote, opts[0]]
    return [f"{prenote} {opts[0]}".strip(), *opts[1:]]


def _post(opts: list[str]) -> str | None:
    """The post-note (pages) of a citation's options, as text: ``p.~4`` -> ``p. 4``."""
    if not opts or not opts[-1].strip():
        return None
    note = opts[-1].strip()
    for old, new in N.TEXT_SUBSTITUTIONS:
        note = note.replace(old, new)
    return " ".join(note.split())
