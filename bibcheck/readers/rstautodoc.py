"""Python modules a Sphinx project documents with autodoc, and the citations in them.

docutils citations are global to a Sphinx project, and autodoc (``.. automodule::
pkg.mod``, ``.. autoclass:: pkg.mod.Name``, ``.. autofunction::`` …) puts the docstrings
of Python modules into its pages: a docstring's ``[Peters1964]_`` cites an entry of the
project's bibliography page as a page does.  :func:`autodoc_names` finds the documented
names on a page, :func:`module_file` the module file a name lives in (looked for in the
folders autodoc imports from: the project's root and the folders above it, a ``src``
layout too) and :func:`source_cites` the citation labels a module's source cites.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from bibcheck.lazyre import lazy_compile

__all__ = ["autodoc_names", "module_file", "source_cites"]

_DIRECTIVE = lazy_compile(
    r"^[ \t]*\.\.[ \t]+(auto(?:module|class|function|exception|data|method|attribute|"
    r"decorator|property)|(?:py:)?(?:current)?module)::[ \t]*([A-Za-z_][\w.]{0,200})",
    re.M,
)
# how many dotted parts below its module a directive's object stands
_DEPTH = {"automodule": 0, "automethod": 2, "autoattribute": 2, "autoproperty": 2}
# [Label]_ in a docstring: a citation label (no number, '#' or '*': those are footnotes)
_CITE = lazy_compile(r"(?<![\w`\]])\[([A-Za-z][\w.:+-]{0,80})\]_(?![\w])")
_SUFFIXES = (".py", ".pyx", ".pyi")


def autodoc_names(text: str) -> frozenset[str]:
    """The modules the page's autodoc directives document: ``.. automodule:: holo.utils``
    -> ``holo.utils``; ``.. autoclass:: holo.sam.Model`` -> ``holo.sam``; a name without
    its module (``.. autoclass:: Model``) is of the ``.. currentmodule::`` before it."""
    current = ""
    found: set[str] = set()
    for m in _DIRECTIVE.finditer(text):
        kind, name = m.group(1), m.group(2).strip(".")
        if not kind.startswith("auto"):
            current = name  # .. module:: / .. currentmodule::
            continue
        depth = _DEPTH.get(kind, 1)
        parts = name.split(".")
        if len(parts) <= depth and current:
            parts = [*current.split("."), *parts]
        module = parts[: len(parts) - depth]
        if module:
            found.add(".".join(module))
        if kind == "automodule":
            current = name
    return frozenset(found)


def module_file(name: str, roots: Sequence[Path]) -> Path | None:
    """The file of module ``name`` (``a.b`` -> ``a/b.py``, ``a/b.pyx`` or
    ``a/b/__init__.py``) under one of ``roots`` (or their ``src`` folders), or None."""
    stem = Path(*name.split("."))
    for root in roots:
        for base in (root, root / "src"):
            for candidate in (
                *(base / stem.with_name(stem.name + s) for s in _SUFFIXES),
                base / stem / "__init__.py",
            ):
                if candidate.is_file():
                    return candidate
    return None


def source_cites(text: str) -> frozenset[str]:
    """The citation labels (case-folded) a module's source cites, ``[Peters1964]_``."""
    return frozenset(m.group(1).casefold() for m in _CITE.finditer(text))
