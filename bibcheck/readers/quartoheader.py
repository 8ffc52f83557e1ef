"""Bibliographies a Quarto or R Markdown document names only in a LaTeX header file.

A Quarto document typeset with biblatex (``cite-method: biblatex``) through a LaTeX
template (abnTeX2, a university's class) often names no ``bibliography:`` in its YAML:
the header its YAML includes (``include-in-header: config/preamble.tex``, under
``format: pdf:`` or at the top; a name, a list, ``- file: x.tex`` or ``- text: |``)
holds ``\\addbibresource{refs.bib}`` or ``\\bibliography{refs}``.  Those names are the
document's bibliographies, as LaTeX reads them: relative to the document's folder.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from bibcheck.lazyre import lazy_compile

__all__ = ["header_bibliographies"]

_KEYS = ("include-in-header", "includes")
_BIB = lazy_compile(
    r"\\(?:addbibresource|addglobalbib|bibliography)(?![A-Za-z@])\s*+(?:\[[^\]\n]{0,200}\]\s*+)?"
    r"\{([^{}\n]{1,500})\}"
)
_COMMENT = lazy_compile(r"(?m)(?<!\\)%.*$")
_MAX_BYTES = 1_000_000


def _headers(data: Mapping[str, Any]) -> Iterator[object]:
    """The ``include-in-header`` values at the top of the YAML and under each format."""
    yield data.get("include-in-header")
    includes = data.get("includes")  # R Markdown: output: pdf_document: includes: in_header:
    if isinstance(includes, Mapping):
        yield includes.get("in_header")
    for key in ("format", "output"):
        formats = data.get(key)
        if isinstance(formats, Mapping):
            for options in formats.values():
                if isinstance(options, Mapping):
                    yield from _headers(options)


def _parts(value: object) -> Iterator[tuple[str, str]]:
    """("file", name) or ("text", latex) of one ``include-in-header`` value."""
    if isinstance(value, str):
        yield "file", value
    elif isinstance(value, Mapping):
        for kind in ("file", "text"):
            if isinstance(value.get(kind), str):
                yield kind, value[kind]
    elif isinstance(value, list):
        for item in value[:50]:
            if not isinstance(item, list):
                yield from _parts(item)


def _read(path: Path) -> str:
    try:
        if not path.is_file() or path.stat().st_size > _MAX_BYTES:
            return ""
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def bib_names(latex: str) -> list[str]:
    """The ``.bib`` names of the bibliography commands in ``latex`` (comments left out;
    a name written with a macro or a parameter names no file here)."""
    found: list[str] = []
    for m in _BIB.finditer(_COMMENT.sub("", latex)):
        for name in m.group(1).split(","):
            name = name.strip()
            if name and "\\" not in name and "#" not in name:
                found.append(name if name.endswith(".bib") else f"{name}.bib")
    return found


def header_bibliographies(data: Mapping[str, Any], base: Path) -> list[str]:
    """The bibliographies the YAML's LaTeX headers name (``base``: the document's folder)."""
    found: list[str] = []
    for value in _headers(data):
        for kind, part in _parts(value):
            latex = part if kind == "text" else _read(base / part)
            found += [name for name in bib_names(latex) if name not in found]
    return found
