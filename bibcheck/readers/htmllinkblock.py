"""The link block a publisher's page sets under each reference.

JAMA, BMJ, PLOS, Springer, Elsevier, Wiley and PMC print a reference list entry and, in
an element of its own inside it, the buttons that look the work up elsewhere::

    <div class="ref" id="ref-1">1. Doe J. Title. <cite>J Med</cite>. 2020;1:2-3.
      <div class="ref-links"><a href="https://doi.org/…">Crossref</a> |
        <a href="https://pubmed.ncbi.nlm.nih.gov/…">PubMed</a></div></div>

That element is no block of the entry's text (the entry is still one leaf of its list)
and its words ("Crossref | PubMed | PMC", "Google Scholar", "Web of Science®") are no
part of the reference.  Only a DOI it links to is kept, when the entry's text names none,
and the work's PubMed and PMC records (:mod:`.htmlregistry`), whose ids are the entry's.
"""

from __future__ import annotations

import re

from bs4.element import Tag

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.htmlregistry import registry_address
from bibcheck.readers.htmltree import text_of

# the buttons publishers set after each reference (ScienceDirect, Springer, Wiley, T&F, PMC,
# the ACM Digital Library)
BUTTON = lazy_compile(
    r"(?:Google Scholar|Cross ?Ref(?: Full Text)?|PubMed(?: Central|/NCBI| Abstract)?|"
    r"PMC(?: free article)?|Europe PMC|View in Scopus|Scopus|Web of Science(?:®)?|ISI|CAS|"
    r"MathSciNet|ADS|zbMATH|Medline|Article|View article|View PDF|Wiley Online Library|"
    r"Full Text(?: via CrossRef)?|Abstract|PDF|OpenURL(?: \w+)?|Find it(?: at \w+)?|Links|"
    r"(?:ACM )?Digital Library|Free Full Text|Ver artículo|Texte intégral|Volltext)"
    r"(?:\s*\|)?",
    re.IGNORECASE,
)
# ... and the indexes they look the work up in
LOOKUP_URL = lazy_compile(
    r"https?://(?:[\w-]+\.)*(?:scholar\.google\.[\w.]+|scopus\.com|webofscience\.com|"
    r"webofknowledge\.com|ams\.org/mathscinet|adsabs\.harvard\.edu|zbmath\.org|"
    r"cas\.org|chemport\.cas\.org|"
    # (a PubMed search; a PubMed record, "pubmed.ncbi.nlm.nih.gov/31986264/", names the
    # work's PMID and is kept, as a PMC article's link is)
    r"(?:ncbi\.nlm\.nih\.gov/pubmed|pubmed\.ncbi\.nlm\.nih\.gov)(?!/\d+/?(?:[?#]|$))|"
    r"linkinghub\.elsevier\.com|search\.crossref\.org)(?:[/?#]|$)",
    re.IGNORECASE,
)
# elements a publisher writes the block as (Wiley: a ``ul`` of ``li`` buttons)
_CONTAINERS = frozenset({"div", "p", "span", "ul", "ol", "li", "small"})
# what stands between the buttons: bars, bullets, commas, brackets
_BETWEEN = lazy_compile(r"[\s|·•,;/\[\]()\-–]*")
_DOI = lazy_compile(r"\b10\.\d{4,9}/\S")
_LONGEST = 400
_ABSOLUTE = lazy_compile(r"https?://", re.IGNORECASE)


def is_link_block(tag: Tag) -> bool:
    """Is ``tag`` only look-up buttons (at least one link, every link's text a button,
    nothing but separators between them)?"""
    if tag.name not in _CONTAINERS:
        return False
    rest = text_of(tag)
    if len(rest) > _LONGEST:  # (a row of buttons is short: an entry's text is no such row)
        return False
    links = tag.find_all("a", href=True)
    if not links:
        return False
    for a in links:
        shown = " ".join(text_of(a).split())
        if shown and not BUTTON.fullmatch(shown):
            return False
        rest = rest.replace(text_of(a), " ", 1)
    return bool(_BETWEEN.fullmatch(rest))


def in_link_block(tag: Tag, root: Tag) -> bool:
    """Is ``tag`` a link block, or inside one, below ``root``?"""
    element: Tag | None = tag
    while element is not None and element is not root:
        if is_link_block(element):
            return True
        element = element.parent
    return False


def has_block(element: Tag, blocks: frozenset[str]) -> bool:
    """Does ``element`` hold a block element other than a link block (or one in it)?  An
    element of one text block and its link block (``<div><div>Entry.</div><div>Google
    Scholar | Crossref</div></div>``) is one entry: it holds none."""
    first: Tag | None = None
    for t in element.descendants:
        if not isinstance(t, Tag) or t.name not in blocks or in_link_block(t, element):
            continue
        if first is not None:
            return True
        first = t
    if first is None:
        return False
    return not (
        first.parent is element
        and any(is_link_block(child) for child in element.find_all(True, recursive=False))
    )


def kept_addresses(block: Tag, text_so_far: str) -> list[str]:
    """The links of a link block the entry keeps: its DOI link (an address of another
    site) when the entry's text so far names no DOI, and its PubMed and PMC records
    (:mod:`.htmlregistry`: the entry's PMID and PMCID are read from them)."""
    kept: list[str] = []
    doi_named = bool(_DOI.search(text_so_far))
    for a in block.find_all("a", href=True):
        href = str(a.get("href", ""))
        record = registry_address(href, text_of(a))
        if record is not None:
            kept.append(record)
            continue
        if doi_named or LOOKUP_URL.match(href) or not _ABSOLUTE.match(href):
            continue  # (an index's look-up; the page's own record of the work, "/doi/…")
        if _DOI.search(href):
            kept.append(href)
            doi_named = True
    return list(dict.fromkeys(kept))
