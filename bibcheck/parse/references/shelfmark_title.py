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

The shelfmark's abbreviations end in full stops (``Liber floridus (Vat. lat. 1862).``,
``Sachsenspiegel (Cod. Pal. germ. 164).``) that the reading by sentences would end the
title at, and its number may read as a year: :func:`blanked_shelfmark` blanks it (the
same length, so the lines stay) for reading, and :func:`as_manuscript` files the entry
read without it as the manuscript.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.fonds import FONDS_ABBREVIATION

__all__ = [
    "MANUSCRIPT_WORD",
    "SHELFMARK_TOKEN",
    "as_manuscript",
    "blanked_shelfmark",
    "title_without_shelfmark",
    "without_shelfmark",
]

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
# the same after a title in an entry's text: the sentence's stop or its comma after it
_SHELFMARK_IN_TEXT = lazy_compile(
    rf"(?<=[^\W_])(?P<mark>\s\((?=[^()]*\d)(?=[^()]*(?:{_MANUSCRIPT_WORD}|{FONDS_ABBREVIATION}))"
    rf"{_TOKEN}(?:\s{_TOKEN}){{1,8}}\))(?=[.,;:]?(?:\s|$))"
)
# (what the blanking is for: a stop in the shelfmark, or a number a year could be)
_MISREAD = lazy_compile(r"[^\W\d_]\.|(?<!\d)(?:1[0-9]|20)\d\d(?!\d)")
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


def blanked_shelfmark(text: str) -> str:
    """``text`` with a shelfmark in parentheses after its title blanked (spaces of the same
    length) where its stops or its number would be misread: ``Liber floridus (Vat. lat.
    1862).`` -> ``Liber floridus`` and spaces, then the stop; ``text`` as it is otherwise."""
    return _SHELFMARK_IN_TEXT.sub(
        lambda m: " " * len(m.group(0)) if _MISREAD.search(m.group(0)) else m.group(0), text
    )


def as_manuscript(ref: Reference) -> Reference:
    """``ref``, read with its shelfmark blanked, filed as the manuscript (``unknown``)
    unless it names its place of publication or is an article or chapter."""
    if ref.kind in _KINDS_OF_COPY and not ref.place:
        return dataclasses.replace(ref, kind=RefKind.UNKNOWN)
    return ref
