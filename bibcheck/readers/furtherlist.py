"""An unnumbered list after a numbered reference list: further reading, annotated or not.

A report or chapter that cites by number (``[3]``) often ends its ``References`` with a
second, unnumbered list of works it does not cite (``Further reading``, ``Lecturas
complementarias``, ``Weiterführende Literatur``), each entry led by its author (APA,
Chicago) and often followed by a comment paragraph of the editor's (``A practical view of
…``).  Its works are entries (the list is read on from the numbered one; they are labelled
``FR1``, ``FR2``… so that no number cited in the text can name them); the comment
paragraphs are no entries, nor any entry's text.

An entry starts at a line that starts like one (:func:`bibcheck.readers.pdftext.entry_start`)
where no entry goes on (the line before finished a sentence, or was the heading or a
comment); a line after an unfinished line continues the entry; any other line is comment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.model import RawNote
from bibcheck.readers.common import is_literature_heading
from bibcheck.readers.listheads import is_qualified_list_heading
from bibcheck.readers.ot1 import ot1_glyphs
from bibcheck.readers.pdftext import entry_start

_FINISHED = re.compile(r"[.!?][\"'”»’)\]]*$")
_INITIAL = re.compile(r"(?:^|\s)[A-ZÀ-ÖØ-ÞА-ЯЁ]\.$")
_ENDS_DATED = re.compile(r"(?:(?<!\d)(?:1[5-9]|20)\d\d[a-z]?|\d+\s?[–-]\s?\d+)\)?\.$")
_AFTER_YEAR = re.compile(r"\((?:1[5-9]|20)\d\d[a-z]?[^()]{0,20}\)\.\s(.+)$")
_SENTENCE_END = re.compile(r"[.!?][\"'”»’)\]]*(?:\s|$)")
LABEL = "FR"


@dataclass(frozen=True, slots=True)
class FurtherList:
    """The list read: its entries, and the rows it used (heading, entries, comments)."""

    entries: tuple[RawNote, ...]
    used: frozenset[int]
    heading: int  # the row of its heading


def _heading(text: str) -> bool:
    text = text.strip()
    return (
        0 < len(text) < 60
        and not _FINISHED.search(text)
        and (is_literature_heading(f"# {text}") or is_qualified_list_heading(text))
    )


def _finished(line: str) -> bool:
    return bool(_FINISHED.search(line)) and not _INITIAL.search(line)


def _complete(text: str) -> bool:
    """Has an entry's text come to its end: a finished sentence that ends with a year or
    pages (``… 2004.``, ``(2017): 77–95.``), or, after an author-date entry's year, a
    title and a source (``(2004). The tide mill. Estuary Books.``; the title alone,
    ``(2017). Hydraulic models.``, waits for its journal on the next line)?"""
    if not _finished(text):
        return False
    if _ENDS_DATED.search(text):
        return True
    m = _AFTER_YEAR.search(text)
    return m is not None and len(_SENTENCE_END.findall(m.group(1))) >= 2


def further_list(
    lines: Sequence[str], numbers: Sequence[int], rows: Sequence[int]
) -> FurtherList | None:
    """The unnumbered list among ``rows`` (text lines after a numbered list, in order):
    from the first list heading whose next line starts an entry to the end, or None."""
    start = next(
        (
            k
            for k, i in enumerate(rows[:-1])
            if _heading(lines[i]) and entry_start(ot1_glyphs(lines[rows[k + 1]].strip()))
        ),
        None,
    )
    if start is None:
        return None
    groups: list[list[int]] = []
    in_entry = False
    text = ""  # the entry's text so far
    used = {rows[start]}
    for i in rows[start + 1 :]:
        line = ot1_glyphs(lines[i].strip())
        if not line:
            continue
        if in_entry and not _complete(text):
            groups[-1].append(i)
            text = f"{text} {line}"
        elif entry_start(line):
            groups.append([i])
            in_entry, text = True, line
        else:
            in_entry = False  # a comment on the entry above
        used.add(i)
    entries = tuple(
        RawNote(
            f"{LABEL}{n}",
            ot1_glyphs("\n".join(lines[i].strip() for i in group)),
            numbers[group[0]],
            numbers[group[-1]],
            tuple(numbers[i] for i in group),
        )
        for n, group in enumerate(groups, start=1)
    )
    return FurtherList(entries, frozenset(used), rows[start]) if entries else None
