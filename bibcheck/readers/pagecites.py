"""Numbered in-page link citations: a number in brackets linked to its entry on the page.

Static-site pages (Hugo, Jekyll, Hexo, MkDocs) and articles converted to Markdown often
cite a numbered list by linking the printed number to the entry's anchor on the same
page, a locator after a comma inside the brackets::

    as the textbook shows [[1, Example 1.55, p. 41]](#cite:1), and [[2]](#ref-2) ...
    ... [\\[3\\]](#references) ...

    ## References
    {{< anchor "cite:1" >}}[1] A. Author, "Title", Publisher, City, 2016.
    <a id="ref-2"></a>2. B. Author, ...
    <span id="cite-3"></span>[3] C. Author, ...
    4. <a name="ref4"></a>D. Author, ...

A citation is a link to a fragment of the page (``#...``) whose text is a number, or
numbers (``1, 2``, ``3-5``), in brackets, with an optional locator after a comma (kept as
the citation's locator); it cites when its fragment is a list entry's anchor, names the
list (``#references``, ``#bibliography``) or names a reference by the cited number
(``#ref-3``, ``#cite:3``, ``#bib3``).  A bare number as the link's text (``[2](#ref-2)``)
cites only when its fragment names a reference by that number.  Links to figures, tables,
equations and sections (``[1](#fig1)``, ``[[2]](#eq-2)``) and footnote links (read by
:mod:`~bibcheck.readers.linknotes`) are none.

A link may also name an entry by words (author and year: ``[Lund 2010, 4](#ref-lund2010)``)
when the page's list is Pandoc's ``csl-entry`` fenced divs or entries opening with an
anchor under a literature heading (:mod:`~bibcheck.readers.mdanchored`): those entries are
then written as ``[n] text`` items, and the link as its words, citing ``[n]``.

A list entry opening with an empty anchor (a Hugo/Jekyll ``anchor`` shortcode, an empty
``<a id>``/``<a name>``, ``<span id>`` or ``<div id>``) is numbered by its ``[n]`` or
``n.``, never by the anchor: :func:`without_anchor` gives the line as the list reader
should see it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from urllib.parse import unquote

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RawMarker, RawNote, TextBlock
from bibcheck.readers.common import LITERATURE_HEADINGS
from bibcheck.readers.mdanchored import anchored_entries, fenced_divs

__all__ = ["PageCite", "Rewritten", "anchors", "cited", "find", "rewrite", "without_anchor"]

# an empty anchor element: {{< anchor "id" >}}, {{% anchor "id" %}}, <a id="id"></a>,
# <a name="id"/>, <span id="id"></span>, <div id="id"></div> (attributes bounded: linear)
_ANCHOR = (
    r"(?:\{\{[<%][ \t]*+anchor[ \t]++(?:name[ \t]*+=[ \t]*+)?[\"'](?P<sc>[^\"'\n]{1,200})[\"']"
    r"[ \t]*+[>%]\}\}"
    r"|<(?P<tag>a|span|div)[ \t][^<>\n]{0,200}?\b(?:id|name)[ \t]*+=[ \t]*+[\"']"
    r"(?P<html>[^\"'\n]{1,200})[\"'][^<>\n]{0,200}(?:/>|>[ \t]*+</(?P=tag)>))"
)
# a line that opens with an anchor, before or after its item number
_ANCHORED = lazy_compile(
    r"^(?P<lead>[ \t]{0,3}(?:[-*+][ \t]++|(?P<item>\d{1,4})[.)][ \t]++)?)"
    rf"{_ANCHOR}[ \t]*+"
    r"(?P<rest>(?:\\?\[(?P<bracket>\d{1,4})\\?\]|(?P<dot>\d{1,4})[.)])?.*)$"
)
# a link to a fragment of the page: [[1, p. 4]](#cite:1), [\[3\]](#references), [2](#ref-2)
_LINK = lazy_compile(
    r"(?<![!\\])\[(?:\\?\[(?P<inner>[^\[\]\n]{1,160}?)\\?\]|(?P<bare>\d{1,4}))\]"
    r"\([ \t]*+#(?P<fragment>[^\s()]{1,200})[ \t]*+\)"
)
# a link naming an entry by words (author and year): [Moreau 2001](#ref-moreau2001),
# [[Moreau 2001]](#ref-moreau2001), [(Moreau 2001)](#ref-moreau2001)
_WORD_LINK = lazy_compile(
    r"(?<![!\\])\[(?P<open>\\?\[)?(?P<text>[^\[\]\n]{1,300})(?(open)\\?\])\]"
    r"\([ \t]*+#(?P<fragment>[^\s()]{1,200})[ \t]*+\)"
)
_NUMBER_ONLY = lazy_compile(r"[\s\[\]()\\\d,;–-]{1,300}")
# numbers cited, then a locator after a comma: "1", "1, 2", "3-5", "1, Example 1.55, p. 41"
_CITED = lazy_compile(
    r"[ \t]*+(?P<numbers>\d{1,4}(?:[ \t]*+[-–,;][ \t]*+\d{1,4}(?![\w.]))*)"
    r"[ \t]*+(?:[,;][ \t]*+(?P<locator>\S.*?))?[ \t]*+"
)
# a fragment that names something other than a work: a figure, table, equation, section,
# theorem, listing, or a footnote
_NOT_WORK = lazy_compile(
    r"(?:fig|figure|tab|table|tbl|eq|eqn|equation|sec|section|chap|chapter|ch|app|appendix|"
    r"lst|listing|thm|theorem|lem|lemma|def|definition|alg|algorithm|prop|cor|ex|example|"
    r"fn|footnote|fnref|note|endnote|edn|ftn|_ftn|cite_note|cite_ref|sdfootnote)"
    r"(?:[-:_.]|\d|$)",
    re.I,
)
# a fragment that names a reference by its number: "ref-3", "cite:3", "bib3", "r3", "lit-3"
_WORK = lazy_compile(
    r"(?:refs?|references?|cites?|citations?|bib|biblio|bibitem|lit|literature|sources?|r)"
    r"[-:_.]?(?:[^\W\d]{1,20}[-:_.])?(?P<n>\d{1,4})",
    re.I,
)


@dataclass(frozen=True, slots=True)
class PageCite:
    """One in-page link citation: where it stands and what it cites."""

    line: int  # 0-based line index
    start: int  # column span of the link in the line as written
    end: int
    numbers: tuple[str, ...]  # the numbers cited, in order
    locator: str | None  # "p. 41", "Example 1.55, p. 41"
    shown: str  # what the page shows: "[1, p. 41]"


def without_anchor(line: str) -> str:
    """``line`` without the empty anchor its list entry opens with (``{{< anchor "x" >}}[1]
    Text`` -> ``[1] Text``; ``1. <a id="r1"></a>Text`` -> ``1. Text``); else as it is."""
    m = _ANCHORED.match(line)
    if m is None or (m.group("item") is None and not _numbered(m)):
        return line
    return m.group("lead") + m.group("rest")


def _numbered(m: re.Match[str]) -> bool:
    return m.group("bracket") is not None or m.group("dot") is not None


def anchors(lines: Sequence[str]) -> dict[str, str]:
    """The anchors of numbered list entries: anchor id -> the entry's number."""
    found: dict[str, str] = {}
    for line in lines:
        if "{{" not in line and "<" not in line:
            continue
        m = _ANCHORED.match(line)
        if m is None:
            continue
        number = m.group("item") or m.group("bracket") or m.group("dot")
        if number is not None:
            found.setdefault(m.group("sc") or m.group("html"), str(int(number)))
    return found


def _numbers(text: str) -> tuple[tuple[str, ...], str | None] | None:
    m = _CITED.fullmatch(text.rstrip("\\"))
    if m is None:
        return None
    numbers: list[str] = []
    for part in re.split(r"[,;]", m.group("numbers")):
        ends = [int(e) for e in re.split(r"[-–]", part) if e.strip()]
        if len(ends) == 2 and 0 < ends[1] - ends[0] <= 50:
            numbers.extend(str(n) for n in range(ends[0], ends[1] + 1))
        else:
            numbers.extend(str(n) for n in ends)
    locator = m.group("locator")
    return tuple(dict.fromkeys(numbers)), locator.strip() if locator else None


def _names_list(fragment: str) -> bool:
    """Does ``fragment`` name the reference list (``#references``, ``#参考文献``)?"""
    words = re.sub(r"[-_]+", " ", unquote(fragment)).strip().casefold()
    return words in LITERATURE_HEADINGS


def _cites(m: re.Match[str], numbers: tuple[str, ...], known: dict[str, str]) -> bool:
    fragment = m.group("fragment")
    if fragment in known:
        return True
    if _NOT_WORK.match(fragment):
        return False
    work = _WORK.fullmatch(fragment)
    if work is not None:
        return str(int(work.group("n"))) == numbers[0]
    return m.group("bare") is None and _names_list(fragment)


def find(
    lines: Sequence[str], known: dict[str, str] | None = None, named: Mapping[str, int] = {}
) -> list[PageCite]:
    """The in-page link citations of ``lines`` (``known``: :func:`anchors`, else found in
    ``lines``; ``named``: the entries a link may name by words, anchor -> number)."""
    known = anchors(lines) if known is None else known
    found: list[PageCite] = []
    for i, line in enumerate(lines):
        if "](#" not in line:
            continue
        taken: list[tuple[int, int]] = []
        for m in _LINK.finditer(line):
            parsed = _numbers(m.group("inner") or m.group("bare"))
            if parsed is None or not parsed[0] or not _cites(m, parsed[0], known):
                continue
            numbers, locator = parsed
            shown = f"[{m.group('inner') or m.group('bare')}]".replace("\\", "")
            found.append(PageCite(i, m.start(), m.end(), numbers, locator, shown))
            taken.append((m.start(), m.end()))
        for m in _WORD_LINK.finditer(line) if named else ():
            number = named.get(m.group("fragment"))
            if number is None or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            shown = m.group("text").strip()
            found.append(PageCite(i, m.start(), m.end(), (str(number),), None, shown))
    found.sort(key=lambda c: (c.line, c.start))
    return found


@dataclass(frozen=True, slots=True)
class Rewritten:
    """A text with its in-page link citations written as the page shows them."""

    text: str
    cites: tuple[PageCite, ...]  # (columns in the rewritten lines)


def rewrite(text: str) -> Rewritten:
    """``text`` with each in-page link citation written as the page shows it
    (``[[1, p. 4]](#cite:1)`` -> ``[1, p. 4]``) and each anchored list entry without its
    anchor, every line in its place; the citations with their columns in the new lines."""
    if "](#" not in text:
        return Rewritten(text, ())
    lines = text.split("\n")
    known = anchors(lines)
    entries = _named_entries(lines)
    cites = find(lines, known, entries)
    if not cites:
        return Rewritten(text, ())
    if not entries:
        lines = text.split("\n")  # (as written: the entries were rewritten in vain)
    out = list(lines)
    placed: list[PageCite] = []
    by_line: dict[int, list[PageCite]] = {}
    for cite in cites:
        by_line.setdefault(cite.line, []).append(cite)
    for i, here in by_line.items():
        line, shift = lines[i], 0
        for cite in here:
            start = cite.start + shift
            line = line[:start] + cite.shown + line[cite.end + shift :]
            placed.append(
                PageCite(i, start, start + len(cite.shown), cite.numbers, cite.locator, cite.shown)
            )
            shift += len(cite.shown) - (cite.end - cite.start)
        out[i] = line
    if known:
        out = [without_anchor(line) for line in out]
    return Rewritten("\n".join(out), tuple(placed))


def _named_entries(lines: list[str]) -> dict[str, int]:
    """Rewrite in place (see :mod:`~bibcheck.readers.mdanchored`) the entries that links
    name by words (Pandoc's ``csl-entry`` fenced divs; entries opening with an anchor under
    a literature heading) as ``[n] text`` items; their anchors -> numbers.  The lines are
    left as they are when no link names one."""
    targets = {
        m.group("fragment")
        for line in lines
        if "](#" in line
        for m in _WORD_LINK.finditer(line)
        if not _NUMBER_ONLY.fullmatch(m.group("text"))
    }
    if not targets:
        return {}
    numbers = fenced_divs(lines, 0) if any(":::" in line for line in lines) else {}
    numbers.update(anchored_entries(lines, targets - numbers.keys(), len(numbers)))
    return numbers if targets & numbers.keys() else {}


def cited(
    cites: Sequence[PageCite], blocks: Sequence[TextBlock], literature: Sequence[RawNote]
) -> tuple[list[RawMarker], list[RawNote]]:
    """The ``cites`` (as :func:`rewrite` placed them) of entries of the numbered
    ``literature`` as markers labelled ``[n]`` in their paragraphs, and a note per entry
    cited holding the entry's text (as a numeric style's reader makes them).  A number no
    entry has is left out (the text still shows it: see the coverage line)."""
    entries = {str(int(e.label)): e for e in literature if e.label.isdigit()}
    at: dict[int, tuple[int, int]] = {}  # line (1-based) -> (block, offset of its text)
    for index, block in enumerate(blocks):
        for offset, line in block.pieces:
            at.setdefault(line, (index, offset))
    markers: list[RawMarker] = []
    notes: dict[str, RawNote] = {}
    searched: dict[int, int] = {}  # block -> offset searched up to
    for cite in cites:
        where = at.get(cite.line + 1)
        listed = [n for n in cite.numbers if n in entries]
        if where is None or not listed:
            continue
        index, start = where
        found = blocks[index].text.find(cite.shown, max(start, searched.get(index, 0)))
        if found < 0:
            continue
        searched[index] = end = found + len(cite.shown)
        for n in listed:
            label = f"[{n}]"
            markers.append(RawMarker(label, cite.line + 1, cite.start + 1, index, end))
            entry = entries[n]
            notes.setdefault(label, replace(entry, label=label, key=False, nocite=False))
    return markers, list(notes.values())
