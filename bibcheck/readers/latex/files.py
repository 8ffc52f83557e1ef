"""Reading the files a LaTeX manuscript names (included ``.tex``, ``.bib``, ``.sty``, ``.bbl``).

Only regular files are read (a FIFO would hang, ``/dev/zero`` never ends), and never
more than the size limit: the size is checked while reading, not after.  Text is
decoded like a manuscript (UTF-8, else the encoding the file or the main file
declares with ``inputenc``, else a guess that is said).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from bibcheck.errors import InputError
from bibcheck.readers.decode import MAX_BYTES, decode, read_regular_file


class Unreadable(Exception):
    """Why a named file could not be read (the message says it to the user)."""


@dataclass(frozen=True, slots=True)
class TextFile:
    path: Path
    text: str
    encoding: str
    guessed: bool


def read_text_file(path: Path, fallback: str | None, limit: int = MAX_BYTES) -> TextFile:
    """The decoded text of a regular file of at most ``limit`` bytes, or :class:`Unreadable`."""
    try:  # opened without blocking, type checked on the descriptor, size while reading
        data = read_regular_file(path, limit)
    except InputError as exc:
        raise Unreadable(str(exc).removeprefix(f"{path}: ")) from None
    if not data.strip():
        return TextFile(path, "", "utf-8", False)
    try:
        decoded = decode(data, path.name, fallback)
    except InputError as exc:
        raise Unreadable(str(exc).removeprefix(f"{path.name}: ")) from None
    return TextFile(path, decoded.text, decoded.encoding, decoded.guessed)


def find_file(name: str, bases: list[Path], extension: str) -> Path | None:
    """The first existing file for ``name`` in ``bases`` (``extension`` added when missing,
    tried first as TeX does), or None."""
    candidates = [name] if name.endswith(extension) else [name + extension, name]
    for base in bases:
        for candidate in candidates:
            path = Path(candidate) if os.path.isabs(candidate) else base / candidate
            try:
                if path.exists():
                    return path
            except OSError:  # a name too long for the file system: no such file
                continue
    return None
