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

A notebook page (``.ipynb``, through MyST-NB or nbsphinx) holds its toctree in a cell: a
Markdown cell's MyST fence (MyST-NB parses Markdown cells as MyST), a raw cell whose
format is reStructuredText (``raw_mimetype: text/restructuredtext``, which nbsphinx
includes as reST: its ``.. toctree::``), or an nbsphinx Markdown cell tagged
``nbsphinx-toctree`` (its metadata or its tags), whose links are the entries.  A raw cell
with no format is no reST: nbsphinx copies it to the output as it is.

``exclude_patterns`` are matched as Sphinx matches them: against a page's path from the
source folder, ``*`` and ``?`` within one folder name, ``**`` across folders, and a
folder that matches leaves out everything under it.

Only parsing lives here (pure functions); :mod:`bibcheck.books` reads the files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "TocTreeEntry",
    "cell_toctree_entries",
    "exclude_patterns",
    "excluded",
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


# the raw-cell formats nbsphinx includes as reST
_RST_FORMATS = frozenset({"text/restructuredtext", "text/x-rst", "rst", "restructuredtext"})
_NBSPHINX_TOCTREE = "nbsphinx-toctree"
# an inline Markdown link's target: [text](target "title")
_LINK = re.compile(r"\]\(\s*<?(?P<target>[^()\s<>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


def cell_toctree_entries(
    kind: str, source: str, metadata: Mapping[str, object]
) -> list[TocTreeEntry]:
    """The toctree entries one notebook cell holds (see the module doc): a Markdown
    cell's MyST fences, or its links when nbsphinx tags it ``nbsphinx-toctree``; a reST
    raw cell's ``.. toctree::`` directives; none in any other cell."""
    if kind == "markdown":
        if _nbsphinx_toctree(metadata):
            return _link_entries(source)
        return myst_toctree_entries(source)
    if kind == "raw" and _raw_format(metadata) in _RST_FORMATS:
        return toctree_entries(source)
    return []


def _nbsphinx_toctree(metadata: Mapping[str, object]) -> bool:
    tags = metadata.get("tags")
    tagged = isinstance(tags, list) and _NBSPHINX_TOCTREE in tags
    return tagged or _NBSPHINX_TOCTREE in metadata


def _raw_format(metadata: Mapping[str, object]) -> str:
    for key in ("raw_mimetype", "format"):
        value = metadata.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip().lower()
    return ""


def _link_entries(source: str) -> list[TocTreeEntry]:
    """The pages an ``nbsphinx-toctree`` cell links to (web addresses are no pages; an
    anchor is left off)."""
    found: list[TocTreeEntry] = []
    for m in _LINK.finditer(source):
        target = m.group("target").split("#", 1)[0]
        if target and "://" not in target and not target.startswith("mailto:"):
            found.append(TocTreeEntry(target))
    return found


def excluded(path: str, patterns: Iterable[str]) -> bool:
    """Does one of Sphinx's ``exclude_patterns`` leave out the page at ``path`` (``/``
    separated, from the source folder): the path itself or one of its folders matches?"""
    parts = path.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    return any(_matcher(p).match(prefix) is not None for p in patterns for prefix in prefixes)


@lru_cache(maxsize=256)
def _matcher(pattern: str) -> re.Pattern[str]:
    """Sphinx's translation of a pattern: ``**`` any characters, ``*`` and ``?`` none
    that is ``/``, ``[...]`` a class; matched whole."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == "*":
            if i < n and pattern[i] == "*":
                i += 1
                out.append(".*")
            else:
                out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = i + 1 if i < n and pattern[i] == "!" else i
            j = j + 1 if j < n and pattern[j] == "]" else j
            j = pattern.find("]", j)
            if j < 0:
                out.append(re.escape(c))
                continue
            body = pattern[i:j].replace("\\", "\\\\")
            i = j + 1
            if body.startswith("!"):
                body = "^/" + body[1:]
            elif body.startswith("^"):
                body = "\\" + body
            out.append(f"[{body}]")
        else:
            out.append(re.escape(c))
    try:
        return re.compile("".join(out) + r"\Z")
    except re.error:  # a class Sphinx could not use either: the pattern as it is written
        return re.compile(re.escape(pattern) + r"\Z")
