"""The packages and classes of the project a manuscript loads: part of the document.

University thesis templates often set up the bibliography in a package or class of
their own (``\\usepackage{mystyle}`` with ``mystyle.sty`` beside the manuscript holding
``\\RequirePackage[backend=biber]{biblatex}`` and ``\\addbibresource{refs.bib}``;
``\\documentclass{mythesis}`` whose ``mythesis.cls`` ends with ``\\bibliography{refs}``).
TeX finds such files in its working directory, the main file's folder, before the
distribution's; so are they found here: ``\\documentclass`` and ``\\LoadClass`` name
``.cls`` files, ``\\usepackage`` and ``\\RequirePackage`` ``.sty`` files (a name may
hold a folder: ``\\usepackage{style/setup}``), followed through the files found (each
read once, loops refused, at most :data:`MAX_FILES`).  A package or class not in the
folders is the distribution's and is not looked for.  The texts are returned with
their comments blanked and their lines kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.latex.blank import Definitions, blank
from bibcheck.readers.latex.files import Unreadable, read_text_file

MAX_FILES = 32  # packages and classes of the project followed
MAX_LOOKUPS = 256  # names looked for in the folders
_LIMIT = 2 * 1024 * 1024  # bytes of one .sty/.cls

_LOADS = lazy_compile(
    r"\\(?:(?P<cls>documentclass|LoadClass(?:WithOptions)?)"
    r"|usepackage|RequirePackage(?:WithOptions)?)(?![A-Za-z@])"
    r"\s*(?:\[[^\[\]]*\]\s*)?\{(?P<names>[^{}]*)\}"
)
_NAME = lazy_compile(r"[A-Za-z0-9_./+-]+")


@dataclass(frozen=True, slots=True)
class StyleFile:
    """A package or class of the project: its name as shown, its path and its text."""

    name: str  # "mystyle.sty", "style/setup.sty"
    path: Path
    text: str  # comments blanked, lines kept


def local_styles(preamble: str, folders: Sequence[Path]) -> list[StyleFile]:
    """The project's packages and classes the ``preamble`` loads, directly or through
    them, in the order they are met (each once)."""
    found: list[StyleFile] = []
    seen: set[Path] = set()
    queue: list[str] = [blank(preamble, Definitions()).text]
    lookups = 0
    while queue and len(found) < MAX_FILES:
        text = queue.pop(0)
        for name, suffix in _loaded(text):
            if lookups >= MAX_LOOKUPS or len(found) >= MAX_FILES:
                break
            lookups += 1
            style = _find(name + suffix, folders, seen)
            if style is not None:
                found.append(style)
                queue.append(style.text)
    return found


def _loaded(text: str) -> list[tuple[str, str]]:
    """(name, ".sty" or ".cls") of every package and class ``text`` loads."""
    names: list[tuple[str, str]] = []
    for m in _LOADS.finditer(text):
        suffix = ".cls" if m.group("cls") else ".sty"
        for name in m.group("names").split(","):
            name = name.strip()
            if _NAME.fullmatch(name):
                names.append((name, suffix))
    return names


def _find(name: str, folders: Sequence[Path], seen: set[Path]) -> StyleFile | None:
    for folder in folders:
        path = folder / name
        try:
            if not path.is_file():
                continue
            resolved = path.resolve()
        except OSError:
            continue
        if resolved in seen:
            return None
        seen.add(resolved)
        try:
            text = read_text_file(path, None, _LIMIT).text
        except Unreadable:
            return None
        return StyleFile(name, path, blank(text, Definitions(), name).text)
    return None
