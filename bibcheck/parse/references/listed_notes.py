"""A notes list that is the literature too: its repeat notes' entries name their work.

A Markdown essay's numbered ``## Notes`` with no reference list beside it is read both as
the notes and as the document's literature (each note an entry, numbered as printed).
Once the repeat notes are resolved (``Ibid., 6–9.``, ``Dalby, *Kimono*, 270.``, ``*Tr.*
1.1.1.``: :mod:`bibcheck.parse.references.repeat`), the entry that is such a note's text
names the same work: :func:`entries_as_resolved` gives it the note's resolved reference
(its own text and line kept), so that the list's entry says which work it cites.
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.model import ParsedDocument, Reference

__all__ = ["entries_as_resolved"]


def entries_as_resolved(before: ParsedDocument, after: ParsedDocument) -> ParsedDocument:
    """``after`` (``before`` with its repeat notes resolved) with every literature entry
    that is the text of a resolved repeat note (the same text at the same line) given that
    note's reference."""
    if not after.literature or len(before.footnotes) != len(after.footnotes):
        return after
    resolved: dict[tuple[int, str], Reference] = {}
    for old, new in zip(before.footnotes, after.footnotes, strict=True):
        if new.reference is not old.reference and new.reference.raw == old.reference.raw:
            resolved[(old.reference.line, old.reference.raw)] = new.reference
    if not resolved:
        return after
    entries = tuple(
        replace(entry, reference=resolved[key])
        if (key := (entry.reference.line, entry.reference.raw)) in resolved
        else entry
        for entry in after.literature
    )
    return replace(after, literature=entries)
