"""Citations that link to their works on another page of the same site.

A book built by Sphinx or Jupyter Book (sphinxcontrib-bibtex) prints a chapter's
author-year citations as links to the book's bibliography page: ``<a class="reference
internal" href="bibliography.html#id71">Samartsidis et al., 2017</a>``; the entries are on
that page, not on the chapter's.  :func:`cross_page_citations` finds such links -- a
relative link to another page with a fragment, outside the site's navigation, whose text
is a citation's (a year, ``n.d.``, or a number).  A chapter with no list of its own reads
them as its citations (:func:`cross_page_links`): each labelled by the entry it links to,
its work named by the link text (``Samartsidis et al., 2017``; a bare year ``[2017]``
with the name printed before it, ``Dahl [2017]``, by both); their entries are on a page
that was not read, which the reader says (:func:`unread_list_message`).
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup
from bs4.element import Tag

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, RawMarker, RawNote, Reference
from bibcheck.parse.years import YEAR

__all__ = [
    "CrossLink",
    "CrossPage",
    "cross_page_citations",
    "cross_page_links",
    "link_labels",
    "named_work",
    "work_reference",
    "unread_entries",
    "unread_list_message",
]

_CITING_TEXT = lazy_compile(r"(?<!\d)(?:1[5-9]|20)\d\d[a-z]?(?!\d)|\bn\.\s?d\.|^\[?\d{1,4}\]?$")
_PAGE = lazy_compile(r"\.(?:x?html?|php|aspx?)$|/$|^[^.]*$", re.I)
_CHROME = ("nav", "header", "footer")
_YEAR = lazy_compile(rf"(?<!\d)({YEAR})[a-z]?(?!\d)")
_ET_AL = lazy_compile(r"\s+et\s+al\.?$")
_JOINS = frozenset(("and", "&", "und", "et", "y", "e", "en", "og", "och", "i"))
_LETTER = lazy_compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class CrossPage:
    """Citation links to another page: how many, the first one's line, the pages named."""

    count: int
    line: int
    pages: tuple[str, ...]


@dataclass(frozen=True, slots=True, eq=False)
class CrossLink:
    """One citation link to another page: the link, its page and fragment, the work named."""

    tag: Tag
    page: str
    target: str
    work: str


def named_work(before: str, shown: str) -> str:
    """The work a citation link names: its text (``Berg et al., 2019``), or for a bare
    year the name printed just before it joined to it (``Dahl [`` + ``2017``: ``Dahl,
    2017``)."""
    shown = " ".join(shown.split())
    if _LETTER.search(_YEAR.sub("", shown).replace("n.d.", "")) or not before.strip():
        return shown
    name = _name_before(before)
    return f"{name}, {shown}" if name else shown


def _name_before(before: str) -> str:
    """The author name printed just before a bracket (``Dahl [``, ``Roe et al. (``,
    ``Kasza and Pelt [``), or "" when the words before are no name (``described by [``)."""
    words = before[-80:].rstrip().rstrip("[(").split()
    if not words:
        return ""
    take = 1
    if len(words) >= 3 and words[-2] == "et" and words[-1].rstrip(".") == "al":
        take = 3
    elif len(words) >= 3 and words[-2] in _JOINS:
        take = 3
    name = words[-take:]
    return " ".join(name) if name[0][:1].isupper() and name[-1][:1].isalpha() else ""


def work_reference(work: str, line: int) -> Reference:
    """The fields a citation's text gives: its authors' family names and its year
    (``Kasza and Pelt, 2021a``: ``("Kasza", "Pelt")``, 2021); no title, none is printed."""
    work = " ".join(work.split())  # (one space between words: the patterns stay linear)
    found = list(_YEAR.finditer(work))
    year = int(found[-1].group(1)) if found else None
    name = work[: found[-1].start()] if found else work
    name = _ET_AL.sub("", name.strip(" ,;([")).strip(" ,")
    authors: list[str] = []
    for part in re.split(r",\s*|\s+(?:and|&)\s+", name):
        if _LETTER.search(part) and part not in ("n.d.", "n. d."):
            authors.append(part.strip())
    return Reference(
        raw=work,
        line=line,
        end_line=line,
        authors=tuple(authors),
        year=year,
        year_raw=found[-1].group(0) if found else None,
    )


def _text_before(a: Tag) -> str:
    """The text before ``a`` in its parent (sphinxcontrib-bibtex's ``span`` around one
    citation: ``Dahl [<a>2017</a>]``)."""
    parts: list[str] = []
    for sibling in a.previous_siblings:
        parts.append(sibling.get_text() if isinstance(sibling, Tag) else str(sibling))
        if sum(len(p) for p in parts) > 80:
            break
    return "".join(reversed(parts))


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


def cross_page_links(soup: BeautifulSoup, path: str = "") -> list[CrossLink]:
    """The page's citation links to works listed on another page, in order."""
    own = posixpath.basename(path.replace("\\", "/"))
    found: list[CrossLink] = []
    for a in soup.find_all("a", href=True):
        href = str(a.get("href", ""))
        page = _other_page(href, own)
        shown = " ".join(a.get_text().split())
        if page is None or not _CITING_TEXT.search(shown) or _in_chrome(a):
            continue
        target = unquote(urlsplit(href.strip()).fragment)
        found.append(CrossLink(a, page, target, named_work(_text_before(a), shown)))
    return found


def cross_page_citations(soup: BeautifulSoup, path: str = "") -> CrossPage | None:
    """How many citation links to works listed on another page the page holds, or None."""
    links = cross_page_links(soup, path)
    if not links:
        return None
    pages = tuple(dict.fromkeys(link.page for link in links))
    return CrossPage(len(links), links[0].tag.sourceline or 1, pages)


def unread_list_message(count: int, pages: tuple[str, ...], given: tuple[str, ...]) -> str:
    """What a chapter citing another page's list says: its entries were not read, and
    why (``given``: the ``--bibliography`` files, which take ``.bib`` / CSL-JSON only)."""
    shown = ", ".join(pages[:3]) + (", …" if len(pages) > 3 else "")
    names = {posixpath.basename(p) for p in pages}
    passed = [g for g in given if posixpath.basename(g.replace("\\", "/")) in names]
    why = (
        f"{passed[0]} was given with --bibliography, which reads .bib and CSL-JSON files, "
        "not an HTML page"
        if passed
        else "which was not given"
    )
    return (
        f"{count} citation(s) link to works listed on another page ({shown}), {why}: "
        "their entries were not read, so none of these citations could be checked; ingest "
        "the page's source instead (the book's .md, .ipynb or .rst chapter with its .bib), "
        f"or the list page itself ({pages[0]}) to check its entries"
    )


def link_labels(links: list[CrossLink]) -> list[str]:
    """Each link's label: the id of the entry it links to (``id71``), with its page when
    the links go to more than one (``refs.html#id3``)."""
    one_page = len({link.page for link in links}) == 1
    return [link.target if one_page else f"{link.page}#{link.target}" for link in links]


def unread_entries(
    links: list[CrossLink], markers: list[RawMarker], given: tuple[str, ...] = ()
) -> tuple[list[RawNote], list[Anomaly]]:
    """The works the links cite (a note per entry linked to, named by the link text, at
    its first citation) and what says their entries were not read: one
    ``bibliography-unreadable`` and a ``citation-key-missing`` per entry linked to."""
    work = dict(zip(link_labels(links), (link.work for link in links), strict=True))
    lines: dict[str, list[int]] = {}
    for marker in markers:
        if marker.label in work:
            lines.setdefault(marker.label, []).append(marker.line)
    if not lines:
        return [], []
    notes = [
        RawNote(
            label, work[label], at[0], at[0], reference=work_reference(work[label], at[0]), key=True
        )
        for label, at in lines.items()
    ]
    pages = tuple(dict.fromkeys(link.page for link in links))
    count = sum(len(at) for at in lines.values())
    first = min(at[0] for at in lines.values())
    anomalies = [
        Anomaly(
            AnomalyCode.BIBLIOGRAPHY_UNREADABLE, unread_list_message(count, pages, given), first
        )
    ]
    anomalies += [
        Anomaly(
            AnomalyCode.CITATION_KEY_MISSING,
            f"citation {work[label]!r} links to entry {label!r} of a page that was not read",
            at[0],
            footnote=label,
            lines=tuple(at),
        )
        for label, at in lines.items()
    ]
    return notes, anomalies
