"""A journal platform's or repository's page around an article: which parts are its own.

Open Journal Systems, Janeway, DSpace, EPrints and university repositories show an article
(or a thesis) with the platform's furniture around it: a site header and navigation,
breadcrumbs, a sidebar of downloads and handles, a "How to cite" / "Cite this item" box
with an entry of the article itself, licence, related items, a footer.  Two questions
the HTML reader asks of such a page:

* :func:`in_page_chrome`: is an element in that furniture (never the article's
  reference list)?  Known by the elements that hold it (``header``, ``nav``,
  ``footer``, ``aside``, landmark roles) and by class or id names (``sidebar``,
  ``breadcrumb``, ``related-items``, ``site-header``) -- a name that only says the
  page *has* a sidebar (``has_sidebar``, ``with-sidebar``) is no furniture;
* :func:`cites_itself`: is a citation-styled block (``div.csl-bib-body``, a "cite this"
  paragraph) the page's entry for its own article -- its DOI or title as the page's
  metadata gives it -- and so no reference list?
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import Tag

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.htmlfurniture import own_dois
from bibcheck.readers.htmlnames import CHROME_ROLES, CHROME_TAGS
from bibcheck.readers.htmltree import text_of

__all__ = ["cites_itself", "in_page_chrome", "own_titles", "page_identity"]

# one word of a class or id naming furniture ("pkp_structure_sidebar", "site-footer",
# "related-items", "breadcrumb")
_CHROME_WORDS = frozenset(
    {
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "related",
        "sidebar", "footer", "header", "masthead", "share", "social", "widget", "pagination",
        "pager", "toc", "comments", "tags", "categories",
    }
)  # fmt: skip
# a first word saying what the page has or shows, not what the element is
_MODIFIERS = frozenset({"has", "with", "no", "without", "show", "hide", "is"})
_SPLIT = lazy_compile(r"[-_\s]+")
_DOI = lazy_compile(r"\b10\.\d{4,9}/[^\s\"<>]+", re.I)
_TITLE_META = ("citation_title", "dc.title", "DC.title", "DC.Title", "og:title")
_SPACE = lazy_compile(r"\s+")
_MIN_TITLE = 12


def _chrome_name(name: str) -> bool:
    words = [w for w in _SPLIT.split(name.lower()) if w]
    if not words or words[0] in _MODIFIERS:
        return False
    return any(w in _CHROME_WORDS for w in words)


def in_page_chrome(tag: Tag) -> bool:
    """Is ``tag`` (or an element around it) the page's furniture, not the article?"""
    for t in [tag, *tag.parents]:
        if t.name in CHROME_TAGS or t.get("role") in CHROME_ROLES:
            return True
        names = [*(t.get_attribute_list("class") or []), str(t.get("id") or "")]
        if any(n and _chrome_name(n) for n in names):
            return True
    return False


def _folded(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def own_titles(soup: BeautifulSoup) -> set[str]:
    """The article's own title as the page's metadata gives it (folded), long ones only."""
    found: set[str] = set()
    for name in _TITLE_META:
        for attr in ("name", "property"):
            for tag in soup.find_all("meta", attrs={attr: name}):
                title = _folded(str(tag.get("content", "")))
                if len(title) >= _MIN_TITLE:
                    found.add(title)
    return found


def cites_itself(block: Tag, dois: set[str], titles: set[str]) -> bool:
    """Is ``block`` an entry of the page's own article (its DOI, or its title, in it)?"""
    text = text_of(block)
    for m in _DOI.finditer(text):
        if m.group(0).rstrip(".").lower() in dois:
            return True
    for a in block.find_all("a", href=True):
        linked = _DOI.search(str(a.get("href", "")))
        if linked and linked.group(0).rstrip(".").lower() in dois:
            return True
    folded = _folded(text)
    return any(title in folded for title in titles)


def page_identity(soup: BeautifulSoup) -> tuple[set[str], set[str]]:
    """The page's own DOIs and titles (for :func:`cites_itself`)."""
    return own_dois(soup), own_titles(soup)
