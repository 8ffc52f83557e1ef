"""A link whose address spells a list entry's title: a link to that work's own page.

Publishers, report archives and repositories put a work's title in its address
(``…/Zimbabwe-2014-Article-IV-Consultation-Press-Release-…``,
``…/349912345_Monetary_policy_and_the_parallel_market``): a body link to such an address
cites the entry with that title even when the entry gives no address and the link's words
name no author.  The title's words (letters or digits, three characters or more, any
script) must all stand in the address's path in order, and the title must have at least
:data:`MIN_WORDS` of them (a one- or two-word title is spelled by many addresses).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import parse_reference

__all__ = ["MIN_WORDS", "TitleWords", "slug_entry", "title_words"]

MIN_WORDS = 4
_WORD = lazy_compile(r"[^\W_]{3,}")
_PATH = lazy_compile(r"^(?:[a-z][\w+.-]*:)?/*[^/?#]*(?P<path>[^#]*)", re.I)

TitleWords = dict[str, tuple[str, ...]]


def title_words(entries: Iterable[tuple[str, str]]) -> TitleWords:
    """Each entry's title words by its label (entries as ``(label, text)``), titles too
    short left out."""
    found: TitleWords = {}
    for label, text in entries:
        title = parse_reference(text, (1,)).title
        words = tuple(w.casefold() for w in _WORD.findall(title or ""))
        if len(words) >= MIN_WORDS:
            found[label] = words
    return found


def slug_entry(url: str, titles: TitleWords) -> str | None:
    """The label of the one entry whose title ``url``'s path spells, or None."""
    m = _PATH.match(url)
    path = m.group("path") if m else ""
    slug = [w.casefold() for w in _WORD.findall(path)]
    if len(slug) < MIN_WORDS:
        return None
    found = [label for label, words in titles.items() if _in_order(words, slug)]
    return found[0] if len(found) == 1 else None


def _in_order(words: tuple[str, ...], slug: list[str]) -> bool:
    it = iter(slug)
    return all(any(w == s for s in it) for w in words)
