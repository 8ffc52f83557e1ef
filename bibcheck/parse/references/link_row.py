"""The row of look-up buttons and PubMed's dating clauses an entry copied from a journal's
page or from PubMed ends with: no part of the work's fields.

Reference lists copied from Springer, Nature, PLOS, Wiley or PMC pages keep the words of
the buttons set under each entry, bracketed or bare, separated by spaces or bars::

    Potts, S. G. et al. Title. Trends Ecol. Evol. 25, 345–353 (2010).
    Article  CAS  PubMed  PubMed Central  Google Scholar
    … Age Ageing. 2018;47(2):201-8. [DOI] [PMC free article] [PubMed] [Google Scholar]
    … Stroke. 2017;48:2401-7. PubMed | Google Scholar | Crossref

Such a row (at least one of its words an index's or registry's name: ``PubMed``,
``Google Scholar``, ``CrossRef``, ``PMC``, ``Web of Science``, ``Scopus``, ``CAS`` …) is cut
from the end of the entry's text, so its words are never a title or a journal.  The
identifiers it names are read from the entry as written (:mod:`.identifiers`).

PubMed's citations date the electronic issue besides the printed one (``2019;48(2):201-8.
Epub 2018 Nov 5.``, ``eCollection 2020.``, ``[Epub ahead of print]``): the clause is cut
when another year stays in the text, so the work's year is the printed issue's.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.years import YEAR_BOUNDED

__all__ = ["without_link_row"]

# the buttons that name an index or registry (a row holds one at least)
_REGISTRY = (
    r"PubMed(?:\s?Central|/NCBI|\s?Abstract)?|PMC(?:\s+free\s+article)?|Europe\s?PMC"
    r"|Google\s+Scholar|Cross\s?Ref(?:\s+Full\s+Text)?|Web\s+of\s+Science(?:®)?|Scopus"
    r"|View\s+in\s+Scopus|CAS|ISI|MEDLINE|MathSciNet|zbMATH|ADS|Semantic\s+Scholar"
)
# ... and those that open the work itself (in a row only beside a registry's)
_OTHER = r"Article|View\s+Article|Full\s+Text|Free\s+Full\s+Text|Abstract|PDF|DOI|Link|Ref\s+list"
_WORD = rf"(?:\[\s*(?:{_REGISTRY}|{_OTHER})\s*\]|(?:{_REGISTRY}|{_OTHER})(?![\w/]))"
_ROW = lazy_compile(
    rf"(?<=[.)\]\d])(?P<row>(?:[\s|·•,;]*{_WORD})+)[\s|·•,;.]*$",
    re.IGNORECASE,
)
_HAS_REGISTRY = lazy_compile(rf"(?<![\w])(?:{_REGISTRY})(?![\w])", re.IGNORECASE)
# "Epub 2018 Nov 5.", "Epub 2020 Jan.", "Epub ahead of print.", "[Epub ahead of print]",
# "eCollection 2020.", "eCollection 2020 Jan-Feb."
_EPUB = lazy_compile(
    r"(?P<open>\[)?\b(?:Epub|eCollection)\b\s*(?:ahead\s+of\s+print|"
    r"(?:19|20)\d\d(?:\s+[A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?(?:\s+\d{1,2})?)?)"
    r"(?(open)\]|)\.?",
)
_YEAR = lazy_compile(YEAR_BOUNDED)


def without_link_row(rest: str) -> str:
    """``rest`` without the button row it ends with and PubMed's ``Epub …`` clauses
    (those only when another year stays)."""
    m = _ROW.search(rest)
    if m and _HAS_REGISTRY.search(m.group("row")):
        rest = rest[: m.start("row")].rstrip()
    cut = _EPUB.sub("", rest)
    if cut != rest and _YEAR.search(cut):
        rest = re.sub(r"\s{2,}", " ", cut).strip()
    return rest
