"""A paragraph inside a read reference list that no entry came from is never dropped in silence.

A list whose items are numbered ("1.", "[2]") can hold a paragraph that is no item: an entry
someone forgot to number, a remark ("Some of these are out of print."), or the rest of the
list after a break the reader stopped at.  Every paragraph after the list's first read entry
and before its last that holds running text, and every numbered item after its last read
entry (the rest of a list the reader stopped at), whose lines no entry or note came from (an
entry's line typed as a Pandoc line block, ``|     *Journal* 3: 4-5.``, is its entry's), is
an ``unread-region`` anomaly with its line; one with a bibliographic shape (a year and
title-like text, a URL or a DOI) is said to look like an entry.  What follows the last entry
and is no numbered item (a licence line, a newsletter's footer) is not the list's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, RawNote
from bibcheck.parse.years import YEAR_BOUNDED
from bibcheck.readers.common import reference_lists
from bibcheck.readers.lineblocks import continuations
from bibcheck.readers.paragraphs import paragraph_spans

__all__ = ["entry_shaped", "unread_paragraphs"]

# running text: two words of letters (markup alone, "</div>", ":::", is no paragraph)
_WORDS = lazy_compile(r"(?<![^\W\d_])[^\W\d_]{2,}[ \t]+[^\W\d_]{2,}")
# an HTML tag in Markdown ('<div id="ref-x" class="csl-entry">'): markup, no running text
_TAG = lazy_compile(r"<[^<>\n]{0,400}>")
# a numbered item's mark: "3. ", "3) ", "[3] "
_ITEM = lazy_compile(r"[ \t]{0,3}(?:\[\d{1,4}\]|\d{1,4}[.)])[ \t]+\S")
_YEAR = lazy_compile(YEAR_BOUNDED)
_LOCATOR = lazy_compile(r"https?://\S|\bdoi\.org/|\bdoi:\s?10\.|\b10\.\d{4,9}/\S", re.I)
# title-like text: three words, one of them long enough to be a word of a title
_TITLE = lazy_compile(r"(?<![^\W\d_])[^\W\d_]{2,}\W{1,3}[^\W\d_]{2,}\W{1,3}[^\W\d_]{4,}")


# an entry's parts are separated ("Rowe, K. (2019). Title. Venue, 4"): a sentence is one part
_PART = lazy_compile(r"[.,:;][ \t]")


def entry_shaped(text: str) -> bool:
    """Does ``text`` look like a bibliography entry: a year with title-like text in parts
    (three or more), or a URL or a DOI?"""
    if _LOCATOR.search(text):
        return True
    return bool(_YEAR.search(text) and _TITLE.search(text) and len(_PART.findall(text)) >= 2)


def _paragraphs(lines: Sequence[str], start: int, stop: int) -> Iterable[tuple[int, int]]:
    """The paragraphs of ``lines[start:stop]`` (0-based) as (first, last) 0-based indices."""
    for first, last in paragraph_spans(lines[start:stop]):
        yield start + first, start + last


def unread_paragraphs(lines: Sequence[str], notes: Sequence[RawNote]) -> list[Anomaly]:
    """One ``unread-region`` anomaly for each paragraph of a reference list (``lines``, masked
    text, as an editor numbers them) after its first entry that none of ``notes`` (every
    entry and note the reader read, in this file) came from."""
    covered: set[int] = set()
    for note in notes:
        if not note.file:
            covered.update(range(note.line, note.end_line + 1))
            covered.update(note.line_starts)
    found: list[Anomaly] = []
    for region in reference_lists(lines):
        # 1-based lines region.line + 1 .. region.end are the list's
        # (an entry's lines typed as Pandoc line blocks go with the entry: lineblocks)
        covered.update(
            at + 1 for at, head in continuations(lines, region.line).items() if head + 1 in covered
        )
        inside = [n for n in covered if region.line < n <= region.end]
        if not inside:
            continue
        # the list ends at its last numbered item, read or not
        items = [i + 1 for i in range(region.line, region.end) if _ITEM.match(lines[i])]
        last = max(inside + items)
        for top, bottom in _paragraphs(lines, min(inside), region.end):
            if any(n in covered for n in range(top + 1, bottom + 2)):
                continue
            if top + 1 > last:
                continue  # after the list: no item of it
            text = _TAG.sub(" ", " ".join(line.strip() for line in lines[top : bottom + 1]))
            if not _WORDS.search(text):
                continue
            what = (
                "looks like an entry but was not read (its number or list mark missing?)"
                if entry_shaped(text)
                else "is no entry and was not read"
            )
            found.append(
                Anomaly(
                    AnomalyCode.UNREAD_REGION,
                    f"the paragraph at line {top + 1} in the list under {region.heading!r} "
                    f"(line {region.line}) {what}: {text[:80]!r}",
                    top + 1,
                )
            )
    return found
