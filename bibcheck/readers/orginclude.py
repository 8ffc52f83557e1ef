"""Org ``#+INCLUDE:`` keywords: the included files spliced into one text, as Org export does.

``#+include: "file.org"`` on a line of its own is replaced by the file's lines (the
file named relative to the including file's folder; quoted or bare).  Options:

* ``:lines "5-10"`` keeps lines 5 to 9 (Org's range excludes its end), ``"-10"`` lines
  1 to 9, ``"10-"`` line 10 to the end;
* ``:minlevel N`` shifts the file's headings so that the highest is at level ``N``;
* a block type after the name (``src python``, ``example``, ``export html``) makes the
  file a code or export block: not text, so nothing is spliced in;
* a search option (``file.org::*Heading``, ``::#custom-id``) is not followed: the whole
  file is read, and an anomaly says so.

An include inside a ``#+begin_...`` block is no keyword (Org leaves it).  A file that is
missing, unreadable, a URL, too deep (:data:`MAX_DEPTH`), past :data:`MAX_FILES` or
:data:`MAX_LINES`, or that includes itself is an ``include-unreadable`` anomaly at the
including line, and the rest is read.  Every line of the result knows its line in its
own file (:attr:`~bibcheck.readers.adocinclude.Spliced.origin`), as for AsciiDoc's
``include::``.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.readers.adocinclude import (
    MAX_DEPTH,
    MAX_FILES,
    Spliced,
    read_included,
    relative_name,
)

__all__ = ["MAX_DEPTH", "MAX_FILES", "MAX_LINES", "Include", "has_includes", "parse", "splice"]

MAX_LINES = 2_000_000  # lines in the spliced text

# (the value up to its last character that is no blank, then the blanks possessive: a lazy
# value tried the rest of a run of blanks from each of them)
_INCLUDE = lazy_compile(r"^[ \t]*+#\+include:[ \t]*+(?P<value>\S(?:.*[^ \t\n])?)[ \t]*+$", re.I)
_BEGIN = lazy_compile(r"^[ \t]*#\+begin_(?P<kind>\w+)", re.I)
_HEADING = lazy_compile(r"^(?P<stars>\*+)(?=\s)")
_BLOCK_TYPES = frozenset({"src", "example", "export", "quote", "verse", "center", "comment"})
_TEXT_BLOCKS = frozenset({"quote", "verse", "center"})  # wrapped, but still text


@dataclass(frozen=True, slots=True)
class Include:
    """An ``#+include:`` keyword's value, parsed."""

    name: str  # the file, as written (no search option)
    search: str | None  # ``*Heading``, ``#id`` ... after ``::``
    lines: tuple[int | None, int | None] | None  # (first, last) 1-based, inclusive
    minlevel: int | None
    block: str | None  # src, example, export ... (the file is not text)
    problem: str | None = None  # an option this module does not understand


def parse(value: str) -> Include | None:
    """The include ``value`` (what follows ``#+include:``); None when it names no file."""
    try:
        words = shlex.split(value, posix=True)
    except ValueError:
        words = value.split()
    if not words:
        return None
    target, _, search = words[0].partition("::")
    lines: tuple[int | None, int | None] | None = None
    minlevel: int | None = None
    block: str | None = None
    problem: str | None = None
    rest = words[1:]
    k = 0
    while k < len(rest):
        word = rest[k]
        arg = rest[k + 1] if k + 1 < len(rest) else ""
        if word == ":lines":
            lines = org_lines(arg)
            if lines is None:
                problem = f':lines "{arg}"'
            k += 2
        elif word == ":minlevel":
            minlevel = int(arg) if arg.isdigit() else None
            k += 2
        elif word.startswith(":"):
            k += 2  # another option (:only-contents, :coding ...): no effect on the text
        else:
            if block is None and word.lower() in _BLOCK_TYPES:
                block = word.lower()
            k += 1
    if not target:
        return None
    return Include(target, search or None, lines, minlevel, block, problem)


def org_lines(value: str) -> tuple[int | None, int | None] | None:
    """Org's ``:lines`` range as (first, last) inclusive, 1-based: ``"5-10"`` is lines 5 to
    9, ``"-10"`` 1 to 9, ``"10-"`` 10 to the end (None for an end); None if malformed."""
    m = re.fullmatch(r"\s*(\d*)\s*-\s*(\d*)\s*", value)
    if m is None or not (m.group(1) or m.group(2)):
        return None
    first = int(m.group(1)) if m.group(1) else None
    last = int(m.group(2)) - 1 if m.group(2) else None
    return first, last


def has_includes(lines: list[str]) -> bool:
    return any("#+" in line[:8] and _INCLUDE.match(line) for line in lines)


def splice(lines: list[str], folder: Path | None, main: Path | None = None) -> Spliced:
    """``lines`` with their ``#+include:`` keywords replaced by the files they name
    (``folder``: the main file's folder; None: includes are anomalies)."""
    out = Spliced()
    chain = (main.resolve(),) if main is not None else ()
    _splice(lines, None, folder, out, chain, 0)
    if folder is not None and len(chain) == 1:
        root = folder.resolve()
        out.names = [relative_name(Path(f), root) if f else "" for f in out.names]
    return out


def _splice(
    lines: list[str],
    numbers: list[int] | None,
    folder: Path | None,
    out: Spliced,
    chain: tuple[Path, ...],
    shift: int,
) -> None:
    block: str | None = None
    name = str(chain[-1]) if numbers is not None and chain else ""
    for k, line in enumerate(lines):
        number = numbers[k] if numbers is not None else k + 1
        if block is not None:
            if re.match(rf"^[ \t]*#\+end_{re.escape(block)}\b", line, re.I):
                block = None
        elif b := _BEGIN.match(line):
            block = b.group("kind")
        m = _INCLUDE.match(line) if block is None and "#+" in line[:8] else None
        out.names.append(name)
        out.origin.append(number)
        if m is None:
            out.lines.append(_shifted(line, shift))
            continue
        out.lines.append("")  # the keyword's own line stays, empty, for line numbers
        include = parse(m.group("value"))
        if include is None or include.block not in (None, *_TEXT_BLOCKS):
            continue  # no file, or a code / export block: not text
        found = _include(include, m.group("value"), folder, out, chain, number)
        if found is None:
            continue
        path, kept_lines, kept = found
        inner = shift
        if include.minlevel is not None:
            levels = [len(h.group("stars")) for x in kept_lines if (h := _HEADING.match(x))]
            if levels:
                inner = include.minlevel - min(levels)
        _splice(kept_lines, kept, path.parent, out, (*chain, path), inner)


def _shifted(line: str, shift: int) -> str:
    """A heading moved ``shift`` levels (``:minlevel``), never above level 1."""
    if not shift:
        return line
    h = _HEADING.match(line)
    if h is None:
        return line
    return "*" * max(1, len(h.group("stars")) + shift) + line[h.end() :]


def _include(
    include: Include,
    value: str,
    folder: Path | None,
    out: Spliced,
    chain: tuple[Path, ...],
    at: int,
) -> tuple[Path, list[str], list[int]] | None:
    """The file an include names, the lines it keeps and their line numbers."""

    def problem(why: str) -> None:
        out.anomalies.append(
            Anomaly(
                AnomalyCode.INCLUDE_UNREADABLE,
                f"#+include: {value} at line {at} was not read ({why}); "
                "citations in it are missing from this check",
                at,
            )
        )

    if len(out.lines) >= MAX_LINES:
        problem(f"the document with its included files is over {MAX_LINES:,} lines")
        return None
    found = read_included(str(Path(include.name).expanduser()), folder, out, chain, problem)
    if found is None:
        return None
    path, text_lines = found
    first, last = include.lines or (None, None)
    start = max(first or 1, 1)
    end = min(last if last is not None else len(text_lines), len(text_lines))
    kept = list(range(start, end + 1))
    notes = [
        f"the option {include.problem} is not understood; the whole file was read"
        if include.problem
        else "",
        f"the search option ::{include.search} is not followed; the whole file was read"
        if include.search
        else "",
    ]
    for note in filter(None, notes):
        out.anomalies.append(
            Anomaly(AnomalyCode.INCLUDE_UNREADABLE, f"#+include: {value} at line {at}: {note}", at)
        )
    return path, [text_lines[n - 1] for n in kept], kept
