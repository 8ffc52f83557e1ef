"""An encyclopedia's or lexicon's article cited by its headword after ``Art.`` (pure functions).

German, Italian and French theology and history cite the article of a lexicon by the word
``Art.`` / ``Artikel`` / ``voce`` / ``art.`` and the headword, then the lexicon after ``in:``
(often by its siglum and volume)::

    Karl Rahner, Art. Bußsakrament, in: LThK² 2 (1958), 826–838.
    Schmidt, Hans: Artikel „Gnade“, in: RGG⁴ 3 (2000), 1022–1030.
    A. Bianchi, voce «Penitenza», in: Enciclopedia Cattolica 9 (1952), 1130–1142.
    P. Galtier, art. « Pénitence », dans DThC 12 (1933), 748–845.

The headword is the article's title (``Art.`` and the quotation marks no part of it) and
the article is a part of the lexicon: a ``chapter`` (as CSL's ``entry-encyclopedia``),
never a journal's article.  :func:`lexicon_article` reads a parsed reference so.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["headword", "lexicon_article"]

# the word before the headword, in German, Italian, French, Spanish, Polish and English
_MARK = r"(?:Art\.|Artikel|art\.|Stichwort|voce|Voce|article|Article|artículo|hasło|Hasło)"
# the mark, the headword (perhaps quoted), then the lexicon it is in: "in: TRE 8", "in LThK³
# 2", "dans DThC 12", "w: Encyklopedia"
_ARTICLE = lazy_compile(
    rf"(?:^|[,:.]\s)(?:{_MARK})\s?(?P<word>[„“\"«‹‚‘]?\s?[^\W\d_][^,;:„“”\"«»]{{0,80}}?\s?[“”\"»›‘’]?)"
    r",?\s(?:in|In|dans|en|w|W)\b:?\s"
)
_MARKS = '„“”"«»‹›‚‘’ '


def headword(text: str) -> str | None:
    """The headword of the lexicon article ``text`` cites after ``Art.`` (without its
    quotation marks), or None when it cites none so."""
    m = _ARTICLE.search(text)
    if m is None:
        return None
    word = m.group("word").strip(_MARKS)
    return word or None


def lexicon_article(ref: Reference, text: str) -> Reference:
    """``ref`` read from ``text`` as the lexicon article it cites (titled by its headword, a
    chapter), or ``ref`` unchanged."""
    word = headword(text)
    if word is None or "://" in text:
        # (an online encyclopedia's entry at its address is a web page, read elsewhere)
        return ref
    return dataclasses.replace(ref, title=word, kind=RefKind.CHAPTER)
