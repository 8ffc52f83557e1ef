"""The bibliography a Quarto, bookdown or Jupyter Book project names for its chapters.

A chapter often names no bibliography itself: Quarto merges the directory metadata
``_metadata.yml`` of the chapter's folder and of each folder above it up to the
project's ``_quarto.yml``; bookdown renders every chapter from the book's root with
the options of ``_output.yml`` (``pandoc_args: ["--bibliography=refs.bib"]``),
``_bookdown.yml`` and the front matter of ``index.Rmd``; Jupyter Book's
``_config.yml`` has ``bibtex_bibfiles`` (at its top, or passed to Sphinx under
``sphinx: config:``), and a MyST (Jupyter Book 2) project's ``myst.yml`` has
``project: bibliography:``.  These files are looked up as the tools do: nearest folder
first, up to the project's root (a folder with ``_quarto.yml``, ``_bookdown.yml``,
Jupyter Book's ``_toc.yml``, ``myst.yml`` or ``.git``), at most :data:`MAX_LEVELS`
folders up.  The names are
relative to the folder of the file that names them.  A Quarto project's active profiles
(``QUARTO_PROFILE``, ``profile: default:``) have their ``_quarto-<profile>.yml`` merged over
``_quarto.yml`` (:mod:`bibcheck.readers.quartoprofile`): a bibliography or style named
only there counts, named in that file.

A document rendered by a build script names its bibliography on the Pandoc command
line: a ``Makefile`` (or ``build.sh``, ``justfile``) beside it or above it whose
``pandoc`` command has ``--bibliography=refs.bib`` (directly, through a variable
``BIB = refs.bib`` / ``$(BIB)``, or in a defaults file ``-d paper.yaml``) names it too,
relative to the script's folder (where it runs).  A script that names several
bibliographies for several documents gives the ones on the lines naming this document.
A script of any other name (``convert.sh``, ``pdf.sh``, ``build.bat``, ``make.ps1``)
counts when it names this document, as Pandoc's command line takes its input files;
Pandoc takes a long option by a prefix that is no other's, so ``--biblio=refs.bib``
names it as well.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from bibcheck.errors import InputError
from bibcheck.lazyre import lazy_compile
from bibcheck.readers import quartoprofile
from bibcheck.readers.concatfiles import concatenations
from bibcheck.readers.decode import read_regular_file
from bibcheck.readers.runmemo import memoised, modified
from bibcheck.readers.scriptdirs import joined, line_folders

__all__ = [
    "MAX_LEVELS",
    "RECIPE_FILES",
    "ProjectBibliography",
    "bibliography_names",
    "build_script_names",
    "other_scripts",
    "project_folders",
    "script_lines",
    "project_bibliography",
    "project_style_metadata",
]

MAX_LEVELS = 5  # folders above the chapter's own
METADATA_FILES = (
    "_metadata.yml",
    "_quarto.yml",
    "_output.yml",
    "_bookdown.yml",
    "_config.yml",
    "myst.yml",
)
INDEX_FILES = ("index.Rmd", "index.qmd", "index.md")
BUILD_FILES = (
    "Makefile",
    "makefile",
    "GNUmakefile",
    "build.sh",
    "make.sh",
    "justfile",
    "Justfile",
    # (the same, for Windows: cmd.exe and PowerShell)
    "build.bat",
    "build.cmd",
    "build.ps1",
    "make.bat",
    "make.ps1",
)
# other build scripts: those naming the document count (at most MAX_SCRIPTS a folder)
SCRIPT_SUFFIXES = (".sh", ".bash", ".zsh", ".command", ".bat", ".cmd", ".ps1", ".mk")
MAX_SCRIPTS = 40
# (a recipe's lines run each in a shell of its own)
RECIPE_FILES = ("Makefile", "makefile", "GNUmakefile", "justfile", "Justfile")
ROOT_MARKERS = ("_quarto.yml", "_bookdown.yml", "_toc.yml", "myst.yml", ".git")
_MAX_BYTES = 1024 * 1024
_ARG = lazy_compile(r"^--bibliography(?:=(?P<name>.+))?$")
# front matter after leading blank lines and <!-- comments -->
_LEADING = lazy_compile(r"\A(?:\s*<!--.*?-->)*\s*", re.S)


@dataclass(frozen=True, slots=True)
class ProjectBibliography:
    """The bibliography files a project file names, and that file."""

    names: tuple[str, ...]
    folder: Path  # the names are relative to it
    named_in: Path  # the file that names them


def project_bibliography(path: str) -> ProjectBibliography | None:
    """The bibliography the project around the document at ``path`` names, or None
    (looked up once for the document within one reading of it: :mod:`.runmemo`)."""
    if not path:
        return None
    return memoised(
        ("project_bibliography", path, modified(path)), lambda: _project_bibliography(path)
    )


def _project_bibliography(path: str) -> ProjectBibliography | None:
    document = Path(path)
    try:
        here = document.parent.resolve()
    except OSError:
        return None
    for folder in project_folders(here):
        for name in (*METADATA_FILES, *INDEX_FILES, *BUILD_FILES):
            candidate = folder / name
            if candidate.name == document.name and candidate.parent == here:
                continue
            names = _names_in(candidate, document)
            if names:
                return ProjectBibliography(names, folder, _naming_file(candidate, names))
        for script in other_scripts(folder):
            names = _script_names(script, document, own_only=True)
            if names:
                return ProjectBibliography(names, folder, script)
    return None


def project_folders(here: Path) -> Iterator[Path]:
    """``here`` and the folders above it, nearest first: at most :data:`MAX_LEVELS` above,
    and none above the first that holds one of :data:`ROOT_MARKERS` (the project's root)."""
    for folder in [here, *list(here.parents)[:MAX_LEVELS]]:
        yield folder
        if any((folder / marker).exists() for marker in ROOT_MARKERS):
            return


# project files of Pandoc's family (their style options are Pandoc's)
_PANDOC_PROJECT_FILES = (
    "_metadata.yml",
    "_quarto.yml",
    "_output.yml",
    "_bookdown.yml",
    *INDEX_FILES[:2],
)


def project_style_metadata(named_in: Path) -> Mapping[str, Any] | None:
    """The YAML of a Quarto or bookdown project file that named a chapter's bibliography
    (an ``index.Rmd``/``index.qmd``: its front matter), for the style options it gives;
    None for other tools' files (Jupyter Book, MyST, build scripts)."""
    if _is_profile_file(named_in):
        named_in = named_in.with_name("_quarto.yml")
    if named_in.name not in _PANDOC_PROJECT_FILES:
        return None
    if named_in.name == "_quarto.yml":
        return _quarto_options(named_in)
    return _yaml_mapping(named_in)


def _is_profile_file(path: Path) -> bool:
    return path.name.startswith("_quarto-") and path.suffix in (".yml", ".yaml")


def _yaml_mapping(path: Path) -> Mapping[str, Any] | None:
    """The mapping the YAML file at ``path`` holds (an index page's: its front matter's), or
    None."""
    text = _read(path)
    if text is not None and path.name in INDEX_FILES:
        text = _front_matter(text)
    return _mapping(text)


def _mapping(text: str | None) -> Mapping[str, Any] | None:
    """The mapping the YAML ``text`` holds; None for no text, broken YAML or another value."""
    if text is None:
        return None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return None
    return data if isinstance(data, Mapping) else None


def _quarto_profiled(path: Path) -> tuple[Mapping[str, Any] | None, tuple[str, ...]]:
    """The options of the ``_quarto.yml`` at ``path`` with its active profiles' files
    merged over them, and the names of those files."""
    data = _yaml_mapping(path)
    if data is None:
        return None, ()
    options, used = quartoprofile.with_profiles(
        data, lambda n: _yaml_mapping(path.parent / n), read_text=lambda n: _read(path.parent / n)
    )
    return options, tuple(used)


def _quarto_options(path: Path) -> Mapping[str, Any] | None:
    return _quarto_profiled(path)[0]


def _naming_file(candidate: Path, names: tuple[str, ...]) -> Path:
    """The file that named ``names``: a ``_quarto.yml``'s active profile file when the
    names come from it (``_quarto.yml`` itself names other ones or none)."""
    if candidate.name != "_quarto.yml":
        return candidate
    data, used = _quarto_profiled(candidate)
    base = _yaml_mapping(candidate)
    if not used or base is None or set(names) <= set(bibliography_names(base)):
        return candidate
    for name in used:
        own = _yaml_mapping(candidate.parent / name)
        if own is not None and set(bibliography_names(own)) & set(names):
            return candidate.parent / name
    return candidate


def _read(path: Path) -> str | None:
    """The text of the project file at ``path`` (read once within one document's reading:
    the bibliography's lookup and its style's read the same ``_quarto.yml``)."""
    if not path.is_file():
        return None
    return memoised(("project_file", str(path), modified(str(path))), lambda: _read_file(path))


def _read_file(path: Path) -> str | None:
    try:  # a regular file only, size checked while reading
        return read_regular_file(path, _MAX_BYTES).decode("utf-8", "replace")
    except InputError:
        return None


def other_scripts(folder: Path) -> list[Path]:
    """The build scripts in ``folder`` not named in :data:`BUILD_FILES`, by name."""
    try:
        found = sorted(
            p
            for p in folder.iterdir()
            if p.suffix.lower() in SCRIPT_SUFFIXES and p.name not in BUILD_FILES
        )
    except OSError:
        return []
    return found[:MAX_SCRIPTS]


def _script_names(path: Path, document: Path, own_only: bool = False) -> tuple[str, ...]:
    text = _read(path)
    if text is None:
        return ()
    return build_script_names(
        text,
        document.name,
        lambda name: _read(path.parent / name),
        own_only=own_only,
        persistent_cd=path.name not in RECIPE_FILES and path.suffix.lower() != ".mk",
    )


def _names_in(path: Path, document: Path) -> tuple[str, ...]:
    if path.name in BUILD_FILES:
        return _script_names(path, document)
    if path.name == "_quarto.yml":
        options = _quarto_options(path)
        return bibliography_names(options) if options is not None else ()
    data = _yaml_mapping(path)
    if data is None:
        return ()
    if path.name == "_config.yml":
        # (Jekyll's _config.yml names jekyll-scholar's files under "scholar:", for its
        # tags: only Jupyter Book's places count)
        return bibliography_names(data, nested=False) or _sphinx_bibfiles(data)
    return bibliography_names(data)


def _sphinx_bibfiles(data: Mapping[Any, Any]) -> tuple[str, ...]:
    """Jupyter Book's ``sphinx: config: bibtex_bibfiles:`` (sphinxcontrib-bibtex's option
    passed through to Sphinx)."""
    sphinx = data.get("sphinx")
    config = sphinx.get("config") if isinstance(sphinx, Mapping) else None
    return _listed(config.get("bibtex_bibfiles")) if isinstance(config, Mapping) else ()


def _front_matter(text: str) -> str | None:
    lines = text[_LEADING.match(text).end() :].split("\n", 400)  # type: ignore[union-attr]
    if not lines or lines[0].strip() != "---":
        return None
    for i in range(1, min(len(lines), 400)):
        if lines[i].strip() in ("---", "..."):
            return "\n".join(lines[1:i])
    return None


def bibliography_names(data: Mapping[Any, Any], nested: bool = True) -> tuple[str, ...]:
    """The bibliography files named in project metadata: ``bibliography:`` (or Jupyter
    Book's ``bibtex_bibfiles:``) at the top, else in an output format's options
    (``format: html: bibliography:``), or ``--bibliography`` in its ``pandoc_args``."""
    top = _listed(data.get("bibliography")) or _listed(data.get("bibtex_bibfiles"))
    if top or not nested:
        return top
    found: list[str] = []
    _nested(data, found, 0)
    return tuple(dict.fromkeys(found))


def _nested(data: Mapping[Any, Any], found: list[str], depth: int) -> None:
    if depth > 3:
        return
    for key, value in data.items():
        if key == "bibliography":
            found.extend(_listed(value))
        elif key == "pandoc_args" and isinstance(value, list):
            found.extend(_pandoc_args([str(v) for v in value]))
        elif isinstance(value, Mapping):
            _nested(value, found, depth + 1)


def _pandoc_args(args: list[str]) -> list[str]:
    """``--bibliography=refs.bib`` or ``--bibliography refs.bib`` in Pandoc arguments."""
    names = []
    for k, arg in enumerate(args):
        m = _ARG.match(arg.strip())
        if m is None:
            continue
        name = m.group("name") or (args[k + 1] if k + 1 < len(args) else "")
        if name.strip():
            names.append(name.strip())
    return names


def _listed(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value.strip(),) if value.strip() else ()
    if isinstance(value, list):
        return tuple(str(v).strip() for v in value if isinstance(v, str) and v.strip())
    return ()


# --------------------------------------------------------------------------
# Build scripts: the Pandoc command line
# --------------------------------------------------------------------------

# a line continued: "\\" (sh, make), "^" (cmd.exe), "`" (PowerShell)
_CONTINUED = lazy_compile(r"[\\^`]\r?\n")
_ASSIGN = lazy_compile(
    r"^\s*(?:export\s+)?(?P<var>[A-Za-z_]\w*)\s*(?:[:?+]?=)\s*(?P<value>.*?)\s*$"
)
# (Pandoc takes "--biblio" .. "--bibliography": "--bibl" is also "--biblatex"'s)
_BIB_OPTION = lazy_compile(
    r"""--biblio(?:g(?:r(?:a(?:p(?:hy?)?)?)?)?)?(?:=|\s+)(?P<name>"[^"]+"|'[^']+'|[^\s;|&)]+)"""
)
_DEFAULTS_OPTION = lazy_compile(
    r"""(?:--defaults(?:=|\s+)|\s-d\s*)(?P<name>"[^"]+"|'[^']+'|[^\s;|&)-][^\s;|&)]*)"""
)
_VARIABLE = lazy_compile(r"\$(?:\((?P<a>\w+)\)|\{(?P<b>\w+)\}|(?P<c>[A-Za-z_]\w*))")
_RENDERS = lazy_compile(r"\b(?:pandoc|quarto|rmarkdown|bookdown)\b")
_MARKDOWN = lazy_compile(r"\.(?:md|markdown|mdown|mkdn?|mdwn|txt|text|rmd|qmd)$", re.I)


def build_script_names(
    text: str,
    document: str,
    read: Callable[[str], str | None] = lambda _: None,
    own_only: bool = False,
    persistent_cd: bool = True,
) -> tuple[str, ...]:
    """The bibliography files a build script's Pandoc command lines name, relative to the
    script's folder (``text``: the script; ``document``: the file name of the document;
    ``read``: the text of a file named relative to the script, for Pandoc defaults files;
    ``own_only``: only those on lines naming the document; ``persistent_cd``: a ``cd``
    lasts to the following lines, as in a shell script, not a Makefile)."""
    if not _RENDERS.search(text):
        return ()
    stem = Path(document).stem
    found: list[tuple[str, bool]] = []  # (name, on a line naming the document)
    expanded_lines = script_lines(text)
    folders = line_folders(expanded_lines, persistent=persistent_cd)
    joined_into: set[str] = set()  # the files the script joins the document into
    for expanded, folder in zip(expanded_lines, folders, strict=True):
        for joining in concatenations(expanded, _is_markdown):
            if any(
                fnmatch(document, PurePosixPath(n.replace("\\", "/")).name) for n in joining.inputs
            ):
                joined_into.add(PurePosixPath(joining.output.replace("\\", "/")).name)
        mine = (
            bool(stem) and re.search(rf"(?<![\w-]){re.escape(stem)}(?![\w-])", expanded) is not None
        ) or any(_names_file(expanded, name) for name in joined_into)
        for m in _BIB_OPTION.finditer(expanded):
            found.extend((joined(folder, name), mine) for name in _usable(m.group("name")))
        for m in _DEFAULTS_OPTION.finditer(expanded):
            for name in _usable(m.group("name")):
                defaults = joined(folder, name)
                found.extend((bib, mine) for bib in _defaults_names(defaults, read))
    if own_only or any(mine for _, mine in found):
        found = [f for f in found if f[1]]
    return tuple(dict.fromkeys(name for name, _ in found))


def _is_markdown(name: str) -> bool:
    return _MARKDOWN.search(name) is not None


def _names_file(line: str, name: str) -> bool:
    """Does the Pandoc command ``line`` name the file ``name`` (a file the script joined the
    document into: ``type *.md > all.md`` then ``pandoc all.md …``)?"""
    return (
        _RENDERS.search(line) is not None
        and re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w.-])", line) is not None
    )


def script_lines(text: str) -> list[str]:
    """A build script's lines, continued lines joined, comments left out, and its
    variables (``BIB = refs.bib``: ``$(BIB)``, ``${BIB}``, ``$BIB``) replaced by their
    values."""
    lines = [
        line for line in _CONTINUED.sub(" ", text).splitlines() if not line.lstrip().startswith("#")
    ]
    values: dict[str, str] = {}
    for line in lines:
        m = _ASSIGN.match(line)
        if m is not None and "--" not in m.group("var"):
            values.setdefault(m.group("var"), m.group("value"))
    return [_expand(line, values) for line in lines]


def _expand(line: str, values: Mapping[str, str], depth: int = 0) -> str:
    """``line`` with the script's variables replaced by their values (nested up to 3)."""
    if depth > 3 or "$" not in line:
        return line

    def value(m: re.Match[str]) -> str:
        name = m.group("a") or m.group("b") or m.group("c")
        return values.get(name, m.group(0))

    expanded = _VARIABLE.sub(value, line)
    return expanded if expanded == line else _expand(expanded, values, depth + 1)


def _usable(name: str) -> list[str]:
    """A file name as written (quotes removed); none for a pattern or an unknown variable."""
    name = name.strip().strip("\"'")
    if not name or any(c in name for c in "$*%?[<>`"):
        return []
    return [name]


def _defaults_names(name: str, read: Callable[[str], str | None]) -> tuple[str, ...]:
    """The bibliography a Pandoc defaults file (``-d paper`` reads ``paper.yaml``) names."""
    for candidate in (name, f"{name}.yaml", f"{name}.yml"):
        text = read(candidate)
        if text is None:
            continue
        data = _mapping(text)  # the first file there is, whatever it holds
        return bibliography_names(data) if data is not None else ()
    return ()
