"""Quarto's ``{{< include file >}}`` shortcode: the included files spliced into one text.

A Quarto manuscript is often a main file holding the front matter (its ``bibliography:``)
and one include shortcode per section, the prose and every citation in the included
files::

    # Introduction

    {{< include 01-introduction.qmd >}}

Quarto replaces each such line by the file's text before anything else is done, so the
citations of the included files are the document's, and are checked against the
bibliography the main file names.  Here as there:

* the file is named relative to the including file's folder; a name starting with ``/``
  relative to the project's root (the nearest folder above holding ``_quarto.yml``, else
  the main file's folder); quoted or bare;
* an include inside a fenced code block is part of the code (an example), not read;
  an escaped shortcode (``{{{< include x >}}}``) is text;
* included files may include files in turn.

A file that is missing, unreadable, too deep or that includes itself is an
``include-unreadable`` anomaly at the including line, and the rest is read.  Every line
of the result knows its line in its own file (:attr:`~bibcheck.readers.adocinclude.Spliced.origin`)
and the file (:meth:`~bibcheck.readers.adocinclude.Spliced.file_of`), as for AsciiDoc's
``include::`` and Org's ``#+include:``.
"""

from __future__ import annotations

from pathlib import Path

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.readers.adocinclude import Spliced, including, read_included, relative_name

__all__ = ["has_includes", "include_target", "project_root", "splice"]

# {{< include file.qmd >}} alone on its line (the name quoted or bare)
_INCLUDE = lazy_compile(
    r"^[ \t]{0,3}\{\{<[ \t]*+include[ \t]++"
    r"(?:\"(?P<dq>[^\"\n]+)\"|'(?P<sq>[^'\n]+)'|(?P<bare>[^\s\"'>][^\s>]*+))"
    r"[ \t]*+>\}\}[ \t]*$"
)
_FENCE = lazy_compile(r"^[ \t]{0,3}(?P<fence>`{3,}|~{3,})")
_PROJECT_FILES = ("_quarto.yml", "_quarto.yaml")
_ROOT_SEARCH = 8  # folders looked at above the main file for the project's root


def include_target(line: str) -> str | None:
    """The file an include shortcode standing alone on ``line`` names; None otherwise."""
    if "include" not in line:
        return None
    m = _INCLUDE.match(line)
    if m is None:
        return None
    return m.group("dq") or m.group("sq") or m.group("bare")


def _fence_after(current: str | None, line: str) -> str | None:
    """The fence open after ``line`` given the one open before it (None: none); a fence
    closes at a line of at least as many of the same character."""
    f = _FENCE.match(line)
    if current is None:
        return f.group("fence") if f else None
    if f and f.group("fence")[0] == current[0] and len(f.group("fence")) >= len(current):
        if not line[f.end() :].strip():
            return None
    return current


def has_includes(lines: list[str]) -> bool:
    """Does a line outside fenced code hold an include shortcode?"""
    fence: str | None = None
    for line in lines:
        if fence is None and include_target(line) is not None:
            return True
        fence = _fence_after(fence, line)
    return False


def project_root(main: Path) -> Path:
    """The folder a ``/``-rooted include resolves against: the nearest folder at or above
    ``main``'s holding ``_quarto.yml``; else ``main``'s own folder."""
    folder = main.resolve().parent
    for candidate in (folder, *folder.parents[:_ROOT_SEARCH]):
        if any((candidate / name).is_file() for name in _PROJECT_FILES):
            return candidate
    return folder


def splice(lines: list[str], main: Path | None) -> Spliced:
    """``lines`` (the file ``main``'s; None: a text without a file, whose includes are
    anomalies) with their include shortcodes replaced by the files they name."""
    out = Spliced()
    chain = (main.resolve(),) if main is not None else ()
    root = project_root(main) if main is not None else None
    folder = main.resolve().parent if main is not None else None
    _splice(lines, None, folder, root, out, chain)
    if folder is not None:
        out.names = [relative_name(Path(f), folder) if f else "" for f in out.names]
    return out


def _splice(
    lines: list[str],
    numbers: list[int] | None,
    folder: Path | None,
    root: Path | None,
    out: Spliced,
    chain: tuple[Path, ...],
) -> None:
    name = str(chain[-1]) if numbers is not None and chain else ""
    fence: str | None = None
    for k, line in enumerate(lines):
        number = numbers[k] if numbers is not None else k + 1
        target = include_target(line) if fence is None else None
        fence = _fence_after(fence, line)
        out.names.append(name)
        out.origin.append(number)
        if target is None:
            out.lines.append(line)
            continue
        out.lines.append("")  # the shortcode's own line stays, empty, for line numbers
        where = including(chain)

        def problem(why: str, target: str = target, at: int = number, where: str = where) -> None:
            out.anomalies.append(
                Anomaly(
                    AnomalyCode.INCLUDE_UNREADABLE,
                    f"{{{{< include {target} >}}}} at line {at}{where} was not read ({why}); "
                    "citations in it are missing from this check",
                    at,
                )
            )

        base = root if target.startswith("/") and root is not None else folder
        found = read_included(target.lstrip("/") or target, base, out, chain, problem)
        if found is None:
            continue
        path, text_lines = found
        _splice(
            text_lines, list(range(1, len(text_lines) + 1)), path.parent, root, out, (*chain, path)
        )
