"""Compiled regular-expression programs kept on disk between processes.

A first parse compiles several hundred of the parsers' patterns (some over 80,000
characters, built from name and letter lists), and nearly all of a small document's
parse time is spent there: Python's ``re`` parses a pattern's source in Python code.
The result of that work is a short program (a list of integers) that
``_sre.compile`` turns into a :class:`re.Pattern` in microseconds.  This module keeps
those programs in one file per interpreter version (``marshal``), so a later process
builds the very same pattern objects without parsing the sources again.

The pattern is the same either way: the program is what :func:`re.compile` would
make (``re._compiler.compile``'s steps, unchanged from Python 3.11 to 3.13), the
cache's key is the full source and flags, and the file's name holds the
interpreter's cache tag and the regular-expression engine's magic number, so a
program is never read by another engine.  Anything unexpected (an unreadable or
corrupt file, an unwritable directory, another interpreter) falls back to
:func:`re.compile`: the cache can make a start slower never wrong.

Where: ``$BIBCHECK_REGEX_CACHE`` (a directory; ``off`` turns the cache off), else
``$XDG_CACHE_HOME/bibcheck``, else ``~/.cache/bibcheck``.  New programs are written
when the process exits (merged with what other processes wrote, replaced
atomically).
"""

from __future__ import annotations

import array
import atexit
import importlib
import marshal
import os
import re
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

__all__ = ["ProgramCache", "cache_dir", "compile_cached"]

# (final flags, code, groups - 1, group index, index group): _sre.compile's arguments
# after the source, the code as the bytes of an array of the engine's code words (read
# back in a copy, not one Python int at a time: only the programs a process uses are
# turned into lists)
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_MAX_ENTRIES = 20_000  # a bound on a file that only grows: past it, start afresh
_ENGINE: Any = None  # (_sre, re._parser, re._compiler) where this interpreter has them


def _engine() -> Any:
    """CPython's regular-expression engine and compiler modules, or False elsewhere."""
    global _ENGINE
    if _ENGINE is None:
        supported = sys.implementation.name == "cpython" and (3, 11) <= sys.version_info < (3, 14)
        try:
            modules = tuple(
                importlib.import_module(m) for m in ("_sre", "re._parser", "re._compiler")
            )
        except ImportError:
            supported = False
        _ENGINE = modules if supported else False
    return _ENGINE


def cache_dir() -> Path | None:
    """The directory of the cache, or None when it is turned off."""
    chosen = os.environ.get("BIBCHECK_REGEX_CACHE")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "0", "off", "no", "false") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "bibcheck"


def _typecode() -> str:
    """The array type code of the engine's code words (``_sre.CODESIZE`` bytes)."""
    size = _engine()[0].CODESIZE
    return next(code for code in "IL" if array.array(code).itemsize == size)


def _build(pattern: str, program: Program) -> re.Pattern[str]:
    """The pattern of a program.  ``_sre`` checks the code before it takes it, so a
    damaged program raises an exception rather than match wrongly."""
    flags, code, groups, groupindex, indexgroup = program
    words = array.array(_typecode(), code).tolist()
    built: re.Pattern[str] = _engine()[0].compile(
        pattern, flags, words, groups, groupindex, indexgroup
    )
    return built


def _program(pattern: str, flags: int) -> Program:
    """The program :func:`re.compile` makes of ``pattern`` (its steps, in order)."""
    _sre, parser, compiler = _engine()
    parsed = parser.parse(pattern, flags)
    code = array.array(_typecode(), compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


class ProgramCache:
    """The programs of one cache file: read on first use, new ones written at exit."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self._programs: dict[tuple[str, int], Program] | None = None
        self._new: dict[tuple[str, int], Program] = {}
        self._lock = threading.Lock()
        self._registered = False
        self.built = 0  # patterns compiled from their source (misses), for benchmarks

    @property
    def path(self) -> Path | None:
        engine = _engine()
        if self.directory is None or not engine:
            return None
        tag = sys.implementation.cache_tag
        name = f"regex-{tag}-{engine[0].MAGIC}-{engine[0].CODESIZE}{sys.byteorder[0]}.marshal"
        return self.directory / name

    def _load(self) -> dict[tuple[str, int], Program]:
        path = self.path
        if path is None:
            return {}
        try:
            data = marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return data if isinstance(data, dict) else {}

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, by its stored program when there is one."""
        engine = _engine()
        if not engine or self.directory is None or flags & re.DEBUG or type(pattern) is not str:
            return re.compile(pattern, flags)
        key = (pattern, int(flags))
        with self._lock:
            if self._programs is None:
                self._programs = self._load()
            program = self._programs.get(key)
        if program is not None:
            try:
                return _build(pattern, program)
            except Exception:  # noqa: BLE001 (a damaged entry: compile from the source)
                pass
        self.built += 1
        program = _program(pattern, int(flags))
        compiled = _build(pattern, program)
        with self._lock:
            self._programs[key] = program
            self._new[key] = program
            if not self._registered:
                self._registered = True
                atexit.register(self.save)
        return compiled

    def save(self) -> None:
        """Add the programs built in this process to the file (atomically replaced)."""
        path = self.path
        with self._lock:
            new, self._new = self._new, {}
        if path is None or not new:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            stored = self._load()
            if len(stored) + len(new) > _MAX_ENTRIES:
                stored = {}
            stored.update(new)
            fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as out:
                    marshal.dump(stored, out)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except (OSError, ValueError):
            pass  # an unwritable cache costs only time


_CACHE: ProgramCache | None = None


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` through the process's :class:`ProgramCache`."""
    global _CACHE
    if _CACHE is None:
        _CACHE = ProgramCache(cache_dir())
    return _CACHE.compile(pattern, flags)
