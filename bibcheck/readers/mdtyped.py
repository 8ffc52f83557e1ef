"""Markdown essays that cite a hand-typed list by author and date.

A Pandoc Markdown, R Markdown or Quarto essay need not use Pandoc's citations at all: a
student writes a YAML header (``title``, ``author``, ``date``, ``lang``), ``#``
headings and ``*emphasis*``, types ``(De Vries 1974, 119)`` and ``Prak (2002, 112)`` by
hand, and ends with a ``# Literatuur`` / ``# References`` list typed as paragraphs (a
Chicago or APA bibliography, ``———.`` for a repeated author) -- no ``[@key]``, no
``.bib``, often no footnotes.  The file is Pandoc's (the front matter says so), but the
citations are the author-date (or MLA author-page) text the plain-text reader reads
(:func:`bibcheck.readers.plaintext.cites_typed_list`, by ``pdftext.read``).

:func:`typed_author_date` tells such a file apart (front matter of Pandoc's kind, and
the body naming the list's entries by author and year), and :func:`read_typed` reads it
by that shared author-date reading, with the front matter blanked (its lines kept, so
line numbers do not move) and its ``title`` as the document's title.

An essay with footnotes (asides, thanks) is Pandoc's by its notes; its body's author-date
citations of the typed list are found by :func:`dated_cites` (the shared
:func:`bibcheck.readers.authoryear.spans` over the list's entries) and placed as ``[n]``
markers beside the notes, as :func:`bibcheck.readers.pagecites.cited` places a page's
numbered citations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RawDocument, RawNote
from bibcheck.readers import pdftext
from bibcheck.readers.authoryear import author_years, dated_heads, spans
from bibcheck.readers.common import front_matter_end, literature_heading_index
from bibcheck.readers.lineblocks import joined_line_blocks
from bibcheck.readers.pagecites import PageCite
from bibcheck.readers.plaintext import cites_typed_list
from bibcheck.readers.yamltitle import front_title as front_title  # (re-exported)
from bibcheck.text import editor_lines

__all__ = [
    "blank_front_matter",
    "dated_cites",
    "front_title",
    "read_typed",
    "typed_author_date",
    "unbulleted",
    "wraps_list",
]

# a key of a document's front matter (not a data file's or a site's configuration)
_DOCUMENT_KEY = lazy_compile(
    r"^(?:title|subtitle|author|authors|date|lang|language|abstract|keywords|output|format"
    r"|documentclass|fontsize|papersize|geometry|toc)\s*:",
    re.M,
)


# a bullet list item's marker: "- ", "* " or "+ " (a "———." dash or "*Title*" is none)
_BULLET = lazy_compile(r"^[ \t]{0,3}[-*+][ \t]+(?=\S)")
# a line that only opens or closes a block around the list: a fenced div ("::: {#refs
# .hanging-indent}", ":::") or an HTML one ('<div style="text-indent: -2em">', "</div>")
# (an opening one by its hanging indent, its list's id or class; not "::: {.appendix}")
_WRAPPER = lazy_compile(
    r"^[ \t]*+(?::{3,}+[ \t]*+(?:\{?[^{}\n]*?(?:hang|indent|refs|bib|reference|csl)[^{}\n]*+\}?)?"
    r"|<div\b[^<>\n]*?(?:hang|indent|refs|bib|reference|csl)[^<>\n]*+>|</div[ \t]*+>)[ \t]*+$",
    re.I,
)
# a hard line break at a line's end: a backslash, or two spaces or more
_HARD_BREAK = lazy_compile(r"(?:\\|[ \t]{2,})$")


def blank_front_matter(text: str) -> tuple[str, int]:
    """``text`` as the plain-text reading takes it: its YAML front matter's lines blanked
    (the line count kept), the bullets of the list's items taken off
    (:func:`unbulleted`); and how many lines the front matter took (0: none)."""
    lines = editor_lines(text)
    end = front_matter_end(lines)
    if not end:
        return text, 0
    blanked = "\n".join(unbulleted(["" for _ in lines[:end]] + lines[end:]))
    return blanked + "\n" * (text.endswith("\n") and not blanked.endswith("\n")), end


def unbulleted(lines: list[str]) -> list[str]:
    """``lines`` with the Markdown of the list under the (last) literature heading taken
    off, so that its entries are lines of text as the plain-text reading takes them: the
    bullet of each item (``- Prak, Maarten. 2002. *Gouden Eeuw*.``; the item's indented
    lines go on with it), the lines of a div around the list (``::: {.hanging-indent}``,
    ``<div style=...>``) and the hard breaks that end one entry's line (``\\``); an
    entry's lines typed as Pandoc line blocks (``|     *Journal* 3: 4-5.``) go on with it
    (:func:`bibcheck.readers.lineblocks.joined_line_blocks`)."""
    at = literature_heading_index(lines)
    if at is None:
        return lines
    lines = joined_line_blocks(lines, at + 1)
    return [*lines[: at + 1], *(_plain_entry_line(line) for line in lines[at + 1 :])]


def wraps_list(line: str) -> bool:
    """Does ``line`` only open or close a div around a list (``::: {.hanging-indent}``,
    ``:::``, ``<div style="text-indent: -2em">``, ``</div>``)?"""
    return _WRAPPER.match(line) is not None


def _plain_entry_line(line: str) -> str:
    if wraps_list(line):
        return ""
    return _HARD_BREAK.sub("", _BULLET.sub("", line, count=1))


def typed_author_date(text: str) -> bool:
    """Is ``text`` (masked: code and math blanked) a Markdown document with a document's
    front matter whose body cites a typed list by author and year, as the plain-text
    reader's author-date reading finds it (three mentions of two entries at least; no
    numbered list)?"""
    blanked, end = blank_front_matter(text)
    if not end or not _DOCUMENT_KEY.search("\n".join(editor_lines(text)[:end])):
        return False
    return cites_typed_list(blanked)


def read_typed(text: str, reader: str) -> RawDocument:
    """Read a document :func:`typed_author_date` accepts as the plain-text reader reads
    author-date text, named ``reader``, titled by its front matter."""
    blanked, _ = blank_front_matter(text)
    raw = pdftext.read(blanked)
    return replace(raw, reader=reader, title=front_title(text) or raw.title, detect_styles=True)


_MIN_CITES = 3  # author-date citations of ...
_MIN_ENTRIES = 2  # ... different entries at least, as the plain-text reading asks


def dated_cites(lines: Sequence[str], body: range, literature: Sequence[RawNote]) -> list[PageCite]:
    """The author-date citations (``(Ruiz 2004, 15)``, ``Salas (2012, 88)``) in the
    ``body`` lines of the entries of an author-date ``literature`` list (labels the
    entries' numbers), each as a citation of its entry's number at the line where it
    starts; none unless at least three name two different entries."""
    if not literature or not dated_heads(e.text for e in literature):
        return []
    index = author_years((e.label, e.text) for e in literature if e.label.isdigit())
    if not index:
        return []
    found: list[PageCite] = []
    for i in body:
        line = lines[i]
        following = lines[i + 1] if i + 1 < len(lines) else ""
        text = f"{line} {following[:80]}"
        for start, end, label in spans(text, index):
            if start < len(line):
                found.append(PageCite(i, start, end, (label,), None, text[start:end]))
    labels = [c.numbers[0] for c in found]
    return found if len(labels) >= _MIN_CITES and len(set(labels)) >= _MIN_ENTRIES else []
