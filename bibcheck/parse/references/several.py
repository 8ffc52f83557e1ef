"""The works a note cites when it cites several, one after the other.

``Hans Müller, Die Stadt, Köln 1988; neuer Eva Roth, Der Fluss, Ulm 2013.`` and ``Vooral P.
Jansen, Dijken (Delft 1999); zie ook H. van Dijk, Dammen (Leiden 2003) 11.`` cite two works:
each is a citation of its own, with its own lead-in; so is a sentence that opens with a
lead-in after one that cites (``Decree of 3 May 1716, art. 5. See Ann Roe, Title (Place:
Publisher, 1997), 12.``).  :func:`work_spans` says where each
starts and ends, so that each can be parsed and looked up in the literature list.  A part
with no bibliographic content (``...; the figures are mine``) is no work; a ``;`` inside
parentheses, brackets or quotation marks separates nothing.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.commentary import (
    bibliographic,
    citation_start,
    opens_with_lead_in,
)
from bibcheck.parse.references.discursive import mended_semicolons
from bibcheck.parse.references.same_author import PRONOUN

__all__ = ["author_text", "pronoun_spelled", "work_spans"]

# "ders.", "dies.", "id.", "idem", "eadem" after a lead-in ("; vgl. auch ders., Title")
_LATER = lazy_compile(
    r"(?P<lead>[\s.]*+(?:\S+\s){0,3}?)(?P<pronoun>" + PRONOUN + r")(?=[\s,.:])", re.I
)

# a full stop that ends a sentence (not an initial's: "J. See"), then the next one
_SENTENCE_END = lazy_compile(r"(?<![\s.][^\W\d_])\.\s+(?=[^\W\d_])")

_OPEN = "([{«“„‘"
_CLOSE = ")]}»”“’"


def work_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each work ``text`` cites, when it cites two or more; else []."""
    text = mended_semicolons(text)  # "Cambridge, MA; MIT Press, 2012": a colon mistyped
    cuts: list[int] = []
    depth = 0
    for i, char in enumerate(text):
        if char in "‘’" and text[i - 1 : i].isalpha() and text[i + 1 : i + 2].isalpha():
            continue  # an apostrophe ("Centre d’Études", "l’histoire"), no quote mark
        if char in _OPEN and not (char == "“" and depth):
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
        elif char == ";" and not depth and text[i + 1 : i + 2].isspace():
            cuts.append(i)
    # a sentence that opens with a lead-in is a citation of its own ("…, art. 56. See Ann
    # Roe, Title (Place: Publisher, 1997), 12."), when what it follows cites a work too
    for m in _SENTENCE_END.finditer(text):
        if opens_with_lead_in(text[m.end() :]) and bibliographic(text[: m.start() + 1]):
            cuts.append(m.start())
    cuts.sort()
    if not cuts:
        return []
    spans: list[tuple[int, int]] = []
    start = 0
    for end in (*cuts, len(text)):
        part = text[start:end]
        if part.strip():
            lead = len(part) - len(part.lstrip())
            spans.append((start + lead, end))
        start = end + 1
    # a part of a few words is no work but a piece of one: a name of a list of authors
    # ("Ruiz, M.; Roth, E. (2001). Title"), a volume after the year ("2011; 12(3)")
    if any(len(text[a:b].split()) < 4 or text[a].isdigit() for a, b in spans):
        return []
    # (a work's last part ends the note's sentence: "..., Köln 1988" is "..., Köln 1988.")
    works = [(a, b) for a, b in spans if bibliographic(text[a:b].rstrip(" .") + ".")]
    return works if len(works) >= 2 else []


def author_text(work: str) -> str:
    """The name a work of a note starts with, after its lead-in (``Besonders Ralf K. Roth,
    Title`` -> ``Ralf K. Roth``); "" when none is before a comma."""
    start, commentary = citation_start(work)
    if commentary:
        return ""
    head = work[start:].split(",", 1)
    return head[0].strip() if len(head) == 2 and 0 < len(head[0].strip()) <= 80 else ""


def pronoun_spelled(text: str, name: str) -> str:
    """``text`` (a later work of a note, the rest blanked) with a pronoun for the author of
    the work before (``ders., „Title“``) replaced by ``name``; the same length is not kept
    (line numbers are: no line break is added or removed)."""
    m = _LATER.match(text)
    if m is None or not name:
        return text
    return text[: m.start("pronoun")] + name + text[m.end("pronoun") :]
