"""The kind of a work in a reference list that pybtex formatted (sphinxcontrib-bibtex and
Jupyter Book: the ``plain``, ``unsrt`` and ``alpha`` styles, which follow BibTeX's
``plain.bst``), from the text with its italics marked ``*…*``:

- article: ``Title. *Journal*, 66(9):1420–1436, 2021.``, ``*Journal*, 598:126233, 2021.``;
- chapter: ``Title. In Ann Editor, editor, *Book*, chapter 14, pages 301–330. …`` (also
  ``editors``, and ``In *Proceedings*, pages 1–9. …`` for a paper in proceedings);
- report: ``Title. Technical Report LIT 11832, Institution, Address, 2022.`` (``Tech. Rep.``,
  ``Research Report``);
- book: ``Author. *Title*. Publisher, Address, 2 edition, 2018.``: the italic title right
  after the names, then publisher and year.

These shapes are the style's own punctuation, not what readers write by hand, so a reader
that knows the list came from pybtex (docutils ``div.citation`` entries) asks for them.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_YEAR = rf"(?:{_MONTH}\s)?(?:1[5-9]|20)\d\d[a-z]?"
_ARTICLE = lazy_compile(rf"\*[^*]+\*,\s\d+(?:\([\w–-]+\))?(?::[\w–-]+)?,\s{_YEAR}\.")
_CHAPTER = lazy_compile(r"\.\sIn\s(?:[^*]{2,300}?,\seditors?,\s)?\*[^*]+\*,\s")
_REPORT = lazy_compile(
    r"\.\s(?:Technical\sReport|Tech\.\sRep\.|Research\sReport|Report)(?:\s[\w./-]+)*?,\s"
)
_BOOK = lazy_compile(
    rf"^[^*]{{2,400}}?\.\s\*[^*]+\*\.\s(?!PhD\s|Master)[^*]{{2,200}}?,\s{_YEAR}\.(?:\s|$)"
)


def pybtex_kind(marked: str) -> RefKind | None:
    """The kind pybtex's formatting shows in ``marked``, or None."""
    if _REPORT.search(marked):
        return RefKind.REPORT
    if _CHAPTER.search(marked):
        return RefKind.CHAPTER
    if _ARTICLE.search(marked):
        return RefKind.ARTICLE
    if _BOOK.match(marked):
        return RefKind.BOOK
    return None
