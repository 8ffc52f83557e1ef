"""Regular expressions compiled on first use.

The reference parsers hold some two thousand module-level patterns, many of them
built from long name and word lists (the largest over 80,000 characters).
Compiling them all at import cost about five seconds of CPU, paid by every
command, including ``bibcheck --help``, ``check`` and every fleet worker, which
never parse a reference.  :func:`lazy_compile` returns a :class:`LazyPattern`
that keeps the source and flags and compiles on the first match, so a process
pays only for the patterns it uses, and builds them from programs kept on disk by an
earlier process where it can (:mod:`bibcheck.regexcache`).

Only a pattern created while a module is imported (a module-level pattern, or one a
function called by the module's top-level code builds from its vocabularies) is kept on
disk: its source is fixed by the code, so a later process asks for it again.  A pattern
made in a function at run time (from a document's labels, names or escaped text) is
compiled by ``re`` alone: stored, it would only fill the cache with programs no later
process reads.

A :class:`LazyPattern` offers the matching methods of :class:`re.Pattern`; it is
not one, so it cannot be handed to ``re.sub(pattern, ...)`` and friends (mypy
says so).  Code that accepts either takes a :data:`Regex`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Mapping
from types import FrameType
from typing import Any

from bibcheck.regexcache import compile_cached

__all__ = ["LazyPattern", "Regex", "lazy_compile"]


class LazyPattern:
    """A pattern's source and flags, compiled the first time it is used."""

    __slots__ = ("_compiled", "_flags", "_persist", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        self._persist = _importing()

    @property
    def persist(self) -> bool:
        """The pattern was created while a module was imported: its program is kept on
        disk between processes."""
        return self._persist

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = compile_cached(
                self.pattern, self._flags, persist=self._persist
            )
        return compiled

    @property
    def flags(self) -> int:
        return self.compiled.flags

    @property
    def groups(self) -> int:
        return self.compiled.groups

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compiled.groupindex

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self._compiled or self.compiled).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self._compiled or self.compiled).match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return (self._compiled or self.compiled).fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return (self._compiled or self.compiled).finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return (self._compiled or self.compiled).findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return (self._compiled or self.compiled).split(string, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return (self._compiled or self.compiled).sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return (self._compiled or self.compiled).subn(repl, string, count)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def _importing() -> bool:
    """A module's top-level code is running (it is being imported): the innermost
    module-level frame of the stack is not the program's ``__main__`` (a script, ``-m``,
    ``-c``, a console command, whose functions run for documents)."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_name == "<module>":
            return frame.f_globals.get("__name__") != "__main__"
        frame = frame.f_back
    return False


Regex = re.Pattern[str] | LazyPattern
"""A compiled pattern or a lazy one: what functions taking a pattern accept."""


def lazy_compile(pattern: str | Regex, flags: int = 0) -> LazyPattern:
    """A pattern compiled on first use; ``pattern`` may itself be a pattern (its source
    and flags are taken, as :func:`re.compile` returns a compiled pattern unchanged)."""
    if isinstance(pattern, LazyPattern):
        return pattern if not flags else LazyPattern(pattern.pattern, pattern._flags | flags)
    if isinstance(pattern, re.Pattern):
        return LazyPattern(pattern.pattern, pattern.flags | flags)
    return LazyPattern(pattern, flags)
