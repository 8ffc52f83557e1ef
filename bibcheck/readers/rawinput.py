"""Raw LaTeX ``\\input``/``\\include`` in Markdown, and the Markdown a LaTeX file is made from.

A thesis written in Pandoc Markdown and typeset through LaTeX may pull in parts of itself
the LaTeX way: a chapter ``methods.md`` ends with raw ``\\input{methods/survey}`` lines,
which Pandoc passes through untouched and LaTeX follows when the document is built.  The
file LaTeX then reads (``methods/survey.tex``) is usually made from a Markdown source
beside it by the project's build (a Makefile rule ``%.tex: %.md``), and is often not kept
in the repository at all.  Either way the included text is part of the document:

* :func:`raw_inputs` finds such lines in a Markdown text (code already blanked);
* :func:`source_of` finds the file to read for one of them: the Markdown source
  (``x.md``, ``x.Rmd``, ``x.qmd``, ``x.markdown``) or the LaTeX file itself, next to the
  including file;
* :func:`markup_source` finds, for a LaTeX include whose ``.tex`` is missing, the
  Markdown source it would be generated from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.readers.mask import mask

__all__ = [
    "MARKUP_SUFFIXES",
    "RawInput",
    "included_sources",
    "markup_source",
    "raw_inputs",
    "source_of",
    "unread_includes",
]

# the Markdown files a build turns into the .tex a LaTeX include reads, in the order tried
MARKUP_SUFFIXES = (".md", ".Rmd", ".qmd", ".markdown", ".rmd")
# a raw \input{x} / \include{x} standing alone on its line (Pandoc's raw TeX paragraph)
_RAW_INPUT = lazy_compile(
    r"^[ \t]{0,3}\\(?P<command>input|include|subfile)[ \t]*\{(?P<name>[^{}\\\n#]{1,200})\}"
    r"[ \t]*(?:%[^\n]*)?$",
    re.M,
)


@dataclass(frozen=True, slots=True)
class RawInput:
    """One raw LaTeX include of a Markdown text."""

    command: str  # input, include, subfile
    name: str  # as written: "methods/survey", "appendix.tex"
    line: int  # 1-based

    @property
    def shown(self) -> str:
        return f"\\{self.command}{{{self.name}}}"


def raw_inputs(masked: str) -> list[RawInput]:
    """The raw LaTeX includes on lines of their own in ``masked`` (a Markdown text, its
    code blanked: an include shown in a code block is an example, no include)."""
    return [
        RawInput(m.group("command"), m.group("name").strip(), masked.count("\n", 0, m.start()) + 1)
        for m in _RAW_INPUT.finditer(masked)
        if m.group("name").strip()
    ]


def _stem(name: str) -> str:
    return name[: -len(".tex")] if name.lower().endswith(".tex") else name


def _is_file(path: Path) -> bool:
    """Is ``path`` a file (False for a name the file system refuses, too long …)?"""
    try:
        return path.is_file()
    except OSError:
        return False


def markup_source(name: str, bases: Sequence[Path]) -> Path | None:
    """The Markdown file the LaTeX include ``name`` would be generated from (``x.md``
    beside the missing ``x.tex``), looked for in ``bases`` in order; None if none."""
    stem = _stem(name)
    for base in bases:
        for suffix in MARKUP_SUFFIXES:
            path = base / (stem + suffix)
            if _is_file(path):
                return path
    return None


def source_of(include: RawInput, folder: Path) -> Path | None:
    """The file to read for a raw include of a Markdown file in ``folder``: its Markdown
    source, else the LaTeX file itself (``x.tex``, or ``x`` as named); None if none is
    there."""
    found = markup_source(include.name, [folder])
    if found is not None:
        return found
    stem = _stem(include.name)
    for candidate in (folder / (stem + ".tex"), folder / include.name):
        if _is_file(candidate):
            return candidate
    return None


def unread_includes(masked: str, path: str) -> list[Anomaly]:
    """An ``include-unreadable`` for each raw include of the Markdown text ``masked`` (of
    the file ``path``) that no file beside it can stand for: its text, which LaTeX would
    typeset there, is not read.  (Those that can are read as documents of their own when
    the file is ingested.)"""
    folder = Path(path).parent if path else Path(".")
    return [
        Anomaly(
            AnomalyCode.INCLUDE_UNREADABLE,
            f"raw LaTeX {inc.shown} (line {inc.line}) pulls in a file when the document is "
            f"built through LaTeX, but neither {_stem(inc.name)}.tex nor a Markdown source "
            f"({', '.join(_stem(inc.name) + s for s in MARKUP_SUFFIXES[:2])}) is beside "
            "it: its text is not read",
            inc.line,
        )
        for inc in raw_inputs(masked)
        if source_of(inc, folder) is None
    ]


_MAX_BYTES = 8 * 1024 * 1024  # a Markdown file larger than this is not looked into
_MARKDOWN = frozenset(s.lower() for s in MARKUP_SUFFIXES)


def included_sources(path: Path) -> list[Path]:
    """The files that the raw LaTeX includes of the Markdown file ``path`` stand for (their
    Markdown sources, else the .tex files), in the order they stand, each once; none for
    a file that is no Markdown or cannot be read."""
    if path.suffix.lower() not in _MARKDOWN or not _is_file(path):
        return []
    try:
        if path.stat().st_size > _MAX_BYTES:
            return []
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    found = (source_of(inc, path.parent) for inc in raw_inputs(mask(text, latex=False)))
    return list(dict.fromkeys(p for p in found if p is not None))
