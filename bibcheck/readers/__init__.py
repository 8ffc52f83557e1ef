"""Reader registry: pick the reader that fits a manuscript.

A reader turns decoded text into a :class:`~bibcheck.model.RawDocument`
(markers, footnote definitions, literature items, body blocks).  Parsing
reference fields, claims, numbering and linking happen later and are shared
by all readers, so a new format only needs a new reader.

Each reader scores how well it fits a text (0 = not at all); the highest
score wins, and the file extension breaks ties.

Binary formats (DOCX) cannot be decoded to text first: such a reader has
``read_bytes`` and usually ``sniff``.  :func:`reader_for_bytes` is asked
before the bytes are decoded: a reader whose ``sniff`` recognises the bytes
wins, else one with ``read_bytes`` that claims the file extension.  A text
reader that needs the manuscript's path (LaTeX finds its ``.bib`` files next
to it) has ``read_at(text, path)``.  ``detect_styles`` asks the reference
parser to recognise APA, Chicago, IEEE/Vancouver and Harvard (see
:mod:`bibcheck.parse.references`); the Markdown readers keep the GOST/generic parse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from bibcheck.errors import InputError
from bibcheck.model import RawDocument


@dataclass(frozen=True, slots=True)
class Reader:
    """A registered reader."""

    name: str
    extensions: tuple[str, ...]
    score: Callable[[str], float]  # how well the text fits, 0..1
    read: Callable[[str], RawDocument]
    # Optional, for formats that are not plain text or need the file's path:
    read_bytes: Callable[[bytes, str], RawDocument] | None = None  # (data, path)
    sniff: Callable[[bytes], bool] | None = None  # do these bytes belong to this reader?
    read_at: Callable[[str, str], RawDocument] | None = None  # (text, path)
    detect_styles: bool = False  # parse references with citation-style detection

    def read_text(self, text: str, path: str) -> RawDocument:
        """Read decoded text, passing the path to readers that want it."""
        if self.read_at is not None:
            return self.read_at(text, path)
        return self.read(text)


_REGISTRY: dict[str, Reader] = {}


def register(reader: Reader) -> Reader:
    """Add a reader to the registry (a later one with the same name replaces it)."""
    _REGISTRY[reader.name] = reader
    return reader


def readers() -> list[Reader]:
    """All registered readers, in registration order."""
    _load_builtin()
    return list(_REGISTRY.values())


def get_reader(name: str) -> Reader:
    """The reader called ``name``."""
    _load_builtin()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise InputError(f"unknown reader {name!r} (known: {known})") from None


def reader_for(path: str | PurePath, text: str) -> Reader:
    """The reader that fits ``text`` best; the extension breaks ties."""
    ext = PurePath(path).suffix.lower()
    best: tuple[float, int, Reader] | None = None
    for reader in readers():
        score = reader.score(text)
        if score <= 0:
            continue
        key = (score, 1 if ext in reader.extensions else 0, reader)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        raise InputError(
            f"{path}: no reader recognises this document "
            "(no footnote markers, footnote definitions or reference list found)"
        )
    return best[2]


def reader_for_bytes(path: str | PurePath, data: bytes) -> Reader | None:
    """A byte-level reader for ``data`` (sniffed, else by extension), or None.

    Called before decoding, so that binary formats never reach the text
    decoder; None means "decode the bytes and use :func:`reader_for`".
    """
    candidates = [r for r in readers() if r.read_bytes is not None]
    for reader in candidates:
        if reader.sniff is not None and reader.sniff(data):
            return reader
    ext = PurePath(path).suffix.lower()
    for reader in candidates:
        if ext and ext in reader.extensions:
            return reader
    return None


def _load_builtin() -> None:
    # Imported lazily so that importing the registry never imports every reader.
    from bibcheck.readers import (  # noqa: F401
        bibtex,
        docx,
        html,
        latex,
        mdlinks,
        pandoc,
        pdftext,
        plaintext,
        supmarkdown,
    )
