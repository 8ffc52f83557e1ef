"""A Markdown reference list found by its shape at the document's end, whatever its heading.

The Markdown readers know a reference list by its heading's name (``## References``,
``## Literatur``); a post written in Swahili (``## Marejeo``), Zulu (``## Imithombo``) or
Quechua (``## Pukyukuna``) names it in words no table holds, and a blog post may have no
heading at all: a ``---`` rule, then the list.  The block that ends the document is read as
its reference list when, whatever the words over it:

* it stands right under a heading, or under a thematic break (``---``, ``***``) with a list
  after it (entries as paragraphs only under a heading: a rule over paragraphs is a
  footnote block);
* it is a list (numbered or bulleted) or, under a heading, paragraphs, to the end: nothing
  else after it but a platform's buttons (a "Share this: Facebook · X" line, "Leave a
  comment": :mod:`bibcheck.readers.mdfurniture`); no sign-off, no footnote definitions
  ``[^1]:``, no link definitions ``[1]: url``, no code, no table;
* at least :data:`MIN_ENTRIES` items, and most of them shaped like entries
  (:func:`bibcheck.readers.shapedlist.entry_like`: a year with an author's ``Surname,
  Given`` or a title in parts, in any script, the addresses left out: a link to a dated post
  is no entry) or a DOI with a title;
* and the works the text above cites: most entries start with a word the text uses (a
  surname), or the text cites two of its numbers (``[2]``, ``<sup>2</sup>``), or links two
  of its addresses.

A list of links to other posts, a table of contents, a list of tools has no years outside
its addresses, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.readers import mddestination
from bibcheck.readers.common import LIST_ITEM, RULE, heading_text
from bibcheck.readers.mdfurniture import furniture_start
from bibcheck.readers.shapedlist import agrees, entry_like
from bibcheck.text import ascii_digits

__all__ = ["MIN_ENTRIES", "entry_item", "shaped_tail"]

MIN_ENTRIES = 3
_SHARE = 0.8  # share of the items that must be shaped like entries
_MIN_CITED = 2
_MAX_LINES = 3000  # a tail longer than this is no list read here
# a footnote or link definition ("[^1]: …", "[1]: https://…"), a fence, a table row, a raw
# HTML block: no list
_NOT_LIST = lazy_compile(r"^\s{0,3}(?:\[[^\]\n]{1,200}\]:\s|```|~~~|\||<(?!https?:))")
_URL = lazy_compile(
    r"\]\([ \t]*+"
    + mddestination.url_group("url")
    + rf"(?:[ \t]++{mddestination.TITLE})?[ \t]*+\)|(?P<bare>https?://[^\s<>()]{{1,2000}})"
)
_MD_LINK_TEXT = lazy_compile(rf"\[([^\[\]\n]{{0,500}})\]{mddestination.INLINE}")
_DOI = lazy_compile(r"\b10\.\d{4,9}/\S")
_TITLE = lazy_compile(r"(?<![^\W\d_])[^\W\d_]{2,}\W{1,3}[^\W\d_]{2,}\W{1,3}[^\W\d_]{3,}")
# a body's citation of a number: "[2]", "[2, 3]", "<sup>2</sup>", "^2^"
_CITED = lazy_compile(r"\[(\d{1,4}(?:\s*[,–-]\s*\d{1,4})*)\](?!\()|<sup>\[?(\d{1,4})|\^(\d{1,4})\^")
_INDENTED = lazy_compile(r"^(?: {2,}|\t)\S")


def shaped_tail(lines: Sequence[str]) -> int | None:
    """The index of the heading or rule over the reference list that ends ``lines`` by its
    shape (see the module doc), or None."""
    found = _tail(lines)
    if found is None:
        return None
    at, entries = found
    numbered = [m for e in entries if (m := LIST_ITEM.match(e)) and m.group("num")]
    texts = [_MD_LINK_TEXT.sub(r"\1", _unmarked(e)) for e in entries]
    if len(texts) < MIN_ENTRIES:
        return None
    shaped = sum(1 for e in entries if entry_item(_unmarked(e)))
    if shaped < MIN_ENTRIES or shaped < _SHARE * len(texts):
        return None
    body = "\n".join(lines[:at])
    return at if _cited(texts, numbered, entries, body) else None


def _tail(lines: Sequence[str]) -> tuple[int, list[str]] | None:
    """The heading or rule over the document's last block and the block's entries (each
    item or paragraph with its continuation lines joined)."""
    end = furniture_start(lines)  # (a "Share · Leave a comment" line after the list)
    at = end - 1
    first = _body_start(lines)
    while at >= first and end - at <= _MAX_LINES:
        line = lines[at]
        if heading_text(line) is not None or RULE.match(line):
            break
        if _NOT_LIST.match(line):
            return None
        at -= 1
    else:
        return None
    # (a rule right under a line of text is a setext heading's underline: a heading)
    rule = RULE.match(lines[at]) is not None and (at == 0 or not lines[at - 1].strip())
    entries = _entries(lines[at + 1 : end])
    if entries is None:
        return None
    if rule and not all(LIST_ITEM.match(e) for e in entries):
        return None  # a rule over paragraphs: a footnote block, an afterword
    return at, entries


def _body_start(lines: Sequence[str]) -> int:
    """The first line after the front matter (``---`` … ``---``), if any."""
    if not lines or lines[0].strip() not in ("---", "+++"):
        return 0
    close = next(
        (i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...", "+++")), None
    )
    return len(lines) if close is None else close + 1


def _entries(block: Sequence[str]) -> list[str] | None:
    """The block's entries: its list items (with their continuation lines), or its
    paragraphs when it holds no item; None when items and other paragraphs mix."""
    items = any(LIST_ITEM.match(line) for line in block)
    entries: list[str] = []
    blank = True
    for line in block:
        if not line.strip():
            blank = True
            continue
        starts = bool(LIST_ITEM.match(line)) if items else blank
        if starts:
            entries.append(line.strip())
        elif not entries:
            return None
        elif items and blank and not _INDENTED.match(line):
            return None  # a paragraph after the list: a "Share this" line, a sign-off
        else:
            entries[-1] += " " + line.strip()
        blank = False
    return entries


def _unmarked(entry: str) -> str:
    """An entry's text with no list mark."""
    m = LIST_ITEM.match(entry)
    return m.group("text") if m else entry


def entry_item(text: str) -> bool:
    """Shaped like an entry, its addresses left out (a dated link is no entry); or a DOI
    with a title: ``Rees, M. (2011). *Hanes y felin*. <https://…>``."""
    bare = _URL.sub(" ", _MD_LINK_TEXT.sub(r"\1", text))
    return entry_like(bare) or bool(_DOI.search(text) and _TITLE.search(bare))


def _cited(
    texts: Sequence[str], numbered: Sequence[re.Match[str]], entries: Sequence[str], body: str
) -> bool:
    """Does the text above the list cite its works?"""
    if agrees(texts, body):
        return True
    numbers = {ascii_digits(m.group("num")) for m in numbered}
    cited = {
        n
        for m in _CITED.finditer(ascii_digits(body))
        for n in re.findall(r"\d+", next(g for g in m.groups() if g is not None))
    }
    if len(numbers & cited) >= _MIN_CITED:
        return True
    urls = {m.group("url") or m.group("bare") for e in entries for m in _URL.finditer(e)}
    return sum(1 for u in urls if u and u in body) >= _MIN_CITED
