"""The annotation paragraphs of an entry written as an rst citation or note.

An annotated list written as docutils citations (``.. [Dear2001] Dear, Peter. *Title*.
Basingstoke: Palgrave, 2001.``) follows each entry, after a blank line and indented as
its body, with a paragraph of comment (``The clearest short textbook; …``).  The comment
belongs to the entry but is none of its fields.  Over the list (:func:`annotated_list`:
most such paragraphs running prose, no entry, :mod:`bibcheck.readers.entrycomments`)
every paragraph after an entry's first is its comment.  An entry alone is cut before its
trailing paragraphs that read as running prose (sentences showing no year, URL or DOI);
a later paragraph that is not prose (a lone link, a ``Reprinted 1999.``) stays part of
the entry, and so does every paragraph before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.readers.entrycomments import annotated
from bibcheck.readers.proseentry import running_prose

__all__ = ["annotated_list", "entry_lines"]

Line = tuple[int, int, str]  # (line number, column of text, text)


def _paragraphs(lines: Sequence[Line]) -> list[list[Line]]:
    """The lines grouped into paragraphs: a skipped line number is a blank between."""
    paras: list[list[Line]] = []
    for line in lines:
        if paras and line[0] == paras[-1][-1][0] + 1:
            paras[-1].append(line)
        else:
            paras.append([line])
    return paras


def _text(para: Sequence[Line]) -> str:
    return " ".join(t for _, _, t in para)


def annotated_list(bodies: Sequence[Sequence[Line]]) -> bool:
    """Are the paragraphs after the first in the entries' bodies (``bodies``: each
    entry's lines, blank lines left out) their annotations, taken over the list?"""
    pairs = [
        (_text(paras[0]), _text(para)) for paras in map(_paragraphs, bodies) for para in paras[1:]
    ]
    return annotated(pairs)


def entry_lines(lines: Sequence[Line], comments: bool = False) -> list[Line]:
    """The lines of an entry's body (``lines``, blank lines left out) without its
    annotation paragraphs: with ``comments`` (an annotated list) all but its first
    paragraph; else its trailing paragraphs that are running prose, none when its first
    paragraph is prose too (a remark, not an entry)."""
    paras = _paragraphs(lines)
    if len(paras) < 2 or running_prose(_text(paras[0])):
        return list(lines)
    keep = 1 if comments else len(paras)
    while keep > 1 and running_prose(_text(paras[keep - 1])):
        keep -= 1
    return [line for para in paras[:keep] for line in para]
