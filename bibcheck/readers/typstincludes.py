"""What a Typst ``include`` names when it is no plain string.

A thesis template often reads the chapters itself: the main file gives their names
(``#show: thesis.with(chapters: ("introduction", "method"))``) and the template includes
each by joining strings, ``for chapter in chapters { include "chapters/" + chapter + ".typ" }``.
Such an include is a :class:`Joined` target: the literal text before and after one
variable, and the array the variable runs over (``for x in name``), when a ``for`` loop
gives it.  The files it names are those strings with each value the document gives that
array (:func:`joined_files`).  Any other expression (``include path``, ``include
chapter(1)``) names files only Typst can know: an :class:`Expression`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile

__all__ = ["Expression", "Joined", "include_target", "joined_files"]

_STR = r'"((?:[^"\\\n]|\\.)*)"'
_IDENT = r"([A-Za-z_][\w-]*)"
# "prefix" + name + "suffix" (either string may be missing; in parentheses or not)
_JOINED = lazy_compile(
    rf"\s*\(?\s*(?:{_STR}\s*\+\s*)?{_IDENT}\s*(?:\+\s*{_STR})?\s*\)?(?=\s*(?:$|[\n;}}\]]))"
)
_PLAIN = lazy_compile(rf"\s*\(?\s*{_STR}\s*\)?(?=\s*(?:$|[\n;}}\]]))")
_EXPRESSION = lazy_compile(r"\s*(?P<expr>[^\n;}\]]{1,80})")
_FOR = r"\bfor\s+{name}\s+in\s+(?:\(\s*)?([A-Za-z_][\w-]*)"


@dataclass(frozen=True, slots=True)
class Joined:
    """``include "prefix" + name + "suffix"`` at ``offset``; ``over``: the array ``name``
    runs over (``for name in over``), None when no loop gives it."""

    prefix: str
    name: str
    suffix: str
    over: str | None
    offset: int


@dataclass(frozen=True, slots=True)
class Expression:
    """``include`` of an expression no string names (``include chapter(1)``)."""

    text: str
    offset: int


def include_target(text: str, start: int, offset: int) -> Joined | Expression | None:
    """What the ``include`` whose keyword ends at ``start`` names, when it is not a plain
    string (None then: the caller reads that): a joined name, or another expression.
    ``offset`` is where the include stands."""
    if _PLAIN.match(text, start) is not None:
        return None
    m = _JOINED.match(text, start)
    if m is not None and (m.group(1) is not None or m.group(3) is not None):
        name = m.group(2)
        loops = list(re.finditer(_FOR.format(name=re.escape(name)), text[:offset]))
        over = loops[-1].group(1) if loops else None
        return Joined(m.group(1) or "", name, m.group(3) or "", over, offset)
    e = _EXPRESSION.match(text, start)
    if e is None or not e.group("expr").strip() or e.group("expr").lstrip().startswith('"'):
        return None
    return Expression(e.group("expr").strip(), offset)


def joined_files(target: Joined, values: Sequence[str]) -> list[str]:
    """The file names ``target`` joins from each of ``values`` (the strings given to the
    array it runs over), in their order."""
    return [f"{target.prefix}{value}{target.suffix}" for value in values]
