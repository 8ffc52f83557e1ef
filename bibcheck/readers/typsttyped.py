"""Typst documents that cite a hand-typed reference list by author and year.

A Typst paper need not use ``#bibliography`` and ``@key`` at all: its writer types
``Budish, Cramton, and Shim (2015)`` or ``(Hanson 2003)`` in the text, and ends with a
``= References`` heading (or ``#heading(numbering: none)[References]``) over entries
typed as paragraphs, often inside a ``#block[#set par(hanging-indent: ...)]``.  The
Typst reading then finds no citation, no note and no list: the document's citations
were passed over.

:func:`read_typed_list` reads such a document as the plain-text reader reads
author-date text (:func:`bibcheck.readers.pdftext.read`), over the text Typst shows
(code, comments and math blanked, a call's content block kept) with the heading markers
taken off, so that the list's heading is a line of its own.  Lines are reported in the
files they stand in (a chapter pulled in by ``#include``).  None when the shown text
has no literature heading, or no entry under it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RawDocument
from bibcheck.readers import pdftext
from bibcheck.readers.common import literature_heading_index
from bibcheck.readers.relines import remap_lines

__all__ = ["plain_lines", "read_typed_list"]

# a Typst heading's markers: "= ", "== " at a line's start
_HEADING = lazy_compile(r"^[ \t]*(=+)[ \t]+(?=\S)")
# a heading written as a call: "#heading(numbering: none)[References]", "#heading[Notes]"
_HEADING_CALL = lazy_compile(r"^[ \t]*#heading\b")


def plain_lines(shown: Sequence[str], raw: Sequence[str]) -> list[str]:
    """The lines Typst shows (``shown``; ``raw``: the same lines as written), each heading
    as a Markdown heading (``= References`` and ``#heading(numbering: none)[References]``
    as ``# References``), as the plain-text reading knows headings."""
    out: list[str] = []
    for k, line in enumerate(shown):
        m = _HEADING.match(line)
        if m is not None:
            out.append("#" * len(m.group(1)) + " " + line[m.end() :])
        elif k < len(raw) and _HEADING_CALL.match(raw[k]) and line.strip():
            out.append("# " + line.strip())
        else:
            out.append(line)
    return out


def read_typed_list(
    shown: Sequence[str],
    raw_lines: Sequence[str],
    reader: str,
    title: str | None,
    where: Callable[[int], int],
    file_of: Callable[[int], str],
) -> RawDocument | None:
    """The document read by its typed list (``shown``: the lines Typst shows, in reading
    order, and ``raw_lines`` as written; ``where``/``file_of``: the line in its own file,
    and that file's name, of a
    1-based line of ``shown``); None when it has no literature heading with entries."""
    lines = plain_lines(shown, raw_lines)
    if literature_heading_index(lines) is None:
        return None
    raw = pdftext.read("\n".join(lines))
    if not raw.literature:
        return None
    raw = replace(raw, reader=reader, title=title or raw.title, detect_styles=True)
    return remap_lines(raw, where, file_of)
