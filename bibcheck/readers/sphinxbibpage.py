"""A Sphinx page whose only bibliographic content is a bibliography directive.

A Sphinx project (reStructuredText, or MyST Markdown through myst-parser) often keeps its
references on a page of their own: a title and sphinxcontrib-bibtex's directive,
``.. bibliography::`` (MyST: a ```` ```{bibliography} ```` fence), with options such as
``:all:``, ``:filter:``, ``:style:`` or ``:list:``.  The page cites nothing itself; the
directive prints the entries of the ``.bib`` files the project's ``conf.py`` names in
``bibtex_bibfiles`` (sphinxcontrib-bibtex 2.0 and later; earlier versions took the files
as the directive's arguments): with ``:all:`` every entry, else the entries cited on the
project's pages.  Such a page is read as a reference list of those entries, each one
listed on purpose (cited on other pages: never an uncited entry); without ``:all:``
every entry is read, and an info anomaly says that the page prints only the cited ones.
When the files cannot be found or read, an ``unread-region`` anomaly names the
directive, its line and what is missing (a page holding nothing else is then refused
with it).

What a directive prints follows its ``:filter:`` expression (:func:`filter_scope`):
``cited`` (the default) the entries cited on any page of the project, ``docname in
docnames`` those cited on its own page, ``True`` (as ``:all:``) every entry, ``False``
none, any other expression those it selects; the info anomaly says which.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.errors import InputError
from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, BibRecord, RawNote
from bibcheck.parse.references.bibtex import to_reference
from bibcheck.readers.mask import strip_comments
from bibcheck.readers.sitecite import myst_bibliography

__all__ = [
    "BibDirective",
    "bib_directive",
    "filter_scope",
    "myst_directive",
    "myst_page",
    "page_entries",
    "project_wide",
    "unread",
]

_ALL = lazy_compile(r"^\s*:all:(?:\s+(?:true|True|yes))?\s*$")
_FILTER = lazy_compile(r"^\s*:filter:\s*(?P<expr>.*?)\s*$")
_PROJECT_WIDE = "the entries cited across the Sphinx project"
_OPTION = lazy_compile(r"^\s*:[\w-]+:")


@dataclass(frozen=True, slots=True)
class BibDirective:
    """A bibliography directive: its line, how it is written, whether it lists every entry
    (``:all:``)."""

    line: int  # 1-based
    written: str  # "`.. bibliography::`", "```{bibliography}```"
    whole: bool
    filter: str = ""  # its :filter: expression, as written


def bib_directive(line: int, written: str, options: Sequence[str]) -> BibDirective:
    """The directive at ``line`` from its option lines (``:all:``, ``:style: plain``; the
    first line that is no option ends them)."""
    whole = False
    expression = ""
    for option in options:
        if not _OPTION.match(option):
            break
        whole = whole or _ALL.match(option) is not None
        m = _FILTER.match(option)
        if m is not None:
            expression = _unquoted(m.group("expr"))
    whole = whole or _normal(expression) == "True"
    return BibDirective(line, written, whole, expression)


def _unquoted(expression: str) -> str:
    """An expression without the quotes around it (YAML's ``filter: "cited"``)."""
    quoted = len(expression) >= 2 and expression[0] == expression[-1] and expression[0] in "\"'"
    return expression[1:-1] if quoted else expression


def _normal(expression: str) -> str:
    """A filter expression with its spaces and enclosing parentheses evened out."""
    text = " ".join(expression.split())
    while text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    return text


def filter_scope(expression: str) -> str | None:
    """What a bibliography directive with the ``:filter:`` ``expression`` prints, in
    words; None when it prints every entry (``True``)."""
    text = _normal(expression)
    if text == "True":
        return None
    if text in ("", "cited"):
        return _PROJECT_WIDE
    if text in ("docname in docnames", "cited and docname in docnames"):
        return "the entries cited on its own page (:filter: docname in docnames)"
    if text == "False":
        return "no entry (:filter: False)"
    return f"the entries its filter selects (:filter: {text})"


def myst_directive(text: str) -> BibDirective | None:
    """The MyST page's first ```` ```{bibliography} ```` directive outside ``<!-- HTML
    comments -->`` (a placeholder page keeps one there), or None."""
    found = myst_bibliography(strip_comments(text))
    return None if found is None else bib_directive(found[0], "```{bibliography}```", found[1])


def myst_page(
    found: BibDirective, path: str, listed: int, files: Sequence[str], problems: Sequence[str]
) -> list[Anomaly]:
    """What a MyST page holding only a bibliography directive says of it, its ``listed``
    entries read from ``files`` (every entry, as Pandoc's ``nocite: '@*'`` lists them):
    the info anomaly of :func:`project_wide`; with no entry read, InputError naming the
    directive and what is missing (``problems``: why named files could not be read), for
    the page holds nothing else to check."""
    if not listed:
        if problems:
            missing = "; ".join(p.split("; the entries that could")[0] for p in problems)
        elif files:
            missing = f"{', '.join(files)} holds no entry"
        else:
            missing = (
                "no .bib file is named (bibtex_bibfiles in the Sphinx project's conf.py, "
                "Jupyter Book's _config.yml or MyST's myst.yml, or --bibliography FILE)"
            )
        raise InputError(f"{path}: {unread(found, missing).message}")
    wide = project_wide(found, listed, files)
    return [wide] if wide is not None else []


def page_entries(files: Sequence[tuple[str, Sequence[BibRecord]]]) -> list[RawNote]:
    """Every entry of the ``.bib`` files read (``(file as shown, records)``, in the order
    the project names them), each once (the first file holding a key wins, as pybtex
    reads one database), labelled by its key and listed on purpose (``nocite``)."""
    notes: list[RawNote] = []
    seen: set[str] = set()
    for shown, records in files:
        for record in records:
            if record.key in seen:
                continue
            seen.add(record.key)
            notes.append(
                RawNote(
                    record.key,
                    record.raw,
                    record.line,
                    record.end_line,
                    tuple(range(record.line, record.end_line + 1)),
                    reference=to_reference(record),
                    nocite=True,
                    file=shown,
                    key=True,
                )
            )
    return notes


def project_wide(found: BibDirective, count: int, names: Sequence[str]) -> Anomaly | None:
    """The info anomaly of a directive without ``:all:``: it prints the entries cited
    across the project, and all ``count`` entries of ``names`` were read; None with
    ``:all:`` (it prints them all)."""
    scope = None if found.whole else filter_scope(found.filter)
    if scope is None:
        return None
    return Anomaly(
        AnomalyCode.BIBLIOGRAPHY_PROJECT_WIDE,
        f"the {found.written} directive (line {found.line}) prints {scope}; all {count} "
        f"entries of {', '.join(names)} were read as this page's list (none of them is "
        "reported uncited)",
        found.line,
    )


def unread(found: BibDirective, missing: str) -> Anomaly:
    """The ``unread-region`` anomaly of a directive whose entries could not be read:
    ``missing`` says what was missing (no ``conf.py``, no ``bibtex_bibfiles``, a file)."""
    return Anomaly(
        AnomalyCode.UNREAD_REGION,
        f"the {found.written} directive (line {found.line}) prints the .bib entries of the "
        f"page's Sphinx project, which were not read: {missing}",
        found.line,
    )
