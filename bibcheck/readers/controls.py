"""No control characters in what a document yields: a reader's placeholder (a masked
comment's ``\\0``) or a stray byte of the source never reaches a title, a note or a field.

Tabs and line breaks are text; the other C0 controls and DEL are dropped from every string
of the parsed document (titles, notes, fields, claims), after parsing: a URL holding one is
still reported as invalid.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from typing import Any

from bibcheck.model import ParsedDocument

__all__ = ["CONTROL", "without_controls"]

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def without_controls(doc: ParsedDocument) -> ParsedDocument:
    """``doc`` with no control character in its strings (the same object when it has none)."""
    cleaned: ParsedDocument = _value(doc)
    return cleaned


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
