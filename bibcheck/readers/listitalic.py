"""The italics of a reference-list entry (Word's, OpenDocument's), written as Markdown
emphasis (``*Journal*``).

A typed list sets some part of each entry in italics, and which part tells the kind: APA,
Harvard and Chicago set a journal's name in italics after a plain article title
(``Title. *Journal*, in press.``), a book's own title (``*Title*. Publisher.``), the book a
chapter is in (``In *Book* (pp. 3–9)``).  The list parsers read ``*…*`` so, as they read a
Markdown list; :func:`entry_marked` gives them an entry's text with its paragraphs' italic
runs marked (walked as notes are: :mod:`bibcheck.readers.italicmarks`), and
:func:`with_italics` gives a reader's entries their marked text.

An entry's text is its paragraphs' texts, trimmed (a typed number cut off its front, a
label paragraph joined in front of the first): each part is found in its paragraph's text
and the same stretch of the marked text is taken.  Where a part is not found (a link
whose shown text the italics broke), the entry is given no marks: it is read plain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from bibcheck.model import RawNote
from bibcheck.readers.italicmarks import ITALIC_CLOSE, ITALIC_OPEN, emphasis, plain_of

__all__ = ["entry_marked", "part_marked", "with_italics"]

_MARKS = (ITALIC_OPEN, ITALIC_CLOSE)


def with_italics(
    entries: Sequence[RawNote], italic_text: Callable[[int], str | None]
) -> list[RawNote]:
    """``entries`` (a list's, as read) with the italics of their paragraphs marked
    (``marked``); ``italic_text`` gives the text of the paragraph at a line with its italic
    runs between ``ITALIC_OPEN`` and ``ITALIC_CLOSE`` (None: no such paragraph).  An entry a
    citation manager gave its reference keeps it."""
    found = []
    for entry in entries:
        starts = entry.line_starts or (entry.line,)
        if entry.reference is None:
            texts = [italic_text(n) for n in starts]
            if all(t is not None for t in texts):
                marked = entry_marked(entry.text, [t for t in texts if t is not None])
                entry = replace(entry, marked=marked) if marked else entry
        found.append(entry)
    return found


def entry_marked(text: str, paragraphs: Sequence[str]) -> str:
    """``text`` (an entry, one ``\\n``-separated part per paragraph) with the italics of
    ``paragraphs`` (each paragraph's text with its italic runs between ``ITALIC_OPEN`` and
    ``ITALIC_CLOSE``) marked ``*…*``; ``""`` when none is in italics or a part is not
    found in its paragraph."""
    parts = text.split("\n")
    if len(parts) != len(paragraphs) or not any(ITALIC_OPEN in p for p in paragraphs):
        return ""
    marked = []
    for part, paragraph in zip(parts, paragraphs, strict=True):
        found = part_marked(part, paragraph)
        if found is None:
            return ""
        marked.append(found)
    joined = "\n".join(marked)
    return joined if "*" in joined and joined.replace("*", "") == text.replace("*", "") else ""


def part_marked(part: str, paragraph: str) -> str | None:
    """``part`` (a stretch of ``paragraph``'s text, or that text with a label in front)
    with the italics of ``paragraph`` marked ``*…*``; None when it is neither."""
    plain = plain_of(paragraph)
    at = plain.find(part)
    prefix = ""
    if at < 0:
        whole = plain.strip()
        if not whole or not part.endswith(whole):
            return None
        prefix, part = part[: len(part) - len(whole)], whole  # "[3]" joined in front
        at = plain.find(whole)
    if not part:
        return prefix
    positions = [i for i, c in enumerate(paragraph) if c not in _MARKS]
    start, end = positions[at], positions[at + len(part) - 1] + 1
    piece = paragraph[start:end]
    if _open_at(paragraph, start):
        piece = ITALIC_OPEN + piece
    if _open_at(piece, len(piece)):
        piece += ITALIC_CLOSE
    return prefix + emphasis(piece)


def _open_at(text: str, at: int) -> bool:
    """Is an italic run open at ``at`` of ``text``?"""
    before = text[:at]
    return before.rfind(ITALIC_OPEN) > before.rfind(ITALIC_CLOSE)
