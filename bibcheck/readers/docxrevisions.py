"""Word's tracked changes read as accepted: which notes a revision has removed, and which
paragraphs a deleted paragraph mark joins.

The text walk already leaves out what a revision removed (``w:del``, ``w:moveFrom``) and
reads what it added (``w:ins``, ``w:moveTo``).  A footnote or endnote lives in its own
part, though: when the sentence that referred to it is deleted, its reference run sits in
``w:del`` and Word marks the note's own runs (its ``w:footnoteRef`` among them) deleted
too.  Accepting the changes removes the note, so it is no note without a marker; a note
whose reference was moved away (``w:moveFrom``) and not moved in again is gone likewise.

A paragraph whose mark is deleted (``<w:pPr><w:rPr><w:del …/></w:rPr></w:pPr>``: the
reviewer joined it to the next one) is one paragraph with the next once the change is
accepted: a reference entry or a sentence that a reviewer rejoined is read whole
(:func:`join_deleted_marks`).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

REMOVED = frozenset({W + "del", W + "moveFrom"})
_REFERENCE = {W + "footnoteReference": "foot", W + "endnoteReference": "end"}
_OWN_MARK = frozenset({W + "footnoteRef", W + "endnoteRef"})


def _under_removal(root: ET.Element) -> Iterator[ET.Element]:
    """Every element inside a removed revision (``w:del``, ``w:moveFrom``) below ``root``."""
    stack = [iter(root)]  # explicit: nesting depth is the document's choice
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if child.tag in REMOVED:
            yield from child.iter()
            continue
        stack.append(iter(child))


def removed_note_references(root: ET.Element | None) -> set[tuple[str, str]]:
    """``(kind, note id)`` of the note references a revision removed from ``root``
    (kind ``foot`` or ``end``)."""
    if root is None:
        return set()
    return {
        (_REFERENCE[e.tag], e.get(W + "id", ""))
        for e in _under_removal(root)
        if e.tag in _REFERENCE
    }


def _live_text(note: ET.Element) -> bool:
    stack = [iter(note)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if child.tag in REMOVED:
            continue
        if child.tag == W + "t" and (child.text or "").strip():
            return True
        stack.append(iter(child))
    return False


def note_removed(note: ET.Element) -> bool:
    """Did a revision delete the note itself: its own mark (``w:footnoteRef``) deleted, or
    all its text deleted and none left?"""
    removed = list(_under_removal(note))
    if any(e.tag in _OWN_MARK for e in removed):
        return True
    return bool(removed) and not _live_text(note) and any(e.tag == W + "delText" for e in removed)


def _mark_deleted(p: ET.Element) -> bool:
    """Is the paragraph mark of ``p`` deleted (a tracked join with the next paragraph)?"""
    return p.find(f"{W}pPr/{W}rPr/{W}del") is not None


def join_deleted_marks(root: ET.Element) -> None:
    """Join, in place, every paragraph whose mark a revision deleted to the paragraph that
    follows it in the same container (the body, a table cell, a text box), as accepting the
    change does.  The joined paragraph keeps the first one's place and takes the properties
    of the surviving (last) mark; the places of the paragraphs it absorbed are left empty,
    so that paragraph numbers do not move."""
    stack = [root]  # explicit: nesting depth is the document's choice
    while stack:
        element = stack.pop()
        children = list(element)
        absorbed: set[int] = set()
        for i, child in enumerate(children):
            if i in absorbed:
                continue
            stack.append(child)
            if child.tag != W + "p":
                continue
            n = i + 1
            while _mark_deleted(child) and n < len(children) and children[n].tag == W + "p":
                _absorb(child, children[n])
                absorbed.add(n)
                n += 1


def _absorb(first: ET.Element, second: ET.Element) -> None:
    """Move the content of ``second`` to the end of ``first``, with ``second``'s paragraph
    properties; ``second`` is left an empty paragraph."""
    old = first.find(W + "pPr")
    if old is not None:
        first.remove(old)
    props = second.find(W + "pPr")
    for c in list(second):
        second.remove(c)
        if c is not props:
            first.append(c)
    if props is not None:
        first.insert(0, props)
