"""Iterative walks over a BeautifulSoup tree, and a one-pass index of it.

Nothing here recurses: a page with thousands of nested ``<span>`` elements
is walked with an explicit stack.  :class:`Index` is built in one walk and
answers "the element with this id", "is this element inside that one" and
"document position" in constant time, so readers never search the tree once
per note reference.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from bs4 import BeautifulSoup
from bs4.element import NavigableString, Tag


class Visitor(Protocol):
    def enter(self, tag: Tag) -> bool:
        """Called on entering ``tag``; False skips its contents (and its exit)."""
        ...

    def exit(self, tag: Tag) -> None: ...

    def text(self, text: str) -> None: ...


def walk(root: Tag, visitor: Visitor) -> None:
    """Visit the contents of ``root`` in document order (``root`` itself is not entered)."""
    stack: list[tuple[Tag, int]] = [(root, 0)]
    while stack:
        tag, i = stack[-1]
        if i >= len(tag.contents):
            stack.pop()
            if stack:
                visitor.exit(tag)
            continue
        stack[-1] = (tag, i + 1)
        child = tag.contents[i]
        if isinstance(child, Tag):
            if visitor.enter(child):
                stack.append((child, 0))
        elif type(child) is NavigableString:
            visitor.text(str(child))


def text_of(root: Tag) -> str:
    """The text of ``root`` (iteratively; comments and doctypes left out)."""
    parts: list[str] = []
    for element in root.descendants:
        if type(element) is NavigableString:
            parts.append(str(element))
    return "".join(parts)


_INLINE_ANCHORS = frozenset({"a", "span", "sup", "sub", "b", "i", "em", "strong"})


def enclosing_note(found: Tag) -> Tag:
    """The note an anchor stands for: ``found`` itself, or the block around an inline
    anchor (``<li><a id="note-3"/>…</li>``: the ``li``), never the body."""
    element = found
    while element.name in _INLINE_ANCHORS:
        parent = element.parent
        if not isinstance(parent, Tag) or parent.name in ("body", "[document]"):
            break
        element = parent
    return element


@dataclass(slots=True)
class Index:
    """Positions, ids and the elements readers look for, from one walk."""

    pos: dict[int, int] = field(default_factory=dict)  # id(tag) -> document position
    end: dict[int, int] = field(default_factory=dict)  # id(tag) -> last position inside
    by_id: dict[str, Tag] = field(default_factory=dict)
    by_name: dict[str, Tag] = field(default_factory=dict)  # <a name=...>
    tags: list[Tag] = field(default_factory=list)  # every element, in document order
    _counter: int = 0

    @classmethod
    def of(cls, soup: BeautifulSoup) -> Index:
        index = cls()
        walk(soup, index)
        return index

    # Visitor protocol: build the index
    def enter(self, tag: Tag) -> bool:
        self.pos[id(tag)] = self._counter
        self._counter += 1
        self.tags.append(tag)
        ident = tag.get("id")
        if isinstance(ident, str) and ident:
            self.by_id.setdefault(ident, tag)
        if tag.name == "a":
            name = tag.get("name")
            if isinstance(name, str) and name:
                self.by_name.setdefault(name, tag)
        return True

    def exit(self, tag: Tag) -> None:
        self.end[id(tag)] = self._counter - 1

    def text(self, text: str) -> None:
        return None

    def inside(self, inner: Tag, outer: Tag) -> bool:
        """Is ``inner`` ``outer`` or one of its descendants?"""
        p, start = self.pos.get(id(inner)), self.pos.get(id(outer))
        if p is None or start is None:
            return False
        return start <= p <= self.end.get(id(outer), start)

    def target(self, fragment: str) -> Tag | None:
        """The element a ``#fragment`` link points at."""
        return self.by_id.get(fragment) or self.by_name.get(fragment)
