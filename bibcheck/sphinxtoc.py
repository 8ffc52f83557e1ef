"""Sphinx projects: the root document named in ``conf.py`` and the ``.. toctree::`` entries.

A Sphinx project's pages are found from its root document (``root_doc`` or the older
``master_doc`` in ``conf.py``, ``index`` by default) by following the ``toctree``
directives: each entry names a document without its extension, relative to the page
that holds the directive (or, starting with ``/``, to the source folder), either bare
(``install``) or with a title (``Installing <install>``); with the ``:glob:`` option an
entry is a pattern (``examples/*``).  ``self`` and web addresses are no pages.

A Markdown page (MyST, through myst-parser) writes the directive as a fence,
```` ```{toctree} ```` (or ``~~~{toctree}``, or ``:::{toctree}`` with the colon fence),
its options as ``:glob:`` lines or as a YAML block between ``---`` lines, then the
entries; a toctree shown inside a code block (a page documenting the syntax) is no
toctree.

Only parsing lives here (pure functions); :mod:`bibcheck.books` reads the files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "TocTreeEntry",
    "exclude_patterns",
    "myst_toctree_entries",
    "root_doc_name",
    "toctree_entries",
]

_ROOT_DOC = re.compile(
    r"^(?:root_doc|master_doc)\s*=\s*(?P<q>['\"])(?P<name>[^'\"\n]+)(?P=q)\s*(?:#.*)?$", re.M
)
_DIRECTIVE = re.compile(r"^(?P<indent>[ \t]*)\.\.[ \t]+toctree::[ \t]*$")
_OPTION = re.compile(r"^:(?P<name>[\w-]+):(?:\s.*)?$")
_TITLED = re.compile(r"^.*?<(?P<target>[^<>]+)>$")
# a MyST fence: ```{name} args, ~~~{name}, :::{name} (a bare ``` opens a code block)
_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,}|:{3,})\s*(?P<info>[^`]*?)\s*$")
_DIRECTIVE_NAME = re.compile(r"^\{(?P<name>[\w:.-]+)\}")
# directives whose body is code, not Markdown (a toctree there is an example)
_CODE_DIRECTIVES = frozenset({"code", "code-block", "sourcecode", "code-cell", "literalinclude"})
_YAML_GLOB = re.compile(r"^glob\s*:\s*(?P<value>.*)$")


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


_EXCLUDE = re.compile(r"^exclude_patterns\s*=\s*\[(?P<items>[^\]]*)\]", re.M)
_STRING = re.compile(r"(?P<q>['\"])(?P<s>[^'\"\n]*)(?P=q)")


def exclude_patterns(conf: str) -> list[str]:
    """The ``exclude_patterns = ["_build", "README.md"]`` a ``conf.py`` sets (the last
    list written out wins; patterns relative to the source folder)."""
    found = list(_EXCLUDE.finditer(conf))
    if not found:
        return []
    return [m.group("s") for m in _STRING.finditer(found[-1].group("items")) if m.group("s")]


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


def myst_toctree_entries(text: str) -> list[TocTreeEntry]:
    """The entries of every ```` ```{toctree} ```` (``:::{toctree}``) fence in a MyST
    Markdown page, in order; fences inside code blocks are left alone."""
    lines = text.splitlines()
    entries: list[TocTreeEntry] = []
    open_fences: list[tuple[str, int]] = []  # the directive fences around the line
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        i += 1
        if m is None:
            continue
        fence, info = m.group("fence"), m.group("info")
        if not info:
            if open_fences and _closes(fence, open_fences[-1]):
                open_fences.pop()
            elif fence[0] != ":":  # a code block: skipped whole
                i = _fence_end(lines, i, fence)
            continue
        named = _DIRECTIVE_NAME.match(info)
        name = named.group("name") if named else None
        if name == "toctree":
            end = _fence_end(lines, i, fence)
            entries.extend(_myst_block(lines[i : end - 1]))
            i = end
        elif name is None or name in _CODE_DIRECTIVES:
            i = _fence_end(lines, i, fence)  # code (```python, ```{code-block})
        else:
            open_fences.append((fence[0], len(fence)))  # a directive holding Markdown
    return entries


def _closes(fence: str, opened: tuple[str, int]) -> bool:
    return fence[0] == opened[0] and len(fence) >= opened[1]


def _fence_end(lines: list[str], start: int, fence: str) -> int:
    """The index after the line closing the fence opened before ``start`` (or the end)."""
    for j in range(start, len(lines)):
        m = _FENCE.match(lines[j])
        if (
            m is not None
            and not m.group("info")
            and _closes(m.group("fence"), (fence[0], len(fence)))
        ):
            return j + 1
    return len(lines) + 1


def _myst_block(body: list[str]) -> list[TocTreeEntry]:
    """A MyST toctree's body: a YAML block of options (``glob:``) or ``:glob:`` lines,
    then the entries, as in rst."""
    lines = [line.strip() for line in body]
    glob = False
    if lines and lines[0] == "---":
        end = next((k for k in range(1, len(lines)) if lines[k] == "---"), None)
        if end is not None:
            for option in lines[1:end]:
                m = _YAML_GLOB.match(option)
                if m is not None:
                    glob = m.group("value").strip().lower() not in ("false", "no", "off")
            lines = lines[end + 1 :]
    entries = _block_entries(lines)
    if not glob:
        return entries
    return [TocTreeEntry(e.name, pattern=any(c in e.name for c in "*?[")) for e in entries]
