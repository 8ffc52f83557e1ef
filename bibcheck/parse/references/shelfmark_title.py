"""A manuscript's shelfmark in parentheses after its title.

A library blog, a catalogue or a reading list names a manuscript by its title and adds the
library's shelfmark in parentheses: ``Zápisník z Luhačovic (Mus. rkp. 1 J 37)``,
``Skizzenbuch (Mus.ms. autogr. Beethoven 12)``, ``Book of Hours (MS Add. 18851)``,
``Psałterz floriański (Rps BN 8002 III)``, ``Getijdenboek (Hs. 135 E 19)``.  The shelfmark
is no part of the title, and the work is the manuscript -- a file in a library, ``unknown``
by the corpus conventions -- unless the entry names its place of publication (a
facsimile edition printed as a book keeps its kind).

The shelfmark is known by a manuscript word among its abbreviations (``MS``, ``Ms.``,
``Cod.``, ``Hs.`` Dutch and German *handschrift*, ``rkp.`` Czech *rukopis*, ``Rps`` Polish
*rękopis*, ``sygn.``, ``Sign.``, ``cote``) or a collection's abbreviation (:mod:`.fonds`:
``Vat. lat.``, ``Clm``) and a number; each of its words is an
abbreviation, a capital, or a number (never a phrase: ``(with an introduction by …)``
stays).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.fonds import FONDS_ABBREVIATION

__all__ = ["MANUSCRIPT_WORD", "SHELFMARK_TOKEN", "title_without_shelfmark", "without_shelfmark"]

# one word of a shelfmark: an abbreviation ("Mus.", "rkp.", "Mus.ms.", "Add.", "lat."), a
# capital or initialism ("J", "BN", "BL"), a Roman numeral, a number with its parts ("8002",
# "135", "12/3", "37a")
SHELFMARK_TOKEN = _TOKEN = r"(?:[^\W\d_]{1,9}(?:\.[^\W\d_]{1,9})*\.?|\d[\w./-]{0,12})"
MANUSCRIPT_WORD = _MANUSCRIPT_WORD = (
    r"(?<![^\W\d_])(?:MSS?|Mss?|mss?|Cod|cod|Codex|Hs|Hss|Rkp|rkp|Rkps|rkps|Rps|rps|Rkc"
    r"|sygn|Sygn|Sign|sign|Signatur|cote|ms)(?![^\W\d_])"
)
_SHELFMARK_TAIL = lazy_compile(
    rf"\s\((?=[^()]*\d)(?=[^()]*(?:{_MANUSCRIPT_WORD}|{FONDS_ABBREVIATION}))(?P<mark>{_TOKEN}(?:\s{_TOKEN}){{1,8}})\)\s*$"
)
_KINDS_OF_COPY = (RefKind.BOOK, RefKind.WEB, RefKind.UNKNOWN)


def title_without_shelfmark(title: str) -> str | None:
    """``Zápisník z Luhačovic (Mus. rkp. 1 J 37)`` -> ``Zápisník z Luhačovic``; None when
    the title closes with no shelfmark in parentheses."""
    m = _SHELFMARK_TAIL.search(title)
    if m is None or not title[: m.start()].strip():
        return None
    return title[: m.start()].rstrip()


def without_shelfmark(ref: Reference) -> Reference:
    """``ref`` with its title's closing shelfmark left off, and filed as the manuscript
    (``unknown``) unless it names its place of publication or is an article or chapter."""
    if not ref.title:
        return ref
    title = title_without_shelfmark(ref.title)
    if title is None:
        return ref
    kind = ref.kind
    # (printed: "Place: Publisher" -- a digital library named after the link, "Polona.",
    # "Digitalizát, Kramerius.", is where the copy is, no imprint)
    if kind in _KINDS_OF_COPY and not ref.place:
        kind = RefKind.UNKNOWN
    # ("(Clm 1862)": the shelfmark's number no year, unless the entry gives it elsewhere)
    mark = ref.title[len(title) :]
    year, year_raw = ref.year, ref.year_raw
    if year is not None and str(year) in mark and ref.raw.count(str(year)) == 1:
        year, year_raw = None, None
    return dataclasses.replace(ref, title=title, kind=kind, year=year, year_raw=year_raw)
