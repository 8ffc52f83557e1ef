"""The heading of a numbered reference list, in whatever language it is written.

A text that cites by bracketed numbers (``[1]``, ``[2,3]``, ``[4–6]``) and ends with a block
of entries numbered in sequence from 1 (``[1] Author…``, ``1. Author…``) has its reference
list there, whether its heading says References, Indanganturo or a word of a language no
list of headings holds: the short line right above entry 1 is the list's heading.  What
makes the block a reference list is not the heading's word but its shape, which no language
changes:

* entry 1 is at the start of a line, right under a short line that is no sentence (the
  heading: no sentence's full stop or comma at its end, no citation in it);
* the entries that follow are numbered 1, 2, 3 … in the same style (a number lost in
  conversion may be skipped), at least :data:`MIN_ENTRIES` of them, and the block is the
  text's end (at most :data:`TAIL_LINES` lines of text after the last entry's first line:
  its own lines, a page number);
* most entries have a year (or a DOI or URL), as works cited do and a list of steps or
  recommendations does not;
* the text above the heading cites the entries by number: at least :data:`MIN_CITED`
  different entries, and hardly any number past the list's end.

A list with no heading at all (the body's last paragraph, a blank line, entry 1) is read so
when most of its entries look like works (:func:`authored_work`: an author's name at the
start and a year), as a list of steps does not; the blank line over entry 1 stands for the
heading.

Entries numbered in parentheses (``(1) Walker MP, Stickgold R. Sleep … 2006;57:139-66.``)
are read so only when asked (``parenthesised``): a text numbers its steps, claims and
enumerations so as often as its works.  Then most entries must look like works (a year
and an author's name at their start: ``Walker MP,``, ``Walker, M. P.``, ``M. P. Walker``,
``Walker and``), and the text may cite them in parentheses as Vancouver is typed
(``… in sleep (1).``, ``(2, 3)``: :func:`bibcheck.readers.parentext.paren_marked`)
as well as in brackets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.years import YEAR_BOUNDED
from bibcheck.readers.parentext import paren_marked

__all__ = ["MIN_CITED", "MIN_ENTRIES", "TAIL_LINES", "authored_work", "tail_heading"]

MIN_ENTRIES = 3
MIN_CITED = 2
TAIL_LINES = 8  # lines of text after the last entry's first line (its rest, a page number)
_YEARS = 0.5  # share of entries that must have a year, a DOI or a URL
_TOLERANCE = 2  # numbers cited past the list's end that a missing entry may explain

# "[1] Author …", "1. Author …", "1) Author …", "(1) Author …"
_ENTRY = lazy_compile(r"^\s{0,3}(?:\[(?P<a>\d{1,3})\]|(?P<b>\d{1,3})[.)]|\((?P<c>\d{1,3})\))\s+\S")
_NUMBER = lazy_compile(r"^\s{0,3}(?:\[\d{1,3}\]|\d{1,3}[.)]|\(\d{1,3}\))\s+")
# an author's name at an entry's start: "Walker MP,", "Walker, M. P.", "Walker, Matthew",
# "M. P. Walker", "Walker and Stickgold", "Walker et al.", "van der Berg J,"
_AUTHOR = lazy_compile(
    r"^(?:(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"(?:,\s*[A-Z]|\s+[A-Z]{1,3}[,.]|\s+(?:and|&|et\s+al)\b)"
    r"|[A-Z]\.(?:\s*[A-Z]\.)*\s*[A-Z][\w'’-]+)"
)
_YEAR = lazy_compile(YEAR_BOUNDED)
# a heading: a short line that starts with a letter and ends with none of a sentence's marks
_HEADING = lazy_compile(r"^\s*[^\W\d_][^\n]{0,58}$")
_SENTENCE_END = lazy_compile(r"[.,;!?]\s*$")
# a paragraph's last line: a sentence's end, or a citation closing it ("… gauges [3].")
_PROSE_END = lazy_compile(r"[.!?…]['\"”’»)]*\s*$|\]\s*$")
_WORK = lazy_compile(r"(?<!\d)(?:1[5-9]|20)\d{2}(?!\d)|\bdoi\b|10\.\d{4,9}/|https?://", re.I)


def tail_heading(
    lines: Sequence[str],
    cited: Callable[[str], list[str]],
    *,
    parenthesised: bool = False,
    bare: bool = True,
) -> int | None:
    """The index of the heading over a numbered list of works at the end of ``lines`` that
    the lines above it cite (see the module doc), or None.  ``cited`` gives the list
    numbers a line cites (its bracketed citations); ``parenthesised``: entries numbered
    ``(n)`` are read too (when most look like works), and so are citations ``(n)``;
    ``bare``: a list with no heading over it is read too."""
    for first in range(len(lines) - 1, -1, -1):
        m = _ENTRY.match(lines[first])
        style = next((g for g in "abc" if m is not None and m.group(g)), "")
        if m is None or m.group(style) != "1" or (style == "c" and not parenthesised):
            continue
        heading = _heading_above(lines, first)
        headless = bare and heading is None and _after_paragraph(lines, first)
        if heading is None and not headless:
            return None  # (the last entry 1 is the list's, if any is)
        entries = _entries(lines, first, style)
        if entries is None:
            return None
        written = [e for e in entries if e]
        if (style == "c" or headless) and sum(map(authored_work, written)) * 2 <= len(written):
            return None  # steps, claims, an enumeration numbered in parentheses
        if heading is None:  # no heading: the blank line over entry 1 stands for it
            heading = first - 1
        body = lines[:heading]
        if _cited_above(body, len(entries), cited) or (
            parenthesised and paren_marked(body, len(entries)) is not None
        ):
            return heading
        return None
    return None


def authored_work(entry: str) -> bool:
    """Does the numbered entry look like a work: an author's name at its start and a year?"""
    text = _NUMBER.sub("", entry, count=1)
    return _AUTHOR.match(text) is not None and _YEAR.search(text) is not None


def _heading_above(lines: Sequence[str], first: int) -> int | None:
    """The short line that is no sentence right above entry 1 (blank lines between)."""
    h = first - 1
    while h >= 0 and not lines[h].strip():
        h -= 1
    if h < 0:
        return None
    text = lines[h].strip()
    if not _HEADING.match(text) or _SENTENCE_END.search(text) or "[" in text:
        return None
    return h


def _after_paragraph(lines: Sequence[str], first: int) -> bool:
    """Does entry 1 follow the body's last paragraph, a blank line between (no heading of
    another shape, ``### Tixraacyo``, nor a rule over it: its reader is another's)?"""
    if first < 2 or lines[first - 1].strip():
        return False
    h = first - 1
    while h >= 0 and not lines[h].strip():
        h -= 1
    text = lines[h].strip() if h >= 0 else ""
    return _PROSE_END.search(text) is not None and text[:1].isalpha()


def _entries(lines: Sequence[str], first: int, style: str) -> list[str] | None:
    """The entries' texts from entry 1 to the end, when they run in sequence to the end."""
    entries: list[str] = []
    after = 0  # lines of text after the last entry's first line
    for line in lines[first:]:
        m = _ENTRY.match(line)
        number = None if m is None or m.group(style) is None else int(m.group(style))
        if number is not None and (not entries or 0 < number - len(entries) <= _TOLERANCE + 1):
            entries.extend([""] * (number - len(entries) - 1))  # (a number lost)
            entries.append(line)
            after = 0
        elif m is not None:
            return None  # a number out of sequence, or another style: no list of one kind
        elif line.strip():
            entries[-1] += " " + line.strip()
            after += 1
            if after > TAIL_LINES:
                return None
    written = [e for e in entries if e]
    if len(written) < MIN_ENTRIES:
        return None
    if sum(1 for e in written if _WORK.search(e)) < _YEARS * len(written):
        return None
    return entries


def _cited_above(body: Sequence[str], size: int, cited: Callable[[str], list[str]]) -> bool:
    numbers = [int(n) for line in body for n in cited(line) if n.isdigit()]
    inside = {n for n in numbers if 1 <= n <= size}
    outside = sum(1 for n in numbers if n > size + _TOLERANCE)
    return len(inside) >= min(MIN_CITED, size) and outside * 5 <= len(numbers)
