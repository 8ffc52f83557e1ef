"""MyST projects without a table of contents: the pages MyST builds, in its order.

A ``myst.yml`` whose ``project:`` has no ``toc:`` leaves the table of contents implicit
(mystmd's "Table of Contents" guide): every ``.md``, ``.ipynb`` and ``.tex`` file of the
folder and its subfolders is a page (``.myst.json`` too, MyST's own tree, which is no
document), hidden files and folders, ``_build`` and ``node_modules`` left out, and the
files ``project: exclude:`` matches (glob patterns from the project folder; a folder
matched leaves out all under it).  A subfolder holding a ``myst.yml`` of its own is
another project, not pages of this one.

In each folder the files come first, then the subfolders, each sorted as MyST sorts them:
``index``, ``readme`` or ``main`` with ``.md``, ``.ipynb`` or ``.myst.json`` first, the rest
by name without regard to case and punctuation, numbers by their value (``chapter9``
before ``chapter10``, ``2-x`` before ``10-x``).  The project's root page is the top
folder's index file (``index``, ``readme``, ``main``; ``.md``, then ``.tex``, then
``.ipynb``), else its first ``.md`` page, then ``.tex``, then ``.ipynb``.

Only the rules live here (pure functions); :mod:`bibcheck.books` walks the folder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from fnmatch import fnmatchcase
from functools import cmp_to_key

__all__ = [
    "CONFIG",
    "PAGE_SUFFIXES",
    "excluded",
    "ignored",
    "is_page",
    "ordered",
    "root_page",
]

CONFIG = "myst.yml"
# the files MyST builds as pages that bibcheck reads (``.myst.json`` is MyST's tree)
PAGE_SUFFIXES = (".md", ".ipynb", ".tex")
_IGNORED = frozenset({"_build", "node_modules"})
_INDEX_NAMES = ("index", "readme", "main")
_INDEX_FIRST = frozenset(f"{n}{s}" for s in (".md", ".ipynb", ".myst.json") for n in _INDEX_NAMES)
_DIGITS = re.compile(r"(\d+)")
_PUNCTUATION = re.compile(r"[\W_]+")


def ignored(name: str) -> bool:
    """Is a file or folder of this name never part of a MyST project (hidden, ``_build``,
    ``node_modules``)?"""
    return name.startswith(".") or name in _IGNORED


def is_page(name: str) -> bool:
    """Is a file of this name a page MyST builds (and bibcheck reads)?"""
    return name.lower().endswith(PAGE_SUFFIXES)


def _natural(name: str) -> tuple[tuple[int, int, str], ...]:
    """A name's sort key as MyST compares names (``localeCompare`` with numbers by their
    value and punctuation ignored): digits before letters, case left aside."""
    chunks = _DIGITS.split(_PUNCTUATION.sub("", name).casefold())
    return tuple(
        (0, int(chunk), "") if chunk.isdigit() else (1, 0, chunk) for chunk in chunks if chunk
    )


def _compare(a: str, b: str) -> int:
    """MyST's order of two paths (``/`` separated): in one folder an index file first,
    then by name; across folders by the whole path."""
    a_dir, _, a_name = a.rpartition("/")
    b_dir, _, b_name = b.rpartition("/")
    if a_dir == b_dir:
        a_index, b_index = a_name in _INDEX_FIRST, b_name in _INDEX_FIRST
        if a_index != b_index:
            return -1 if a_index else 1
        a, b = a_name, b_name
    ka, kb = (_natural(a), a.swapcase()), (_natural(b), b.swapcase())
    return -1 if ka < kb else 1 if ka > kb else 0


def ordered(paths: Iterable[str]) -> list[str]:
    """The paths (``/`` separated, from the project folder) in MyST's order."""
    return sorted(paths, key=cmp_to_key(_compare))


def root_page(pages: Sequence[str]) -> str | None:
    """The project's root among its pages (in MyST's order): the top folder's index file,
    else the first ``.md``, ``.tex`` or ``.ipynb`` page."""
    top = {p.lower(): p for p in pages if "/" not in p}
    for suffix in (".md", ".tex", ".ipynb"):
        for name in _INDEX_NAMES:
            if f"{name}{suffix}" in top:
                return top[f"{name}{suffix}"]
    for suffix in (".md", ".tex", ".ipynb"):
        first = next((p for p in pages if p.lower().endswith(suffix)), None)
        if first is not None:
            return first
    return pages[0] if pages else None


def excluded(path: str, patterns: Iterable[str]) -> bool:
    """Does one of ``project: exclude:``'s glob patterns match the path (``/`` separated,
    from the project folder) or one of its folders?  ``*``, ``?`` and ``[...]`` stay
    within a name, a ``**`` part stands for any number of folders."""
    parts = path.split("/")
    for pattern in patterns:
        wanted = [p for p in pattern.strip().removeprefix("./").strip("/").split("/") if p]
        if wanted and any(_glob(wanted, parts[: i + 1]) for i in range(len(parts))):
            return True
    return False


def _glob(pattern: Sequence[str], parts: Sequence[str]) -> bool:
    """Do the path's parts match the pattern's parts (``**`` any number of parts)?"""
    if not pattern:
        return not parts
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(_glob(rest, parts[i:]) for i in range(len(parts) + 1))
    return bool(parts) and fnmatchcase(parts[0], head) and _glob(rest, parts[1:])
