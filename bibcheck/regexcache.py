"""Compiled regular-expression programs kept on disk between processes.

A first parse compiles several hundred of the parsers' patterns (some over 80,000
characters, built from name and letter lists), and nearly all of a small document's
parse time is spent there: Python's ``re`` parses a pattern's source in Python code.
The result of that work is a short program (a list of integers) that
``_sre.compile`` turns into a :class:`re.Pattern` in microseconds.  This module keeps
those programs in a keyed store, so a later process builds the very same pattern objects
without parsing the sources again.

The store is an SQLite database (write-ahead log), one row per program, its key a hash
of the pattern's flags and source; the row keeps the full source too, and a program is
used only when that source and the flags are the pattern's (source and program are
kept ``zlib``-compressed: a program's code words are mostly small numbers, and the
sources are long word lists).  A process reads the rows of the patterns it uses, one at
a time, when it first uses them; at exit it adds the programs it built in one short
transaction (nothing else is rewritten; a row another
process added meanwhile is the same program), so several processes may use one store at
once.  It replaces the single ``marshal`` file of fix round 63 (read whole by every
process, rewritten whole at exit), which a new store deletes.
Its size is bounded (:data:`MAX_BYTES`): past the bound, the programs used longest ago
are evicted.  Only patterns whose source is fixed by the code belong there (see
:mod:`bibcheck.lazyre`: the patterns created when a module is imported); a pattern made
from a document's text is compiled by ``re`` alone (``persist=False``), or the store
would fill with programs no later process uses.

The pattern is the same either way: the program is what :func:`re.compile` would make
(``re._compiler.compile``'s steps, unchanged from Python 3.11 to 3.13), and the store's
file name holds the interpreter's cache tag and the regular-expression engine's magic
number, so a program is never read by another engine.  Anything unexpected (an
unreadable, corrupt or locked store, an unwritable directory, another interpreter) falls
back to :func:`re.compile`: the cache can make a start slower, never wrong.  A file that
is not a database (a write cut short, another program's file) is replaced by a new store.

Where: ``$BIBCHECK_REGEX_CACHE`` (a directory; ``off`` turns the cache off), else
``$XDG_CACHE_HOME/bibcheck``, else ``~/.cache/bibcheck``.
"""

from __future__ import annotations

import array
import atexit
import hashlib
import importlib
import marshal
import os
import re
import sqlite3
import sys
import threading
import time
import zlib
from pathlib import Path
from typing import Any

__all__ = ["MAX_BYTES", "ProgramCache", "cache_dir", "compile_cached"]

# (final flags, code, groups - 1, group index, index group): _sre.compile's arguments
# after the source, the code as the bytes of an array of the engine's code words (read
# back in a copy, not one Python int at a time)
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

MAX_BYTES = 16 * 2**20
"""The bound on the (compressed) programs and sources a store keeps, some four times what
all of the parsers' patterns take: past it, the programs used longest ago are evicted."""

_KEEP = 0.75  # an eviction leaves the store at this share of its bound
_TOUCH = 24 * 3600  # a program's time of last use is renewed when it is older than this
_TIMEOUT = 2.0  # seconds to wait for another process's write
_SCHEMA = """
CREATE TABLE IF NOT EXISTS programs (
    key BLOB PRIMARY KEY,
    flags INTEGER NOT NULL,
    source BLOB NOT NULL,
    program BLOB NOT NULL,
    size INTEGER NOT NULL,
    used INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS programs_used ON programs (used);
"""
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


def _source(pattern: str) -> bytes:
    """The pattern's source as stored (UTF-8; a lone surrogate kept as it is)."""
    return pattern.encode("utf-8", "surrogatepass")


def _key(source: bytes, flags: int) -> bytes:
    """A program's key: a hash of its flags and source."""
    return hashlib.blake2b(b"%d\0%s" % (flags, source), digest_size=16).digest()


def _now() -> int:
    """The time of a program's use, in seconds."""
    return int(time.time())


def _is_damaged(error: sqlite3.Error) -> bool:
    """The file is no SQLite database or a damaged one (not merely busy or unwritable)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT)


class ProgramCache:
    """The programs of one store: each read when its pattern is first compiled, new ones
    added at exit."""

    def __init__(self, directory: Path | None, max_bytes: int = MAX_BYTES) -> None:
        self.directory = directory
        self.max_bytes = max_bytes
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        self._broken = False  # the store could not be opened: compile from the sources
        self._new: dict[bytes, tuple[bytes, int, bytes]] = {}  # key: source, flags, program
        self._stale: set[bytes] = set()  # keys read whose time of use is to be renewed
        self._lock = threading.Lock()
        self._registered = False
        self.built = 0  # patterns compiled from their source (misses), for benchmarks
        self.read = 0  # programs read from the store, for benchmarks

    @property
    def path(self) -> Path | None:
        engine = _engine()
        if self.directory is None or not engine:
            return None
        tag = sys.implementation.cache_tag
        name = f"regex-{tag}-{engine[0].MAGIC}-{engine[0].CODESIZE}{sys.byteorder[0]}.sqlite3"
        return self.directory / name

    def _connect(self, path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, timeout=_TIMEOUT, isolation_level=None, check_same_thread=False)
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":  # a new file
                db.execute("PRAGMA auto_vacuum = INCREMENTAL")  # (before its tables)
                db.execute("PRAGMA journal_mode = WAL")
                path.with_suffix(".marshal").unlink(missing_ok=True)  # (fix round 63's)
            db.execute("PRAGMA synchronous = NORMAL")
            db.executescript(_SCHEMA)
        except BaseException:
            db.close()
            raise
        return db

    def _open(self) -> sqlite3.Connection | None:
        """The store's connection (opened, and the file made, on first use in this
        process), or None when there is none to use."""
        if self._db is not None and self._pid == os.getpid():
            return self._db
        self._db = None  # (a connection is not carried into a forked process)
        path = self.path
        if path is None or self._broken:
            return None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._db = self._connect(path)
            except sqlite3.Error as error:
                if not _is_damaged(error):
                    raise
                for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                    stale.unlink(missing_ok=True)
                self._db = self._connect(path)
        except (OSError, sqlite3.Error):
            self._broken = True
            return None
        self._pid = os.getpid()
        return self._db

    def _fetch(self, source: bytes, flags: int) -> Program | None:
        """The stored program of a pattern, or None (none stored, or unreadable)."""
        key = _key(source, flags)
        with self._lock:
            db = self._open()
            if db is None:
                return None
            try:
                row = db.execute(
                    "SELECT flags, source, program, used FROM programs WHERE key = ?", (key,)
                ).fetchone()
            except sqlite3.Error:
                return None
            if row is None or row[0] != flags:
                return None
            try:
                if zlib.decompress(row[1]) != source:
                    return None
                program = marshal.loads(zlib.decompress(row[2]))
            except (zlib.error, EOFError, ValueError, TypeError):
                return None
            if not isinstance(program, tuple) or len(program) != 5:
                return None
            if not isinstance(row[3], int) or row[3] < _now() - _TOUCH:
                self._stale.add(key)
                self._register()
            self.read += 1
            checked: Program = program  # (its parts are checked by _sre.compile)
            return checked

    def _register(self) -> None:
        if not self._registered:
            self._registered = True
            atexit.register(self.save)

    def compile(self, pattern: str, flags: int, persist: bool = True) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, by its stored program when there is one; a new
        program is stored when ``persist`` (the pattern's source is fixed by the code)."""
        engine = _engine()
        if (
            not persist
            or not engine
            or self.directory is None
            or flags & re.DEBUG
            or type(pattern) is not str
        ):
            return re.compile(pattern, flags)
        flags = int(flags)
        try:
            source = _source(pattern)
        except UnicodeEncodeError:
            return re.compile(pattern, flags)
        program = self._fetch(source, flags)
        if program is not None:
            try:
                return _build(pattern, program)
            except Exception:  # noqa: BLE001 (a damaged entry: compile from the source)
                pass
        self.built += 1
        program = _program(pattern, flags)
        compiled = _build(pattern, program)
        with self._lock:
            self._new[_key(source, flags)] = (
                zlib.compress(source),
                flags,
                zlib.compress(marshal.dumps(program)),
            )
            self._register()
        return compiled

    def save(self) -> None:
        """Add the programs built in this process to the store (a row already there, or
        added by another process meanwhile, is replaced by the same program), renew the
        time of use of those read, and evict past the bound."""
        with self._lock:
            new, self._new = self._new, {}
            stale, self._stale = self._stale, set()
            if not new and not stale:
                return
            db = self._open()
            if db is None:
                return
            now = _now()
            try:
                db.execute("BEGIN IMMEDIATE")
                try:
                    db.executemany(
                        "INSERT OR REPLACE INTO programs VALUES (?, ?, ?, ?, ?, ?)",
                        [
                            (key, flags, source, program, len(source) + len(program), now)
                            for key, (source, flags, program) in new.items()
                        ],
                    )
                    db.executemany(
                        "UPDATE programs SET used = ? WHERE key = ?", [(now, k) for k in stale]
                    )
                    evicted = self._evict(db) if new else False
                    db.execute("COMMIT")
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
                if evicted:
                    db.execute("PRAGMA incremental_vacuum")
            except sqlite3.Error:
                pass  # a locked, full or unwritable store costs only time

    def _evict(self, db: sqlite3.Connection) -> bool:
        """Delete the programs used longest ago until the store is within its bound."""
        total = db.execute("SELECT coalesce(sum(size), 0) FROM programs").fetchone()[0]
        if total <= self.max_bytes:
            return False
        excess = total - int(self.max_bytes * _KEEP)
        doomed: list[tuple[bytes]] = []
        for key, size in db.execute("SELECT key, size FROM programs ORDER BY used, key"):
            if excess <= 0:
                break
            doomed.append((key,))
            excess -= size
        db.executemany("DELETE FROM programs WHERE key = ?", doomed)
        return True

    def close(self) -> None:
        """Write what is new and close the store (a later use opens it again)."""
        self.save()
        with self._lock:
            if self._db is not None and self._pid == os.getpid():
                self._db.close()
            self._db = None


_CACHE: ProgramCache | None = None


def compile_cached(pattern: str, flags: int = 0, persist: bool = False) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` through the process's :class:`ProgramCache`: read
    from and written to the store when ``persist`` (a pattern whose source is fixed by the
    code); otherwise :func:`re.compile` alone."""
    global _CACHE
    if not persist:
        return re.compile(pattern, flags)
    if _CACHE is None:
        _CACHE = ProgramCache(cache_dir())
    return _CACHE.compile(pattern, flags)
