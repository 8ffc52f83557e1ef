"""Is a section named like a list really one, and does its list expect citations?

A heading alone does not make a reference list.  ``Literature`` is also a content section
of a long article ("British literature", a chapter on a country's writers) and ``History
of the literature`` a survey of it: their text is prose, paragraphs of running sentences,
no list of works.  A list section holds list items or entry-like lines, never only long
paragraphs of lower-case running text.

A list of further reading (``Further reading``, ``Works consulted``, ``Bibliografia
consultada``, ``Weiterführende Literatur``, ``Lecturas complementarias``, ``Дополнительная
литература``) is a list of works the text need not cite: its entries are never uncited.
"""

from __future__ import annotations

from collections.abc import Iterable

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.headingkey import heading_key

__all__ = ["is_reading_heading", "is_prose_line", "prose_section"]

_PROSE_WORDS = 40  # a paragraph of running text: an entry is rarely this long
_LOWER_SHARE = 0.5  # share of its words that start lower case (names and titles do not)
_LINK = lazy_compile(r"\[\[(?:[^|\]\[]*\|)?([^\]\[]*)\]\]")
_MARKUP = lazy_compile(r"'{2,5}|<[^<>]{0,200}>|\{\{[^{}]{0,300}\}\}")
_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")

# words of a heading that say its list is reading, not the works cited (accents folded)
_READING = frozenset(
    {
        "further", "recommended", "suggested", "consulted", "consultada",
        "consultadas", "consultees", "consultee", "consultate", "consultata", "consultati",
        "weiterfuhrende", "complementarias", "complementares", "complementaires",
        "complementari", "complementaria", "complementar",
        "recomendada", "recomendadas", "recommandees", "consigliate", "consigliata",
        "sugerida", "sugeridas", "aanbevolen", "дополнительная", "рекомендуемая",
        "додаткова", "рекомендована", "uzupełniająca", "uzupelniajaca", "zalecana",
    }
)  # fmt: skip
_READING_PHRASES = (
    "zum weiterlesen", "weiterlesen", "verder lezen", "pour en savoir plus",
    "para saber mas", "per approfondire", "lectures complementaires", "lecturas",
    "further reading", "external reading", "reading list",
)  # fmt: skip


def is_reading_heading(text: str) -> bool:
    """Is ``text`` the heading of a further-reading list, whose works the text need not
    cite (``Further reading``, ``Works consulted``, ``Bibliografía consultada``)?"""
    key = heading_key(text, " =:#*")
    if not key or len(key) > 60:
        return False
    if any(key == p or key.startswith(p + " ") for p in _READING_PHRASES):
        return True
    return any(w in _READING for w in _WORD.findall(key))


def is_prose_line(text: str) -> bool:
    """Is ``text`` (a line of wiki or plain text) a paragraph of running prose: long and
    mostly lower-case words, as no list entry is?"""
    plain = _MARKUP.sub(" ", _LINK.sub(r"\1", text))
    words = _WORD.findall(plain)
    if len(words) < _PROSE_WORDS:
        return False
    lower = sum(1 for w in words if w[0].islower())
    return lower >= _LOWER_SHARE * len(words)


def prose_section(lines: Iterable[tuple[bool, str]]) -> bool:
    """Is a section ((is a list item, text) of each line) prose, not a list: no list item
    and at least one paragraph of running prose?"""
    prose = False
    for item, text in lines:
        if item:
            return False
        prose = prose or is_prose_line(text)
    return prose
