"""The order of the list Pandoc (and R Markdown, Quarto) prints from a bibliography file.

Pandoc's citeproc prints the cited entries in the order of the CSL style's
``<bibliography><sort>``: the style named by ``csl:`` (a ``.csl`` file beside the
document or the project file, else known by its name), and with no ``csl:`` its default,
Chicago author-date -- by author, year, title.  A document rendered through LaTeX instead
(R Markdown's ``citation_package: natbib`` / ``biblatex``, Quarto's ``cite-method:``)
prints in the order of its ``biblio-style:`` (a BibTeX style, or biblatex's ``style=``),
by author for their defaults (``plainnat``; biblatex's ``nty``).  Quarto journal
templates that take ``cite-style: number`` (or ``numeric``, ``super``) number their
list by first citation.  A ``.csl`` file named but not found (Pandoc would look in its
user data directory's ``csl/`` folder, which bibcheck cannot see) is sorted as the style
its name is or shortens (:func:`~bibcheck.readers.listorder.known_csl_id`); a name
that says nothing is taken as an author-date style (by author, year, title: the
usual CSL bibliography sort), a numeric name keeps the order of first citation, and
in both cases :func:`pandoc_list_order` says the order was assumed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from bibcheck.readers.listorder import (
    BY_AUTHOR,
    CITED,
    ListSort,
    biblatex_sort,
    bst_sort,
    csl_file_text,
    csl_id,
    csl_sort,
    family_style,
    in_language,
    known_csl_id,
    numeric_style,
)

__all__ = ["DEFAULT_CSL", "pandoc_list_order", "pandoc_list_sort"]

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


def _missing_csl_sort(csl: str) -> tuple[ListSort, str | None]:
    """The order of a list whose style file ``csl`` is not at hand, and what was assumed
    (None: the name is a style id, or of a known family, the order is known by)."""
    named = csl_sort(csl)
    known = known_csl_id(csl)
    if named is not None and (family_style(csl) or known == csl_id(csl)):
        return named, None
    if named is not None and known is not None:
        return named, (
            f"the CSL style file {csl!r} is not in the document's folder: its list is "
            f"taken to be sorted as the style {known!r}, whose name it shortens"
        )
    numeric = numeric_style(csl)
    assumed = "in order of first citation" if numeric else "by author, year, title"
    return CITED if numeric else BY_AUTHOR, (
        f"the CSL style file {csl!r} is not in the document's folder and its name is no "
        f"style bibcheck knows: its list is assumed to be sorted {assumed}"
    )


def pandoc_list_order(
    data: Mapping[Any, Any], folders: Sequence[Path]
) -> tuple[ListSort, str | None]:
    """The order of the printed list of a document whose metadata is ``data`` (front
    matter, or the project file naming its bibliography), and why it is assumed when the
    ``.csl`` file named is not in ``folders`` and its name is no style id (None: known)."""
    csl = _first_string(data, "csl")
    lang = _first_string(data, "lang")
    if csl is not None:
        if csl.startswith(("http://", "https://")):
            csl = csl.rsplit("/", 1)[-1]
        text = csl_file_text(csl, folders)
        if text is None:
            missing, why = _missing_csl_sort(csl)
            return in_language(missing, lang), why
        return in_language(csl_sort(csl, text) or CITED, lang), None
    return pandoc_list_sort(data, folders), None


def pandoc_list_sort(data: Mapping[Any, Any], folders: Sequence[Path]) -> ListSort:
    """The order of the printed list of a document whose metadata is ``data`` (front
    matter, or the project file naming its bibliography); ``.csl`` files are looked up
    in ``folders``.  A CSL or biblatex list sorts in the collation of the document's
    ``lang:`` (Pandoc's citeproc collates by it, biber by the babel language it sets:
    :func:`.listorder.in_language`)."""
    csl = _first_string(data, "csl")
    if csl is not None:
        return pandoc_list_order(data, folders)[0]
    return in_language(_uncsl_sort(data, folders), _first_string(data, "lang"))


def _uncsl_sort(data: Mapping[Any, Any], folders: Sequence[Path]) -> ListSort:
    """:func:`pandoc_list_sort` of a document that names no ``.csl`` file."""
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
