"""The unquoted title of a physics-style article before its abbreviated journal.

AIP, APS and IOP lists (and the geoscience and engineering lists that follow them) may print
the title plain, closed by a comma, before a journal abbreviated without a comma before its
volume::

    A. B. Smith, Storm tracks over the North Atlantic, Q. J. R. Meteorol. Soc. 137, 1234 (2011).
    F. Lefèvre and K. Schmidt, Rayleigh waves in layered soils, Soil Dyn. Earthq. Eng. 29, 1 (2009).

The journal is the last comma-separated piece (a journal's name has no comma), abbreviated
(a capitalised word closed by a full stop, ``Phys.``, ``Soc.``); the title is what comes
before it, of two words at least.  :func:`split_title` gives the two, or None.
"""

from __future__ import annotations

from collections.abc import Callable

from bibcheck.lazyre import lazy_compile

__all__ = ["split_title"]

# an abbreviated word of a journal's name: "Phys.", "Q.", "Meteorol.", "Jpn."
_ABBREVIATED = lazy_compile(r"(?:^|\s)[^\W\d_][^\W\d_]{0,11}\.(?=\s|$)")
# a book's or a series' locator, no journal: "Vol. 2, 45 (1990)", "Bd. 3", "No. 7", "Ed. 2"
_LOCATOR = lazy_compile(
    r"(?:[Vv]ols?|[Nn]os?|[Nn]r|Bde?|[Tt]ome|[Tt]omo|[Pp]t|[Pp]art|[Cc]hap|[Cc]h|[Ss]ec|[Ee]ds?"
    r"|[Ee]dn|Hrsg|Aufl|Heft|Suppl|Fasc|Iss|pp?)\.(?:\s|$)"
)
# a title: starts with a letter or a digit-led word, two words at least, no quote marks
_TITLE = lazy_compile(r"[^\W_][^“”\"«»]*\s[^“”\"«»]*[^\W_)\]]\)?")


def split_title(rest: str, is_journal: Callable[[str], bool]) -> tuple[str, str] | None:
    """``(title, journal)`` of ``Title, Abbrev. Journal`` (``rest``: the text after the
    names, before the volume), or None.  ``is_journal`` is the caller's test of a journal's
    shape."""
    title, comma, journal = rest.rpartition(",")
    title, journal = title.strip(), journal.strip()
    if not comma or not title or _TITLE.fullmatch(title) is None:
        return None
    if _ABBREVIATED.search(journal) is None or _LOCATOR.match(journal):
        return None
    if not is_journal(journal):
        return None
    return title, journal
