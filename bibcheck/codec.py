"""Row and JSON codecs derived from a record's dataclass fields.

The store writes a record as a row (:func:`to_row`) and reads it back
(:func:`from_row`); the JSON shapers write it as a JSON object (:func:`to_json`).
All three walk ``dataclasses.fields`` and convert by the field's type, so a new
field in a record needs a model change and a migration (its column), nothing
else.  Conversions:

=====================  ==========================  ====================
field type             row (SQLite, PostgreSQL)    JSON
=====================  ==========================  ====================
enum                   its value                   its value
date, datetime         ISO text                    ISO text
tuple / frozenset      JSON text of a list         a list (nested tuples: lists)
bool                   bool (stored as 0/1)        bool
other scalars          as is                       as is
=====================  ==========================  ====================

Field metadata opts out: ``field(metadata={"row": False})`` for a field the
store keeps elsewhere (a reference's anomalies are rows of their own) or not
at all; ``{"json": False}`` for a field the JSON interfaces do not carry.
Nested records are never converted implicitly: exclude them and shape them
where they are stored.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from collections.abc import Collection, Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar, Union

__all__ = ["from_row", "row_fields", "to_json", "to_row"]

T = TypeVar("T")


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    """The resolved field types of a record class, computed once per class."""
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _fields(obj_or_cls: Any, flag: str, exclude: Collection[str]) -> list[dataclasses.Field[Any]]:
    return [
        f
        for f in dataclasses.fields(obj_or_cls)
        if f.name not in exclude and f.metadata.get(flag, True)
    ]


_ROW_FIELDS: dict[type, tuple[dataclasses.Field[Any], ...]] = {}


def _row_fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    """The fields of ``cls`` that have a column, worked out once per class."""
    if cls not in _ROW_FIELDS:
        _ROW_FIELDS[cls] = tuple(_fields(cls, "row", ()))
    return _ROW_FIELDS[cls]


def row_fields(cls: type) -> list[str]:
    """Names of the fields of ``cls`` that have a column."""
    return [f.name for f in _fields(cls, "row", ())]


@functools.cache
def _base(tp: Any) -> tuple[Any, bool]:
    """(the type without ``None``, whether ``None`` is allowed)."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        optional = len(args) < len(typing.get_args(tp))
        return (args[0] if len(args) == 1 else tp), optional
    return tp, False


_PLAIN = frozenset({type(None), bool, int, float, str})  # stored as they are

Encoder = typing.Callable[[Any, bool], Any]
"""How a value of one type is stored: ``encoder(value, for_json)``."""


def _as_is(value: Any, for_json: bool) -> Any:
    return value


def _enum_value(value: Any, for_json: bool) -> Any:
    return value.value


def _iso(value: Any, for_json: bool) -> Any:
    return value.isoformat()


def _sequence(value: Any, for_json: bool) -> Any:
    if not value:  # most sequences stored (a check's redirects): empty
        return [] if for_json else "[]"
    items = [_encode(v, for_json=True) for v in value]  # nested tuples: nested lists
    return items if for_json else json.dumps(items, ensure_ascii=False)


def _set(value: Any, for_json: bool) -> Any:
    return _sequence(sorted(value), for_json)


def _mapping(value: Any, for_json: bool) -> Any:
    mapping = {str(k): _encode(v, for_json=True) for k, v in value.items()}
    return mapping if for_json else json.dumps(mapping, ensure_ascii=False, sort_keys=True)


def _unsupported(value: Any, for_json: bool) -> Any:
    raise TypeError(f"no codec for {type(value).__name__} values")


_ENCODERS: dict[type, Encoder] = {}


def encoder_for(tp: type) -> Encoder:
    """How values of type ``tp`` are stored, worked out once per type."""
    encoder = _ENCODERS.get(tp)
    if encoder is None:
        encoder = _ENCODERS[tp] = _choose_encoder(tp)
    return encoder


def _choose_encoder(tp: type) -> Encoder:
    """A subclass of ``str`` or ``int`` that is not an enum is stored as is, an
    ``IntEnum`` by its value, a named tuple as a list; then dates, sets, mappings."""
    if tp is type(None) or issubclass(tp, bool | int | float | str) and not issubclass(tp, Enum):
        return _as_is
    if issubclass(tp, Enum):
        return _enum_value
    if issubclass(tp, datetime | date):
        return _iso
    if issubclass(tp, tuple | list):
        return _sequence
    if issubclass(tp, frozenset | set):
        return _set
    if issubclass(tp, Mapping):
        return _mapping
    return _unsupported


def _encode(value: Any, *, for_json: bool) -> Any:
    if type(value) in _PLAIN:  # most values: nothing to convert
        return value
    return (_ENCODERS.get(type(value)) or encoder_for(type(value)))(value, for_json)


def to_row(obj: Any, *, exclude: Collection[str] = ()) -> dict[str, Any]:
    """The columns of one record (fields with ``row=False`` metadata left out)."""
    chosen = _row_fields(type(obj)) if not exclude else _fields(obj, "row", exclude)
    row: dict[str, Any] = {}
    for f in chosen:
        value = getattr(obj, f.name)
        # plain values (most of them) are stored as they are: no call per value
        if type(value) in _PLAIN:
            row[f.name] = value
        else:
            row[f.name] = (_ENCODERS.get(type(value)) or encoder_for(type(value)))(value, False)
    return row


def to_json(
    obj: Any, *, leading: Sequence[str] = (), exclude: Collection[str] = ()
) -> dict[str, Any]:
    """A JSON-ready dict of one record.

    ``leading`` names the keys that come first, in that order (the documented
    order of a published interface); every other field follows in declaration
    order, so a field added later appears without touching the shaper.
    """
    chosen = {f.name: f for f in _fields(obj, "json", exclude)}
    order = [n for n in leading if n in chosen] + [n for n in chosen if n not in leading]
    return {n: _encode(getattr(obj, n), for_json=True) for n in order}


@functools.cache
def _plan(tp: Any) -> tuple[str, Any, Any]:
    """How a column value of type ``tp`` is decoded: (kind, base type, item type).

    Worked out once per type: rebuilding 100,000 rows must not resolve the
    same annotations a million times.
    """
    base, _optional = _base(tp)
    origin = typing.get_origin(base)
    if isinstance(base, type) and issubclass(base, Enum):
        return "enum", base, None
    if base is datetime:
        return "datetime", base, None
    if base is date:
        return "date", base, None
    if base is bool:
        return "bool", base, None
    if origin in (tuple, frozenset) or base in (tuple, frozenset):
        args = [a for a in typing.get_args(base) if a is not Ellipsis]
        frozen = origin is frozenset or base is frozenset
        return ("frozenset" if frozen else "tuple"), base, (args[0] if args else None)
    if origin is not None and issubclass(origin, Mapping):
        return "mapping", base, None
    return "plain", base, None


def _decode(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    kind, base, item = _plan(tp)
    if kind == "plain":
        return value
    if kind == "enum":
        return base(value)
    if kind == "datetime":
        return datetime.fromisoformat(value)
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "bool":
        return bool(value)
    if kind in ("tuple", "frozenset"):
        items = json.loads(value) if isinstance(value, str) else list(value)
        if item is not None:
            items = [_decode(item, v) for v in items]
        return (frozenset if kind == "frozenset" else tuple)(items)
    return json.loads(value) if isinstance(value, str) else dict(value)


def from_row(cls: type[T], row: Mapping[str, Any], **given: Any) -> T:
    """Rebuild a record from its row; ``given`` supplies fields kept elsewhere.

    A column that is NULL for a field that cannot be None takes the field's
    default (an empty ``reason`` stored as NULL reads back as ``""``).
    """
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for f in _row_fields(cls) if not given else _fields(cls, "row", given):
        if f.name not in row:
            continue
        value = _decode(hints[f.name], row[f.name])
        _base_type, optional = _base(hints[f.name])
        if value is None and not optional:
            if f.default is not dataclasses.MISSING:
                value = f.default
            elif f.default_factory is not dataclasses.MISSING:
                value = f.default_factory()
        values[f.name] = value
    values.update(given)
    return cls(**values)
