"""Wikitext syntax: masking, line kinds and a tree of templates, links and ``<ref>`` tags.

:func:`parse` turns MediaWiki source into a list of nodes (templates with
their parameters, ``[[links]]``, ``[http://… text]`` links, bare URLs,
``<ref>`` tags, ``<references>`` blocks, text spans) in one linear scan with
an explicit stack, so nesting depth never touches Python's recursion limit.
Text nodes are spans of :attr:`Wikitext.text` (the source with comments,
``<nowiki>``, ``<math>``, ``<syntaxhighlight>``, ``<pre>`` ... replaced by
``\\0`` and heading and list markup masked), so offsets are offsets in the
source and lines are real lines.

What MediaWiki would print literally is kept as text: a ``{{`` or ``[[``
never closed, a ``}}`` or ``]]`` that closes nothing.  A ``<ref>`` or a
template never closed is recorded (:attr:`Wikitext.unclosed`).
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from enum import Enum
from html.entities import html5

from bibcheck.lazyre import lazy_compile

MASK = "\x00"

# A character reference as MediaWiki decodes it: ended by ";" ("&reg;", "&#174;"); the
# semicolon-less forms HTML5 tolerates in text ("&reg", "&copy") are printed as written,
# so "?a=1&region=2" in a URL keeps its parameter
_ENTITY = lazy_compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """``text`` with its character references decoded as MediaWiki decodes them."""
    if "&" not in text:
        return text
    return _ENTITY.sub(_decoded, text)


def _decoded(m: re.Match[str]) -> str:
    ref = m.group(0)
    if ref[1] != "#" and ref[1:] not in html5:
        return ref  # no such name ("&notaname;" is not "&not" and "aname;")
    return html.unescape(ref)


# Regions that are not wikitext: their content is neither text nor markup here.
_OPAQUE = frozenset(
    "nowiki math chem ce syntaxhighlight source pre score timeline graph templatedata "
    "mapframe maplink hiero code inputbox categorytree imagemap".split()
)
_OPAQUE_OPEN = lazy_compile(r"<(?P<name>[A-Za-z]+)\b(?P<attrs>[^<>]*+)>", re.I)
_HEADING = lazy_compile(r"^(?P<open>={1,6})(?P<text>.+?)(?P<close>={1,6})[ \t\x00]*$")
_LIST = lazy_compile(r"^[*#:;]+")
_TOKEN = lazy_compile(
    r"(?P<topen>\{\{)"
    r"|(?P<tclose>\}\})"
    r"|(?P<lopen>\[\[)"
    r"|(?P<lclose>\]\])"
    r"|(?P<ext>\[(?P<exturl>(?:https?:|ftp:)?//[^\s\[\]<>\"|{}]++)"
    r"(?:[ \t]++(?P<exttext>[^\]\[\n]*+))?\])"
    r"|(?P<pipe>\|)"
    r"|(?P<refself><ref\b(?P<selfattrs>(?:[^<>/]|/(?!>))*+)/>)"
    r"|(?P<refopen><ref\b(?P<attrs>[^<>]*+)>)"
    r"|(?P<refclose></ref\s*>)"
    r"|(?P<refsself><references\b(?:[^<>/]|/(?!>))*+/>)"
    r"|(?P<refsopen><references\b[^<>]*+>)"
    r"|(?P<refsclose></references\s*>)"
    r"|(?P<br><br\b[^<>]*+>)"
    r"|(?P<tag></?[A-Za-z][\w-]*+(?:\s[^<>]*+)?>)"
    r"|(?P<url>(?<![\w/\[=\"'])(?:https?|ftp)://[^\s\[\]<>\"{}|]++)",
    re.I,
)
# (a name starts after no letter, digit or dash, and is read whole: from each letter of a long
# word that was no name, each try read the rest of it again)
_ATTR = lazy_compile(r"(?<![\w-])([\w-]++)\s*+=\s*+(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>/]+))")
_URL_TRAILING = ".,;:!?)'"


class LineKind(Enum):
    BLANK = "blank"
    TEXT = "text"
    HEADING = "heading"
    ITEM = "item"  # a list item (*, #, :, ;)
    TABLE = "table"  # {| |- |} |+ : table markup, no text
    CELL = "cell"  # | or ! at the line start: table cells


@dataclass(slots=True)
class Text:
    start: int
    end: int


@dataclass(slots=True)
class Param:
    start: int  # after the "|" ("{{" for the name)
    end: int = -1
    children: list[Node] = field(default_factory=list)
    name: str | None = None  # named parameter (name=value), lower case, stripped
    value_start: int = -1  # where the value starts


@dataclass(slots=True)
class Template:
    start: int
    end: int = -1
    params: list[Param] = field(default_factory=list)  # params[0] holds the name
    name: str = ""  # normalised: lower case, "_" as space, single spaces


@dataclass(slots=True)
class Link:
    """``[[target|text]]``: parts split at ``|``."""

    start: int
    end: int = -1
    params: list[Param] = field(default_factory=list)


@dataclass(slots=True)
class ExtLink:
    start: int
    end: int
    url: str
    text: str


@dataclass(slots=True)
class Url:
    start: int
    end: int
    url: str


@dataclass(slots=True)
class Ref:
    """A ``<ref>`` tag; ``children`` is None for ``<ref ... />``."""

    start: int
    end: int = -1
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node] | None = None
    content_start: int = -1
    content_end: int = -1


@dataclass(slots=True)
class References:
    """``<references>`` (list-defined references inside) or ``<references/>``."""

    start: int
    end: int = -1
    children: list[Node] = field(default_factory=list)


@dataclass(slots=True)
class Break:
    start: int
    end: int


Node = Text | Template | Link | ExtLink | Url | Ref | References | Break
_Container = Template | Link | Ref | References


@dataclass(slots=True)
class Wikitext:
    """Parsed source: masked text, line kinds, headings and the node tree."""

    text: str  # masked source
    nodes: list[Node]
    kinds: list[LineKind]  # per line (0-based)
    headings: dict[int, str]  # 0-based line -> heading text (markup kept)
    line_starts: list[int]
    unclosed: list[tuple[str, int]] = field(default_factory=list)  # (what, offset)
    levels: dict[int, int] = field(default_factory=dict)  # 0-based line -> heading level

    def line(self, offset: int) -> int:
        """1-based line of ``offset``."""
        return bisect_right(self.line_starts, offset)

    def position(self, offset: int) -> tuple[int, int]:
        """(1-based line, 1-based column) of ``offset``."""
        line = bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def slice(self, start: int, end: int) -> str:
        return self.text[start:end].replace(MASK, "")


def attributes(text: str) -> dict[str, str]:
    """``name="a b" group=note`` -> {"name": "a b", "group": "note"}."""
    found: dict[str, str] = {}
    for m in _ATTR.finditer(text):
        value = m.group(2) if m.group(2) is not None else m.group(3) or m.group(4) or ""
        found.setdefault(m.group(1).lower(), value.strip())
    return found


def template_name(raw: str) -> str:
    """``Cite_web`` / `` cite  web`` -> ``cite web`` (and ``Template:`` dropped)."""
    name = " ".join(raw.replace("_", " ").replace(MASK, "").split()).lower()
    return name[9:].strip() if name.startswith("template:") else name


# --------------------------------------------------------------------------
# Masking
# --------------------------------------------------------------------------


# Lower case for ASCII letters only: every tag MediaWiki knows is ASCII, and
# ``str.lower`` is not length-preserving ("İ" -> "i̇", two characters), which would
# shift every offset after a Turkish capital İ
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """``text`` with ASCII capitals lowered: the same length, so offsets carry over."""
    return text.translate(_ASCII_LOWER)


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = MASK


def mask(source: str) -> str:
    """Comments and opaque regions (``<nowiki>``, ``<math>``...) replaced by ``\\0``.

    An unclosed comment hides the rest of the page, as in MediaWiki; an unclosed
    opaque tag is text.  Linear: each closing tag is searched at most once per name.
    """
    chars = list(source)
    lower = ascii_lower(source)
    pos = 0
    while True:
        start = lower.find("<!--", pos)
        if start < 0:
            break
        end = lower.find("-->", start + 4)
        end = len(source) if end < 0 else end + 3
        _blank(chars, start, end)
        pos = end
    text = "".join(chars)
    lower = ascii_lower(text)
    missing: dict[str, int] = {}  # name -> offset after which its closing tag is absent
    pos = 0
    for m in _OPAQUE_OPEN.finditer(text):
        name = m.group("name").lower()
        if name not in _OPAQUE or m.start() < pos:
            continue
        if m.group("attrs").rstrip().endswith("/"):
            _blank(chars, m.start(), m.end())
            continue
        closing = f"</{name}"
        if name in missing and m.end() >= missing[name]:
            continue
        end = lower.find(closing, m.end())
        if end < 0:
            missing[name] = m.end()
            continue
        stop = lower.find(">", end)
        stop = len(text) if stop < 0 else stop + 1
        _blank(chars, m.start(), stop)
        pos = stop
    return "".join(chars)


def _line_kinds(
    text: str, starts: list[int], levels: dict[int, int]
) -> tuple[str, list[LineKind], dict[int, str]]:
    """Kinds of lines; heading ``=`` and list prefixes masked (same length); each
    heading's level (its number of ``=``) into ``levels``."""
    chars = list(text)
    kinds: list[LineKind] = []
    headings: dict[int, str] = {}
    lines = text.split("\n")
    for n, line in enumerate(lines):
        visible = line.replace(MASK, "")
        stripped = visible.strip()
        if not stripped:
            kinds.append(LineKind.BLANK)
            continue
        heading = _HEADING.match(line.rstrip())
        if heading and line.startswith("="):
            level = min(len(heading.group("open")), len(heading.group("close")))
            base = starts[n]
            _blank(chars, base, base + level)
            close_end = heading.end("close")
            _blank(chars, base + close_end - level, base + len(line.rstrip()))
            kinds.append(LineKind.HEADING)
            headings[n] = heading.group("text")[len(heading.group("open")) - level :].strip()
            levels[n] = level
            continue
        if stripped.startswith(("{|", "|-", "|}", "|+")) and line.lstrip(MASK + " ").startswith(
            ("{|", "|-", "|}", "|+")
        ):
            kinds.append(LineKind.TABLE)
            continue
        if line[:1] in ("|", "!"):
            kinds.append(LineKind.CELL)
            continue
        item = _LIST.match(line)
        if item:
            _blank(chars, starts[n], starts[n] + item.end())
            kinds.append(LineKind.ITEM)
            continue
        kinds.append(LineKind.TEXT)
    return "".join(chars), kinds, headings


# --------------------------------------------------------------------------
# The tree
# --------------------------------------------------------------------------


def _children(container: _Container) -> list[Node]:
    if isinstance(container, Template | Link):
        return container.params[-1].children
    if isinstance(container, Ref):
        assert container.children is not None
        return container.children
    return container.children


def _close_param(param: Param, end: int, text: str) -> None:
    """Split ``name = value`` when the text before the first nested node has ``=``."""
    param.end = end
    first = param.children[0] if param.children else None
    if isinstance(first, Text):
        at = text.find("=", first.start, first.end)
        if at >= 0:
            param.name = text[first.start : at].replace(MASK, "").strip().lower()
            param.value_start = at + 1
            if at + 1 < first.end:
                param.children[0] = Text(at + 1, first.end)
            else:
                param.children.pop(0)
            return
    param.value_start = param.start


def _flatten(container: _Container, text_len: int) -> list[Node]:
    """An unclosed container as MediaWiki prints it: its opener and contents as text."""
    if isinstance(container, Template | Link):
        out: list[Node] = [Text(container.start, container.start + 2)]
        for k, param in enumerate(container.params):
            if k:
                out.append(Text(param.start - 1, param.start))
            out.extend(param.children)
        return out
    if isinstance(container, Ref):
        return [Text(container.start, container.content_start), *(container.children or [])]
    return list(container.children)


def parse(source: str) -> Wikitext:
    """Mask, classify lines and build the node tree of ``source`` (linear)."""
    masked = mask(source)
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", masked))
    levels: dict[int, int] = {}
    text, kinds, headings = _line_kinds(masked, starts, levels)
    root: list[Node] = []
    stack: list[_Container] = []
    unclosed: list[tuple[str, int]] = []

    def current() -> list[Node]:
        return _children(stack[-1]) if stack else root

    def unwind_to(kind: type) -> bool:
        """Flatten open containers above the innermost ``kind``; False if none is open."""
        depth = next((d for d in range(len(stack) - 1, -1, -1) if isinstance(stack[d], kind)), -1)
        if depth < 0:
            return False
        while len(stack) - 1 > depth:
            inner = stack.pop()
            current().extend(_flatten(inner, len(text)))
        return True

    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() > pos:
            current().append(Text(pos, m.start()))
        pos = m.end()
        kind = m.lastgroup
        if kind == "topen":
            stack.append(Template(m.start(), params=[Param(m.end())]))
        elif kind == "lopen":
            stack.append(Link(m.start(), params=[Param(m.end())]))
        elif kind == "pipe":
            top = stack[-1] if stack else None
            if isinstance(top, Template | Link):
                _close_param(top.params[-1], m.start(), text)
                top.params.append(Param(m.end()))
            else:
                current().append(Text(m.start(), m.end()))
        elif kind == "tclose" or kind == "lclose":
            wanted: type = Template if kind == "tclose" else Link
            if isinstance(stack[-1] if stack else None, wanted) or (
                wanted is Template and _unwind_allowed(stack) and unwind_to(Template)
            ):
                node = stack.pop()
                assert isinstance(node, Template | Link)
                _close_param(node.params[-1], m.start(), text)
                node.end = m.end()
                if isinstance(node, Template):
                    node.name = template_name(text[node.params[0].start : node.params[0].end])
                current().append(node)
            else:
                current().append(Text(m.start(), m.end()))
        elif kind == "refopen":
            ref = Ref(m.start(), attrs=attributes(m.group("attrs")), children=[])
            ref.content_start = m.end()
            stack.append(ref)
        elif kind == "refclose":
            if unwind_to(Ref):
                ref_node = stack.pop()
                assert isinstance(ref_node, Ref)
                ref_node.content_end = m.start()
                ref_node.end = m.end()
                current().append(ref_node)
        elif kind == "refself":
            current().append(Ref(m.start(), m.end(), attributes(m.group("selfattrs"))))
        elif kind == "refsopen":
            stack.append(References(m.start()))
        elif kind == "refsclose":
            if unwind_to(References):
                refs = stack.pop()
                refs.end = m.end()
                current().append(refs)
        elif kind == "refsself":
            current().append(References(m.start(), m.end()))
        elif kind == "ext":
            url = m.group("exturl")
            # (a comment in the label, "Title<!-- bot -->", is masked: no part of it)
            label = (m.group("exttext") or "").replace(MASK, "").strip()
            current().append(ExtLink(m.start(), m.end(), url.replace(MASK, ""), label))
        elif kind == "url":
            url = m.group("url").rstrip(_URL_TRAILING)
            if url.count("(") < url.count(")") and url.endswith(")"):
                url = url[:-1]
            end = m.start() + len(url)
            current().append(Url(m.start(), end, url))
            if end < m.end():
                current().append(Text(end, m.end()))
        elif kind == "br":
            current().append(Break(m.start(), m.end()))
        # other HTML tags: dropped, their content stays
    if pos < len(text):
        current().append(Text(pos, len(text)))
    while stack:
        inner = stack.pop()
        if isinstance(inner, Ref | Template):
            unclosed.append(("<ref>" if isinstance(inner, Ref) else "{{", inner.start))
        current().extend(_flatten(inner, len(text)))
    return Wikitext(text, root, kinds, headings, starts, unclosed, levels)


def _unwind_allowed(stack: list[_Container]) -> bool:
    """``}}`` may close a template across an unclosed ``[[`` but never across a ``<ref>``."""
    for container in reversed(stack):
        if isinstance(container, Template):
            return True
        if isinstance(container, Ref | References):
            return False
    return False
