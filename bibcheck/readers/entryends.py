"""Where a reference entry has come to its end (for lists whose entries a comment may
follow: an annotated further-reading list)."""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

_FINISHED = lazy_compile(r"[.!?][\"'”»’)\]]*$")
_INITIAL = lazy_compile(r"(?:^|\s)[A-ZÀ-ÖØ-ÞА-ЯЁ]\.$")
# (only searched for; a number read whole from its first digit: from each digit of a long
# number, each try read the rest of it again)
_ENDS_DATED = lazy_compile(r"(?:(?<!\d)(?:1[5-9]|20)\d\d[a-z]?|(?<!\d)\d++\s?[–-]\s?\d++)\)?\.$")
_AFTER_YEAR = lazy_compile(r"\((?:1[5-9]|20)\d\d[a-z]?[^()]{0,20}\)\.\s(.+)$")
_SENTENCE_END = lazy_compile(r"[.!?][\"'”»’)\]]*(?:\s|$)")


def finished(line: str) -> bool:
    """Does ``line`` end a sentence (not with a name's initial, ``William G.``)?"""
    return bool(_FINISHED.search(line)) and not _INITIAL.search(line)


def entry_complete(text: str) -> bool:
    """Has an entry's text come to its end: a finished sentence that ends with a year or
    pages (``… 2004.``, ``(2017): 77–95.``), or, after an author-date entry's year, a
    title and a source (``(2004). The tide mill. Estuary Books.``; the title alone,
    ``(2017). Hydraulic models.``, waits for its journal on the next line)?"""
    text = text.strip()
    if not finished(text):
        return False
    if _ENDS_DATED.search(text):
        return True
    m = _AFTER_YEAR.search(text)
    return m is not None and len(_SENTENCE_END.findall(m.group(1))) >= 2
