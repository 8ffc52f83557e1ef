"""The styles of an OpenDocument text that tell how it is read: which text styles raise
text (superscript numbers typed as citations), set it in italics or bold (or upright),
which paragraph styles are headings, and how each list style numbers its levels.

Styles inherit from their parent (``style:parent-style-name``); a property not set on a
style is its parent's.  Pure functions of the style elements; nothing here raises on
bad input (an unknown or cyclic parent is no parent).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.italicmarks import emphasis_style

__all__ = [
    "FO",
    "STYLE",
    "TEXT",
    "ListLevel",
    "OdtStyles",
    "is_heading_style",
    "raised",
    "read_styles",
]

STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_MAX_PARENTS = 32  # a chain of parent styles longer than this is hostile (or cyclic)
# LibreOffice's own names ("Heading_20_1" is "Heading 1" as an XML name) and its
# translations that documents keep when the style was made in another language
_HEADING_NAME = lazy_compile(
    r"^(?:heading|title|überschrift|titre|titolo|título|titulo|kop|nagłówek|заголовок)"
    r"(?:_20_|\s|\b|(?=\d))",
    re.I,
)


def raised(position: str) -> bool:
    """Does ``style:text-position`` raise the text (``super 58%``, ``33% 58%``)?"""
    first = position.strip().split(" ", 1)[0].lower()
    if first == "super":
        return True
    m = re.fullmatch(r"(-?\d{1,3}(?:\.\d{1,4})?)%", first)
    return m is not None and float(m.group(1)) > 0


def is_heading_style(name: str) -> bool:
    """Is a paragraph style of this name a heading's (``Heading_20_2``, ``Überschrift 1``)?"""
    return bool(_HEADING_NAME.match(name.strip()))


@dataclass(frozen=True, slots=True)
class ListLevel:
    """How a list style numbers one level: ``num_format`` ``1``, ``a``, ``i`` … (empty: not
    numbered, a bullet list), from ``start``."""

    num_format: str
    start: int = 1


@dataclass(slots=True)
class _Style:
    parent: str | None
    position: str | None = None  # text-position
    italic: bool | None = None
    bold: bool | None = None
    outline: int | None = None  # default-outline-level of a paragraph style
    list_style: str | None = None


@dataclass(slots=True)
class OdtStyles:
    """What the styles say, by style name."""

    _text: dict[str, _Style] = field(default_factory=dict)
    _para: dict[str, _Style] = field(default_factory=dict)
    lists: dict[str, dict[int, ListLevel]] = field(default_factory=dict)

    def _chain(self, table: dict[str, _Style], name: str | None) -> Iterable[_Style]:
        seen: set[str] = set()
        while name is not None and name in table and name not in seen and len(seen) < _MAX_PARENTS:
            seen.add(name)
            style = table[name]
            yield style
            name = style.parent

    def superscript(self, name: str | None) -> bool:
        """Does the text style ``name`` raise its text?"""
        for style in self._chain(self._text, name):
            if style.position is not None:
                return raised(style.position)
        return False

    def emphasised(self, name: str | None, paragraph: bool = False) -> bool:
        """Is text of the style ``name`` in italics or bold?"""
        table = self._para if paragraph else self._text
        for style in self._chain(table, name):
            if style.italic or style.bold:
                return True
            if style.italic is False and style.bold is False:
                return False
        return False

    def italic(self, name: str | None, paragraph: bool = False) -> bool | None:
        """Does the style ``name`` set its text in italics (True), upright (False), or say
        nothing of it (None: the text keeps the italics around it)?  A style that sets no
        font style is italic when its name says it is emphasis (``Emphasis``, as
        LibreOffice names its character style, when its definition is not at hand)."""
        table = self._para if paragraph else self._text
        for style in self._chain(table, name):
            if style.italic is not None:
                return style.italic
        if not paragraph and name and emphasis_style(name.replace("_20_", " ")):
            return True
        return None

    def heading_level(self, name: str | None) -> int | None:
        """The outline level of a heading paragraph style (0 when a heading of unknown
        level), None when ``name`` is no heading style."""
        for style_name, style in zip(
            self._names(self._para, name), self._chain(self._para, name), strict=False
        ):
            if style.outline is not None:
                return style.outline
            if is_heading_style(style_name.replace("_20_", " ")):
                m = re.search(r"(\d)$", style_name)
                return int(m.group(1)) if m else 0
        return None

    def paragraph_list(self, name: str | None) -> str | None:
        """The list style a paragraph style numbers its paragraphs with, if any."""
        for style in self._chain(self._para, name):
            if style.list_style:
                return style.list_style
        return None

    def _names(self, table: dict[str, _Style], name: str | None) -> Iterable[str]:
        seen: set[str] = set()
        while name is not None and name in table and name not in seen and len(seen) < _MAX_PARENTS:
            seen.add(name)
            yield name
            name = table[name].parent


def _toggle(value: str | None, on: tuple[str, ...]) -> bool | None:
    if value is None:
        return None
    return value.strip().lower() in on


def read_styles(roots: Iterable[ET.Element | None]) -> OdtStyles:
    """The styles of ``roots`` (content.xml's automatic styles, styles.xml; a flat .fodt's
    one root), later definitions of a name replacing earlier ones."""
    found = OdtStyles()
    for root in roots:
        if root is None:
            continue
        for style in root.iter(STYLE + "style"):
            name = style.get(STYLE + "name")
            family = style.get(STYLE + "family", "")
            if not name or family not in ("text", "paragraph"):
                continue
            props = style.find(STYLE + "text-properties")
            outline = style.get(STYLE + "default-outline-level", "")
            entry = _Style(
                style.get(STYLE + "parent-style-name"),
                props.get(STYLE + "text-position") if props is not None else None,
                _toggle(props.get(FO + "font-style"), ("italic", "oblique"))
                if props is not None
                else None,
                _toggle(props.get(FO + "font-weight"), ("bold", "600", "700", "800", "900"))
                if props is not None
                else None,
                int(outline) if outline.isdigit() and len(outline) < 3 else None,
                style.get(STYLE + "list-style-name"),
            )
            (found._text if family == "text" else found._para)[name] = entry
        for list_style in root.iter(TEXT + "list-style"):
            name = list_style.get(STYLE + "name")
            if not name:
                continue
            levels: dict[int, ListLevel] = {}
            for level in list_style:
                depth = level.get(TEXT + "level", "1")
                if not depth.isdigit() or len(depth) > 2:
                    continue
                fmt = ""
                start = 1
                if level.tag == TEXT + "list-level-style-number":
                    fmt = level.get(STYLE + "num-format", "")
                    value = level.get(TEXT + "start-value", "1")
                    start = int(value) if value.isdigit() and len(value) < 6 else 1
                levels[int(depth)] = ListLevel(fmt, start)
            found.lists[name] = levels
    return found
