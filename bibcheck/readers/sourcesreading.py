"""A heading that names a reference list and a further-reading list together.

A newsletter, a blog post or a guide often heads its one list with both names:
``## Sources and further reading``, ``## References and further reading``, ``## Quellen
und weiterführende Literatur``, ``## Fonti e letture consigliate``, ``## Bibliographie et
pour aller plus loin``, ``## Further reading and sources``.  The works under it are the
ones the text cites (its links and mentions go to them) and a few more for the reader:
the list is the document's reference list, read as any list is, and scoped as further
reading (:mod:`bibcheck.readers.listscope`: none of its works is uncited).

The heading is a literature heading (:data:`~bibcheck.readers.common.LITERATURE_HEADINGS`)
and a further-reading name (:func:`~bibcheck.readers.listscope.is_further_reading_heading`)
joined by one conjunction, in either order; a heading of two list names alone (``Sources
and references``) is one of the shared vocabulary's own, not this rule's.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.common import LITERATURE_HEADINGS
from bibcheck.readers.headingkey import heading_key
from bibcheck.readers.listscope import is_further_reading_heading

__all__ = ["is_sources_and_reading_heading"]

# the joining word between the two names: "and", "und", "et", "e", "y", "en", "och", "og",
# "i", "a", "и", "oraz", "&", "/" (with spaces round it)
_JOIN = lazy_compile(r"\s+(?:and|und|et|e|y|en|och|og|i|a|и|oraz|&|/)\s+")
_MAX = 80  # characters: a heading, not a sentence


def is_sources_and_reading_heading(text: str) -> bool:
    """Is ``text`` (a heading's text or line) a list name and a further-reading name joined
    by a conjunction (``Sources and further reading``, ``Quellen und weiterführende
    Literatur``, ``Further reading and references``)?"""
    key = heading_key(text)
    if not key or len(key) > _MAX:
        return False
    for m in _JOIN.finditer(key):
        left, right = key[: m.start()].strip(), key[m.end() :].strip()
        if left in LITERATURE_HEADINGS and is_further_reading_heading(right):
            return True
        if right in LITERATURE_HEADINGS and is_further_reading_heading(left):
            return True
    return False
