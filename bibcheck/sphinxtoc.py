"""Sphinx projects: the root document named in ``conf.py`` and the ``.. toctree::`` entries.

A Sphinx project's pages are found from its root document (``root_doc`` or the older
``master_doc`` in ``conf.py``, ``index`` by default) by following the ``toctree``
directives: each entry names a document without its extension, relative to the page
that holds the directive (or, starting with ``/``, to the source folder), either bare
(``install``) or with a title (``Installing <install>``); with the ``:glob:`` option an
entry is a pattern (``examples/*``).  ``self`` and web addresses are no pages.

Only parsing lives here (pure functions); :mod:`bibcheck.books` reads the files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["TocTreeEntry", "root_doc_name", "toctree_entries"]

_ROOT_DOC = re.compile(
    r"^(?:root_doc|master_doc)\s*=\s*(?P<q>['\"])(?P<name>[^'\"\n]+)(?P=q)\s*(?:#.*)?$", re.M
)
_DIRECTIVE = re.compile(r"^(?P<indent>[ \t]*)\.\.[ \t]+toctree::[ \t]*$")
_OPTION = re.compile(r"^:(?P<name>[\w-]+):(?:\s.*)?$")
_TITLED = re.compile(r"^.*?<(?P<target>[^<>]+)>$")


@dataclass(frozen=True, slots=True)
class TocTreeEntry:
    """One page (or, with ``pattern``, a ``:glob:`` pattern) a toctree lists."""

    name: str
    pattern: bool = False


def root_doc_name(conf: str) -> str:
    """The root document ``conf.py`` sets (``root_doc = "contents"``), else ``index``.

    The last assignment wins, as when Python runs the file.
    """
    names = [m.group("name").strip() for m in _ROOT_DOC.finditer(conf)]
    return names[-1] if names else "index"


def toctree_entries(text: str) -> list[TocTreeEntry]:
    """The entries of every ``.. toctree::`` directive in an rst page, in order."""
    lines = text.splitlines()
    entries: list[TocTreeEntry] = []
    i = 0
    while i < len(lines):
        m = _DIRECTIVE.match(lines[i])
        i += 1
        if m is None:
            continue
        indent = len(m.group("indent").expandtabs())
        body: list[str] = []
        while i < len(lines):
            line = lines[i]
            if line.strip() and len(line) - len(line.lstrip()) <= indent:
                break
            body.append(line.strip())
            i += 1
        entries.extend(_block_entries(body))
    return entries


def _block_entries(body: list[str]) -> list[TocTreeEntry]:
    glob = any(
        (m := _OPTION.match(line)) is not None and m.group("name") == "glob" for line in body
    )
    found: list[TocTreeEntry] = []
    for line in body:
        if not line or _OPTION.match(line) or line.startswith(".."):
            continue
        titled = _TITLED.match(line)
        target = (titled.group("target") if titled else line).strip()
        if not target or target == "self" or "://" in target or target.startswith("mailto:"):
            continue
        found.append(TocTreeEntry(target, pattern=glob and any(c in target for c in "*?[")))
    return found
