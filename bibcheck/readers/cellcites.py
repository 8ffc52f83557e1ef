"""Citations a table cell holds bare: a "Source" or "Reference" column.

A table that compares studies names each one's work in a cell of its own, without the
parentheses the running text would put round it: ``Arcega-Cabrera et al., 2014``, ``Smith
and Jones 2019``, ``Müller et al. (2008)``, ``Berg 2011; Lind 2019``.  A cell whose whole
text is such citations (names and a year each, nothing else) cites those works at its
paragraph, read as the author-date index reads a parenthesised citation
(:func:`bibcheck.readers.authoryear.mentions`).  A cell with other words ("Higher in
2019", "Lagos 2020 census") is no citation: only names, ``et al.`` and "and" between
them come before each year.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from typing import TypeVar

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coauthors import AND, ET_AL
from bibcheck.parse.references.patterns import U
from bibcheck.parse.years import YEAR_LETTERED as _YEAR
from bibcheck.readers.authoryear import AuthorYears, mentions
from bibcheck.readers.bodypara import Paragraph
from bibcheck.readers.listclose import in_table

__all__ = ["cell_citations", "cells_after_list", "cited_cell", "para_citations"]


P = TypeVar("P", bound=Paragraph)

_PARTICLE = r"(?:van|von|de|der|den|da|das|dos|di|du|del|della|la|le|ter|ten)"
# a family name: capitalised, hyphens and apostrophes inside ("Arcega-Cabrera", "O'Neil"),
# a particle or two before it ("van der Berg")
_NAME = rf"(?:{_PARTICLE}\s+){{0,2}}[{U}][^\W\d_]*(?:['’-][^\W\d_]+)*"
_NAMES = (
    rf"{_NAME}(?:,?\s+{ET_AL}"
    rf"|(?:,\s+{_NAME}){{0,4}},?\s+{AND}\s+{_NAME}(?:,?\s+{ET_AL})?)?"
)
_YEARS = rf"{_YEAR}(?:\s*,\s*{_YEAR})*"
_CITE = rf"{_NAMES}(?:,?\s+{_YEARS}|\s*\({_YEARS}\))"
_CELL = lazy_compile(rf"{_CITE}(?:\s*[;,]\s*{_CITE})*\.?")


def cited_cell(text: str) -> bool:
    """Is ``text`` (a table cell's) nothing but author-date citations, bare or with the
    year in parentheses (``Lowe et al., 2019``, ``Quist and Venn 2017; Berg (2011)``)?"""
    flat = " ".join(text.split())
    return 0 < len(flat) <= 400 and _CELL.fullmatch(flat) is not None


def cell_citations(text: str, index: AuthorYears) -> Iterator[tuple[int, str]]:
    """(offset into ``text``, entry label) of each entry a table cell cites, at the end of
    its mention: a bare-citation cell's (:func:`cited_cell`) read as one parenthesis, any
    other cell's as running text is (``… as shown (Lowe, 2019)``)."""
    if not cited_cell(text):
        yield from mentions(text, index)
        return
    lead = len(text) - len(text.lstrip())
    core = text.strip()
    last = lead + len(core)
    # read as the parenthesis the running text would give it: "(Smith and Jones 2019)"
    for end, label in mentions(f"({re.sub(r'[.]$', '', core)})", index):
        yield min(lead + end - 1, last), label


def cells_after_list(paras: Sequence[P], end: int, entries: Collection[int]) -> list[P]:
    """The table cells from ``paras[end]`` on (after the list, where journals ask for the
    tables) that are bare citations (:func:`cited_cell`), ``entries`` (the lines of the
    list's entries) left out: they cite as the body's cells do."""
    return [
        p
        for p in paras[end:]
        if in_table(p) and p.number not in entries and not p.heading and cited_cell(p.text)
    ]


def para_citations(para: Paragraph, index: AuthorYears) -> Iterator[tuple[int, str]]:
    """:func:`cell_citations` of a table cell's paragraph, ``mentions`` of any other."""
    if in_table(para):
        return cell_citations(para.text, index)
    return mentions(para.text, index)
