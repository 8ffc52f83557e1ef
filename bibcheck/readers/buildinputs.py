"""The files a build script's Pandoc command renders together, and the run of a document.

A paper written in one Markdown file per chapter is often built by one Pandoc command on
all of them (``cd chapters`` then ``pandoc *.md -o paper.pdf`` in a ``build.sh``;
``CHAPTERS = intro.md methods.md`` and ``pandoc $(CHAPTERS)`` in a Makefile, or
``pandoc $^`` in the recipe of ``paper.pdf: intro.md methods.md``): Pandoc joins its
input files into one document, so a ``[^label]`` marker of one chapter may be defined in
another (a file of link notes kept apart).  :func:`pandoc_inputs` gives, for each Pandoc
command line, its input files (names and glob patterns, relative to the script's folder,
after the script's ``cd``); :func:`build_run` finds the script beside the document or
above it (as :mod:`~bibcheck.readers.projectmeta` does for the bibliography) whose one
command renders the document with other files, and those files in the command's order.
A file the script joined from chapters before (``cat ch*.md > book.md``, ``type *.md >
all.md``, ``copy /b a.md+b.md all.md``: :mod:`~bibcheck.readers.concatfiles`) stands for
those chapters on the Pandoc command line: each chapter is rendered with the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bibcheck.errors import InputError
from bibcheck.lazyre import lazy_compile
from bibcheck.readers.concatfiles import concatenations
from bibcheck.readers.decode import read_regular_file
from bibcheck.readers.projectmeta import (
    BUILD_FILES,
    RECIPE_FILES,
    other_scripts,
    project_folders,
    script_lines,
)
from bibcheck.readers.scriptdirs import joined, line_folders

__all__ = ["MAX_INPUTS", "BuildRun", "build_run", "joined_files", "pandoc_inputs"]

MAX_INPUTS = 60  # input files of one run looked at
_MAX_BYTES = 1024 * 1024
# Markdown's file names (a pattern too: "*.md")
_MARKDOWN = lazy_compile(r"\.(?:md|markdown|mdown|mkdn?|mdwn|txt|text|rmd|qmd)$", re.I)
_PANDOC = lazy_compile(r"(?<![\w./-])pandoc(?:\.exe)?(?![\w.-])")
# one command of a line: "cd x && pandoc a.md b.md -o out.pdf; echo done"
_COMMANDS = lazy_compile(r"&&|\|\||[;|&]")
_OUTPUT_OPTIONS = frozenset({"-o", "--output"})
# GNU make's functions a list of files is written with: "$(wildcard ch/*.md)"
_MAKE_FUNCTION = lazy_compile(r"\$\((?:wildcard|sort|strip)\s+(?P<arg>[^()]*)\)")
# a Makefile rule and its prerequisites: "paper.pdf: intro.md methods.md"
_RULE = lazy_compile(r"^(?P<targets>[^\s:=#][^:=]*?)\s*::?(?!=)\s*(?P<prereqs>[^;=]*)$")
_AUTOMATIC = lazy_compile(r"\$(?:[\^+<]|\([\^+<]\))")


@dataclass(frozen=True, slots=True)
class BuildRun:
    """A Pandoc command of a build script that renders a document with other files."""

    script: Path
    others: tuple[Path, ...]  # the other input files, in the command's order


def pandoc_inputs(text: str, recipe: bool = False) -> list[list[str]]:
    """The input files (names and patterns, relative to the script's folder) of each
    Pandoc command in the build script ``text``; ``recipe``: a Makefile or justfile,
    whose ``cd`` lasts to the end of its line and whose ``$^`` / ``$<`` are the rule's
    prerequisites.  A file the script joined from others before stands for them."""
    return _inputs(text, recipe)[0]


def joined_files(text: str, recipe: bool = False) -> set[str]:
    """The files the build script ``text`` joins from others (relative to its folder):
    no input of their own (``type *.md > all.md`` matches ``all.md`` on the next run)."""
    return _inputs(text, recipe)[1]


def _inputs(text: str, recipe: bool) -> tuple[list[list[str]], set[str]]:
    if recipe:  # ("$^" at a line's end is no cmd.exe "^" continuation in a Makefile)
        text = _AUTOMATIC.sub(lambda m: f"$({m.group(0).strip('$()')})", text)
    lines = [_MAKE_FUNCTION.sub(lambda m: m.group("arg"), line) for line in script_lines(text)]
    if recipe:
        lines = _automatic(lines)
    found = []
    made: dict[str, list[str]] = {}  # a joined file: the files it is made of
    for line, folder in zip(lines, line_folders(lines, persistent=not recipe), strict=True):
        for joining in concatenations(line, _is_markdown):
            output = joined(folder, joining.output)
            parts = [joined(folder, name) for name in joining.inputs]
            made[output] = [*made.get(output, []), *parts] if joining.append else parts
        for command in _COMMANDS.split(line):
            m = _PANDOC.search(command)
            if m is None:
                continue
            names = _input_names(command[m.end() :].split())
            if names:
                inputs = [joined(folder, name) for name in names]
                found.append([part for name in inputs for part in made.get(name, [name])])
    return found, set(made)


def _is_markdown(name: str) -> bool:
    return _MARKDOWN.search(name) is not None


def _input_names(tokens: list[str]) -> list[str]:
    names = []
    for k, token in enumerate(tokens):
        token = token.strip("\"'")
        if token.startswith("-") or "=" in token or "$" in token:
            continue
        if k and tokens[k - 1] in _OUTPUT_OPTIONS:
            continue
        if _MARKDOWN.search(token):
            names.append(token)
    return names


def _automatic(lines: list[str]) -> list[str]:
    """Recipe lines with make's ``$^``, ``$+`` and ``$<`` replaced by their rule's
    prerequisites."""
    out = []
    prereqs: list[str] = []
    for line in lines:
        if not line.startswith((" ", "\t")):
            m = _RULE.match(line)
            prereqs = m.group("prereqs").split() if m is not None else []
        elif prereqs:

            def automatic(m: re.Match[str], names: list[str] = prereqs) -> str:
                return names[0] if "<" in m.group(0) else " ".join(names)

            line = _AUTOMATIC.sub(automatic, line)
        out.append(line)
    return out


def build_run(path: str) -> BuildRun | None:
    """The build script beside the document at ``path`` or above it (nearest folder first,
    up to the project's root) one of whose Pandoc commands renders the document together
    with other files; None when there is none."""
    if not path:
        return None
    try:
        document = Path(path).resolve()
    except OSError:
        return None
    here = document.parent
    for folder in project_folders(here):
        scripts = [folder / name for name in BUILD_FILES if name != document.name]
        for script in [*scripts, *other_scripts(folder)]:
            others = _others(script, document)
            if others:
                return BuildRun(script, others)
    return None


def _others(script: Path, document: Path) -> tuple[Path, ...]:
    if not script.is_file():
        return ()
    try:
        text = read_regular_file(script, _MAX_BYTES).decode("utf-8", "replace")
    except InputError:
        return ()
    if not _PANDOC.search(text):
        return ()
    recipe = script.name in RECIPE_FILES or script.suffix.lower() == ".mk"
    runs, made = _inputs(text, recipe)
    # (a joined file matched by its own pattern is no chapter: "type *.md > all.md")
    outputs = set(_files(script.parent, sorted(made)))
    for names in runs:
        files = [f for f in _files(script.parent, names) if f not in outputs]
        if document in files:
            return tuple(f for f in files if f != document)
    return ()


def _files(folder: Path, names: list[str]) -> list[Path]:
    """The files ``names`` stand for, in order (a pattern's in the shell's order)."""
    files: list[Path] = []
    for name in names:
        if any(c in name for c in "*?["):
            try:
                matched = sorted(p.resolve() for p in folder.glob(name) if p.is_file())
            except (OSError, ValueError):
                matched = []
        else:
            candidate = Path(name) if Path(name).is_absolute() else folder / name
            try:
                matched = [candidate.resolve()] if candidate.is_file() else []
            except OSError:
                matched = []
        files.extend(f for f in matched if f not in files)
        if len(files) >= MAX_INPUTS:
            break
    return files[:MAX_INPUTS]
