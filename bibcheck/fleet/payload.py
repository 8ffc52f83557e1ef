"""Settings records as job arguments (JSON) and back.

A distributed run carries the settings of the command that started it, so
every worker applies the same politeness, timeouts and address policy.
Handles what settings and archive jobs are made of: nested records,
``timedelta`` (seconds), dates (ISO text),
tuples and frozensets (lists), mappings (objects), scalars, ``None``.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any, TypeVar, Union

__all__ = ["decode", "encode"]

T = TypeVar("T")


def encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, date):  # and datetime
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(encode(v) for v in value)
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): encode(v) for k, v in value.items()}
    return value


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(args[0], value) if len(args) == 1 else value
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return decode(tp, value)
    if tp is timedelta:
        return timedelta(seconds=value)
    if tp is datetime:
        return datetime.fromisoformat(value)
    if tp is date:
        return date.fromisoformat(value)
    if origin is frozenset or tp is frozenset:
        (arg,) = typing.get_args(tp) or (Any,)
        return frozenset(_convert(arg, v) for v in value)
    if origin is tuple or tp is tuple:
        args = [a for a in typing.get_args(tp) if a is not Ellipsis] or [Any]
        return tuple(_convert(args[0], v) for v in value)
    if origin is not None and isinstance(origin, type) and issubclass(origin, Mapping):
        return dict(value)
    return value


def decode(cls: type[T], data: Mapping[str, Any]) -> T:
    """Rebuild a settings record; keys it does not know (a newer sender) are ignored."""
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    values = {k: _convert(hints[k], v) for k, v in data.items() if k in known}
    return cls(**values)
