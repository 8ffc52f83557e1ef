"""The manuscript as one text: included files spliced in, with true lines and files.

``\\input``, ``\\include``, ``\\subfile``, ``\\import``/``\\subimport`` (and the
``\\inputfrom`` family) are followed, ``.tex`` added when missing.  ``\\input`` and
``\\include`` resolve against the main file's folder first (TeX's working
directory), then the including file's; ``\\subfile`` and ``\\import{dir}{file}``
against the including file's folder first.  Of a file that is a document of its
own (``\\documentclass`` ... ``\\begin{document}``: subfiles, standalone) only the
body is taken.  A file that includes itself (directly or not) is not read again,
and a missing, unreadable or over-limit file is an ``include-unreadable`` anomaly at
the including line; the rest of the manuscript is read.  An include the author made
optional (``\\IfFileExists{x.tex}{\\input{x}}{}``, ``\\InputIfFileExists{x}{}{}``) whose
file is absent is no gap: LaTeX skips it too, and an info-level
``include-optional-absent`` says it was skipped.  A file the TeX distribution ships
(``\\input{glyphtounicode}``: :mod:`texdist`) is no gap either, and any other file the
preamble inputs that is absent is an info ``include-preamble-absent``: the preamble
holds no cited text.  In the body a missing file stays a gap.

An lhs2TeX document (literate Haskell: a ``.lhs`` file, or one using lhs2TeX's
``%include x.fmt``/``%format`` directives) includes its chapters with ``%include
Chapters/Intro.lhs`` lines, which LaTeX alone would take for comments: they are followed
like ``\\input`` (lhs2TeX's own ``.fmt`` files are the distribution's), and its Haskell
(``code``/``spec`` environments, ``>``/``<`` bird-track lines) is not read as LaTeX.

Every character of the combined text knows the file it came from and its line and
column there (:meth:`Source.line`, :meth:`Source.column`, :meth:`Source.file`), so
a citation in ``chapters/intro.tex`` reports its line in that file.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.readers.decode import MAX_BYTES
from bibcheck.readers.latex.bibmacros import expanded_path
from bibcheck.readers.latex.blank import Definitions, blank
from bibcheck.readers.latex.files import Unreadable, find_file, read_text_file
from bibcheck.readers.latex.revisions import Conventions, accept
from bibcheck.readers.latex.scan import BraceIndex, skip_space
from bibcheck.readers.latex.texdist import is_distribution_file
from bibcheck.readers.orgexclude import looks_like_org, unexported
from bibcheck.readers.rawinput import markup_source

MAX_DEPTH = 16  # files including files
MAX_FILES = 2000  # files included in all (the same file twice counts twice)

_INCLUDE = lazy_compile(
    r"\\(input|include|subfile|import|subimport|inputfrom|includefrom|subinputfrom"
    r"|subincludefrom|InputIfFileExists)(?![A-Za-z@])\s*\*?"
)
# \IfFileExists{name}{then}{else}: what ``then`` includes runs only when ``name`` exists
_IF_FILE_EXISTS = lazy_compile(r"\\IfFileExists(?![A-Za-z@])\s*\{")
_BRACED = lazy_compile(r"\s*\{([^{}]*)\}")
_BARE_NAME = lazy_compile(r"[ \t]*([^\s{}\\%]+)")  # \input chapter1 (TeX syntax)
_BEGIN_DOCUMENT = lazy_compile(r"\\begin\s*\{document\}")
_END_DOCUMENT = lazy_compile(r"\\end\s*\{document\}")
_DOCUMENTCLASS = lazy_compile(r"\\documentclass\b")
_TWO_ARGUMENTS = frozenset(
    {"import", "subimport", "inputfrom", "includefrom", "subinputfrom", "subincludefrom"}
)
_OWN_FOLDER_FIRST = frozenset({"subfile", "subimport", "subinputfrom", "subincludefrom"})
# lhs2TeX (literate Haskell): "%include file" at a line's start is its include directive;
# a document is lhs2TeX's when it is a .lhs file or uses lhs2TeX's directives
_LHS_INCLUDE = lazy_compile(r"^%include[ \t]+([^\s{}%\\]+)[ \t]*$", re.M)
_LHS_DIRECTIVES = lazy_compile(r"^%(?:include[ \t]+[^\s{}%\\]+\.fmt|format[ \t])", re.M)
_LHS_CODE = lazy_compile(r"^[><].*$", re.M)  # bird-track code lines ("> f x = ...")
LHS_ENVIRONMENTS = frozenset({"code", "spec"})  # lhs2TeX's Haskell blocks


class Positions:
    """Line, column and file of positions in a text (the base of :class:`Source`)."""

    text: str
    _braces: BraceIndex | None = None

    def line(self, pos: int) -> int:
        raise NotImplementedError

    def column(self, pos: int) -> int:
        raise NotImplementedError

    def file(self, pos: int) -> str:
        raise NotImplementedError

    def group_end(self, start: int, limit: int) -> int | None:
        """Index after the ``}`` closing the ``{`` at ``start`` (before ``limit``), or None."""
        if self._braces is None:
            self._braces = BraceIndex(self.text)
        return self._braces.end(start, limit)


class Source(Positions):
    """The combined text; per line of it: the file, the true line and a column shift."""

    def __init__(
        self,
        text: str,
        starts: array[int],
        lines: array[int],
        shifts: array[int],
        files: array[int],
        names: list[str],
        paths: list[Path | None],
    ) -> None:
        self.text = text
        self._starts = starts
        self._lines = lines
        self._shifts = shifts
        self._files = files
        self.names = names  # display name of each file (0: the main file)
        self.paths = paths
        self._braces = None

    @classmethod
    def single(cls, text: str, name: str = "", path: Path | None = None) -> Source:
        """One file, no includes."""
        builder = _Builder()
        builder.emit(0, text, 1, 0)
        return builder.source([name], [path])

    def _index(self, pos: int) -> int:
        return max(0, bisect_right(self._starts, pos) - 1)

    def line(self, pos: int) -> int:
        return self._lines[self._index(pos)] if self._lines else 1

    def column(self, pos: int) -> int:
        if not self._lines:
            return pos + 1
        k = self._index(pos)
        return pos - self._starts[k] + 1 + self._shifts[k]

    def file_index(self, pos: int) -> int:
        return self._files[self._index(pos)] if self._files else 0

    def file(self, pos: int) -> str:
        return self.names[self.file_index(pos)]

    def path(self, pos: int) -> Path | None:
        return self.paths[self.file_index(pos)]


class Expansion(Positions):
    """A macro's expansion: every position stands where the macro was used, except the
    text of its arguments, which stands where it was written (``placed``: start and end
    in the expansion, start in ``outer``), so a citation on the third line of a long
    argument is at that line."""

    def __init__(
        self,
        text: str,
        line: int,
        column: int,
        file: str,
        outer: Positions | None = None,
        placed: tuple[tuple[int, int, int], ...] = (),
    ) -> None:
        self.text = text
        self._line = line
        self._column = column
        self._file = file
        self._outer = outer
        self._placed = placed
        self._braces = None

    def _origin(self, pos: int) -> int | None:
        for start, end, source in self._placed:
            if start <= pos < end:
                return source + pos - start
        return None

    def line(self, pos: int) -> int:
        origin = self._origin(pos) if self._outer is not None else None
        return self._line if origin is None or self._outer is None else self._outer.line(origin)

    def column(self, pos: int) -> int:
        origin = self._origin(pos) if self._outer is not None else None
        if origin is None or self._outer is None:
            return self._column
        return self._outer.column(origin)

    def file(self, pos: int) -> str:
        return self._file


@dataclass(slots=True)
class _Builder:
    parts: list[str] = field(default_factory=list)
    length: int = 0
    starts: array[int] = field(default_factory=lambda: array("q"))
    lines: array[int] = field(default_factory=lambda: array("q"))
    shifts: array[int] = field(default_factory=lambda: array("q"))
    files: array[int] = field(default_factory=lambda: array("q"))

    def emit(self, file: int, text: str, line: int, shift: int) -> None:
        """Append ``text`` (from ``file``, starting at ``line``, column ``shift`` + 1)."""
        if not text:
            return
        if not text.endswith("\n"):
            text += "\n"
        start = 0
        k = 0
        last = len(text) - 1
        while True:
            self.starts.append(self.length + start)
            self.lines.append(line + k)
            self.shifts.append(shift if k == 0 else 0)
            self.files.append(file)
            newline = text.find("\n", start)
            if newline < 0 or newline >= last:
                break
            start = newline + 1
            k += 1
        self.parts.append(text)
        self.length += len(text)

    def source(self, names: list[str], paths: list[Path | None]) -> Source:
        text = "".join(self.parts)
        return Source(text, self.starts, self.lines, self.shifts, self.files, names, paths)


@dataclass(frozen=True, slots=True)
class Loaded:
    source: Source
    anomalies: tuple[Anomaly, ...]
    embedded: dict[str, tuple[str, int]]  # filecontents file name -> (text, first line)
    encoding: str | None  # the main file's declared or detected legacy encoding
    main_dir: Path


@dataclass(slots=True)
class _Loader:
    main_dir: Path
    fallback: str | None
    builder: _Builder = field(default_factory=_Builder)
    names: list[str] = field(default_factory=list)
    paths: list[Path | None] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)
    embedded: dict[str, tuple[str, int]] = field(default_factory=dict)
    known: Definitions = field(default_factory=Definitions)
    conventions: Conventions = field(default_factory=Conventions)
    chain: list[Path] = field(default_factory=list)
    included: int = 0
    lhs: bool = False  # an lhs2TeX document: its %include lines are includes
    lhs_includes: set[tuple[int, int]] = field(default_factory=set)  # (file, line)
    in_body: bool = True  # past \begin{document} (or no preamble at all)
    texts: list[str] = field(default_factory=list)  # the files read so far (macro definitions)
    org: bool = False  # an Org file exported to LaTeX: its preamble is the exporter's

    def display(self, path: Path) -> str:
        try:
            return str(path.resolve().relative_to(self.main_dir.resolve()))
        except ValueError:
            return str(path)

    def file(
        self,
        text: str,
        name: str,
        path: Path | None,
        own_dir: Path,
        body_only: bool,
        preamble_only: bool = False,
    ) -> None:
        index = len(self.names)
        self.names.append(name)
        self.paths.append(path)
        self.texts.append(text)
        if self.lhs:
            text = self._lhs_directives(text, index)
        blanked = blank(text, self.known, name if index else "")
        self.anomalies.extend(blanked.anomalies)
        for file_name, body, line in blanked.embedded:
            self.embedded.setdefault(file_name, (body, line))
        text = accept(blanked.text, self.conventions)  # changes accepted, lines kept
        starts = [0] + [m.end() for m in re.finditer("\n", text)]
        start, stop = 0, len(text)
        if body_only and _DOCUMENTCLASS.search(text):
            begin = _BEGIN_DOCUMENT.search(text)
            finish = _END_DOCUMENT.search(text, begin.end()) if begin else None
            if begin is not None:
                start, stop = begin.end(), finish.start() if finish else len(text)
        if preamble_only:
            begin = _BEGIN_DOCUMENT.search(text)
            stop = begin.start() if begin else stop
        body_begins = _BEGIN_DOCUMENT.search(text, start, stop)
        if index == 0:  # a main file with a preamble starts in it; a chapter alone is body
            self.in_body = self.org or not (_DOCUMENTCLASS.search(text) or body_begins)
        pos = start
        guarded = _guarded(text, start, stop)
        for m in _INCLUDE.finditer(text, start, stop):
            target = self._target(m, text, stop)
            if target is None:
                continue
            command, names, after = target
            line = bisect_right(starts, m.start())
            if body_begins is not None and m.start() >= body_begins.start():
                self.in_body = True
            self._emit_until(index, text, starts, pos, m.start())
            guard = next((g for a, b, g in guarded if a <= m.start() < b), None)
            if command == "InputIfFileExists":
                guard = names[0]
            for include in names:
                self._include(command, include, line, index, own_dir, guard)
            pos = after
            newline = text.find("\n", after, stop)
            if newline >= 0 and not text[after:newline].strip():
                pos = newline + 1  # nothing else on the line: no empty line is made
        if body_begins is not None:
            self.in_body = True
        self._emit_until(index, text, starts, pos, stop)

    def _lhs_directives(self, text: str, index: int) -> str:
        """``text`` with lhs2TeX's ``%include x`` lines as ``\\input{x}`` (their lines noted,
        so messages show them as written) and its bird-track code lines blanked."""

        counted = [0, 1]  # (position, its line): lines counted once, left to right

        def include(m: re.Match[str]) -> str:
            counted[1] += text.count("\n", counted[0], m.start())
            counted[0] = m.start()
            self.lhs_includes.add((index, counted[1]))
            directive = f"\\input{{{m.group(1)}}}"
            return directive + " " * max(0, len(m.group(0)) - len(directive))

        text = _LHS_INCLUDE.sub(include, text)
        return _LHS_CODE.sub(lambda m: " " * len(m.group(0)), text)

    def _emit_until(self, index: int, text: str, starts: list[int], pos: int, end: int) -> None:
        piece = text[pos:end]
        tail = piece.rfind("\n")
        if not piece[tail + 1 :].strip():
            piece = piece[: tail + 1]  # only spaces before the include on its line
        line = bisect_right(starts, pos)
        self.builder.emit(index, piece, line, pos - starts[line - 1])

    def _target(self, m: re.Match[str], text: str, stop: int) -> tuple[str, list[str], int] | None:
        command = m.group(1)
        first = _BRACED.match(text, m.end(), stop)
        if command in _TWO_ARGUMENTS:
            second = _BRACED.match(text, first.end(), stop) if first else None
            if first is None or second is None:
                return None
            folder = first.group(1).strip()
            name = second.group(1).strip()
            return command, [str(Path(folder) / name) if folder else name], second.end()
        if first is not None:
            return command, [first.group(1).strip()], first.end()
        if command == "input":
            bare = _BARE_NAME.match(text, m.end(), stop)
            if bare is not None:
                return command, [bare.group(1)], bare.end()
        return None

    def _include(
        self, command: str, name: str, line: int, index: int, own_dir: Path, guard: str | None
    ) -> None:
        """Splice in the file ``name``; ``guard``: the file an ``\\IfFileExists`` makes it
        depend on (the include is optional when that file is absent too)."""
        where = f"{self.names[index]}, line {line}" if index else f"line {line}"
        shown = f"\\{command}{{{name}}}"
        if (index, line) in self.lhs_includes:
            shown = f"%include {name}"
        name = name.replace("\\jobname", self.names[0].rsplit(".", 1)[0] if self.names[0] else "")
        if "\\" in name and "#" not in name:  # \subfile{\econtexRoot/Appendices/a}
            name, undefined = expanded_path(name, self.texts)
            if undefined:
                macros = ", ".join(f"\\{m}" for m in undefined)
                self._problem(
                    f"{shown} ({where}) names its file by a macro ({macros}) that the "
                    "document does not define: not read",
                    line,
                )
                return
        if not name or "#" in name or "\\" in name:
            if "#" not in name:  # #1 in a macro definition is not a file
                self._problem(f"{shown} ({where}) names no file that can be found", line)
            return
        bases = [own_dir, self.main_dir] if command in _OWN_FOLDER_FIRST else [self.main_dir]
        if own_dir not in bases:
            bases.append(own_dir)
        found = find_file(name, bases, ".tex")
        if found is None and guard is not None and find_file(guard, bases, ".tex") is None:
            self.anomalies.append(
                Anomaly(
                    AnomalyCode.INCLUDE_OPTIONAL_ABSENT,
                    f"{shown} ({where}): optional (only if {guard} exists), and absent: "
                    "skipped, as LaTeX skips it",
                    line,
                )
            )
            return
        if found is None and is_distribution_file(name):
            return  # \input{glyphtounicode}: TeX's own file, no text of the document
        if found is None and not self.in_body:
            self.anomalies.append(
                Anomaly(
                    AnomalyCode.INCLUDE_PREAMBLE_ABSENT,
                    f"{shown} ({where}, in the preamble): not in the project; the preamble "
                    "holds no cited text (unless this file sets up the bibliography)",
                    line,
                )
            )
            return
        if found is None:
            source = markup_source(name, bases)
            generated = (
                f" ({self.display(source)} beside it is probably its source, which the "
                "project's build turns into it: give that file to read its citations)"
                if source is not None
                else ""
            )
            self._problem(
                f"{shown} ({where}): file not found; its text is not read{generated}", line
            )
            return
        resolved = found.resolve()
        if resolved in self.chain:
            loop = " -> ".join(self.display(p) for p in [*self.chain, resolved])
            self._problem(f"{shown} ({where}) includes a file being read ({loop}); not read", line)
            return
        if len(self.chain) >= MAX_DEPTH or self.included >= MAX_FILES:
            self.anomalies.append(
                Anomaly(
                    AnomalyCode.LIMIT_REACHED,
                    f"{shown} ({where}) not read: more than {MAX_DEPTH} nested or "
                    f"{MAX_FILES} included files",
                    line,
                )
            )
            return
        budget = MAX_BYTES - self.builder.length
        try:
            loaded = read_text_file(found, self.fallback, max(0, budget))
        except Unreadable as exc:
            self._problem(f"{shown} ({where}): {self.display(found)} {exc}; not read", line)
            return
        if loaded.guessed:
            self.anomalies.append(
                Anomaly(
                    AnomalyCode.ENCODING_GUESSED,
                    f"{self.display(found)} is not UTF-8; decoded as {loaded.encoding} "
                    "(a guess: check non-Latin text)",
                    None,
                )
            )
        self.included += 1
        self.chain.append(resolved)
        self.file(loaded.text, self.display(found), found, found.parent, body_only=True)
        self.chain.pop()

    def _problem(self, message: str, line: int) -> None:
        self.anomalies.append(Anomaly(AnomalyCode.INCLUDE_UNREADABLE, message, line))


def _guarded(text: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    """(start, end, file) of the ``then`` branch of each ``\\IfFileExists{file}{then}{else}``
    between ``start`` and ``stop``: what it includes is read only when ``file`` exists."""
    found: list[tuple[int, int, str]] = []
    braces: BraceIndex | None = None
    for m in _IF_FILE_EXISTS.finditer(text, start, stop):
        braces = braces or BraceIndex(text)
        name_end = braces.end(m.end() - 1, stop)
        if name_end is None:
            continue
        then = skip_space(text, name_end, stop)
        then_end = braces.end(then, stop) if text.startswith("{", then) else None
        name = text[m.end() : name_end - 1].strip()
        if then_end is not None and name:
            found.append((then, then_end, name))
    return found


def load(text: str, path: str, encoding: str | None = None, preamble_only: bool = False) -> Loaded:
    """The manuscript ``text`` (read from ``path``) with every file it includes spliced in.

    ``encoding``: the main file's legacy encoding, used for included files that are
    not UTF-8 and declare none.  ``preamble_only``: stop at ``\\begin{document}`` (the
    main file of a subfile read alone gives its packages, macros and bibliographies).
    """
    main = Path(path) if path else None
    main_dir = main.parent if main is not None else Path(".")
    loader = _Loader(main_dir, encoding)
    if (main is not None and main.suffix.lower() == ".lhs") or _LHS_DIRECTIVES.search(text):
        loader.lhs = True
        loader.known.excluded.update(LHS_ENVIRONMENTS)
    if looks_like_org(main.name if main else "", text):
        loader.org = True  # what Org does not export is no text of the paper
        text = unexported(text)
    if main is not None:
        loader.chain.append(main.resolve())
    loader.file(text, main.name if main else "", main, main_dir, False, preamble_only)
    source = loader.builder.source(loader.names, loader.paths)
    return Loaded(source, tuple(loader.anomalies), loader.embedded, encoding, main_dir)
