"""What a document class is built on, so that its footnote numbering is known.

A university or publisher class (``abntex2``, a thesis class) is most often a standard
class with a cover page: ``\\LoadClass{book}`` (or ``report``, ``memoir``, KOMA's
``scrbook`` ...), whose ``\\chapter`` restarts the footnote counter.  When the ``.cls``
file stands beside the document, the chain of ``\\LoadClass`` is followed (classes that
load classes beside them too, loops refused); the ``.cls`` texts are kept, base first,
for the counter commands (``\\counterwithout{footnote}{chapter}``) they hold.  A class
that is not there is known by name or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.latex.files import Unreadable, read_text_file

_LOAD_CLASS = lazy_compile(r"\\LoadClass(?:WithOptions)?\s*(?:\[[^\]]*\])?\s*\{\s*([^{}\s]+)\s*\}")
_COMMENT = lazy_compile(r"(?<!\\)%[^\n]*")
_CLS_LIMIT = 2 * 1024 * 1024
_DEPTH = 8  # classes built on classes beside the document


@dataclass(frozen=True, slots=True)
class ClassChain:
    """A document class and the classes it is built on (the class itself first), and the
    texts of those found as ``.cls`` files beside the document (the base's first)."""

    names: tuple[str, ...]
    texts: tuple[str, ...] = ()


def base_classes(text: str) -> list[str]:
    """The classes a ``.cls`` text loads (``\\LoadClass[12pt]{book}``), comments left out."""
    return [m.group(1) for m in _LOAD_CLASS.finditer(_COMMENT.sub("", text))]


def class_chain(name: str, folders: Sequence[Path]) -> ClassChain:
    """``name`` and the classes under it, as far as ``.cls`` files in ``folders`` tell."""
    names = [name]
    texts: list[str] = []
    current = name
    for _ in range(_DEPTH):
        text = _class_text(current, folders)
        if text is None:
            break
        texts.append(_COMMENT.sub("", text))
        loaded = [n for n in base_classes(text) if n not in names]
        if not loaded:
            break
        current = loaded[0]
        names.append(current)
    return ClassChain(tuple(names), tuple(reversed(texts)))


def _class_text(name: str, folders: Sequence[Path]) -> str | None:
    for folder in folders:
        path = folder / f"{name}.cls"
        try:
            if not path.is_file():
                continue
            return read_text_file(path, None, _CLS_LIMIT).text
        except (OSError, Unreadable):
            continue
    return None
