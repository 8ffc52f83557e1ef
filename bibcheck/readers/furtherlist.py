"""An unnumbered list after a numbered reference list: further reading, annotated or not.

A report or chapter that cites by number (``[3]``) often ends its ``References`` with a
second, unnumbered list of works it does not cite (``Further reading``, ``Lecturas
complementarias``, ``Weiterführende Literatur``), each entry led by its author (APA,
Chicago) and often followed by a comment paragraph of the editor's (``A practical view of
…``).  Its works are entries (the list is read on from the numbered one; they are labelled
``FR1``, ``FR2``… so that no number cited in the text can name them); the comment
paragraphs are no entries, nor any entry's text.

An entry starts at a line that starts like one (:func:`bibcheck.readers.pdftext.entry_start`)
where no entry goes on; a line continues the entry above until the entry is complete
(:func:`bibcheck.readers.entryends.entry_complete`); any other line is comment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.model import RawNote
from bibcheck.readers.common import is_literature_heading
from bibcheck.readers.entryends import entry_complete, finished
from bibcheck.readers.listheads import is_qualified_list_heading
from bibcheck.readers.ot1 import ot1_glyphs
from bibcheck.readers.pdftext import entry_start

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
        and not finished(text)
        and (is_literature_heading(f"# {text}") or is_qualified_list_heading(text))
    )


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
        if in_entry and not entry_complete(text):
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
