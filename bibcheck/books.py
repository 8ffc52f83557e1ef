"""Book projects: the chapter files that a book's root file stands for.

A book written with bookdown, Quarto or Jupyter Book is many files; its main file
(``index.Rmd``, ``index.qmd``, the ``root`` of ``_toc.yml``) is often a preface
that cites little or nothing, and the chapters are listed in the project's
configuration:

- bookdown: ``_bookdown.yml`` ``rmd_files:`` (a list, or one list per output
  format); without it, every ``.Rmd`` file beside ``index.Rmd`` whose name does not
  start with ``_``, in name order, ``index.Rmd`` first (``rmd_subdir: true`` or a
  list of folders adds those under it);
- Quarto: ``_quarto.yml`` ``book: chapters:`` and ``appendices:``, whose entries are
  file names or ``part:`` groups with ``chapters:`` of their own (a part given as a
  file is a page of the book too), with the active profiles' ``_quarto-<profile>.yml``
  merged over it (:mod:`bibcheck.readers.quartoprofile`: a profile may list its own
  chapters);
- Jupyter Book: ``_toc.yml`` ``root:`` and the ``file:`` / ``glob:`` entries under
  ``chapters:``, ``parts:``, ``sections:``, ``subtrees:`` and ``entries:`` (names
  may leave out their extension), pages its ``_config.yml`` ``exclude_patterns``
  match left out; MyST's ``myst.yml`` ``project: toc:`` with ``file:`` / ``pattern:``
  entries and ``children:``, or, with no ``toc:``, every page of the folder in MyST's
  implicit order (:mod:`bibcheck.mystproject`);
- Sphinx: the pages the root document reaches through its toctrees (a notebook page's
  toctree is in its cells: :func:`bibcheck.sphinxtoc.cell_toctree_entries`).

:func:`find_book` tells whether a named file is such a root (or a named folder holds
such a project) and lists the other files of the book.  It does not read the
chapters: the ingest pipeline reads each as a document of its own (each chapter
finds the book's bibliography itself, :mod:`bibcheck.readers.projectmeta`).
Nothing here checks that a listed file exists: the caller reports the missing ones.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml

from bibcheck import mystproject
from bibcheck.errors import InputError
from bibcheck.readers import quartoprofile
from bibcheck.readers.decode import read_regular_file
from bibcheck.readers.notebook import notebook_cells
from bibcheck.sphinxtoc import (
    TocTreeEntry,
    cell_toctree_entries,
    exclude_patterns,
    excluded,
    myst_toctree_entries,
    root_doc_name,
    toctree_entries,
)

__all__ = [
    "Book",
    "BookKind",
    "bookdown_files",
    "find_book",
    "project_file_refusal",
    "quarto_files",
    "toc_files",
    "unlisted_notice",
]

_MAX_BYTES = 1024 * 1024
# the suffixes a Jupyter Book / MyST entry may leave out, in the order they are tried
_TOC_SUFFIXES = (".md", ".ipynb", ".rst", ".myst", ".Rmd", ".qmd", ".tex")
_DOCUMENT_SUFFIXES = frozenset(
    {".md", ".markdown", ".qmd", ".rmd", ".rmarkdown", ".ipynb", ".rst", ".tex"}
)
# the keys under which a table of contents nests its entries
_TOC_NESTS = ("chapters", "parts", "sections", "subtrees", "entries", "toc", "children")


class BookKind(StrEnum):
    BOOKDOWN = "bookdown book"
    QUARTO = "Quarto book"
    JUPYTER_BOOK = "Jupyter Book"
    MYST = "MyST project"
    SPHINX = "Sphinx project"


@dataclass(frozen=True, slots=True)
class Book:
    """A book project: its root file and the other files it lists, in the book's order."""

    kind: BookKind
    config: Path  # the file that lists the chapters
    root: Path
    chapters: tuple[Path, ...]  # the listed files other than the root (not checked to exist)
    problems: tuple[str, ...] = ()  # what in the listing could not be followed
    listed: bool = True  # False: bookdown's default, the .Rmd files beside the root

    def announcement(self, named: Path) -> str:
        """``index.Rmd is the root of a bookdown book: 22 chapter files listed in
        _bookdown.yml are read too``."""
        n = len(self.chapters)
        files = f"{n} chapter file{'s' if n != 1 else ''}"
        where = (
            "reached through its toctrees"
            if self.kind is BookKind.SPHINX
            else f"listed in {self.config.name}"
            if self.listed
            else (
                f"in its folder ({self.config.name} has no toc: MyST builds every .md, "
                ".ipynb and .tex file)"
            )
            if self.kind is BookKind.MYST
            else f"beside it ({self.config.name} lists none: bookdown reads every .Rmd file)"
        )
        what = (
            f"{named} is the root of a {self.kind.value}"
            if not named.is_dir()
            else f"{named} holds a {self.kind.value} ({self.config.name}, root {self.root.name})"
        )
        verb = "is" if n == 1 else "are"
        return f"{what}: {files} {where} {verb} read too"


_SHOWN_UNLISTED = 10


def unlisted_notice(book: Book) -> str | None:
    """What a Sphinx, Jupyter Book or MyST project named as a folder leaves unread: ``3
    pages of the Sphinx project are in no toctree, so not read as their chapters: a.md,
    ...`` (its build warns of them too); None when its table of contents reaches every
    page (or the book lists its chapters some other way).  Sphinx pages marked
    ``:orphan:`` are in no toctree on purpose; pages the project's exclude patterns match
    are no pages.  A Jupyter Book whose ``_config.yml`` sets ``only_build_toc_files:
    true`` leaves the pages outside ``_toc.yml`` out of its build on purpose: the notice
    says the setting leaves them out (naming them still, a chapter left out of the
    ``_toc.yml`` by mistake is among them)."""
    if book.kind not in (BookKind.SPHINX, BookKind.JUPYTER_BOOK, BookKind.MYST):
        return None
    folder = book.config.parent
    listed = [book.root, *book.chapters]
    only_toc = False
    if book.kind is BookKind.SPHINX:
        patterns = _sphinx_excluded(book.config)
        unlisted = [
            p
            for p in _pages_in(folder, _SPHINX_SUFFIXES, listed)
            if not _orphan(p) and not excluded(_shown(p, folder), patterns)
        ]
    elif book.kind is BookKind.JUPYTER_BOOK:
        settings = _jupyter_book_settings(folder)
        only_toc = settings.only_toc
        unlisted = [
            p
            for p in _pages_in(folder, _TOC_PAGE_SUFFIXES, listed)
            if not excluded(_shown(p, folder), settings.exclude)
        ]
    else:
        known = {_key(p) for p in listed}
        unlisted = [
            p for p in _myst_pages(folder, _myst_exclude(book.config)) if _key(p) not in known
        ]
    n = len(unlisted)
    if not n:
        return None
    names = [_shown(p, folder) for p in unlisted[:_SHOWN_UNLISTED]]
    more = f" and {n - _SHOWN_UNLISTED} more" if n > _SHOWN_UNLISTED else ""
    where = "toctree" if book.kind is BookKind.SPHINX else f"entry of {book.config.name}"
    pages = f"{n} page{'s' if n != 1 else ''}"
    verb, its = ("is", "its") if n == 1 else ("are", "their")
    if only_toc:
        return (
            f"{folder}: {pages} in no {where} {verb} left out of the {book.kind.value} by "
            f"only_build_toc_files: true in {_JB_CONFIG}, so not read: {', '.join(names)}{more}"
        )
    return (
        f"{folder}: {pages} of the {book.kind.value} {verb} in no {where}, so not read "
        f"as {its} chapters: {', '.join(names)}{more}"
    )


def _sphinx_excluded(config: Path) -> list[str]:
    """The ``exclude_patterns`` of a Sphinx project's ``conf.py``."""
    try:
        return exclude_patterns(read_regular_file(config, _MAX_BYTES).decode("utf-8", "replace"))
    except InputError:
        return []


_JB_CONFIG = "_config.yml"


@dataclass(frozen=True, slots=True)
class _JupyterBookSettings:
    """What a Jupyter Book's ``_config.yml`` says of its pages."""

    exclude: tuple[str, ...] = ()  # ``exclude_patterns`` (Sphinx's, passed on)
    only_toc: bool = False  # ``only_build_toc_files: true``


def _jupyter_book_settings(folder: Path) -> _JupyterBookSettings:
    """The ``exclude_patterns`` and ``only_build_toc_files`` of the ``_config.yml`` beside
    a ``_toc.yml`` (``sphinx: config: exclude_patterns`` overrides the former, as Jupyter
    Book passes it to Sphinx last)."""
    data, _ = _load(folder / _JB_CONFIG)
    if not data:
        return _JupyterBookSettings()
    patterns = data.get("exclude_patterns")
    sphinx = data.get("sphinx")
    config = sphinx.get("config") if isinstance(sphinx, Mapping) else None
    if isinstance(config, Mapping) and "exclude_patterns" in config:
        patterns = config["exclude_patterns"]
    only = data.get("only_build_toc_files")
    return _JupyterBookSettings(
        tuple(_strings(patterns)),
        only is True or (isinstance(only, str) and only.strip().lower() in ("true", "yes")),
    )


def _shown(path: Path, folder: Path) -> str:
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return str(path)


def find_book(path: Path) -> Book | None:
    """The book whose root file is ``path``, or whose project folder ``path`` is; else None.

    A chapter named by itself is no book's root: it is read alone.
    """
    folder = path if path.is_dir() else path.parent
    for finder in (_bookdown, _quarto, _jupyter_book, _myst, _sphinx):
        book = finder(folder)
        if book is None:
            continue
        if path.is_dir() or _same(path, book.root):
            return book
    return None


# --------------------------------------------------------------------------
# The listings, from the parsed configuration (pure)
# --------------------------------------------------------------------------


def bookdown_files(data: Mapping[str, Any], names: Iterable[str]) -> tuple[list[str], bool]:
    """The files of a bookdown book in order, and whether ``rmd_files`` listed them.

    ``names``: the files and folders beside ``_bookdown.yml`` (relative paths, ``/``
    separated), for bookdown's default: every ``.Rmd`` not starting with ``_``,
    ``index.Rmd`` first, in subfolders too as ``rmd_subdir`` says.
    """
    listed = data.get("rmd_files")
    if isinstance(listed, Mapping):  # one list per output format: html, latex, ...
        listed = [name for files in listed.values() for name in _strings(files)]
    if listed is not None:
        return list(dict.fromkeys(_strings(listed))), True
    subdir = data.get("rmd_subdir", False)
    folders = set(_strings(subdir)) if not isinstance(subdir, bool) else set()

    def wanted(name: str) -> bool:
        parts = name.split("/")
        if not name.lower().endswith(".rmd") or any(p.startswith("_") for p in parts):
            return False
        if len(parts) == 1 or subdir is True:
            return True
        return any(name.startswith(folder.rstrip("/") + "/") for folder in folders)

    found = sorted(name for name in names if wanted(name))
    index = [name for name in found if name.lower() == "index.rmd"]
    return index + [name for name in found if name not in index], False


def quarto_files(book: Mapping[str, Any]) -> list[str]:
    """The files of a Quarto book's ``book:`` section: chapters, then appendices."""
    found: list[str] = []

    def walk(entries: Any) -> None:
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, str):
                found.append(entry)
            elif isinstance(entry, Mapping):
                part = entry.get("part")
                if isinstance(part, str) and Path(part).suffix.lower() in _DOCUMENT_SUFFIXES:
                    found.append(part)  # a part given as a file is a page of the book
                for key in ("href", "file"):
                    if isinstance(entry.get(key), str):
                        found.append(entry[key])
                walk(entry.get("chapters"))

    walk(book.get("chapters"))
    walk(book.get("appendices"))
    return list(dict.fromkeys(found))


@dataclass(frozen=True, slots=True)
class TocEntry:
    """One entry of a table of contents: a file, or a glob pattern of files."""

    name: str
    pattern: bool = False


def toc_files(data: Mapping[str, Any]) -> list[TocEntry]:
    """The entries of a Jupyter Book ``_toc.yml`` (its ``root`` first) or of a MyST
    ``myst.yml`` (``project: toc:``), in order; ``url:`` entries are no files."""
    found: list[TocEntry] = []
    if isinstance(data.get("root"), str):
        found.append(TocEntry(data["root"]))
    project = data.get("project")
    tree: Any = project.get("toc") if isinstance(project, Mapping) else None
    found.extend(_toc_walk(tree if tree is not None else data))
    return list(dict.fromkeys(found))


def _toc_walk(node: Any) -> Iterator[TocEntry]:
    if isinstance(node, list):
        for item in node:
            yield from _toc_walk(item)
    elif isinstance(node, Mapping):
        if isinstance(node.get("file"), str):
            yield TocEntry(node["file"])
        for key in ("glob", "pattern"):
            if isinstance(node.get(key), str):
                yield TocEntry(node[key], pattern=True)
        for key in _TOC_NESTS:
            if key in node:
                yield from _toc_walk(node[key])


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


# --------------------------------------------------------------------------
# Finding the configuration files (reads them)
# --------------------------------------------------------------------------


def _load(path: Path) -> tuple[Mapping[str, Any] | None, str]:
    """The YAML mapping in ``path`` (None when there is no such file), or why it is unusable."""
    if not path.is_file():
        return None, ""
    try:
        data = yaml.safe_load(read_regular_file(path, _MAX_BYTES).decode("utf-8", "replace"))
    except (InputError, yaml.YAMLError) as exc:
        return {}, f"{path.name} could not be read ({str(exc).splitlines()[0]})"
    return (data, "") if isinstance(data, Mapping) else ({}, f"{path.name} holds no settings")


def _text(path: Path) -> str | None:
    """The text of a small project file (a dotenv file), None when there is none to read."""
    if not path.is_file():
        return None
    try:
        return read_regular_file(path, _MAX_BYTES).decode("utf-8", "replace")
    except InputError:
        return None


def _bookdown(folder: Path) -> Book | None:
    config = folder / "_bookdown.yml"
    data, problem = _load(config)
    if data is None:
        return None
    if problem:
        index = folder / "index.Rmd"
        return Book(BookKind.BOOKDOWN, config, index, (), (problem,))
    deep = data.get("rmd_subdir", False) is not False and "rmd_files" not in data
    names = [p.relative_to(folder).as_posix() for p in _rmd_files(folder, deep=deep)]
    listed, explicit = bookdown_files(data, names)
    if not listed:
        return None
    paths = [folder / name for name in listed]
    index = next((p for p in paths if p.name.lower() == "index.rmd"), paths[0])
    return _book(BookKind.BOOKDOWN, config, index, paths, (), listed=explicit)


def _quarto(folder: Path) -> Book | None:
    for name in ("_quarto.yml", "_quarto.yaml"):
        config = folder / name
        data, problem = _load(config)
        if data is None:
            continue
        if problem:
            return Book(BookKind.QUARTO, config, folder / "index.qmd", (), (problem,))
        data, _ = quartoprofile.with_profiles(
            data, lambda n: _load(folder / n)[0] or None, read_text=lambda n: _text(folder / n)
        )
        book = data.get("book")
        listed = quarto_files(book) if isinstance(book, Mapping) else []
        if not listed:
            return None  # a website or a manuscript project, not a book
        paths = [folder / name for name in listed]
        return _book(BookKind.QUARTO, config, paths[0], paths, ())
    return None


def _jupyter_book(folder: Path) -> Book | None:
    config = folder / "_toc.yml"
    data, problem = _load(config)
    if data is None:
        return None
    if problem:
        return Book(BookKind.JUPYTER_BOOK, config, folder / "intro.md", (), (problem,))
    patterns = _jupyter_book_settings(folder).exclude
    return _toc_book(
        BookKind.JUPYTER_BOOK,
        config,
        toc_files(data),
        lambda p: excluded(_shown(p, folder), patterns),
    )


def _myst(folder: Path) -> Book | None:
    config = folder / mystproject.CONFIG
    data, problem = _load(config)
    if data is None or problem:
        return None  # a myst.yml may be no book; an unreadable one is MyST's to report
    project = data.get("project")
    if not isinstance(project, Mapping):
        return None  # a site's settings only
    patterns = _strings(project.get("exclude"))
    toc = project.get("toc")
    if toc is None:  # no toc: MyST builds every page of the folder, in its own order
        pages = _myst_pages(folder, patterns)
        names = [_shown(p, folder) for p in pages]
        root = mystproject.root_page(names)
        if root is None or len(pages) < 2:
            return None  # a single page: nothing more to read
        return _book(BookKind.MYST, config, folder / root, pages, (), listed=False)
    if not isinstance(toc, list):
        return None
    return _toc_book(
        BookKind.MYST,
        config,
        toc_files(data),
        lambda p: mystproject.excluded(_shown(p, folder), patterns),
        order=lambda paths: [
            folder / n for n in mystproject.ordered(_shown(p, folder) for p in paths)
        ],
    )


def _myst_exclude(config: Path) -> list[str]:
    """The ``project: exclude:`` patterns of a ``myst.yml``."""
    data, _ = _load(config)
    project = data.get("project") if data else None
    return _strings(project.get("exclude")) if isinstance(project, Mapping) else []


_MAX_PAGES = 2000


def _myst_pages(folder: Path, patterns: Sequence[str]) -> list[Path]:
    """The pages of the MyST project in ``folder`` when no toc lists them, in MyST's
    order (:mod:`bibcheck.mystproject`): at most :data:`_MAX_SCANNED` names looked at and
    :data:`_MAX_PAGES` pages."""
    pages: list[Path] = []
    scanned = 0
    stack = [folder]
    while stack and len(pages) < _MAX_PAGES and scanned <= _MAX_SCANNED:
        here = stack.pop()
        try:
            entries = list(os.scandir(here))
        except OSError:
            continue
        scanned += len(entries)
        names = {e.name for e in entries}
        if here != folder and mystproject.CONFIG in names:
            continue  # a MyST project of its own
        files: list[str] = []
        dirs: list[str] = []
        for entry in entries:
            rel = _shown(Path(entry.path), folder)
            if mystproject.ignored(entry.name) or mystproject.excluded(rel, patterns):
                continue
            if entry.is_dir() and entry.name not in _ENVIRONMENTS:
                dirs.append(rel)
            elif entry.is_file() and mystproject.is_page(entry.name):
                files.append(rel)
        pages.extend(folder / rel for rel in mystproject.ordered(files))
        stack.extend(folder / rel for rel in reversed(mystproject.ordered(dirs)))
    return pages[:_MAX_PAGES]


# the pages a Sphinx project may be written in, in the order an entry's name is tried
_SPHINX_SUFFIXES = (".rst", ".md", ".txt", ".ipynb")
_SPHINX_MAX_PAGES = 2000


def _sphinx(folder: Path) -> Book | None:
    """The pages a Sphinx project's root document reaches through its toctrees, in the
    order a reader meets them (each page's own toctree entries follow it)."""
    config = folder / "conf.py"
    if not config.is_file():
        return None
    try:
        conf = read_regular_file(config, _MAX_BYTES).decode("utf-8", "replace")
    except InputError:
        return None
    root = _sphinx_page(folder / root_doc_name(conf))
    if root is None:
        return None
    pages: list[Path] = []
    problems: list[str] = []
    _sphinx_walk(folder, root, pages, problems, set())
    if len(pages) < 2:
        return None  # a single page: nothing more to read
    return _book(BookKind.SPHINX, config, root, pages, tuple(problems))


def _sphinx_walk(
    folder: Path, page: Path, pages: list[Path], problems: list[str], seen: set[Path]
) -> None:
    stack = [page]
    while stack and len(pages) < _SPHINX_MAX_PAGES:
        current = stack.pop()
        key = current.resolve()
        if key in seen:
            continue
        seen.add(key)
        pages.append(current)
        listed = _page_toctree(current, problems)
        found: list[Path] = []
        for entry in listed:
            base = folder if entry.name.startswith("/") else current.parent
            name = entry.name.lstrip("/")
            if entry.pattern:
                matched = sorted(p for p in base.glob(name) if p.suffix.lower() in _SPHINX_SUFFIXES)
                if not matched:
                    problems.append(
                        f"the toctree pattern {entry.name!r} in {current.name} matches no page"
                    )
                found.extend(matched)
                continue
            target = _sphinx_page(base / name)
            if target is None:
                problems.append(f"the toctree entry {entry.name!r} in {current.name} names no page")
            else:
                found.append(target)
        stack.extend(reversed(found))


def _page_toctree(page: Path, problems: list[str]) -> list[TocTreeEntry]:
    """The toctree entries of a Sphinx page: an rst page's directives, a Markdown page's
    MyST fences, a notebook's cells (a notebook that cannot be read is a problem said)."""
    suffix = page.suffix.lower()
    if suffix not in (".rst", ".md", ".ipynb"):
        return []
    try:
        text = read_regular_file(page, _MAX_BYTES).decode("utf-8", "replace")
    except InputError:
        return []
    if suffix == ".rst":
        return toctree_entries(text)
    if suffix == ".md":  # a Markdown page's toctree is MyST's ```{toctree} fence
        return myst_toctree_entries(text)
    try:
        cells = notebook_cells(text, page.name)
    except InputError as exc:
        problems.append(f"{exc}: its toctree is not followed")
        return []
    return [e for c in cells for e in cell_toctree_entries(c.kind, c.source, c.metadata)]


def _sphinx_page(path: Path) -> Path | None:
    """The page a Sphinx document name stands for (its extension left out), if any."""
    return _named_page(path, _SPHINX_SUFFIXES)


def _toc_book(
    kind: BookKind,
    config: Path,
    entries: list[TocEntry],
    left_out: Callable[[Path], bool],
    order: Callable[[list[Path]], list[Path]] = sorted,
) -> Book | None:
    """The book a table of contents lists: its files, and the files its patterns match
    (in ``order``) but the project's exclude patterns (``left_out``) do not."""
    folder = config.parent
    paths: list[Path] = []
    problems: list[str] = []
    for entry in entries:
        if entry.pattern:
            matched = order([p for p in folder.glob(entry.name) if p.is_file() and not left_out(p)])
            if not matched:
                problems.append(f"the pattern {entry.name!r} in {config.name} matches no file")
            paths.extend(matched)
        else:
            paths.append(_with_suffix(folder / entry.name))
    if not paths:
        return None
    return _book(kind, config, paths[0], paths, tuple(problems))


# the pages a Jupyter Book builds (others are its resources)
_TOC_PAGE_SUFFIXES = (".md", ".ipynb", ".rst", ".myst")
_MAX_SCANNED = 5000
# folders of a project that hold no pages of it: build output, environments
_NOT_PAGES = frozenset({"_build", "build", "node_modules", "venv", "site-packages"})
# folders of installed software, never a project's pages
_ENVIRONMENTS = frozenset({"venv", "site-packages"})


def _pages_in(folder: Path, suffixes: Sequence[str], listed: Sequence[Path]) -> list[Path]:
    """The pages (files with ``suffixes``) under ``folder`` that are not ``listed``, in
    name order; hidden folders, folders starting with ``_`` (Sphinx's ``_build``,
    ``_static``, ``_templates``) and build output left out, at most :data:`_MAX_SCANNED`
    files looked at."""
    wanted = {s.lower() for s in suffixes}
    known = {_key(p) for p in listed}
    found: list[Path] = []
    scanned = 0
    for here, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")) and d not in _NOT_PAGES)
        for name in sorted(files):
            scanned += 1
            path = Path(here) / name
            if name.startswith(".") or path.suffix.lower() not in wanted:
                continue
            if _key(path) not in known:
                found.append(path)
        if scanned > _MAX_SCANNED:
            break
    return sorted(found)


def _key(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path


def _orphan(page: Path) -> bool:
    """Does the page say it belongs in no toctree (rst ``:orphan:`` at its top, MyST
    ``orphan: true`` in its front matter)?"""
    try:
        head = read_regular_file(page, _MAX_BYTES).decode("utf-8", "replace")[:2000]
    except InputError:
        return False
    lines = [line.strip() for line in head.splitlines()]
    if page.suffix.lower() == ".rst":
        return any(line == ":orphan:" for line in lines[:20])
    if not lines or lines[0] != "---":
        return False
    for line in lines[1:40]:
        if line in ("---", "..."):
            return False
        if line.replace(" ", "").lower() in ("orphan:true", "orphan:yes"):
            return True
    return False


def _with_suffix(path: Path) -> Path:
    """A table-of-contents name, with the extension it leaves out (as given if none fits)."""
    return _named_page(path, _TOC_SUFFIXES, kept=_DOCUMENT_SUFFIXES) or path


def _named_page(
    path: Path, suffixes: Sequence[str], kept: Collection[str] | None = None
) -> Path | None:
    """The file a page's name stands for: ``path`` itself if it is a file whose extension
    is one of ``kept`` (lower case; ``suffixes`` if not given), else the first file that is
    ``path`` with one of ``suffixes`` added (a name that leaves its extension out), if any."""
    if path.suffix.lower() in (suffixes if kept is None else kept) and path.is_file():
        return path
    for suffix in suffixes:
        candidate = path.with_name(path.name + suffix)
        if candidate.is_file():
            return candidate
    return None


def _book(
    kind: BookKind,
    config: Path,
    root: Path,
    paths: list[Path],
    problems: tuple[str, ...],
    *,
    listed: bool = True,
) -> Book:
    chapters = [p for p in dict.fromkeys(paths) if not _same(p, root)]
    return Book(kind, config, root, tuple(chapters), problems, listed)


def _rmd_files(folder: Path, *, deep: bool) -> list[Path]:
    """The ``.Rmd`` files in ``folder`` (and its subfolders when ``deep``; hidden ones left
    out), at most 5,000."""
    found: list[Path] = []
    for path in folder.rglob("*") if deep else folder.iterdir():
        rel = path.relative_to(folder).parts
        if path.suffix.lower() != ".rmd" or any(p.startswith(".") for p in rel):
            continue
        if path.is_file():
            found.append(path)
            if len(found) >= 5000:
                break
    return found


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


# --------------------------------------------------------------------------
# A project's configuration file named in place of a document
# --------------------------------------------------------------------------

# the configuration files of the tools that build documents out of several files, and
# the file each tool's build starts from (what to name instead)
_PROJECT_FILES: Mapping[str, tuple[str, str]] = {
    "_quarto.yml": ("Quarto", "index.qmd"),
    "_quarto.yaml": ("Quarto", "index.qmd"),
    "myst.yml": ("MyST", "index.md"),
    "_toc.yml": ("Jupyter Book", "intro.md"),
    "_bookdown.yml": ("bookdown", "index.Rmd"),
    "_output.yml": ("bookdown", "index.Rmd"),
    "conf.py": ("Sphinx", "index.rst"),
}


def project_file_refusal(path: Path) -> str | None:
    """Why ``path`` is not read when it is a project's configuration file (``_quarto.yml``,
    ``myst.yml``, ``_bookdown.yml``, Sphinx's ``conf.py``), naming the file to give
    instead: the book's root when the project is a book, else the tool's usual main file
    (or a page of the project); None for any other file."""
    known = _PROJECT_FILES.get(path.name)
    if known is None:
        return None
    tool, usual = known
    book = _book_of(path.parent)
    if book is not None and _same(book.config, path):
        n = len(book.chapters)
        instead = (
            f"give {book.root.name} (the {book.kind.value}'s root: its {n} chapter "
            f"file{'s are' if n != 1 else ' is'} read too) or the project's folder"
        )
    else:
        instead = f"give {usual} or another page of the project"
    return f"{path}: this is the {tool} project file, not a document; {instead}"


def _book_of(folder: Path) -> Book | None:
    """The book whose configuration stands in ``folder``, if any."""
    for finder in (_bookdown, _quarto, _jupyter_book, _myst, _sphinx):
        book = finder(folder)
        if book is not None:
            return book
    return None
