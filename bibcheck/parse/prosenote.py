"""Explanatory notes that link a document: no title to compare with its entry.

A note such as "The packet names used here come from RFC 3208 <https://…>, which
defines the protocol." links the document its list entry describes, but names no title:
the parser's "title" is the note's own sentence, read across the link.  A title is one
run of text; a "title" that goes on after the link, its sentence continuing in lower
case ("…, which defines", "…, aby", "…, definiującego"), is the note's prose.  Such a
note is linked to the entry (by its address) but its text is not compared as a title.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference

_WORD = lazy_compile(r"\w+")
# what may stand between a link and the sentence going on after it
_CONTINUES = lazy_compile(r"[>\s]*+[,;:–—-]?\s*+(\w)")


def links_in_prose(ref: Reference) -> bool:
    """Is the title of ``ref`` (a note naming no author and no year) its sentence
    running on both sides of a link it holds?"""
    if not ref.title or ref.authors or ref.year is not None:
        return False
    title = {w.casefold() for w in _WORD.findall(ref.title)}
    for url in (ref.url_raw or "", *ref.links):
        at = ref.raw.find(url) if url else -1
        if at < 0:
            continue
        before, after = ref.raw[:at], ref.raw[at + len(url) :]
        if _continues(after) and _shares(before, title) and _shares(after, title):
            return True
    return False


def _continues(after: str) -> bool:
    m = _CONTINUES.match(after)
    return m is not None and m.group(1).islower()


def _shares(text: str, words: set[str]) -> bool:
    return any(w.casefold() in words for w in _WORD.findall(text))
