"""The bibliography an Org project sets in Emacs's directory-local variables.

An Org paper or thesis that names no bibliography in its text (no ``#+BIBLIOGRAPHY:``,
``bibliography:`` link or LaTeX header) often relies on the variable its citation
package reads, set for the project in a ``.dir-locals.el`` file that Emacs applies to
every file below it::

    ((org-mode . ((org-cite-global-bibliography . ("refs.bib"))))
     (nil . ((bibtex-completion-bibliography . "./thesis.bib"))))

The variables read are org-cite's ``org-cite-global-bibliography``, org-ref's
``org-ref-default-bibliography`` and ``bibtex-completion-bibliography``, citar's
``citar-bibliography`` and RefTeX's ``reftex-default-bibliography``.  Emacs uses the
nearest such file, searching up from the document's folder; a relative name is taken
from the document's folder (the buffer's directory), or else from the folder holding
``.dir-locals.el``.  Names in the writer's home (``~/...``) or absolute paths are not the
project's files and are left out.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from bibcheck.errors import InputError
from bibcheck.readers.bibsource import Source
from bibcheck.readers.decode import read_regular_file

__all__ = ["dir_locals_files", "dir_locals_sources"]

_FILE_NAMES = (".dir-locals.el", ".dir-locals-2.el")
_MAX_BYTES = 256 * 1024
_MAX_LEVELS = 6  # folders searched above the document's
_VARIABLES = (
    "org-cite-global-bibliography",
    "org-ref-default-bibliography",
    "bibtex-completion-bibliography",
    "citar-bibliography",
    "reftex-default-bibliography",
)
_STRING = r'"(?:[^"\\]|\\.)*"'
_SETTING = re.compile(
    r"\(\s*(?P<var>" + "|".join(re.escape(v) for v in _VARIABLES) + r")\s+\.\s*"
    r"(?P<value>" + _STRING + r"|\((?:\s*" + _STRING + r")*\s*\))"
)
_STRINGS = re.compile(_STRING)


def _without_comments(text: str) -> str:
    """``text`` with its ``;`` comments blanked (a ``;`` inside a string is kept)."""
    out: list[str] = []
    for line in text.splitlines():
        in_string = False
        cut = len(line)
        i = 0
        while i < len(line):
            c = line[i]
            if c == "\\" and in_string:
                i += 2
                continue
            if c == '"':
                in_string = not in_string
            elif c == ";" and not in_string:
                cut = i
                break
            i += 1
        out.append(line[:cut])
    return "\n".join(out)


def dir_locals_files(text: str) -> list[str]:
    """The bibliography files a ``.dir-locals.el`` sets, in order, each once; names in the
    writer's home or absolute paths left out."""
    names: list[str] = []
    for m in _SETTING.finditer(_without_comments(text)):
        for s in _STRINGS.finditer(m.group("value")):
            name = s.group(0)[1:-1].replace('\\"', '"').strip()
            if not name or name.startswith(("~", "/")) or re.match(r"^[A-Za-z]:[\\/]", name):
                continue
            if name not in names:
                names.append(name)
    return names


def dir_locals_sources(path: Path) -> list[Source]:
    """The bibliographies the nearest ``.dir-locals.el`` above the document at ``path``
    sets (none: no such file, or it sets none of the variables)."""
    folder = path.parent
    for level, candidate in enumerate([folder, *folder.parents]):
        if level > _MAX_LEVELS:
            break
        for file_name in _FILE_NAMES:
            config = candidate / file_name
            if not config.is_file():
                continue
            try:
                text = read_regular_file(config, _MAX_BYTES).decode("utf-8", "replace")
            except InputError:
                continue
            names = dir_locals_files(text)
            if not names:
                continue
            shown = Path(os.path.relpath(config, folder)).as_posix()
            return [
                Source(name, _base(name, folder, candidate), None, named_in=shown) for name in names
            ]
    return []


def _base(name: str, folder: Path, config_folder: Path) -> Path:
    """The folder a relative name is taken from: the document's, unless the file is only
    found beside ``.dir-locals.el``."""
    if (folder / name).is_file() or not (config_folder / name).is_file():
        return folder
    return config_folder
