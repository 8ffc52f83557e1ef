"""A ``.bib`` named through a macro (``\\addbibresource{\\articleBIBLIOGRAPHY}``).

Journal templates (ReScience C and others built on a metadata file) name the bibliography
in a class or package with a macro, and define the macro in a metadata file the class
``\\input``s (``\\def\\articleBIBLIOGRAPHY{bibliography.bib}``).  The name is the macro's
definition, found in the manuscript, its project's classes and packages, or a file one of
them inputs from the manuscript's folder.  A macro defined with parameters, or as other
commands, names nothing readable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.latex.files import Unreadable, find_file, read_text_file

_MACRO = lazy_compile(r"\s*+\\([A-Za-z@]{1,60})\s*+")
_INPUT = lazy_compile(r"\\(?:input|include)\s*+\{([^{}\\#\n]{1,200})\}")


def resolved_name(name: str, texts: Sequence[str], folders: Sequence[Path]) -> str | None:
    """The file a bibliography command's argument ``name`` names when it is one macro
    (``\\articleBIBLIOGRAPHY``) defined as plain text in ``texts`` or in a file they
    input (looked for in ``folders``), else None."""
    m = _MACRO.fullmatch(name)
    if m is None:
        return None
    pattern = _definition(m.group(1))
    for text in [*texts, *_inputs(texts, folders)]:
        found = pattern.search(text)
        if found is not None and found.group(1).strip():
            return found.group(1).strip()
    return None


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
