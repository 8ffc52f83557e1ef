"""A numbered list of sources inside a Markdown document, cited from above and below it.

A README or an essay may put its numbered sources under a heading in the middle of the
text and go on with more sections that cite them too::

    Floats came first.<sup>[1]</sup> Pressure sensors followed.<sup>[2]</sup>

    ## Further reading

    1. [Marsh, "Floats and wells" (2019)](https://example.org/floats)
    2. Lind, "Pressure gauges at sea", 2011.
    3. Harbour Office, radar gauges compared, 2020.

    ## Outlook

    Radar may replace both.<sup>[3]</sup>

Whatever its heading says (``Further reading``, ``Quellen``, ``Notes``), such a list is
the document's list of sources when (:func:`cited_list`) it is numbered 1..n in order
(three items at least), half its items carry a year, a DOI or an address, the markers
above its heading cite at least two of its numbers, and the markers of the whole text cite
:data:`MIN_SHARE` of its numbers and no number past its end.  A numbered list of steps in
a section is none: its items are no sources, or the markers cite numbers it lacks.

:func:`text_after` gives where the text goes on after a list under a heading (the next
heading, when the markers below it cite the list's numbers), so that a reader reads those
sections' markers too rather than dropping them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from bibcheck.readers.common import LIST_ITEM, heading_text

__all__ = ["MIN_ITEMS", "MIN_SHARE", "cited_list", "list_under", "text_after"]

MIN_ITEMS = 3  # items of a list of sources
MIN_SHARE = 0.8  # of the list's numbers the markers must cite
_SOURCE = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|\b10\.\d{4,9}/|https?://|\bwww\.", re.I)

Labels = Callable[[str], Iterable[int]]  # the numbers a line's markers cite


def list_under(lines: Sequence[str], at: int) -> tuple[list[int], list[str], int] | None:
    """The numbers and item texts of the numbered list right under the heading at ``at``
    and the index of the next heading (or the end), or None when prose stands first
    under the heading or no numbered item does."""
    numbers: list[int] = []
    items: list[str] = []
    end = len(lines)
    for i in range(at + 1, len(lines)):
        if heading_text(lines[i]) is not None:
            end = i
            break
        m = LIST_ITEM.match(lines[i])
        if m and m.group("num"):
            numbers.append(int(m.group("num")))
            items.append(m.group("text"))
        elif not numbers and lines[i].strip():
            return None
    return (numbers, items, end) if numbers else None


def _cited(lines: Iterable[str], labels: Labels) -> set[int]:
    return {n for line in lines for n in labels(line)}


def cited_list(
    lines: Sequence[str], first: int, labels: Labels, skip: Iterable[int] = ()
) -> tuple[int, int] | None:
    """The index of the heading over a numbered list of sources in the middle of the
    text (see the module doc) and the index where the text goes on after it, or None.
    ``labels`` gives the numbers a line's markers cite; headings at ``skip`` are not
    looked at."""
    skipped = set(skip)
    for at in range(first, len(lines)):
        if at in skipped or heading_text(lines[at]) is None:
            continue
        found = list_under(lines, at)
        if found is None:
            continue
        numbers, items, end = found
        if len(numbers) < MIN_ITEMS or numbers != list(range(1, len(numbers) + 1)):
            continue
        if 2 * sum(bool(_SOURCE.search(item)) for item in items) < len(items):
            continue
        before = _cited(lines[first:at], labels)
        after = _cited(lines[end:], labels)
        cited = before | after
        if not after or len(before & set(numbers)) < 2 or max(cited) > len(numbers):
            continue
        if len(cited) >= MIN_SHARE * len(numbers):
            return at, end
    return None


def text_after(lines: Sequence[str], at: int, labels: Labels) -> int | None:
    """The index of the heading after the numbered list under the heading at ``at`` when
    the markers below it cite that list's numbers (the text goes on), else None."""
    found = list_under(lines, at)
    if found is None or found[2] >= len(lines):
        return None
    numbers, _, end = found
    after = _cited(lines[end:], labels)
    if after and after <= set(numbers):
        return end
    return None
