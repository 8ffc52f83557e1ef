"""A title with its parallel title in another script in parentheses after it, in a list of
IEEE's comma style::

    Abu'l-Fazl 'Allami, Ain-i Akbari (آئین اکبری), trans. H. Jarrett. Calcutta: …, 1891.
    Ibn Battuta, Rihla (رحلة), vol. 1. Cairo: Dar al-Ma'arif, 1958.

The parenthesis in another script than the title's ends the title; the part before the
first comma is the author, whose name (no initials) the generic parser cannot tell from the
title; and an entry that ends in ``Place: Publisher, Year`` with no periodical is a book.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.bracketed_translation import scripts_of

__all__ = ["parallel_titled"]

_PARALLEL = lazy_compile(
    r"^(?P<names>[^\W\d_][^,()\[\]\"“”.]{1,60}),\s(?P<title>[^\W\d_][^,()\[\]\"“”]{1,200}?)"
    r"\s\((?P<parallel>[^()\d]{2,200})\)(?=[,.])"
)
# "… . Calcutta: Asiatic Society of Bengal, 1891.": a book's imprint closing the entry
_IMPRINT_END = lazy_compile(r"\.\s[^\W\d_][^,:.]{0,60}:\s[^,:]{2,100},\s(?:1[5-9]|20)\d\d\.?$")


def parallel_titled(ref: Reference, rest: str) -> Reference:
    """``ref`` with the title and author of ``rest`` read around a parallel title in another
    script (see the module); ``ref`` itself when ``rest`` has none."""
    m = _PARALLEL.match(rest)
    if m is None:
        return ref
    title, parallel = m.group("title").strip(), m.group("parallel")
    own, its = scripts_of(title), scripts_of(parallel)
    if not own or not its or own & its:
        return ref
    authors = ref.authors or (m.group("names").strip(),)
    kind = ref.kind
    if kind in (RefKind.ARTICLE, RefKind.UNKNOWN) and _IMPRINT_END.search(rest.rstrip()):
        kind = RefKind.BOOK
    return dataclasses.replace(ref, title=title, authors=authors, kind=kind)
