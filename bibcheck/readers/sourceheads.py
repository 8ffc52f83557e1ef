"""The headings of a text source, as its format writes them, for :mod:`listscope`.

Each family of formats writes a heading its own way: Markdown ``## Title`` or a
setext underline (and an HTML ``<h2>`` inside it), HTML ``<h2>…</h2>``, rst a title
underlined (and perhaps overlined) with punctuation, Org ``** Title``, AsciiDoc
``== Title`` (``[appendix]`` above it makes it an appendix), LaTeX ``\\section{Title}``.
Plain text has no heading syntax: a short line on its own that names a list or an
appendix is taken as a heading (of unknown level).  The lines given are masked (code,
comments and math blanked), numbered from 1.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.common import is_literature_heading
from bibcheck.readers.listheads import is_list_part_heading, is_qualified_list_heading
from bibcheck.readers.listscope import (
    SectionHead,
    is_appendix_heading,
    is_further_reading_heading,
)

__all__ = ["emphasised_part", "source_heads"]

_MAX_LINE = 400  # a heading line is short: longer lines are no headings (and cost nothing)

_ATX = lazy_compile(r"^ {0,3}(#{1,6})[ \t]++(.{1,300}?)[ \t#]*+$")
_ATTRS = lazy_compile(r"\{[^{}]{0,200}\}\s*+$")
_APPENDIX_CLASS = lazy_compile(r"\.appendix\b|\bclass=[\"'][^\"']{0,120}\bappendix\b", re.I)
_SETEXT = lazy_compile(r"^ {0,3}(=+|-+)[ \t]*+$")
# a line no setext title is: a list item, a table row, a rule, a YAML key
_NOT_TITLE = lazy_compile(r"[-*+|=>]|\d{1,9}[.)]\s|[a-z][\w-]{0,39}:\s")
_HTML_HEAD = lazy_compile(r"<h([1-6])\b[^<>]{0,300}>(.{0,300}?)</h\1\s*+>", re.I)
# a heading, or the start of a section the markup calls an appendix
# a heading, a paragraph wholly in bold or italics (a part's heading perhaps), or the
# start of a section the markup calls an appendix
_HTML_EVENT = lazy_compile(
    r"<h(?P<level>[1-6])\b[^<>]{0,300}>(?P<title>.{0,300}?)</h(?P=level)\s*+>"
    r"|<p\b[^<>]{0,200}>\s*+<(?P<run>strong|b|em|i)\b[^<>]{0,200}>(?P<text>[^<>]{1,80})"
    r"</(?P=run)\s*+>\s*+</p\s*+>"
    r"|<(?:section|div|aside)\b[^<>]{0,300}?\b(?:class|id|role)=[\"'][^\"']{0,200}?"
    r"\b(?:doc-)?appendix\b",
    re.I | re.S,
)
# a Markdown paragraph wholly in bold or italics: "**Further reading**", "*Printed sources*"
_EMPHASISED = lazy_compile(r"^ {0,3}(\*\*|__|\*|_)([^*_]{1,80})\1[ \t]*+$")
_PART_LEVEL = 7  # a part's heading in bold or italics: below every marked-up heading


def _part_level(text: str) -> int:
    """A further-reading part above the parts it may have (``Books``, ``Articles``)."""
    return _PART_LEVEL if is_further_reading_heading(text) else _PART_LEVEL + 1


_TAG = lazy_compile(r"<[^<>]{0,300}>")
_ORG = lazy_compile(r"^(\*{1,12})[ \t]++(.{1,300}?)(?:[ \t]++:[\w@#%:]{1,100}:)?[ \t]*+$")
_ADOC = lazy_compile(r"^(={1,6}|#{1,6})[ \t]++(.{1,300}?)[ \t]*+$")
_ADOC_APPENDIX = lazy_compile(r"^\[appendix\b[^\]]{0,100}\][ \t]*+$")
_RST_ADORN = lazy_compile(r"^([=\-~^\"'`#*+<>:._])\1{2,}[ \t]*+$")
_LATEX = lazy_compile(
    r"\\(part|chapter|section|subsection|subsubsection|paragraph)\*?"
    r"(?:\[[^\[\]]{0,200}\])?\{([^{}]{1,200})\}"
)
_BIBLIOGRAPHY = lazy_compile(r"\\begin\s*+\{thebibliography\}|\\printbibliography(?![A-Za-z@])")
_REFNAME = lazy_compile(r"\\renewcommand\s*+\{?\\(?:refname|bibname)\}?\s*+\{([^{}\\]{0,80})\}")
_LATEX_LEVEL = {"part": 1, "chapter": 2, "section": 3, "subsection": 4}


def _markdown(lines: Sequence[str]) -> list[SectionHead]:
    heads: list[SectionHead] = []
    for i, line in enumerate(lines):
        if len(line) > _MAX_LINE:
            continue
        m = _ATX.match(line)
        if m is not None:
            text = m.group(2)
            attrs = _ATTRS.search(text)
            appendix = attrs is not None and _APPENDIX_CLASS.search(attrs.group(0)) is not None
            if attrs is not None:
                text = text[: attrs.start()]
            heads.append(SectionHead(i + 1, len(m.group(1)), text.strip(), appendix))
            continue
        s = _SETEXT.match(line)
        above = lines[i - 1].strip() if i > 0 else ""
        if s is not None and 0 < len(above) < 80 and not _NOT_TITLE.match(above):
            heads.append(SectionHead(i, 1 if s.group(1)[0] == "=" else 2, above))
            continue
        part = emphasised_part(line)
        if part is not None:
            heads.append(SectionHead(i + 1, _part_level(part), part))
            continue
        heads.extend(_html_line(i, line))
    return heads


def emphasised_part(line: str) -> str | None:
    """The name of a list's part that a Markdown line wholly in bold or italics gives
    (``**Further reading**``, ``*Archival sources*``), or None."""
    e = _EMPHASISED.match(line) if len(line) <= _MAX_LINE else None
    if e is None:
        return None
    text = e.group(2).strip()
    return text if text and _names_a_part(text) else None


def _html_line(i: int, line: str) -> list[SectionHead]:
    return [
        SectionHead(i + 1, int(m.group(1)), _TAG.sub(" ", m.group(2)).strip())
        for m in _HTML_HEAD.finditer(line)
    ]


def _html(lines: Sequence[str]) -> list[SectionHead]:
    """Each ``<h1>``…``<h6>`` (over lines too, in a page written on one line too); a
    section the markup calls an appendix (``<section class="appendix">``) marks the
    heading that heads it."""
    text = "\n".join(lines)
    heads: list[SectionHead] = []
    appendix = False  # an appendix section opened: its first heading heads it
    line, at = 1, 0
    for m in _HTML_EVENT.finditer(text):
        line += text.count("\n", at, m.start())
        at = m.start()
        if m.group("text") is not None:
            part = " ".join(m.group("text").split())
            if _names_a_part(part):
                heads.append(SectionHead(line, _part_level(part), part))
            continue
        if m.group("level") is None:
            appendix = True
            continue
        title = " ".join(_TAG.sub(" ", m.group("title")).split())
        heads.append(SectionHead(line, int(m.group("level")), title, appendix))
        appendix = False
    return heads


def _org(lines: Sequence[str]) -> list[SectionHead]:
    return [
        SectionHead(i + 1, len(m.group(1)), m.group(2))
        for i, line in enumerate(lines)
        if len(line) <= _MAX_LINE and (m := _ORG.match(line)) is not None
    ]


def _asciidoc(lines: Sequence[str]) -> list[SectionHead]:
    heads: list[SectionHead] = []
    appendix = False
    for i, line in enumerate(lines):
        if len(line) > _MAX_LINE:
            continue
        if _ADOC_APPENDIX.match(line):
            appendix = True
            continue
        m = _ADOC.match(line)
        if m is not None:
            heads.append(SectionHead(i + 1, len(m.group(1)), m.group(2), appendix))
        if line.strip() and not line.startswith("["):
            appendix = False
    return heads


def _rst(lines: Sequence[str]) -> list[SectionHead]:
    """Titles underlined (perhaps overlined too); a level per adornment style, in the
    order the styles first appear."""
    styles: list[tuple[str, bool]] = []
    heads: list[SectionHead] = []
    for i in range(1, len(lines)):
        under = _RST_ADORN.match(lines[i]) if len(lines[i]) <= _MAX_LINE else None
        title = lines[i - 1].strip()
        if under is None or not title or _RST_ADORN.match(lines[i - 1]):
            continue
        if len(lines[i].rstrip()) < len(title) or len(title) > 200:
            continue
        over = i >= 2 and lines[i - 2].rstrip() == lines[i].rstrip()
        style = (under.group(1), over)
        if style not in styles:
            styles.append(style)
        heads.append(SectionHead(i, styles.index(style) + 1, title))
    return heads


def _latex(lines: Sequence[str]) -> list[SectionHead]:
    """The sectioning commands; a bibliography environment or command heads its own
    section (``\\section*{\\refname}`` at the document's top sectioning level), named as
    ``\\refname`` or ``\\bibname`` is renamed, unless a heading stands right above it."""
    heads: list[SectionHead] = []
    name = "References"
    above = False  # the last line with text was a sectioning command
    for i, line in enumerate(lines):
        if len(line) > 4 * _MAX_LINE:
            continue
        renamed = _REFNAME.search(line)
        if renamed is not None:
            name = renamed.group(1).strip() or name
        if _BIBLIOGRAPHY.search(line) and not above:
            top = min((h.level for h in heads if h.level > 1), default=1)
            heads.append(SectionHead(i + 1, top, name))
        found = [
            SectionHead(i + 1, _LATEX_LEVEL.get(m.group(1), 5), m.group(2).strip())
            for m in _LATEX.finditer(line)
        ]
        heads.extend(found)
        if line.strip():
            above = bool(found)
    return heads


def _names_a_part(text: str) -> bool:
    """Does ``text`` name a list, a part of one, a further-reading list or an appendix?"""
    return (
        is_further_reading_heading(text)
        or is_appendix_heading(text)
        or is_list_part_heading(text)
        or is_literature_heading(f"# {text}")
    )


def _plain(lines: Sequence[str]) -> list[SectionHead]:
    """Lines that are wholly the name of a list or of a further-reading list: headings
    of unknown level.  (Appendices are left out: plain text does not show whether a list
    is under one; so are the names of a list's parts, "Books", "Printed".)"""
    return [
        SectionHead(i + 1, 0, text)
        for i, line in enumerate(lines)
        if 0 < len(text := line.strip()) <= 60
        and (
            is_further_reading_heading(text)
            or is_qualified_list_heading(text)
            or is_literature_heading(f"# {text}")
        )
    ]


_FAMILIES: dict[str, Callable[[Sequence[str]], list[SectionHead]]] = {
    "pandoc-markdown": _markdown,
    "markdown-links": _markdown,
    "sup-markdown": _markdown,
    "html": _html,
    "org": _org,
    "asciidoc": _asciidoc,
    "rst": _rst,
    "latex": _latex,
    "plain-text": _plain,
    "pdf-text": _plain,
}


def source_heads(reader: str, lines: Sequence[str]) -> list[SectionHead]:
    """The headings of ``lines`` (masked source lines) as ``reader``'s format writes them;
    none for a format this module does not know (or whose reader scopes its lists
    itself: MediaWiki)."""
    scan = _FAMILIES.get(reader)
    return [] if scan is None else scan(lines)
