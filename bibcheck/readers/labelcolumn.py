"""A column of list labels printed apart from the entries' texts.

``pdftotext`` may print a numbered list's labels as a column of their own, one under another
(``[1]`` / ``[2]`` / … / ``[14]``), and then the entries' texts as one block, each entry
starting on a new line (``M. Ahmad, P. Hutto and R. John, Implementing …`` / ``Proc. of the
11th …`` / ``K.P. Birman and T.A. Joseph, Reliable …``).  :func:`rejoin_column` gives the
labels back to their texts when that can be told: the block splits, at lines that start with
an author (``K.P. Birman``, ``Okafor, N.``, ``Daniel J. Rosenkrantz,``) after a line that may
end an entry (no comma or hyphen at its end), into exactly as many entries as the column has
labels.  Any other count leaves the lines as they are.

A label that is left with no text of its own is reported by the reader that meets it
(:func:`textless_label`), never read as an entry with empty text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.readers.hanginglabels import lone_label

__all__ = ["rejoin_column", "rejoin_labels", "textless_label"]

_MIN_COLUMN = 2  # labels one under another
_FOLIO = lazy_compile(r"^\s*\d{1,4}\s*$")
# a line that may end an entry: one ending in a digit (a year, a page range), a closing
# parenthesis or quotation mark, or a word, a full stop after it or not (a line that ends
# in a comma or a hyphen goes on); the count of entries, matched against the labels, is
# the real check
_ENDS = lazy_compile(r"(?:\d|[)\]”\"’»]|[^\W\d_]{3,})[.)]?\s*$")
# an author opening an entry (a capital first): initials first ("K.P. Birman", "J.-L.
# Dubois", "R. van Renesse"), or a surname, a comma and an initial ("Okafor, N."), or given
# names, an initial and a surname and a comma ("Daniel J. Rosenkrantz,"), or a name and
# "et al." ("Jeff Shute et al.")
_AUTHOR = lazy_compile(
    r"^\s*(?:"
    r"(?:[^\W\d_]\.\s?-?){1,3}\s?(?:[^\W\d_]{1,3}\s)?[^\W\d_][\w'’-]+"
    r"|[^\W\d_][\w'’-]+,\s[^\W\d_]\."
    r"|[^\W\d_][\w'’-]+(?:\s[^\W\d_]\.)+\s[^\W\d_][\w'’-]+,"
    r"|[^\W\d_][\w'’-]+\s[^\W\d_][\w'’-]+\set\sal\."
    r")"
)


def rejoin_column(lines: Sequence[str]) -> list[str]:
    """``lines`` with each column of lone labels moved onto its entries' first lines (the
    labels' lines blanked, the lines keeping their numbers); the same lines when the texts
    under a column do not split into as many entries as it has labels."""
    return rejoin_labels(lines, _column, lambda lines, column: _entry_starts(lines, column[-1] + 1))


def rejoin_labels(
    lines: Sequence[str],
    column_at: Callable[[Sequence[str], int], list[int]],
    starts_of: Callable[[Sequence[str], list[int]], list[int] | None],
) -> list[str]:
    """``lines`` with each column of lone labels (``column_at(lines, i)``: the lines of the
    column starting at line ``i``, two at least) moved onto the first lines of its entries
    (``starts_of(lines, column)``; None, or another count than the column's, leaves the
    column as it is): the labels' lines blanked (a page break kept), the lines keeping their
    numbers.  Shared by numbered labels (:func:`rejoin_column`) and alphabetic keys
    (:mod:`bibcheck.readers.keycolumn`), which tell the entries' starts apart differently."""
    out = list(lines)
    i = 0
    while i < len(lines):
        column = column_at(lines, i)
        if len(column) < _MIN_COLUMN:
            i += 1
            continue
        starts = starts_of(lines, column)
        if starts is not None and len(starts) == len(column):
            for label_at, start in zip(column, starts, strict=True):
                out[label_at] = "\f" if "\f" in lines[label_at] else ""
                out[start] = f"{lines[label_at].strip()} {lines[start].lstrip()}"
        i = column[-1] + 1
    return out


def _column(lines: Sequence[str], i: int) -> list[int]:
    """The lines of the column of lone labels that starts at line ``i``, numbered one after
    another in one form (blank lines may stand between); empty if none starts there."""
    first = lone_label(lines[i])
    if first is None:
        return []
    found = [i]
    number, bracketed = first
    for j in range(i + 1, len(lines)):
        if not lines[j].strip():
            continue
        label = lone_label(lines[j])
        if label != (number + 1, bracketed):
            break
        found.append(j)
        number += 1
    return found


def _entry_starts(lines: Sequence[str], after: int) -> list[int]:
    """The first lines of the entries in the block of text after line ``after`` (blank
    lines skipped to its start; it ends at a blank line, a label, a page number or a page
    break)."""
    j = after
    while j < len(lines) and not lines[j].strip():
        j += 1
    starts: list[int] = []
    previous = ""
    while j < len(lines):
        line = lines[j]
        if not line.strip() or lone_label(line) or _FOLIO.match(line) or "\f" in line:
            break
        if not starts or (_ENDS.search(previous) and _author(line)):
            starts.append(j)
        previous = line
        j += 1
    return starts


def _author(line: str) -> bool:
    """Does ``line`` start with an author's name (:data:`_AUTHOR`, a capital first)?"""
    return line.lstrip()[:1].isupper() and _AUTHOR.match(line) is not None


def textless_label(label: str, line: int) -> Anomaly:
    """The anomaly for list label ``label`` (at 1-based ``line``) that has no text."""
    return Anomaly(
        AnomalyCode.UNREAD_REGION,
        f"list label {label} stands apart from its entry's text (a column of labels, "
        "the texts set after them): that entry is not read",
        line,
    )
