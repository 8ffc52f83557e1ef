"""Short-form notes that cite a listed work by its title and a place in it.

Blogs, wikis and lecture notes that give their books in a list cite them in notes by the
title alone with a locator: ``Head First Design Patterns. 75쪽.``, ``Title (2nd ed.),
p. 75.``, ``『書名』42頁``, ``《书名》第3章``, ``Title, ch. 8, S. 12``.  Such a note names no
author or year, so it reads as an aside; it cites the one entry whose title it opens with
(an edition or note in brackets on either side aside: ``Title(개정판)`` is ``Title
[개정판]``), when nothing but locators follows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import LiteratureEntry, LiteratureMatch, Reference, RefKind

__all__ = ["SHORT_TITLE", "ShortForm", "cited_by_title", "short_form_of", "title_form"]

SHORT_TITLE = "short-title"  # the method of a link made by a note's short form

# a bracketed part of a title, its edition or original title: "(개정판)", "[2nd ed.]", "【新版】"
_BRACKETED = lazy_compile(r"\([^()]{0,60}\)|\[[^\[\]]{0,60}\]|（[^（）]{0,60}）|【[^【】]{0,60}】")
# the marks a title is set in: quotation marks, East Asian title brackets, emphasis
_MARKS = lazy_compile(r"[『』「」《》〈〉“”‘’\"'*_«»„]")
_SPACES = lazy_compile(r"\s+")
# a word of a note: what spaces, punctuation and closing title marks part ("『書名』42頁")
_WORD = lazy_compile(r"[^\s.,:;，。、：；』」》〉”]+")
# the pages a locator points at: "p. 75", "S. 12-14", "382쪽", "42頁"
_PAGES = lazy_compile(
    r"(?:\bpp?|\bS|\bs)\.?\s?(?P<p>\d{1,5}(?:[–—-]\d{1,5})?)(?!\d)"
    r"|(?P<q>\d{1,5}(?:[–—-]\d{1,5})?)\s?(?:쪽|페이지|면|頁|页|ページ)"
)
_TITLE_ENDS = ' .,:;，。、『』「」《》〈〉“”"*_'
_MAX_NOTE = 300  # a longer note is prose, not a title and a place
# one word of a locator: "p", "pp", "S", "ch", "chapter", "vol", and a number with its
# unit in front or after ("382쪽", "42頁", "第3章", "8장", "17", "75-80", "p75", "§ 4")
_LOCATOR_WORD = lazy_compile(
    r"(?:pp?|ss?|s|ch|chap|chapter|chapitre|kap|kapitel|cap|vol|bd|band|part|teil|ff?|seite|"
    r"seiten|page|pages|§)"
    r"|(?:제|第|pp?|s|ch|§)?\d{1,5}(?:[–—-]\d{1,5})?"
    r"(?:쪽|페이지|면|장|절|권|頁|页|ページ|章|節|节|巻|卷|ff?)?",
    re.I,
)
_MIN_TITLE = 4  # characters: a shorter "title" ("Ibid", "AI") names no work


def title_form(title: str) -> str:
    """``title`` as a short form is compared with it: brackets, marks and case aside."""
    plain = unicodedata.normalize("NFKC", title)
    plain = _MARKS.sub("", _BRACKETED.sub(" ", plain))
    return _SPACES.sub(" ", plain).strip(" .,:;，。、").casefold()


@dataclass(frozen=True, slots=True)
class ShortForm:
    """A note citing a listed work by its title: the entry's index, the title as the note
    writes it, the pages it points at."""

    index: int
    title: str
    pages: str | None


def short_form_of(note: str, titles: Sequence[str]) -> ShortForm | None:
    """The one work of ``titles`` (the listed entries' titles) that ``note`` cites by its
    title and locators alone, or None (no such title, or two entries of that title)."""
    by_form: dict[str, list[int]] = {}
    for i, title in enumerate(titles):
        form = title_form(title)
        if len(form) >= _MIN_TITLE:
            by_form.setdefault(form, []).append(i)
    if not by_form or len(note) > _MAX_NOTE:
        return None
    words = list(_WORD.finditer(note))
    cut = len(words)
    while True:  # the longest title first: "Title 3. 45쪽" is "Title 3" before "Title"
        head = note[: words[cut].start()] if cut < len(words) else note
        found = by_form.get(title_form(head), [])
        if len(found) == 1:
            title = head.strip(_TITLE_ENDS)
            return ShortForm(found[0], title, _pages(note[len(head) :]))
        if cut == 0 or not _LOCATOR_WORD.fullmatch(words[cut - 1].group(0)):
            return None
        cut -= 1


def _pages(locator: str) -> str | None:
    m = _PAGES.search(locator)
    return (m.group("p") or m.group("q")) if m else None


def cited_by_title(
    ref: Reference, entries: Sequence[LiteratureEntry]
) -> tuple[Reference, LiteratureMatch] | None:
    """A note's reference ``ref`` read as the short form of one of ``entries`` (its title
    and a place in it), tied to that entry; or None.  Read so, the note cites the entry's
    kind of work by the title it writes, at the pages it names: no aside, no author."""
    short = short_form_of(ref.raw, [e.reference.title or "" for e in entries])
    if short is None:
        return None
    entry = entries[short.index]
    kind = entry.reference.kind if entry.reference.kind is not RefKind.COMMENTARY else ref.kind
    cited = replace(
        ref, kind=kind, authors=(), title=short.title, pages=short.pages, year=None, year_raw=None
    )
    return cited, LiteratureMatch(entry.number, SHORT_TITLE, 100.0, short.index)
