"""Hanging list labels set apart from their entries by ``pdftotext``.

A numbered reference list typeset with its labels in a hanging column (``1.``, ``[1]``) is
often converted with each label on a line of its own, a blank line, then the entry's text
(``1.`` / ```` / ``Okafor, N. & Lindqvist, P. A study of …``).  Readers expect the label at
the start of its entry's first line, so such a list reads as bare numbers and unnumbered
paragraphs.  :func:`rejoin_labels` moves each set-apart label onto the first line of its
text; the label's own line is blanked, so the lines keep their numbers.

A label is moved only when it is one of a list: the next label (``n+1``, in the same form,
set apart or not) follows within a few lines of its text, or the one before (``n-1``) starts
a line a few lines above it.  A column of labels printed one
under another (``[3]`` / ``[4]`` / ``[5]``) is left alone: which text belongs to which label
cannot be told.  Nor is a label whose text runs over several paragraphs before the next
label (a letter or a poem quoted in a notes list, as Project Gutenberg's FOOTNOTES print
them): there the label stands alone by design, and its entry is every paragraph under it.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile

__all__ = ["lone_label", "rejoin_labels"]

_LONE = lazy_compile(r"^\s*(?:\[(?P<b>[1-9]\d{0,2})\]|(?P<d>[1-9]\d{0,2})\.)\s*$")
_STARTS = lazy_compile(r"^\s*(?:\[(?P<b>[1-9]\d{0,2})\]|(?P<d>[1-9]\d{0,2})\.)(?:\s|$)")
_FOLIO = lazy_compile(r"^\s*\d{1,4}\s*$")  # a page number (a page break is space too)
_MAX_BLANKS = 2  # blank lines between a label and its text
_REACH = 30  # lines after the text within which the next label must start


def lone_label(line: str) -> tuple[int, bool] | None:
    """``(n, bracketed)`` when ``line`` is nothing but a list label ``n.`` or ``[n]``."""
    m = _LONE.match(line)
    if m is None:
        return None
    return (int(m.group("b")), True) if m.group("b") else (int(m.group("d")), False)


def _label_start(line: str) -> tuple[int, bool] | None:
    m = _STARTS.match(line)
    if m is None:
        return None
    return (int(m.group("b")), True) if m.group("b") else (int(m.group("d")), False)


def _next_text(lines: Sequence[str], i: int) -> int | None:
    """The first non-blank line after ``i``, within :data:`_MAX_BLANKS` blank lines."""
    for j in range(i + 1, min(len(lines), i + 2 + _MAX_BLANKS)):
        if lines[j].strip():
            return j
    return None


def _past_folio(lines: Sequence[str], j: int | None) -> int | None:
    """Line ``j``, or the text after it when it is a page's folio (a bare number: the page
    broke between a label and its entry, ``10.`` / ``28`` / ``van Kleef, G. A. ...``)."""
    if j is None or _FOLIO.match(lines[j]) is None:
        return j
    k = _next_text(lines, j)
    return None if k is None or _FOLIO.match(lines[k]) else k


def _previous_text(lines: Sequence[str], i: int) -> str:
    for j in range(i - 1, -1, -1):
        if lines[j].strip():
            return lines[j]
    return ""


def _one_paragraph(lines: Sequence[str], j: int) -> bool:
    """Is the text from line ``j`` one paragraph, followed (past blank lines) by a label, a
    page number or a page break, or nothing?  An entry that the converter printed a word to
    a line, with blank lines between (``Okafor,`` / ```` / ``N.`` / ```` / ``Harvest``, see
    :mod:`bibcheck.readers.wordlines`), is one paragraph too: its paragraphs of single
    words go on with it."""
    k = j
    while True:
        start = k
        while k < len(lines) and lines[k].strip():
            if k > start and _FOLIO.match(lines[k]) is not None:
                return True  # a page number printed right under the text: the page ends
            k += 1
        words = all(_one_word(lines[m]) for m in range(start, k))
        while k < len(lines) and not lines[k].strip():
            k += 1
        if k >= len(lines):
            return True
        after = lines[k]
        if _label_start(after) is not None or "\f" in after or _FOLIO.match(after) is not None:
            return True
        if not (words and _one_word(after)):
            return False


def _one_word(line: str) -> bool:
    """Is ``line`` a single word (no label, no page number)?"""
    text = line.strip()
    return len(text.split()) == 1 and _FOLIO.match(text) is None and _STARTS.match(text) is None


def _continued(lines: Sequence[str], i: int, j: int, number: int, bracketed: bool) -> bool:
    """Does label ``number + 1`` (same form) start a line soon after line ``j``, or label
    ``number - 1`` one soon before line ``i`` (the list's last entry)?"""
    after = range(j + 1, min(len(lines), j + 1 + _REACH))
    if any(_label_start(lines[k]) == (number + 1, bracketed) for k in after):
        return True
    before = range(max(0, i - _REACH), i)
    return any(_label_start(lines[k]) == (number - 1, bracketed) for k in before)


def rejoin_labels(lines: Sequence[str]) -> list[str]:
    """``lines`` with each set-apart list label moved onto its entry's first line (the
    label's line blanked); the same list when there is none."""
    out = list(lines)
    for i, line in enumerate(lines):
        label = lone_label(line)
        if label is None or lone_label(_previous_text(lines, i)) is not None:
            continue  # no label, or one of a column of labels
        j = _past_folio(lines, _next_text(lines, i))
        if j is None or _label_start(lines[j]) is not None:
            continue  # no text, or text with a label of its own
        number, bracketed = label
        if not _continued(out, i, j, number, bracketed) or not _one_paragraph(lines, j):
            continue
        out[i] = "\f" if "\f" in line else ""  # a page break stays where it was
        out[j] = f"{line.strip()} {lines[j].lstrip()}"
    return out
