"""Links that search an index for a work: no address of the work.

Publishers' pages set a "Google Scholar" button under each reference, a search of the
index for the entry's title and authors
(``https://scholar.google.com/scholar_lookup?title=…&author=…``,
``http://scholar.google.com/scholar?q=…``), and a "PubMed" button that searches PubMed
(``https://www.ncbi.nlm.nih.gov/pubmed/?term=…``); copied into Markdown or a Word file
they are links of the entry.  They are neither its ``url`` nor links to check: the
query answers differently from day to day and the index refuses robots.  A link to the
index itself (``https://scholar.google.com/``, cited as a tool) is no search and stays.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["is_lookup"]

_LOOKUP = lazy_compile(
    r"https?://(?:[\w-]+\.)*(?:"
    r"scholar\.google\.[a-z.]+/scholar(?:_lookup)?/?\?"
    r"|(?:www\.)?ncbi\.nlm\.nih\.gov/(?:pubmed|pmc)/?\?(?:[^#]*&)?term="
    r"|pubmed\.ncbi\.nlm\.nih\.gov/?\?(?:[^#]*&)?term="
    r"|search\.crossref\.org/?\?"
    r")",
    re.IGNORECASE,
)


def is_lookup(url: str) -> bool:
    """Is ``url`` an index's search for the work (Google Scholar, PubMed, Crossref)?"""
    return _LOOKUP.match(url.strip()) is not None
