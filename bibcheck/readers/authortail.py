"""An unnumbered author-year reference list ending a plain text, whatever its heading says.

Plain text (and text converted from PDF) names its reference list in the language it is
written in: ``References``, ``Literatur`` are known, ``Marejeo`` (Swahili), ``Ibitabo``
or a word of any other language is not.  An APA or Harvard list is known by its shape:

* the text ends with it: under the last heading (a short line that is no sentence and no
  entry, with a blank line or the text's start above it), up to the text's end, nothing but
  entries;
* its entries (:func:`entries`) are paragraphs, one a work, separated by blank lines or
  written with a hanging indent (the first line out, the rest in), or, flush and unspaced,
  each starting on a new line with an author (``Surname, I.``, ``Surname, Given``) after a
  line that ends an entry (a full stop, an address);
* at least :data:`MIN_ENTRIES` of them, unnumbered, and most shaped like entries: a year
  (in any digits: ``२०१८``) and an author's ``Surname, Given`` or a title in parts
  (:func:`bibcheck.readers.shapedlist.entry_like`);
* and the works the text cites: most entries start with a word the text above uses (the
  surname it names in ``(Mwangi, 2015)``).

A wrapped line (``    12(3), 45–67.``) continues its entry: it starts none.

A short essay may end with its list and no heading at all: after the body's last paragraph,
a blank line, then nothing but entries, one a line or a paragraph each (:func:`headless_tail`).
The same tests hold, stricter: every entry shaped like one, at least :data:`MIN_ENTRIES`,
sorted by their first word as lists are, and named by the text above; the list starts at
the blank line before its first entry, which stands for the heading.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.shapedlist import agrees, entry_like

__all__ = ["MIN_ENTRIES", "author_year_tail", "entries", "headless_tail"]

MIN_ENTRIES = 3
_SHARE = 0.8  # share of the entries that must be shaped like entries
_MAX_LINES = 5000
# a heading: a short line that starts with a letter and ends with no sentence's mark
_HEADING = lazy_compile(r"^\s{0,8}[^\W\d_][^\n]{0,58}$")
_SENTENCE_END = lazy_compile(r"[.,;!?]\s*$")
# a numbered entry: "[1] …", "1. …", "1) …" (the numbered lists are read elsewhere)
_NUMBERED = lazy_compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)])\s")
# an author opening an entry: "Surname, I.", "Surname, Given", "Surname-Other, G."
_AUTHOR = lazy_compile(r"^[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2},\s[^\W\d_]")
_ENDS_ENTRY = lazy_compile(r"(?:[.)\]]|\S/\S*|\d)\s*$")


def author_year_tail(lines: Sequence[str], skip: Collection[int] = ()) -> int | None:
    """The index of the heading over an unnumbered author-year list that ends ``lines``
    (see the module doc), or None; the lines in ``skip`` (page artifacts) are no text."""
    rows = [i for i in range(len(lines)) if i not in skip]
    while rows and not lines[rows[-1]].strip():
        rows.pop()
    for k in range(len(rows) - 1, max(-1, len(rows) - 1 - _MAX_LINES), -1):
        i = rows[k]
        if not _heading(lines, rows, k):
            continue
        block = [lines[j] for j in rows[k + 1 :]]
        found = entries(block)
        if not found:
            return None
        if len(found) < MIN_ENTRIES or any(_NUMBERED.match(e) for e in found):
            return None
        shaped = sum(1 for e in found if entry_like(e))
        if shaped < MIN_ENTRIES or shaped < _SHARE * len(found):
            return None
        body = " ".join(lines[j] for j in rows[:k])
        return i if body.strip() and agrees(found, body) else None
    return None


def headless_tail(lines: Sequence[str], skip: Collection[int] = ()) -> int | None:
    """The index of the blank line over an unnumbered author-year list that ends ``lines``
    with no heading (see the module doc), or None."""
    rows = [i for i in range(len(lines)) if i not in skip]
    while rows and not lines[rows[-1]].strip():
        rows.pop()
    best = None
    for k in range(len(rows) - 1, max(-1, len(rows) - 1 - _MAX_LINES), -1):
        if lines[rows[k]].strip():
            continue
        found = entries([lines[j] for j in rows[k + 1 :]])
        if not found or not all(entry_like(e) and not _NUMBERED.match(e) for e in found):
            break  # the body's last paragraph is above
        best = k
    if best is None:
        return None
    found = entries([lines[j] for j in rows[best + 1 :]])
    body = " ".join(lines[j] for j in rows[:best])
    if len(found) < MIN_ENTRIES or not body.strip() or not agrees(found, body):
        return None
    firsts = [e.casefold() for e in found]
    return rows[best] if firsts == sorted(firsts) else None


def _heading(lines: Sequence[str], rows: Sequence[int], k: int) -> bool:
    """Is row ``k`` a heading: a short line, no sentence and no entry, with a blank line
    (or the text's start) above it and text below it?"""
    text = lines[rows[k]]
    if not text.strip() or not _HEADING.match(text) or _SENTENCE_END.search(text):
        return False
    if k > 0 and lines[rows[k - 1]].strip():
        return False
    return not entry_like(text) and not _AUTHOR.match(text.strip())


def entries(block: Sequence[str]) -> list[str]:
    """The entries of a list's lines, each one's lines joined (see the module doc)."""
    written = [line for line in block if line.strip()]
    if not written:
        return []
    least = min(_indent(line) for line in written)
    hanging = any(_indent(line) > least for line in written)
    found: list[str] = []
    blank = True
    for line in block:
        if not line.strip():
            blank = True
            continue
        text = line.strip()
        starts = not found or (
            _indent(line) == least and (blank or hanging or _flush_start(found, text))
        )
        if starts:
            found.append(text)
        else:
            found[-1] += " " + text
        blank = False
    return found


def _flush_start(found: Sequence[str], text: str) -> bool:
    """Does a line with no blank line or indent to mark it start an entry: an author's
    name first, after a line that ends an entry?"""
    return bool(_AUTHOR.match(text)) and bool(_ENDS_ENTRY.search(found[-1]))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
