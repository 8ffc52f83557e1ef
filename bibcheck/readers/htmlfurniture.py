"""Links of a journal article's page that are the article's own furniture, no citation.

A publisher's page links many things besides the works it cites, and none of them is a
candidate citation of the text (so none is a link "matching no entry" either):

* the article's own DOI (``https://doi.org/10.1371/journal.pone.0123456`` under the title,
  in the "Citation:" line) and the DOIs of its parts: PLOS's figures and tables
  (``….g001``, ``….t001``), supporting files (``….s001``), eLife's ``…/fig1``;
* its licence (``creativecommons.org/licenses/by/4.0/``, an open-source licence);
* the links of its statements: data and code availability (a Dryad or Zenodo DOI of the
  article's own data), copyright and licence, funding, competing interests, each a
  paragraph led by its label (``<strong>Data Availability:</strong> …``) or a section
  under such a heading;
* a "How to cite" / "Cite this item" box (an entry of the page itself) and its citation
  formats (RIS, BibTeX, the styles' links);
* an author box's links: "Search for this author in: PubMed · Google Scholar", "View
  author publications", the links of an "Author information" section, and a link that
  searches a database for an author's name (``scholar?as_sauthors=``, ``?term=…[Author]``);
* the publisher's buttons: "Download references", "Export citation", "Reprints and
  permissions", "Rights and permissions", "Cite this article", "Check for updates",
  "Download PDF (1.4 MB)";
* a repository's or platform's links to the page's own addresses, as its metadata names
  them (``citation_pdf_url``, ``DC.identifier``: the handle ``hdl.handle.net/…``, the
  canonical address).

:func:`furniture_links` gives the links of a page that are such furniture.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup
from bs4.element import Tag

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.htmlnames import HEADINGS
from bibcheck.readers.htmltree import text_of

# where a page names its own DOI
_DOI_META = (
    "citation_doi",
    "dc.identifier",
    "DC.Identifier",
    "DC.identifier",
    "prism.doi",
    "bepress_citation_doi",
    # (Open Journal Systems)
    "DC.Identifier.DOI",
    "dc.identifier.doi",
)
# where a repository or platform names the page's own addresses: its handle or persistent
# link, its PDF, its canonical address (a link to one of them is the page's own button)
_ADDRESS_META = (
    "citation_pdf_url",
    "citation_public_url",
    "citation_abstract_html_url",
    "citation_fulltext_html_url",
    "DC.identifier",
    "dc.identifier",
    "DC.Identifier",
    "DC.Identifier.URI",
    "dc.identifier.uri",
    "eprints.document_url",
    "og:url",
)
_DOI = lazy_compile(r"\b(10\.\d{4,9}/\S+)", re.I)
_LICENCE = lazy_compile(
    r"^https?://(?:www\.)?(?:creativecommons\.org/(?:licenses|licences|publicdomain)/"
    r"|opensource\.org/licen[cs]es/|gnu\.org/licenses/)",
    re.I,
)
_TOOL_TEXT = lazy_compile(
    r"^(?:(?:download|export)\s+(?:all\s+)?(?:references?|citations?|citation\s+file|"
    r"bibtex|ris|endnote)|reprints?\s+(?:and|&)\s+permissions|rights\s+(?:and|&)\s+"
    r"permissions|request\s+permissions?|get\s+rights\s+and\s+content|cite\s+this\s+"
    r"(?:article|paper)|check\s+for\s+updates|share\s+this\s+article|"
    r"(?:view|show)\s+all\s+references|"
    # a repository's download button: "Download PDF (1.4 MB)", "Download full text"
    r"download\s+(?:full[\s-]?text|(?:full[\s-]?text\s+)?\(?(?:pdf|epub)\)?)"
    r"(?:\s+\(\d[\d.,]*\s?[kmg]i?b\))?)$",
    re.I,
)
_STATEMENT = lazy_compile(
    r"^(?:(?:data|code|software|materials?)(?:\s*(?:,|and|&)\s*(?:data|code|software|"
    r"materials?))*\s+availability(?:\s+statement)?|availability\s+of\s+(?:data|code)"
    r"(?:\s+and\s+materials?)?|data\s+access(?:ibility)?|copyright|licen[cs]e|"
    r"open\s+access|funding(?:\s+(?:statement|information|sources?))?|competing\s+"
    r"interests?|conflicts?\s+of\s+interests?|declaration\s+of\s+(?:competing\s+)?"
    r"interests?|search\s+for\s+this\s+author(?:\s+in)?|author\s+information|"
    r"view\s+author\s+publications|find\s+(?:articles|other\s+works)\s+by\s+this\s+author|"
    # a platform's box citing the page itself, and its formats (OJS, DSpace, Janeway)
    r"how\s+to\s+cite(?:\s+this\s+(?:article|item|paper|chapter|thesis))?|cite\s+this\s+"
    r"(?:item|article|paper|chapter|thesis)|(?:more\s+)?citation\s+formats?|"
    r"download\s+citations?)"
    r"\s*+[:.]?\s*+$",  # (blanks possessive: two runs of them tried every split of one)
    re.I,
)
_LABELS = ("strong", "b", "span", "dt", "h3", "h4", "h5", "h6", "em")


def own_dois(soup: BeautifulSoup) -> set[str]:
    """The DOIs the page gives as its own (lower case)."""
    found: set[str] = set()
    for name in _DOI_META:
        for tag in soup.find_all("meta", attrs={"name": name}):
            m = _DOI.search(str(tag.get("content", "")))
            if m:
                found.add(m.group(1).rstrip(".").lower())
    return found


# a platform's galley button, the format alone ("PDF", "HTML", "Full text (PDF)"): furniture
# when it links to the site's own host (a blog's "(PDF)" link to a report elsewhere cites)
_FORMAT_ONLY = lazy_compile(
    r"^(?:full[\s-]?text\s*)?\(?(?:pdf|epub|html|xml|full[\s-]?text)\)?"
    r"(?:\s+\(\d[\d.,]*\s?[kmg]i?b\))?$",
    re.I,
)


def _host(url: str) -> str:
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


def site_hosts(soup: BeautifulSoup) -> set[str]:
    """The site's own hosts: of the page's own addresses (its metadata, its canonical
    link) and of the links in its header, navigation and breadcrumbs."""
    hosts = {_host("https://" + a) for a in own_addresses(soup)}
    for block in soup.find_all(["header", "nav"]):
        hosts.update(_host(str(a.get("href", ""))) for a in block.find_all("a", href=True))
    return {h for h in hosts if h}


def _format_button(a: Tag, hosts: set[str]) -> bool:
    shown = " ".join(text_of(a).split())
    return _FORMAT_ONLY.match(shown) is not None and _host(str(a.get("href", ""))) in hosts


def own_addresses(soup: BeautifulSoup) -> set[str]:
    """The page's own addresses as its metadata gives them (a handle, its PDF, its
    canonical address), without scheme and trailing slash."""
    found: set[str] = set()
    for name in _ADDRESS_META:
        for attr in ("name", "property"):
            for tag in soup.find_all("meta", attrs={attr: name}):
                found.add(_bare(str(tag.get("content", ""))))
    for tag in soup.find_all("link", rel="canonical", href=True):
        found.add(_bare(str(tag.get("href", ""))))
    return {a for a in found if "/" in a}


def _bare(url: str) -> str:
    return re.sub(r"^https?://(?:www\.)?", "", url.strip(), flags=re.I).rstrip("/").lower()


def is_own_doi(href: str, dois: set[str]) -> bool:
    """Is ``href`` the DOI of this article or of one of its parts (a figure, a table, a
    supporting file: the DOI followed by ``.`` or ``/`` and more)?"""
    m = _DOI.search(unquote(href))
    if not m or not dois:
        return False
    doi = m.group(1).rstrip(".").lower()
    return any(doi == own or doi.startswith((own + ".", own + "/")) for own in dois)


_AUTHOR_SEARCH = lazy_compile(
    r"[?&](?:as_sauthors|authors?|au|creator)=|[?&]term=[^&#]*(?:\[|%5B)(?:au|author|"
    r"full\s+author\s+name)(?:\]|%5D)",
    re.I,
)


def is_author_search(href: str) -> bool:
    """Does ``href`` search a database for an author (a page's author box), not a work?"""
    return _AUTHOR_SEARCH.search(href) is not None


def is_licence(href: str) -> bool:
    return _LICENCE.match(href.strip()) is not None


def is_tool_link(a: Tag) -> bool:
    """A publisher's button ("Download references", "Reprints and permissions")."""
    return _TOOL_TEXT.match(" ".join(text_of(a).split())) is not None


def _statement(block: Tag) -> bool:
    """Is ``block`` a statement led by its label (``<strong>Funding: </strong>…``)?"""
    first = next((c for c in block.children if not (isinstance(c, str) and not c.strip())), None)
    return (
        isinstance(first, Tag)
        and first.name in _LABELS
        and _STATEMENT.match(" ".join(text_of(first).split())) is not None
    )


def _in_statement(a: Tag, headed: set[int]) -> bool:
    parent = a.parent
    depth = 0
    while isinstance(parent, Tag) and depth < 12 and parent.name not in ("body", "article"):
        if id(parent) in headed:
            return True
        if parent.name in ("p", "li", "div", "section", "dd") and _statement(parent):
            return True
        parent = parent.parent
        depth += 1
    return False


def _headed_statements(soup: BeautifulSoup) -> set[int]:
    """The elements of sections under a statement heading ("Data availability")."""
    found: set[int] = set()
    for heading in soup.find_all(list(HEADINGS)):
        if _STATEMENT.match(" ".join(text_of(heading).split())) is None:
            continue
        level = int(heading.name[1])
        for sibling in heading.find_next_siblings(True):
            inner = sibling if sibling.name in HEADINGS else sibling.find(list(HEADINGS))
            if isinstance(inner, Tag) and int(inner.name[1]) <= level:
                break
            found.add(id(sibling))
    return found


def furniture_links(soup: BeautifulSoup) -> set[int]:
    """Ids of the links of the page that are its own furniture, no citation."""
    dois = own_dois(soup)
    addresses = own_addresses(soup)
    hosts = site_hosts(soup)
    headed = _headed_statements(soup)
    found: set[int] = set()
    for a in soup.find_all("a", href=True):
        href = str(a.get("href", ""))
        if (
            is_own_doi(href, dois)
            or (bool(addresses) and _bare(href) in addresses)
            or is_licence(href)
            or is_author_search(href)
            or is_tool_link(a)
            or _format_button(a, hosts)
            or _in_statement(a, headed)
        ):
            found.add(id(a))
    return found
