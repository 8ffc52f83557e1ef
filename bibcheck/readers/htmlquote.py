"""A quotation's attribution: the ``<footer>`` (or ``<header>``) of a ``<blockquote>`` or a
``<figure>``.

HTML's own pattern for a quotation names its source in a ``footer`` inside the quote:
``<blockquote><p>…</p><footer>— <cite>Author [10]</cite></footer></blockquote>``, and a
figure may carry its credit the same way.  That footer is part of the text, not the page's
footer (site navigation, copyright): a citation in it counts.
"""

from __future__ import annotations

from bs4.element import Tag

_FURNITURE = frozenset({"footer", "header"})
_QUOTES = frozenset({"blockquote", "figure", "q"})
# (sectioning elements: a footer inside one of these belongs to it, not to the quote)
_SECTIONS = frozenset({"article", "section", "aside", "nav", "main", "body"})


def quote_attribution(tag: Tag) -> bool:
    """True for a ``footer``/``header`` whose nearest enclosing block is a quotation or a
    figure (its source line), false for a page's or an article's footer."""
    if tag.name not in _FURNITURE:
        return False
    for parent in tag.parents:
        if parent.name in _QUOTES:
            return True
        if parent.name in _SECTIONS or parent.name in _FURNITURE:
            return False
    return False
