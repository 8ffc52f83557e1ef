"""Science house styles whose titles a sentence reading cuts short or runs long.

Cell Press, Neuron and the other styles that write ``Authors (year). Title. Journal *vol*,
pages.`` put nothing but the title between the year and the journal, and the title may be
two sentences (a title and its subtitle, with a full stop between):

* ``O'Keefe, J., and Dostrovsky, J. (1971). The hippocampus as a spatial map. Preliminary
  evidence from unit activity in the freely-moving rat. Brain Res. *34*, 171–175.``: a
  parser that ends the title at the first full stop leaves the subtitle in the journal's
  name; a journal's name is capitalised words and abbreviations, never a run of prose,
  so the prose before the journal (two words of prose or more, up to the last full stop
  that ends some) goes back to the title (:func:`subtitle_from_host`);
* ``O'Keefe, J., and Nadel, L. (1978). The Hippocampus as a Cognitive Map (Oxford:
  Clarendon Press).``: a book's place and publisher in parentheses after its title are its
  imprint, no part of the title (:func:`imprint_from_title`).
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["imprint_from_title", "subtitle_from_host"]

# "(Oxford: Clarendon Press)", "(New York: W. H. Freeman)", "(Cambridge, MA: MIT Press)"
_IMPRINT = lazy_compile(
    r"\((?P<place>[A-Z][\w.'’-]*(?:[\s,]{1,2}[A-Z][\w.'’-]*){0,3}):\s"
    r"(?P<publisher>[A-Z][^():;]{1,80}?)\)"
)
# a word of prose: small letters only, four or more, no title-case function word
_PROSE_WORD = lazy_compile(r"[a-z][a-z'’-]{3,}")
_FUNCTION = frozenset("from with into upon over under their this that than".split())
# a full stop between sentences: after a word of two letters or more, before a capital
_STOP = lazy_compile(r"(?<=[a-z\d)]{2})\.\s(?=[A-Za-z])")


def imprint_from_title(ref: Reference) -> Reference:
    """``ref`` with a ``(Place: Publisher)`` that ends its title read as the imprint."""
    title = ref.title or ""
    at = title.rfind(" (")
    if at < 3 or not title.endswith(")"):
        return ref
    m = _IMPRINT.fullmatch(title, at + 1)
    if m is None:
        return ref
    return replace(
        ref,
        title=title[:at].rstrip(" .,"),
        place=ref.place or m.group("place"),
        publisher=ref.publisher or m.group("publisher").strip(),
        kind=RefKind.BOOK if ref.kind is RefKind.UNKNOWN else ref.kind,
    )


def subtitle_from_host(ref: Reference) -> Reference:
    """``ref`` (an article) with the prose that opens its journal's name given back to the
    title, when that prose and the title are written together in the reference."""
    host = ref.host or ""
    if ref.kind is not RefKind.ARTICLE or not ref.title or ". " not in host:
        return ref
    # the last full stop that ends a run of prose (each part of the host counted once:
    # "Proc. Natl. Acad. Sci. USA" ends none)
    cut, total, start = -1, 0, 0
    for m in _STOP.finditer(host):
        words = _prose_words(host[start : m.start()])
        total += words
        if words and total >= 2:
            cut = m.start()
        start = m.end()
    if cut < 0:
        return ref
    title = f"{ref.title}. {host[:cut]}"
    journal = host[cut + 2 :].strip()
    if not journal or title not in ref.raw:
        return ref
    return replace(ref, title=title, host=journal)


def _prose_words(text: str) -> int:
    """How many words of prose ``text`` has (a journal's name has none)."""
    words = [w.strip(",;:()") for w in text.split()]
    return sum(1 for w in words if _PROSE_WORD.fullmatch(w) and w not in _FUNCTION)
