"""The PubMed and PubMed Central buttons under a reference on a journal's or PMC's page:
the record's address, kept so that the entry's PMID and PMCID are read from it.

A publisher's button row (:mod:`.htmllinkblock`) links the work's record in PubMed and
its free copy in PubMed Central (``https://pubmed.ncbi.nlm.nih.gov/31234567/``,
``http://www.ncbi.nlm.nih.gov/pubmed/20188434``, Springer's Entrez
``…/entrez/query.fcgi?…&list_uids=20188434``, ``https://www.ncbi.nlm.nih.gov/pmc/
articles/PMC6543210/``); a page saved from PMC itself links them relative to its own site
(``/articles/PMC6543210/``, ``/pmc/articles/PMC6543210/``, ``/pubmed/20188434``).  Such an
address names the work (:func:`~bibcheck.parse.references.identifiers.names_registry_record`)
and is kept as a link of the entry, a relative one made whole on the registry's site
when the button's own word names the registry ("PMC free article", "PubMed").  An index's
search (Google Scholar's, a PubMed search) names no work and is never kept.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.identifiers import names_registry_record
from bibcheck.parse.references.lookup_links import is_lookup

__all__ = ["registry_address"]

_ABSOLUTE = lazy_compile(r"https?://", re.IGNORECASE)
# PMC's own relative links: "/articles/PMC6543210/", "/pmc/articles/PMC6543210/"
_RELATIVE_PMC = lazy_compile(r"(?:\.\./)*/?(?:pmc/)?articles/(?P<id>PMC\d{1,9})/?", re.I)
# NCBI's relative PubMed links: "/pubmed/20188434", "/pubmed/20188434/"
_RELATIVE_PUBMED = lazy_compile(r"/?pubmed/(?P<id>[1-9]\d{0,8})/?", re.IGNORECASE)
_SAYS_PMC = lazy_compile(r"\b(?:PMC|PubMed\s?Central|Europe\s?PMC)\b", re.IGNORECASE)
_SAYS_PUBMED = lazy_compile(r"\bPubMed\b(?!\s?Central)", re.IGNORECASE)


def registry_address(href: str, shown: str) -> str | None:
    """The address of the PubMed or PMC record the button ``shown`` links to at ``href``
    (a relative one made whole), None for any other link."""
    href = href.strip()
    if _ABSOLUTE.match(href):
        return href if names_registry_record(href) and not is_lookup(href) else None
    m = _RELATIVE_PMC.fullmatch(href)
    if m and _SAYS_PMC.search(shown):
        return f"https://pmc.ncbi.nlm.nih.gov/articles/{m.group('id').upper()}/"
    m = _RELATIVE_PUBMED.fullmatch(href)
    if m and _SAYS_PUBMED.search(shown):
        return f"https://pubmed.ncbi.nlm.nih.gov/{m.group('id')}/"
    return None
