"""The numbers a reference list written as paragraphs types as its labels.

A list written as paragraphs (``[1] Smith …``, a blank line, ``[2] Jones …``) is a
numbered list all the same: its entries are the numbers typed, not their places.  A
reference deleted from a draft leaves a gap (``[1]``, ``[2]``, ``[4]``): entry 4 is
still ``[4]``, cited as ``<sup>4</sup>``, and the gap is the numbering check's to report.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.model import Anomaly, RawNote
from bibcheck.parse.numbering import literature_numbering
from bibcheck.readers.labelsplit import printed_label
from bibcheck.readers.lettered import follows, is_lettered, sort_key
from bibcheck.readers.lettered import label as lettered_label


def typed_labels(first_lines: Sequence[str]) -> list[str] | None:
    """The labels of entries whose first lines all start with a bracketed label
    (``[n] …``, or one lettered in revision, ``[3a] …`` after ``[3] …``), rising in the
    order printed, or None (some entry unlabelled, another label form, a number typed
    twice or out of order: the places then number them)."""
    numbers: list[str] = []
    for line in first_lines:
        printed = printed_label(line)
        if printed is None or printed[0] != "[]":
            return None
        label = lettered_label(printed[1])
        if numbers and (
            sort_key(label) <= sort_key(numbers[-1])
            or (is_lettered(label) and not follows(numbers[-1], label))
        ):
            return None
        numbers.append(label)
    return numbers or None


def typed_numbers(first_lines: Sequence[str]) -> list[int] | None:
    """The numbers of :func:`typed_labels`, where no label is lettered (else None)."""
    labels = typed_labels(first_lines)
    if labels is None or any(map(is_lettered, labels)):
        return None
    return [int(label) for label in labels]


def typed_numbering(notes: Sequence[RawNote], lines: Sequence[str]) -> list[Anomaly]:
    """The numbering check's findings on a list of paragraphs with typed labels (a
    number skipped: one finding); none where the entries are numbered by place."""
    typed = typed_labels([lines[note.line - 1] for note in notes])
    if typed is None:
        return []
    # (a lettered entry, "[3a]" between "[3]" and "[4]", is no gap and no disorder)
    return literature_numbering(
        [(int(n), note.line) for n, note in zip(typed, notes, strict=True) if not is_lettered(n)]
    )
