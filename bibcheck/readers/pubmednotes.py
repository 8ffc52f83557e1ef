"""PubMed's notes on a citation, printed as lines of their own after it::

    2. Ferris PL, Nakamura H. Title. J Neurosci. 2007;27(12):3301-10. PMID: 17376991.
    Erratum in: J Neurosci. 2007;27(20):5555.
    Comment in: Nat Rev Neurosci. 2007;8(6):411.

A line that opens with PubMed's label for a linked record (an erratum, a comment, an
update, a retraction, a republication, an expression of concern) or with the record's
identifiers alone (``PMID: …``, ``PMCID: …``, ``Free PMC article.``) says something of the
entry above it: it is that entry's, never an entry of its own.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["pubmed_note"]

_NOTE = lazy_compile(
    r"^(?:(?:Erratum|Corrigendum)(?:\s(?:in|for))?:\s"
    r"|(?:Comment|Update|Retraction|Republished|Reprint|Expression\sof\s[Cc]oncern"
    r"|Summary\sfor\spatients)\s(?:in|on|of|for):\s"
    r"|PMID:\s?\d|PMCID:\s?PMC\d|Free\s(?:PMC\s)?article\.?$)"
)


def pubmed_note(text: str) -> bool:
    """Is ``text`` (a paragraph's first line) PubMed's note on the entry above it?"""
    return _NOTE.match(text.strip()) is not None
