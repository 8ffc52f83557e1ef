"""No control characters in what a document yields: a reader's placeholder (a masked
comment's ``\\0``) or a stray byte of the source never reaches a title, a note or a field.

Tabs and line breaks are text; the other C0 controls and DEL are dropped from every string
of the parsed document (titles, notes, fields, claims), after parsing: a URL holding one is
still reported as invalid.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any

from bibcheck.lazyre import lazy_compile
from bibcheck.model import ParsedDocument

__all__ = ["CONTROL", "without_controls"]

CONTROL = lazy_compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def without_controls(doc: ParsedDocument) -> ParsedDocument:
    """``doc`` with no control character in its strings (the same object when it has none)."""
    cleaned: ParsedDocument = _value(doc)
    return cleaned


_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type) -> tuple[str, ...]:
    """The fields of a dataclass type (none for any other type), found once per type."""
    names = _NAMES.get(kind)
    if names is None:
        names = _NAMES[kind] = tuple(f.name for f in fields(kind)) if is_dataclass(kind) else ()
    return names


def _value(value: Any) -> Any:
    """A field's value without control characters: strings, tuples and lists of them, and
    nested dataclasses (a reference's URLs).  A value with none is returned as it is (the
    same object), so a document is walked once, whatever its depth."""
    if isinstance(value, str):
        return CONTROL.sub("", value) if CONTROL.search(value) else value
    if isinstance(value, tuple | list):
        items = [_value(v) for v in value]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return tuple(items) if isinstance(value, tuple) else items
    names = _field_names(type(value))
    if names:
        changed = {name: _value(getattr(value, name)) for name in names}
        if all(changed[k] is getattr(value, k) for k in changed):
            return value
        return replace(value, **changed)
    return value
