"""The bibliography of an Org book, for a chapter that names none itself.

An Org book is often a directory of chapter files (``01-intro.org``, ``02-theory.org``
... ``12-references.org``) exported together, with ``bibliography:refs.bib`` written
once, in the last chapter or in a master file that ``#+INCLUDE:``\\s the chapters, or
in a ``#+SETUPFILE:`` every chapter shares.  A chapter read alone then cites keys of a
bibliography it does not name.  Looked at, in this order (the first that names one
wins):

1. the files the chapter itself names with ``#+SETUPFILE:`` or ``#+INCLUDE:``;
2. an ``.org`` file beside the chapter or one directory up that ``#+INCLUDE:``\\s it
   (the book's master file);
3. when the chapter's name is numbered (``03-molecules.org``, ``ch03.org``), the other
   numbered ``.org`` files of its directory (its sibling chapters).

A ``.bib`` named there is found beside the file that names it, or one directory up
(a book exported from its root names it relative to the root).  Nothing else: no
guessing across unrelated directories.  Each file is read with a size cap; at most
:data:`MAX_FILES` files are looked at.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from bibcheck.errors import InputError
from bibcheck.lazyre import lazy_compile
from bibcheck.readers.bibsource import Source
from bibcheck.readers.decode import read_regular_file

__all__ = ["MAX_FILES", "BookBibliography", "book_sources"]

MAX_FILES = 200
_MAX_BYTES = 5 * 1024 * 1024
# (one line: blanks before and after that may not cross a line end, or each line start tried
# the rest of a run of blank lines, and an empty value took the next line or a lone space)
_LINKED = lazy_compile(
    r"^[^\S\n]*+#\+(?P<kind>setupfile|include):[^\S\n]*+(?P<value>\S(?:.*\S)?)[^\S\n]*+$",
    re.I | re.M,
)
_NUMBERED = lazy_compile(r"^(?:\d+|[A-Za-z]{1,8}[-_ ]?\d+)(?:[-_. ]|$)")

Scan = Callable[[str, Path], list[Source]]
"""The bibliographies an Org text names (its text, its directory)."""


@dataclass(frozen=True, slots=True)
class BookBibliography:
    """Bibliographies named by another file of the book, and which file and how."""

    sources: list[Source]
    origin: Path  # the file that names them
    how: str  # "setup file", "included file", "master file", "sibling chapter"


def _named_file(value: str) -> str | None:
    """The file of a ``#+SETUPFILE:``/``#+INCLUDE:`` value (quoted or bare, options
    after it); None for a URL."""
    value = value.strip()
    name = value[1:].split('"', 1)[0] if value.startswith('"') else value.split()[0]
    if not name or re.match(r"^[a-z][a-z0-9+.-]*://", name, re.I):
        return None
    return name


def _text(path: Path, cache: dict[Path, str | None] | None = None) -> str | None:
    if cache is not None and path in cache:
        return cache[path]
    try:  # a regular file only, size checked while reading
        text: str | None = read_regular_file(path, _MAX_BYTES).decode("utf-8", "replace")
    except (InputError, OSError):
        text = None
    if cache is not None:
        cache[path] = text
    return text


def _linked(text: str, base: Path) -> list[tuple[str, Path]]:
    """(kind, path) of each file ``text`` names by ``#+SETUPFILE:``/``#+INCLUDE:``."""
    found: list[tuple[str, Path]] = []
    for m in _LINKED.finditer(text):
        name = _named_file(m.group("value"))
        if name:
            found.append((m.group("kind").lower(), base / name))
    return found


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _from(
    path: Path, scan: Scan, how: str, cache: dict[Path, str | None] | None = None
) -> BookBibliography | None:
    text = _text(path, cache)
    if text is None:
        return None
    sources = _located(scan(text, path.parent))
    return BookBibliography(sources, path, how) if sources else None


def _located(sources: list[Source]) -> list[Source]:
    """A book exported from its root directory names its ``.bib`` relative to the root:
    a name not found beside the file that names it is looked for one directory up."""
    out: list[Source] = []
    for source in sources:
        base = source.base
        if not (base / source.name).is_file() and (base.parent / source.name).is_file():
            base = base.parent
        out.append(replace(source, base=base))
    return out


def book_sources(path: Path, text: str, scan: Scan) -> BookBibliography | None:
    """The bibliography the book of chapter ``path`` (whose text is ``text``) names."""
    looked = 0
    cache: dict[Path, str | None] = {}
    for kind, linked in _linked(text, path.parent):
        looked += 1
        how = "setup file" if kind == "setupfile" else "included file"
        found = _from(linked, scan, how) if linked.is_file() else None
        if found:
            return found
    here = path.parent
    candidates: list[Path] = []
    for folder in (here, here.parent):
        try:
            candidates += sorted(p for p in folder.glob("*.org") if not _same(p, path))
        except OSError:
            continue
    for candidate in candidates[: MAX_FILES - looked]:
        other = _text(candidate, cache)
        if other is None:
            continue
        if any(_same(p, path) for kind, p in _linked(other, candidate.parent) if kind == "include"):
            sources = _located(scan(other, candidate.parent))
            if sources:
                return BookBibliography(sources, candidate, "master file")
    if not _NUMBERED.match(path.name):
        return None
    siblings = [p for p in candidates if p.parent == here and _NUMBERED.match(p.name)]
    for sibling in siblings[:MAX_FILES]:
        found = _from(sibling, scan, "sibling chapter", cache)
        if found:
            return found
    return None
