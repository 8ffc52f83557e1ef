"""HTML lists of notes kept in Markdown, as the numbered lists the note readers read.

A Markdown or MDX page (Docusaurus, Astro, Hugo, Jekyll) may keep its notes as HTML,
written by hand or pasted from what a tool rendered, its markers pointing at the items
(``<sup><a href="#fn-3">3</a></sup>``):

* ``<ol className="footnotes"><li id="fn-1">…</li></ol>`` under a heading of its own;
* remark-gfm's (MDX, Docusaurus) ``<section data-footnotes class="footnotes"><h2
  id="footnote-label">Footnotes</h2><ol><li id="user-content-fn-1"><p>… <a
  href="#user-content-fnref-1" data-footnote-backref>↩</a></p></li></ol></section>``;
* Pandoc's ``<section class="footnotes" role="doc-endnotes"><hr /><ol><li id="fn1">``,
  Python-Markdown's and markdown-it's ``<div class="footnote(s)"><hr /><ol><li
  id="fn:1">`` / ``<section class="footnotes"><ol class="footnotes-list"><li
  id="fn1" class="footnote-item">``.

:func:`rewrite` turns each such list into a Markdown numbered list, line for line (line
numbers stay): an item is ``N. text`` on the line its text starts (N from its id,
``fn-3`` -> 3, else its place in the list), its inline HTML as Markdown (``<em>`` as
``*``, a link to another page as a Markdown link), its back links (``↩``) left out, the
list's other lines blank.  A list with no notes or literature heading right above it
gets one, on a line it leaves free: its container's own (``<h2>Footnotes</h2>``), or
``## Notes``.

A list of notes is an HTML list whose items' ids are note ids (``fn-1``, ``fn:1``,
``footnote-1``, ``user-content-fn-1``) one of the page's anchors points at, or any
list in a footnotes container (``class="footnotes"``, ``data-footnotes``,
``role="doc-endnotes"``).  Any other HTML list (steps, a table of contents, a reference
list of ``<li id="ref-1">`` items, which :mod:`bibcheck.readers.mdhtml` rewrites for the
link reader) is left alone, and so is a whole HTML page (``<html>``, ``<body>``): the HTML
reader's.

Each line is scanned once by each pattern; a list not closed is left as written.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.common import heading_text, is_literature_heading, is_notes_heading
from bibcheck.readers.mdhtml import HTML_DOCUMENT

__all__ = ["NoteLists", "rewrite"]

_LIST_OPEN = lazy_compile(r"<(?:ol|ul)\b[^<>]*+>", re.I)
_LIST_CLOSE = lazy_compile(r"</(?:ol|ul)\s*>", re.I)
_ITEM_OPEN = lazy_compile(r"<li\b(?P<attrs>[^<>]*+)>", re.I)
_ID = lazy_compile(r"\bid=[\"'](?P<id>[^\"'<>\s]{1,200})[\"']", re.I)
_START = lazy_compile(r"\bstart=[\"']?(?P<n>\d{1,4})", re.I)
# a note's id and its number: "fn-3", "fn:3", "fn3", "footnote-3", "endnote_3",
# "user-content-fn-3" (GitHub, remark-gfm), "fnref-3" (a page whose items carry the
# marker's id); a name after the prefix ("fn:smith") has no number: its place counts
_NOTE_ID = lazy_compile(
    r"^(?:user-content-)?(?:fn|footnote|note|endnote|sdfootnote|sdendnote)(?:ref)?"
    r"(?:[-_:.]?(?P<n>\d{1,4})|[-_:.][^\s\"'<>]{1,100})$",
    re.I,
)
_ANCHOR_TARGET = lazy_compile(r"\bhref=[\"']#(?P<id>[^\"'<>\s]{1,200})[\"']", re.I)
# a footnotes container: <section data-footnotes class="footnotes">, <div class="footnote">,
# <aside role="doc-endnotes">, MDX's className= (the tag, then its attributes looked at)
_BOX = lazy_compile(r"<(?:section|div|aside|footer)\b(?P<attrs>[^<>]*+)>", re.I)
_NOTES_ATTR = lazy_compile(
    r"\bclass(?:Name)?=[\"'][^\"'<>]*?\b(?:foot|end)notes?\b|\bdata-footnotes\b"
    r"|\brole=[\"']doc-(?:end|foot)notes?[\"']",
    re.I,
)
_BOX_CLOSE = lazy_compile(r"</(?:section|div|aside|footer)\s*>", re.I)
_HEADING_TAG = lazy_compile(r"<h[1-6]\b[^<>]*+>(?P<text>[^<>]{1,200})</h[1-6]\s*>", re.I)
# a link and where it points (the tag, then its href looked at): a back link to the
# marker (<a href="#fnref-1" class="footnote-backref">↩</a>, "&#8617;", "↑", "^") is left
# out, a link to another page is a Markdown link, any other is its text
_ANCHOR = lazy_compile(r"<a\b(?P<attrs>[^<>]*+)>(?P<text>[^<>]{0,500})</a\s*>", re.I)
_HREF = lazy_compile(r"\bhref=[\"'](?P<url>[^\"'<>\s]{1,2000})[\"']", re.I)
_ARROWS = lazy_compile(r"[\s↩↑⮐^\ufe0e\ufe0f]*")
_ARROW = lazy_compile(r"\s*[↩⮐][\ufe0e\ufe0f]?")
_ITALIC = lazy_compile(r"</?(?:i|em|cite)\s*>", re.I)
_BOLD = lazy_compile(r"</?(?:b|strong)\s*>", re.I)
_BREAK = lazy_compile(r"<br\s*/?>", re.I)
_TAG = lazy_compile(r"<[^<>]{0,500}>")
_SPACES = lazy_compile(r"[ \t]+")


def _footnotes_box(text: str) -> re.Match[str] | None:
    """The first footnotes container opening in ``text``, or None."""
    for m in _BOX.finditer(text):
        if _NOTES_ATTR.search(m.group("attrs")):
            return m
    return None


@dataclass(frozen=True, slots=True)
class NoteLists:
    """The rewritten lines, and how many notes the rewritten lists hold."""

    lines: list[str]
    notes: int


@dataclass(slots=True)
class _Item:
    number: int
    line: int  # index of the line its text starts on (its <li> line until then)
    text: str = ""


def rewrite(lines: Sequence[str]) -> NoteLists:
    """``lines`` with every HTML list of notes as a Markdown numbered list (see above)."""
    out = list(lines)
    if not any("<li" in line or "<LI" in line for line in out) or any(
        HTML_DOCUMENT.search(line) for line in out
    ):
        return NoteLists(out, 0)  # (a whole HTML page is the HTML reader's)
    targets = {m.group("id") for line in out if "#" in line for m in _ANCHOR_TARGET.finditer(line)}
    notes = 0
    i = 0
    while i < len(out):
        opened = _LIST_OPEN.search(out[i])
        if opened is None:
            i += 1
            continue
        end = next((j for j in range(i, len(out)) if _LIST_CLOSE.search(out[j])), None)
        if end is None:
            break  # not closed: left as written
        first = _container_start(out, i, opened.start())
        notes_class = _NOTES_ATTR.search(opened.group(0))
        if first is not None or notes_class or _cited(out, i, end, targets):
            last = _container_end(out, end) if first is not None else end
            items = _items(out, i, end)
            if items and _write(out, first if first is not None else i, last, items):
                notes += len(items)
                i = last + 1
                continue
        i = end + 1
    return NoteLists(out, notes)


def _container_start(lines: list[str], at: int, column: int) -> int | None:
    """The line of a footnotes container opening the list at ``lines[at]``: on its line
    before it, or on a line above with only markup (``<hr />``, an ``<h2>``) between."""
    if _footnotes_box(lines[at][:column]):
        return at
    for j in range(at - 1, max(at - 6, -1), -1):
        line = lines[j]
        if _footnotes_box(line):
            return j
        if line.strip() and _TAG.sub("", line).strip() and not _HEADING_TAG.search(line):
            return None
    return None


def _container_end(lines: list[str], end: int) -> int:
    """The container's closing line after the list's last line ``end`` (only markup
    between), or ``end``."""
    close = _LIST_CLOSE.search(lines[end])
    if close is None or _BOX_CLOSE.search(lines[end][close.end() :]):
        return end
    for j in range(end + 1, min(end + 4, len(lines))):
        if _BOX_CLOSE.search(lines[j]):
            return j
        if lines[j].strip() and _TAG.sub("", lines[j]).strip():
            break
    return end


def _cited(lines: list[str], start: int, end: int, targets: set[str]) -> bool:
    """Do the list's items have note ids one of the page's anchors points at?"""
    ids = [
        found.group("id")
        for line in lines[start : end + 1]
        for item in _ITEM_OPEN.finditer(line)
        for found in (_ID.search(item.group("attrs")),)
        if found is not None
    ]
    return any(_NOTE_ID.match(ident) and ident in targets for ident in ids)


def _items(lines: list[str], start: int, end: int) -> list[_Item]:
    """The list's items: number, first line of text, text as Markdown."""
    opened = _LIST_OPEN.search(lines[start])
    assert opened is not None
    first = _START.search(opened.group(0))
    n = int(first.group("n")) - 1 if first else 0
    items: list[_Item] = []
    for i in range(start, end + 1):
        line = lines[i]
        if i == start:
            line = line[opened.end() :]
        close = _LIST_CLOSE.search(line)
        if close is not None and i == end:
            line = line[: close.start()]
        pos = 0
        for item in _ITEM_OPEN.finditer(line):
            if items:
                _add(items[-1], line[pos : item.start()], i)
            n += 1
            ident = _ID.search(item.group("attrs"))
            numbered = _NOTE_ID.match(ident.group("id")) if ident is not None else None
            number = int(numbered.group("n")) if numbered and numbered.group("n") else n
            items.append(_Item(number, i))
            pos = item.end()
        if items:
            _add(items[-1], line[pos:], i)
    return items


def _add(item: _Item, fragment: str, line: int) -> None:
    text = _text(fragment)
    if not text:
        return
    if not item.text:
        item.line = line
    item.text = f"{item.text} {text}" if item.text else text


def _text(fragment: str) -> str:
    """A piece of an item as Markdown text."""
    fragment = _ANCHOR.sub(_link, fragment)
    fragment = _BREAK.sub(" ", _BOLD.sub("**", _ITALIC.sub("*", fragment)))
    fragment = html.unescape(_TAG.sub(" ", fragment))
    return _SPACES.sub(" ", _ARROW.sub("", fragment)).strip()


def _link(m: re.Match[str]) -> str:
    text = html.unescape(m.group("text")).strip()
    href = _HREF.search(m.group("attrs"))
    url = href.group("url") if href is not None else ""
    if url.startswith("#"):
        return "" if _ARROWS.fullmatch(text) else text
    if re.match(r"(?:https?|ftp)://", url, re.I):
        return f"[{text}]({url})" if text and "[" not in text and "]" not in text else url
    return text


def _write(out: list[str], first: int, last: int, items: list[_Item]) -> bool:
    """Write ``items`` over lines ``first``..``last`` (each on its first line of text, or
    the next line free), with a heading if none stands above; False if they do not fit."""
    placed: list[tuple[int, _Item]] = []
    free = first
    for item in items:
        at = max(item.line, free)
        if at > last:
            return False
        placed.append((at, item))
        free = at + 1
    heading = None if _headed(out, first) else _own_heading(out, first, last)
    for j in range(first, last + 1):
        out[j] = ""
    for at, item in placed:
        out[at] = f"{item.number}. {item.text}"
    if heading is not None:
        slot = next((j for j in range(placed[0][0] - 1, first - 2, -1) if not out[j].strip()), None)
        if slot is not None and slot >= 0:
            out[slot] = heading
    return True


def _headed(lines: list[str], first: int) -> bool:
    """Does a notes or literature heading stand right above line ``first``?"""
    for j in range(first - 1, -1, -1):
        if lines[j].strip():
            return heading_text(lines[j]) is not None and (
                is_notes_heading(lines[j]) or is_literature_heading(lines[j])
            )
    return False


def _own_heading(lines: list[str], first: int, last: int) -> str:
    """The container's heading (``<h2 id="footnote-label">Footnotes</h2>``) as a Markdown
    heading, or ``## Notes``."""
    for j in range(first, last + 1):
        m = _HEADING_TAG.search(lines[j])
        if m is not None and m.group("text").strip():
            return "## " + html.unescape(m.group("text")).strip()
    return "## Notes"
