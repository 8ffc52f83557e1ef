"""East Asian literature headings with a word for "list" after them.

Chinese, Japanese and Korean headings name the list itself after the vocabulary word:
``参考文献表`` and ``参考文献一覧`` (the table, the list of references), ``引用文献リスト``,
``참고문헌 목록``, ``參考書目錄``.  :func:`without_list_word` gives the heading without that
word, so the vocabulary finds the word it names (:class:`~bibcheck.readers.common.
Vocabulary`); a heading that is the list word alone (``一覧``, ``表``) keeps nothing to
look up.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import CJK_TEXT

__all__ = ["without_list_word"]

# (the words, the longest first; a space may stand before them in Korean)
_LIST_WORD = lazy_compile(
    rf"(?<=[{CJK_TEXT}])"
    r"\s?(?:一覧表|一覧|一览表|一览|リスト|目録|目錄|目录|列表|목록|리스트|表)$"
)


def without_list_word(heading: str) -> str | None:
    """``heading`` without the list word that ends it (``参考文献一覧`` -> ``参考文献``), or
    None when none ends it or nothing of two characters or more is left."""
    m = _LIST_WORD.search(heading.strip())
    if m is None:
        return None
    left = heading.strip()[: m.start()].rstrip()
    return left if len(left) >= 2 else None
