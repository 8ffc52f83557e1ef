"""The folder each line of a build script runs in, relative to the script's folder.

A build script often changes folder before it runs Pandoc (``cd chapters`` then
``pandoc --bibliography=../refs.bib *.md``): the names on the command line are
relative to that folder, not the script's.  ``cd DIR`` / ``pushd DIR`` / ``chdir DIR`` /
``Set-Location DIR`` (``cd /d DIR`` in cmd.exe) change it; ``popd`` goes back.  In a shell
or batch script the change lasts to the following lines; in a Makefile or justfile each
recipe line runs in a shell of its own, so it lasts only to the end of its line
(``cd docs && pandoc ...``).  A folder the script names by a variable or an absolute
path is not followed (the line keeps the folder it had).
"""

from __future__ import annotations

import posixpath

from bibcheck.lazyre import lazy_compile

__all__ = ["line_folders", "joined"]

_CD = lazy_compile(
    r"""(?:^\s*|[;&|(]\s*)(?:cd|pushd|chdir|Set-Location|sl)(?:\s+/d)?\s+"""
    r"""(?P<dir>"[^"]+"|'[^']+'|[^\s;&|)]+)"""
)
_POPD = lazy_compile(r"(?:^\s*|[;&|(]\s*)popd\b")


def joined(folder: str, name: str) -> str:
    """``name`` (written with ``/`` or ``\\``) relative to ``folder``, normalised;
    an absolute name is kept as written."""
    name = name.replace("\\", "/")
    if not folder or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return name
    return posixpath.normpath(posixpath.join(folder, name))


def line_folders(lines: list[str], persistent: bool = True) -> list[str]:
    """The folder each of ``lines`` runs its commands in ("" for the script's own), after
    the ``cd`` commands before them (and, on the line, before its last ``cd``)."""
    folders: list[str] = []
    here = ""
    stack: list[str] = []
    for line in lines:
        current = here
        for m in _CD.finditer(line):
            target = m.group("dir").strip("\"'")
            if "$" in target or "%" in target or target.startswith(("/", "~")) or ":" in target:
                continue
            stack.append(current)
            current = joined(current, target)
            if current == ".":
                current = ""
        if _POPD.search(line) and stack:
            current = stack.pop()
        folders.append(current)
        if persistent:
            here = current
    return folders
