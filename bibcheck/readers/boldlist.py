"""Markdown reading lists and roadmaps whose entries carry a bold number:
``**[1]** Okafor, C. "Tidal mixing." Ocean Letters 12 (2019). [[pdf]](https://…)``, also
``**1.** …`` and ``- [1] …``, often grouped under topic headings (``## 1.2 Waves``).

Such a list is the document's list (the bold number is an entry's label, its links the
entry's) where most of its items look like works: a name first, a quoted or emphasised
title and a year.  With no heading over it nothing else finds it, and its numbers are no
citations of the body's.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.quote_pairs import EN_CLOSINGS, EN_DOUBLE, EN_OPENINGS
from bibcheck.readers.common import heading_text

__all__ = ["BOLD_ITEM", "bold_list", "work_like"]

# "**[1]** text", "__[12]__ text", "**1.** text", "- [3] text", "* **[4]** text"
BOLD_ITEM = lazy_compile(
    r"^\s{0,3}(?:[-*+]\s+(?=\[\d|\*\*\[?\d|__\[?\d))?(?P<bold>\*\*|__)?"
    r"(?:\[(?P<a>\d{1,4})\]|(?P<b>\d{1,4})\.)(?(bold)(?P=bold)|(?<=\]))\s+(?P<text>\S.*)$"
)
# a name first: "LeCun, Yann", "Okafor, C.", "A. Lund", "van Dijk, T."
_NAME_FIRST = lazy_compile(
    r"^(?:\*\*|__)?(?:[a-z]{1,3}\s+){0,2}(?:[A-ZÀ-Þ][\w'’-]+,\s*[A-ZÀ-Þ]|[A-ZÀ-Þ]\.\s*(?:[A-ZÀ-Þ]\.\s*)?[A-ZÀ-Þ][\w'’-]+)"
)
# a title quoted or emphasised: "Deep learning.", “Deep learning”, *A Book*, _A Book_
_TITLE = lazy_compile(
    rf"[{EN_OPENINGS}][^{EN_DOUBLE}]{{4,}}[{EN_CLOSINGS}]|(?<![*\w])\*(?!\*)[^*\n]{{4,}}\*(?!\*)|"
    rf"(?<![_\w])_(?!_)[^_\n]{{4,}}_(?!_)"
)
_YEAR = lazy_compile(r"(?<![\d/.-])(?:1[5-9]|20)\d\d[a-z]?(?![\d/-])")


def work_like(text: str) -> bool:
    """Does an item's ``text`` look like a work: a name first, a quoted or emphasised
    title and a year?"""
    return bool(_NAME_FIRST.match(text) and _TITLE.search(text) and _YEAR.search(text))


def bold_list(lines: Sequence[str]) -> tuple[int, int] | None:
    """The lines (0-based first item, 0-based last line) of a list of bold-numbered items
    (:data:`BOLD_ITEM` with bold or a bullet: a plain ``[1]``/``1.`` list is read as
    such), two items or more, with only their continuation lines, blank lines and
    headings between them, most of whose items look like works (:func:`work_like`);
    None if there is none."""
    items = [i for i, line in enumerate(lines) if _bold_or_bulleted(line)]
    if len(items) < 2:
        return None
    first, last = items[0], items[-1]
    for i in range(first, last):
        line = lines[i]
        if not line.strip() or heading_text(line) is not None or i in items:
            continue
        if not (line.startswith((" ", "\t")) or lines[i - 1].strip()):
            return None  # a paragraph of prose between the items: no one list
    texts = [m.group("text") for i in items if (m := BOLD_ITEM.match(lines[i]))]
    if 3 * sum(work_like(t) for t in texts) < 2 * len(texts):
        return None
    end = last
    while end + 1 < len(lines) and lines[end + 1].strip() and heading_text(lines[end + 1]) is None:
        end += 1
    return first, end


def _bold_or_bulleted(line: str) -> bool:
    m = BOLD_ITEM.match(line)
    return m is not None and (m.group("bold") is not None or line.lstrip()[:1] in "-*+")
