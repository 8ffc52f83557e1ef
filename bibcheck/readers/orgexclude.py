"""What of an Org file never reaches its export (Org's own rules, ``ox.el``).

* A subtree whose heading carries an exclude tag: ``:noexport:`` by default; the file's
  ``#+EXCLUDE_TAGS:`` (old name ``#+EXPORT_EXCLUDE_TAGS:``) lines name the tags instead.
  The subtree runs to the next heading of the same or a higher level.
* A subtree whose heading is marked ``COMMENT`` (after an optional TODO keyword and
  priority: ``** TODO [#A] COMMENT Draft``).
* Comment lines (``# text``, ``#`` alone) and ``#+BEGIN_COMMENT`` blocks.

:func:`unexported` blanks them (lines and offsets kept), so a reader that takes an Org
file for LaTeX (raw ``\\cite{}`` in the text, ``#+BEGIN_EXPORT latex`` blocks) counts
no citation the exported paper does not have.  :func:`looks_like_org` says whether a
file is Org.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile

_DEFAULT_TAGS = frozenset({"noexport"})
_EXCLUDE_KEYWORD = lazy_compile(r"^#\+(?:EXPORT_)?EXCLUDE_TAGS:[ \t]*(.*)$", re.I | re.M)
_STARS = lazy_compile(r"\*+(?=[ \t])")
_TAGS = lazy_compile(r":(?:[\w@#%]+:)+")
_TODO = lazy_compile(r"(?:TODO|DONE|NEXT|WAITING|HOLD|CANCELLED|CANCELED)(?=[ \t]|$)")
_PRIORITY = lazy_compile(r"\[#[A-Z0-9]\]")
_COMMENT_LINE = lazy_compile(r"[ \t]*#(?:[ \t]|$)")
_BLOCK = lazy_compile(r"[ \t]*#\+(BEGIN|END)_COMMENT\b", re.I)
# Org keywords and blocks a LaTeX file never has at a line's start
_ORG_MARKUP = lazy_compile(
    r"^#\+(?:TITLE|AUTHOR|OPTIONS|STARTUP|LATEX_CLASS|LATEX_HEADER|BEGIN_EXPORT|BEGIN_SRC)\b",
    re.I | re.M,
)


@dataclass(frozen=True, slots=True)
class OrgHeading:
    """A heading line: its level (stars), its words and its tags."""

    level: int
    words: str
    tags: frozenset[str]


def looks_like_org(name: str, text: str) -> bool:
    """Is the file Org: named ``.org``, or written with Org keywords at lines' starts?"""
    return name.lower().endswith(".org") or _ORG_MARKUP.search(text) is not None


def exclude_tags(text: str) -> frozenset[str]:
    """The tags whose subtrees are not exported: those of the ``#+EXCLUDE_TAGS:`` lines
    (they replace the default), else ``noexport``."""
    named = [t for m in _EXCLUDE_KEYWORD.finditer(text) for t in m.group(1).split()]
    return frozenset(named) if named else _DEFAULT_TAGS


def heading(line: str) -> OrgHeading | None:
    """The heading ``line`` is (``** TODO Title   :a:b:``), or None."""
    m = _STARS.match(line)
    if m is None:
        return None
    rest = line[m.end() :].strip()
    parts = rest.rsplit(None, 1)
    tags: frozenset[str] = frozenset()
    if parts and _TAGS.fullmatch(parts[-1]):
        tags = frozenset(t for t in parts[-1].split(":") if t)
        rest = parts[0] if len(parts) == 2 else ""
    return OrgHeading(len(m.group(0)), rest, tags)


def commented(words: str) -> bool:
    """Is a heading's text marked ``COMMENT`` (after a TODO keyword and priority)?"""
    rest = words.lstrip()
    if m := _TODO.match(rest):
        rest = rest[m.end() :].lstrip()
    if m := _PRIORITY.match(rest):
        rest = rest[m.end() :].lstrip()
    return rest == "COMMENT" or rest.startswith(("COMMENT ", "COMMENT\t"))


def excluded(head: OrgHeading, tags: frozenset[str]) -> bool:
    """Is the subtree of ``head`` left out of the export?"""
    return bool(head.tags & tags) or commented(head.words)


def unexported_lines(lines: list[str]) -> set[int]:
    """The indexes of ``lines`` that do not reach the export."""
    tags = exclude_tags("\n".join(lines))
    out: set[int] = set()
    skip_level = 0  # inside an excluded subtree of this level
    in_block = False
    for i, line in enumerate(lines):
        head = heading(line)
        if head is not None:
            in_block = False
            if skip_level and head.level > skip_level:
                out.add(i)
                continue
            skip_level = head.level if excluded(head, tags) else 0
        block = _BLOCK.match(line)
        if skip_level or in_block or block or _COMMENT_LINE.match(line):
            out.add(i)
        if block:
            in_block = block.group(1).upper() == "BEGIN"
    return out


def unexported(text: str) -> str:
    """``text`` with what does not reach the export blanked (newlines kept)."""
    lines = text.split("\n")
    gone = unexported_lines(lines)
    if not gone:
        return text
    return "\n".join(" " * len(line) if i in gone else line for i, line in enumerate(lines))
