"""No control characters in what a document yields: a reader's placeholder (a masked
comment's ``\\0``) or a stray byte of the source never reaches a title, a note or a field.

Tabs and line breaks are text; the other C0 controls and DEL are dropped from notes,
titles and parsed fields, and blanked (one space each, offsets kept) in the body's text.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from typing import Any

from bibcheck.model import RawDocument, RawNote, TextBlock

__all__ = ["CONTROL", "without_controls"]

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def without_controls(raw: RawDocument) -> RawDocument:
    """``raw`` with no control character in its texts (the same object when it has none)."""
    if not _dirty(raw):
        return raw
    return replace(
        raw,
        title=None if raw.title is None else CONTROL.sub("", raw.title),
        blocks=tuple(_block(b) for b in raw.blocks),
        footnotes=tuple(_note(n) for n in raw.footnotes),
        literature=tuple(_note(n) for n in raw.literature),
        link_notes=tuple(_note(n) for n in raw.link_notes),
    )


def _dirty(raw: RawDocument) -> bool:
    texts = [raw.title or "", *(b.text for b in raw.blocks)]
    notes = (*raw.footnotes, *raw.literature, *raw.link_notes)
    texts += [n.text for n in notes]
    if any(CONTROL.search(t) for t in texts):
        return True
    return any(n.reference is not None and _value(n.reference) != n.reference for n in notes)


def _block(block: TextBlock) -> TextBlock:
    if not CONTROL.search(block.text):
        return block
    return replace(block, text=CONTROL.sub(" ", block.text))


def _note(note: RawNote) -> RawNote:
    reference = None if note.reference is None else _value(note.reference)
    if reference == note.reference and not CONTROL.search(note.text):
        return note
    return replace(note, text=CONTROL.sub("", note.text), reference=reference)


def _value(value: Any) -> Any:
    """A field's value without control characters: strings, tuples and lists of them, and
    nested dataclasses (a reference's URLs)."""
    if isinstance(value, str):
        return CONTROL.sub("", value)
    if isinstance(value, tuple):
        return tuple(_value(v) for v in value)
    if isinstance(value, list):
        return [_value(v) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        changed = {f.name: _value(getattr(value, f.name)) for f in fields(value)}
        if all(changed[k] == getattr(value, k) for k in changed):
            return value
        return replace(value, **changed)
    return value
