"""The entries of a document's further-reading lists, beside its reference list.

A paper, a wiki page or a lesson that has its reference list often ends with a second list
of works it does not cite: ``## Further reading`` in Markdown, ``* Further reading`` in
Org, ``== Weiterführende Literatur`` in AsciiDoc, ``Pour aller plus loin``, ``Lecturas
adicionales`` (:mod:`bibcheck.readers.readingsection` finds the sections).  Its works are
entries of the document's literature, labelled ``FR1``, ``FR2``… across its lists so that
no number or key cited in the text can name them, and scoped as further reading by their
heading (:mod:`bibcheck.readers.listscope`: none of them is uncited); it is never the
notes the text's markers point at.  A section is read when it is a list of works
(:func:`bibcheck.readers.readingsection.works_listed`: a section of links with a word
each, or of prose, is none) and no entry was read from its lines already.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace

from bibcheck.model import RawNote
from bibcheck.readers.common import read_list
from bibcheck.readers.furtherlist import LABEL
from bibcheck.readers.readingsection import ReadingSection, works_listed

__all__ = ["entry_lines", "labelled", "section_entries", "unread_sections", "with_reading"]


def labelled(entries: Iterable[RawNote], start: int = 0) -> list[RawNote]:
    """``entries`` labelled ``FR<start + 1>``, ``FR<start + 2>``… in order, and listed on
    purpose (``nocite``: never uncited, whatever headings a format's scan sees)."""
    return [replace(e, label=f"{LABEL}{start + k}", nocite=True) for k, e in enumerate(entries, 1)]


def unread_sections(
    lines: Sequence[str], sections: Iterable[ReadingSection], read: Collection[int]
) -> list[ReadingSection]:
    """The ``sections`` that hold a list of works none of whose lines (numbered from 1)
    is one of ``read`` (the lines an entry or note came from)."""
    return [
        s
        for s in sections
        if s.first is not None
        and not any(n in read for n in s.body)
        and works_listed(lines, s.body)
    ]


def entry_lines(notes: Iterable[RawNote]) -> set[int]:
    """The lines of the document (numbered from 1) ``notes`` came from (not a ``.bib``'s)."""
    return {n for e in notes if not e.file for n in e.line_starts or (e.line,)}


def section_entries(
    lines: Sequence[str],
    sections: Iterable[ReadingSection],
    start: int = 0,
    breaks: Collection[int] = (),
) -> list[RawNote]:
    """The entries of the lists in ``sections`` (each read as a list is,
    :func:`bibcheck.readers.common.read_list`, within its section, and each part apart
    where a section has sub-headings: ``breaks``, their lines numbered from 1),
    labelled ``FR1``, ``FR2``… from ``start + 1`` across them all."""
    found: list[RawNote] = []
    for s in sections:
        inner = sorted(n for n in breaks if n in s.body)
        starts = [s.body.start, *(n + 1 for n in inner)]
        stops = [*inner, s.body.stop]
        for first, stop in zip(starts, stops, strict=True):
            if first < stop:
                items, _, _ = read_list(lines, first - 1, set(), stop - 1, paragraphs=True)
                found += items
    return labelled(found, start)


def with_reading(
    lines: Sequence[str],
    sections: Sequence[ReadingSection],
    literature: Sequence[RawNote],
    read: Collection[int],
    tidy: Callable[[str], str] | None = None,
    breaks: Collection[int] = (),
) -> list[RawNote]:
    """``literature`` with its further-reading lists apart: the entries the document's
    ``sections`` hold (read already, under a heading that names a list too, or read now
    from a section no line of ``read`` or of an entry came from; their text given by
    ``tidy``; a sub-heading's line among ``breaks`` starts a part of its own) after the
    others, labelled ``FR1``, ``FR2``… in line order.  Unchanged when no entry stands
    outside them (a further-reading list alone is the document's list, read as it is)
    or there is none to read."""
    within = {n for s in sections for n in s.body}
    main = [e for e in literature if e.file or e.line not in within]
    if not main:
        return list(literature)
    apart = [e for e in literature if not e.file and e.line in within]
    found = unread_sections(lines, sections, {*read, *entry_lines(literature)})
    new = section_entries(lines, found, breaks=breaks)
    if tidy is not None:
        new = [replace(e, text=tidy(e.text)) for e in new]
    if not apart and not new:
        return list(literature)
    return [*main, *labelled(sorted([*apart, *new], key=lambda e: e.line))]
