"""Org documents that cite by typed numbers (``[3]``, ``[3], [4]``, ``[3]-[7]``,
``[8, p. 12]``) with a numbered reference list, as ``pandoc -t org`` writes a Word
article: no org-cite, org-ref or ``[fn:]`` markup at all.

Such a document is numeric plain text inside Org structure.  :func:`flatten` turns the
structure into plain text line for line (keyword lines, property drawers and block
delimiters blank; heading stars dropped; links to their description or target), so the
plain-text reader's numeric machinery reads the markers, ranges, locators, table cells
and the list at their own lines.  A further-reading list beside the references (``*
Further reading``) is read apart (:func:`bibcheck.readers.readinglists.with_reading`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RawDocument
from bibcheck.readers import plaintext
from bibcheck.readers.readinglists import entry_lines, with_reading
from bibcheck.readers.readingsection import reading_sections
from bibcheck.readers.sourceheads import source_heads

# the plain-text reader's fit for a numbered list cited by [n]
_PLAIN_FIT = 0.6
READER = "org"  # (the name the org reader registers)

# "#+title: …", "#+begin_quote", "#+END_SRC" (a keyword or block delimiter line)
_KEYWORD_LINE = lazy_compile(r"^[ \t]*#\+[\w-]+(?::|[ \t]|$)")
# a heading: "* 1. Introducción", "** Referencias :noexport:"
_HEADING = lazy_compile(r"^\*+[ \t]+")
_DRAWER_OPEN = lazy_compile(r"^[ \t]*:[\w-]+:[ \t]*$")
_DRAWER_END = lazy_compile(r"^[ \t]*:end:[ \t]*$", re.I)
# "[[https://x][words]]" or "[[https://x]]"
_LINK = lazy_compile(r"\[\[(?P<target>[^\[\]\n]+)\](?:\[(?P<words>[^\[\]\n]*)\])?\]")


def _link(m: re.Match[str]) -> str:
    words, target = m.group("words"), m.group("target")
    return f"{words} {target}" if words else target


def flatten(text: str) -> str:
    """``text`` as plain text, one line for each of its lines (see the module)."""
    out: list[str] = []
    in_drawer = False
    for line in text.split("\n"):
        if in_drawer:
            in_drawer = not _DRAWER_END.match(line)
            out.append("")
        elif _DRAWER_OPEN.match(line) and not _DRAWER_END.match(line):
            in_drawer = True
            out.append("")
        elif _KEYWORD_LINE.match(line):
            out.append("")
        else:
            line = _HEADING.sub("", line, count=1)
            out.append(_LINK.sub(_link, line))
    return "\n".join(out)


def cites_by_number(text: str) -> bool:
    """Whether the flattened ``text`` reads as numeric plain text (markers and a
    numbered list under a heading)."""
    return plaintext.score(flatten(text)) >= _PLAIN_FIT


def read_numeric(text: str, title: str | None) -> RawDocument:
    """``text`` read by the plain-text reader after :func:`flatten`; ``title`` the
    document's ``#+title:``."""
    flat = flatten(text)
    raw = plaintext.read(flat)
    # (a further-reading list beside the references, "* Further reading": read apart)
    lines = text.split("\n")
    heads = source_heads(READER, lines)
    sections = list(reading_sections(lines, heads, nested=True))
    read = entry_lines(raw.footnotes)
    flat_lines = flat.split("\n")
    subheads = {h.line for h in heads}
    literature = with_reading(flat_lines, sections, raw.literature, read, breaks=subheads)
    return replace(raw, reader=READER, title=title or raw.title, literature=tuple(literature))
