"""A ``.bib`` named through a macro (``\\addbibresource{\\articleBIBLIOGRAPHY}``).

Journal templates (ReScience C and others built on a metadata file) name the bibliography
in a class or package with a macro, and define the macro in a metadata file the class
``\\input``s (``\\def\\articleBIBLIOGRAPHY{bibliography.bib}``).  The name is the macro's
definition, found in the manuscript, its project's classes and packages, or a file one of
them inputs from the manuscript's folder.  A macro defined with parameters, or as other
commands, names nothing readable.  The same one-line definitions expand a path written
with a macro (``\\subfile{\\econtexRoot/Appendices/a}``, ``\\bibliography{\\bibdir/refs}``):
:func:`expanded_path`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.latex.files import Unreadable, find_file, read_text_file

_MACRO = lazy_compile(r"\s*+\\([A-Za-z@]{1,60})\s*+")
_MACRO_IN = lazy_compile(r"\\([A-Za-z@]{1,60})")
_INPUT = lazy_compile(r"\\(?:input|include)\s*+\{([^{}\\#\n]{1,200})\}")


def resolved_name(name: str, texts: Sequence[str], folders: Sequence[Path]) -> str | None:
    """The file a bibliography command's argument ``name`` names when it is one macro
    (``\\articleBIBLIOGRAPHY``) defined as plain text in ``texts`` or in a file they
    input (looked for in ``folders``), else None."""
    m = _MACRO.fullmatch(name)
    if m is None:
        return None
    return defined(m.group(1), texts, folders)


def defined(macro: str, texts: Sequence[str], folders: Sequence[Path] = ()) -> str | None:
    """The one-line plain text ``\\macro`` is defined as in ``texts`` (or a file they input,
    looked for in ``folders``), or None."""
    pattern = _definition(macro)
    for text in [*texts, *(_inputs(texts, folders) if folders else ())]:
        found = pattern.search(text)
        if found is not None and found.group(1).strip():
            return found.group(1).strip()
    return None


def expanded_path(
    name: str, texts: Sequence[str], folders: Sequence[Path] = ()
) -> tuple[str, tuple[str, ...]]:
    """A file name written with path macros (``\\econtexRoot/Appendices/a``,
    ``\\bibdir/refs``) with each macro replaced by its one-line definition in ``texts``
    (``\\newcommand{\\econtexRoot}{.}``); and the macros no text defines (the name keeps
    them)."""
    undefined: list[str] = []

    def value(m: re.Match[str]) -> str:
        found = defined(m.group(1), texts, folders)
        if found is None:
            undefined.append(m.group(1))
            return m.group(0)
        return found

    return _MACRO_IN.sub(value, name), tuple(undefined)


def _inputs(texts: Sequence[str], folders: Sequence[Path]) -> list[str]:
    """The texts of the files ``texts`` input, found in ``folders`` (one level)."""
    found: list[str] = []
    for text in texts:
        for m in _INPUT.finditer(text):
            path = find_file(m.group(1).strip(), list(folders), ".tex")
            if path is None:
                continue
            try:
                found.append(read_text_file(path, None).text)
            except Unreadable:
                continue
    return found


def _definition(macro: str) -> re.Pattern[str]:
    """``\\def\\macro{text}``, ``\\newcommand{\\macro}{text}`` (no parameters): group 1
    is the text."""
    name = re.escape(macro)
    head = (
        rf"\\(?:[gex]?def\s*+\\{name}(?![A-Za-z@])"
        rf"|(?:(?:re)?newcommand|providecommand)\*?\s*+\{{?\s*+\\{name}(?![A-Za-z@])\s*+\}}?)"
    )
    return re.compile(head + r"\s*+\{([^{}\\#\n]{1,300})\}")
