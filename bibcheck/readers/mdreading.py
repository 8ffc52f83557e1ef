"""A further-reading list below a Markdown document's reference list.

A paper, a wiki page or a blog post that cites by number often ends with its
``## References`` and then a second list of works it does not cite, under ``## Further
reading``, ``## Suggested reading``, ``**Weiterführende Literatur**`` or ``## Lectures
complémentaires``: numbered or bulleted, ``[n]``-marked, author–date paragraphs or links.
Its works are entries of the document's literature, read as any list is
(:func:`bibcheck.readers.common.read_list`), labelled ``FR1``, ``FR2``… so that no number
cited in the text can name them, and scoped as further reading by their heading
(:mod:`bibcheck.readers.listscope`: none of them is uncited).  It is never the notes the
text's markers point at, whatever its numbering.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.model import RawNote
from bibcheck.readers.common import read_list
from bibcheck.readers.readinglists import labelled
from bibcheck.readers.readingsection import markdown_reading_sections

__all__ = ["reading_heads", "reading_entries"]


def reading_heads(lines: Sequence[str], after: int) -> list[int]:
    """Indexes of the headings (``## x``, or a line wholly in bold) below index ``after``
    that name a further-reading list (:func:`markdown_reading_sections`)."""
    return [s.head - 1 for s in markdown_reading_sections(lines) if s.head - 1 > after]


def reading_entries(
    lines: Sequence[str], heads: Sequence[int], artifacts: set[int], end: int | None = None
) -> list[RawNote]:
    """The entries of the lists under ``heads`` (indexes of further-reading headings, in
    order; each list read up to the next heading, or ``end``), labelled ``FR1``, ``FR2``…
    across them all (their own numbers name nothing: no numbering is checked)."""
    entries: list[RawNote] = []
    for at in heads:
        if end is not None and at >= end:
            break
        items, _, _ = read_list(lines, at + 1, artifacts, end, paragraphs=True)
        entries += items
    return labelled(entries)
