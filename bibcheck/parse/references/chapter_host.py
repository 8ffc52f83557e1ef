"""The proceedings or book a chapter is "In", when no parser read them (pure functions).

A list with no style of its own (numbered, names first, the title a sentence) sets a
paper's proceedings after "In" or "In:", then its pages and year; a PDF's text wraps a long
venue over lines::

    A. Okafor and B. Lind. Fast cuts. In: Proc. 45th Symp. on Fundamentals of Comp.
    Science (FOCS), pp. 12–20, 2004.
    A. Schmidt. Schnelle Schnitte. In: Tagungsband 12. Symp. über Theoretische
    Informatik (STACS), S. 12–20, 2004.

The reading knew the entry a chapter but named no host.  :func:`chapter_host` takes the
words after "In" to the pages, the volume or the year as the host, the lines joined.
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.title_end import title_end

__all__ = ["chapter_host"]

# after the title: its stop, "In" (any case, a colon or none), the host to the pages, the
# volume or the year after a comma, or the entry's end
_IN_HOST = lazy_compile(
    r"[\"”’*_]*[.,]?[\"”’*_]*\s+(?:In|in|Im|im|Dans|dans|En|en):?\s+"
    r"(?P<host>[^\W\d_][^;]{3,300}?)"
    r"(?:,\s(?:pp?\.|S\.|pages?\s|vol\.|Vol\.|Bd\.|\(?(?:19|20)\d\d\b)|\.?\s*$)"
)


def chapter_host(ref: Reference) -> Reference:
    """``ref``, a chapter with no host, with the proceedings or book after its title's
    "In" made its host; otherwise unchanged."""
    if ref.kind is not RefKind.CHAPTER or ref.host or not ref.title:
        return ref
    found = title_end(ref.raw, ref.title)
    if found is None:
        return ref
    m = _IN_HOST.match(*found)
    if m is None:
        return ref
    return replace(ref, host=m.group("host").strip(" ,."))
