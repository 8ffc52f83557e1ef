"""Citations that link to their works on another page of the same site.

A book built by Sphinx or Jupyter Book (sphinxcontrib-bibtex) prints a chapter's
author-year citations as links to the book's bibliography page: ``<a class="reference
internal" href="bibliography.html#id71">Samartsidis et al., 2017</a>``; the entries are on
that page, not on the chapter's.  :func:`cross_page_citations` finds such links -- a
relative link to another page with a fragment, outside the site's navigation, whose text
is a citation's (a year, ``n.d.``, or a number) -- so that a chapter whose only citations
they are is refused with what it holds and what to read instead, never with "nothing found".
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup
from bs4.element import Tag

__all__ = ["CrossPage", "cross_page_citations"]

_CITING_TEXT = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d[a-z]?(?!\d)|\bn\.\s?d\.|^\[?\d{1,4}\]?$")
_PAGE = re.compile(r"\.(?:x?html?|php|aspx?)$|/$|^[^.]*$", re.I)
_CHROME = ("nav", "header", "footer")


@dataclass(frozen=True, slots=True)
class CrossPage:
    """Citation links to another page: how many, the first one's line, the pages named."""

    count: int
    line: int
    pages: tuple[str, ...]


def _in_chrome(a: Tag) -> bool:
    return any(a.find_parent(name) is not None for name in _CHROME)


def _other_page(href: str, own: str) -> str | None:
    """The page a relative link with a fragment goes to, when it is not this one."""
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return None
    if parts.scheme or parts.netloc or not parts.fragment or not parts.path:
        return None
    page = unquote(parts.path)
    if not _PAGE.search(page) or posixpath.basename(page) == own:
        return None
    return page


def cross_page_citations(soup: BeautifulSoup, path: str = "") -> CrossPage | None:
    """The page's citation links to works listed on another page, or None."""
    own = posixpath.basename(path.replace("\\", "/"))
    pages: dict[str, None] = {}
    count = 0
    line = 0
    for a in soup.find_all("a", href=True):
        page = _other_page(str(a.get("href", "")), own)
        if page is None or not _CITING_TEXT.search(a.get_text(" ", strip=True)):
            continue
        if _in_chrome(a):
            continue
        pages.setdefault(page, None)
        count += 1
        line = line or (a.sourceline or 1)
    if not count:
        return None
    return CrossPage(count, line, tuple(pages))
