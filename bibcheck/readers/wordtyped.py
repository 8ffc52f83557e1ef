"""Author-date citations typed beside a citation manager's fields.

An author who cites with Mendeley or Zotero fields often adds entries to the rendered list
by hand and cites those works as typed text, "Ormrod (2008)", "(Baron & Byrne, 2005)", or
bare in a table's "Source" column, "Baron and Byrne 2005".
The fields tie their own works; the entries written out of the store (the list's entries
no field renders) are looked for in the text by name and year (the author-date index of
:mod:`bibcheck.readers.authoryear`) before they are called uncited.  Each such mention
cites its entry as ``[n]`` (a note ``[n]`` made from entry n is tied to it), so that the
document's own notes keep their numbers.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from bibcheck.model import RawMarker, RawNote, TextBlock
from bibcheck.readers.authoryear import author_years, dated_heads, mentions, with_defined
from bibcheck.readers.cellcites import cell_citations
from bibcheck.readers.common import cited_entry_notes

__all__ = ["typed_beside_fields"]


def typed_beside_fields(
    paragraphs: Sequence[tuple[int, str]],
    blocks: Sequence[TextBlock],
    markers: Sequence[RawMarker],
    literature: Sequence[RawNote],
    cells: Collection[int] = (),
) -> tuple[list[RawMarker], list[RawNote]]:
    """Every marker (``markers`` and the typed mentions of the written entries, in reading
    order) and the notes made from the entries so cited; ``paragraphs``: (number, text
    with the fields' results blanked); ``literature``: the list, the written entries
    labelled with their numbers (the store's works with their keys); ``cells``: the
    numbers of the paragraphs that are table cells, whose bare citations ("Lowe et al.,
    2019" in a "Source" column) count (:mod:`bibcheck.readers.cellcites`)."""
    written = [e for e in literature if e.label.isdigit()]
    if not written or not dated_heads(e.text for e in written):
        return list(markers), []  # no author-date entries to look for by name and year
    document = "\n".join(text for _, text in paragraphs)
    index = with_defined(author_years((e.label, e.text) for e in written), document)
    block_of = {b.pieces[0][1]: k for k, b in enumerate(blocks) if b.pieces}
    cited = [
        RawMarker(f"[{label}]", line, end + 1, block_of[line], end)
        for line, text in paragraphs
        if line in block_of
        for end, label in (cell_citations(text, index) if line in cells else mentions(text, index))
    ]
    boxed = [replace(e, label=f"[{e.label}]") for e in written]
    notes = cited_entry_notes(cited, boxed, at_citation=True)
    return sorted([*markers, *cited], key=lambda m: (m.line, m.column)), notes
