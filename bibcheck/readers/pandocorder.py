"""The order of the list Pandoc (and R Markdown, Quarto) prints from a bibliography file.

Pandoc's citeproc prints the cited entries in the order of the CSL style's
``<bibliography><sort>``: the style named by ``csl:`` (a ``.csl`` file beside the
document or the project file, else known by its name), and with no ``csl:`` its default,
Chicago author-date -- by author, year, title.  A document rendered through LaTeX instead
(R Markdown's ``citation_package: natbib`` / ``biblatex``, Quarto's ``cite-method:``)
prints in the order of its ``biblio-style:`` (a BibTeX style, or biblatex's ``style=``),
by author for their defaults (``plainnat``; biblatex's ``nty``).  Quarto journal
templates that take ``cite-style: number`` (or ``numeric``, ``super``) number their
list by first citation.  A style nobody knows keeps the order of first citation.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from bibcheck.readers.listorder import (
    CITED,
    ListSort,
    biblatex_sort,
    bst_sort,
    csl_file_text,
    csl_sort,
)

__all__ = ["DEFAULT_CSL", "pandoc_list_sort"]

DEFAULT_CSL = "chicago-author-date"
_LATEX_METHODS = ("natbib", "biblatex")
_NUMBERED_CITE_STYLES = ("number", "numeric", "numbers", "super")


def _values(data: Mapping[Any, Any], key: str) -> Iterator[object]:
    """``key``'s values at the top of ``data`` and under its output formats
    (``format: pdf: cite-method: natbib``, ``output: pdf_document: citation_package:``)."""
    if key in data:
        yield data[key]
    for section in ("format", "output"):
        formats = data.get(section)
        if isinstance(formats, Mapping):
            for options in formats.values():
                if isinstance(options, Mapping) and key in options:
                    yield options[key]


def _first_string(data: Mapping[Any, Any], key: str) -> str | None:
    for value in _values(data, key):
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def pandoc_list_sort(data: Mapping[Any, Any], folders: Sequence[Path]) -> ListSort:
    """The order of the printed list of a document whose metadata is ``data`` (front
    matter, or the project file naming its bibliography); ``.csl`` files are looked up
    in ``folders``."""
    csl = _first_string(data, "csl")
    if csl is not None:
        if csl.startswith(("http://", "https://")):
            csl = csl.rsplit("/", 1)[-1]
        return csl_sort(csl, csl_file_text(csl, folders)) or CITED
    method = _first_string(data, "citation_package") or _first_string(data, "cite-method")
    if method is not None and method.lower() in _LATEX_METHODS:
        style = _first_string(data, "biblio-style")
        if method.lower() == "biblatex":
            options = {"style": style} if style else {}
            return biblatex_sort(options) or CITED
        return bst_sort(style or "plainnat") or CITED
    cite_style = _first_string(data, "cite-style")
    if cite_style is not None and cite_style.lower() in _NUMBERED_CITE_STYLES:
        return CITED
    return csl_sort(DEFAULT_CSL) or CITED
