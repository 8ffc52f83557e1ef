"""Links to a part of the page itself, written with the page's own address.

A journal's page often links a citation to its reference entry with the page's path
before the fragment: nature.com and Springer write ``<a data-test="citation-ref"
href="/articles/s41586-023-01234-5#ref-CR2">2</a>``, other sites the full canonical
address (``https://journal.example.org/doi/10.1000/xyz#bib12``), a page saved from the
browser its own file name (``article.html#R12``).  The fragment names an element of this
very page, so the link is an in-page link, as ``href="#ref-CR2"`` is; read as a link to
another site it would be no citation at all.

The page's own address is what it says it is (``<link rel="canonical">``, ``og:url``,
``twitter:url``, ``citation_fulltext_html_url``) and the file it was read from; when it
names no address, also a site-relative path (``/articles/…``) that at least two links use with
fragments, every one of which names an element of the page.

:func:`own_fragment_links` rewrites such links to ``#fragment``.
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup
from bs4.element import Tag

from bibcheck.lazyre import lazy_compile

_OWN = (  # (element, attribute naming it, its value, attribute holding the address)
    ("link", "rel", "canonical", "href"),
    ("meta", "property", "og:url", "content"),
    ("meta", "name", "twitter:url", "content"),
    ("meta", "name", "citation_fulltext_html_url", "content"),
)


def _place(url: str) -> tuple[str, str, str] | None:
    """Host (without ``www.``), path (unquoted, no trailing slash) and query of ``url``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = unquote(parts.path).rstrip("/")
    return host, path, parts.query


def own_addresses(soup: BeautifulSoup, path: str = "") -> list[str]:
    """The addresses the page gives as its own, and the file it was read from."""
    found: list[str] = []
    for name, key, value_of_key, attr in _OWN:
        tag = soup.find(name, attrs={key: value_of_key})
        value = tag.get(attr) if isinstance(tag, Tag) else None
        if isinstance(value, str) and value.strip():
            found.append(value.strip())
    if path:
        found.append("file:///" + posixpath.basename(path.replace("\\", "/")))
    return found


def _same_page(href: str, owns: list[str]) -> bool:
    for own in owns:
        base = _place(own)
        if base is None:
            continue
        if own.startswith("file:///"):
            # a saved page: its own file name, relative ("article.html#R1")
            name = base[1].rsplit("/", 1)[-1]
            target = _place(href)
            if target and not target[0] and name and target[1].rsplit("/", 1)[-1] == name:
                return not urlsplit(href).netloc and not target[2]
            continue
        target = _place(urljoin(own, href))
        if target is not None and target[:2] == base[:2] and target[2] in ("", base[2]):
            return True
    return False


_FRAGMENT = lazy_compile(r"^([^#]+)#(.+)$")


def own_fragment_links(soup: BeautifulSoup, path: str = "") -> int:
    """Rewrite the links to a fragment of this page written with its address to
    ``#fragment``; the number rewritten."""
    ids = {str(t.get("id")) for t in soup.find_all(id=True)}
    ids |= {str(t.get("name")) for t in soup.find_all("a", attrs={"name": True})}
    owns = own_addresses(soup, path)
    links: list[tuple[Tag, str, str]] = []
    for a in soup.find_all("a", href=True):
        m = _FRAGMENT.match(str(a.get("href", "")).strip())
        if m and unquote(m.group(2)) in ids:
            links.append((a, m.group(1), unquote(m.group(2))))
    # a site-relative path used only with fragments of this page: the page's own path
    by_path: dict[str, set[str]] = defaultdict(set)
    for _, where, fragment in links:
        by_path[where].add(fragment)
    elsewhere = {
        m.group(1)
        for a in soup.find_all("a", href=True)
        if (m := _FRAGMENT.match(str(a.get("href", "")).strip())) and unquote(m.group(2)) not in ids
    }
    says = bool(owns) and not owns[0].startswith("file:")  # the page names its address
    inferred = {
        where
        for where, fragments in by_path.items()
        if not says
        and where.startswith("/")
        and not where.startswith("//")
        and len(fragments) >= 2
        and where not in elsewhere
    }
    rewritten = 0
    for a, where, fragment in links:
        if where in inferred or _same_page(where, owns):
            a["href"] = "#" + fragment
            rewritten += 1
    return rewritten
