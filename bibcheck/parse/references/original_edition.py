"""The year of the edition cited, not its original's, when both are printed.

A translation or a later edition is cited by its own imprint and year; the original's year
follows in a remark, or stands before it in brackets::

    Milano, Raffaello Cortina, 2002 (ed. or. Paris, Seuil, 1999), pp. 52–60.
    Paris, Gallimard, 1985 (éd. originale 1980).
    Frankfurt am Main, Suhrkamp, 1987 (Orig.-Ausg. 1979).
    New York, Free Press, 1965 (orig. 1922).
    London, Routledge, 2001 (first published 1899).
    Berkeley, University of California Press, [1922] 1978.

The work's year is the edition's (the one whose pages the note cites): 2002, 1985, 1987,
1965, 2001, 1978.  A remark of another kind (a reprint with its own imprint, an amendment)
is read elsewhere (``_AMENDED``, ``_REPRINT_EDITION`` in :mod:`bibcheck.parse.references`).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["cited_edition_year", "without_original_remark"]

# the remark's opening words: the original edition, in the languages books are cited in
_ORIGINAL = (
    r"(?i:ed\.\s?or(?:ig)?\.|ed\.\s?orig(?:inale|inal)?\b|edizione\soriginale|orig\.|original"
    r"|originally\spublished|first\spublished|first\sed(?:ition|\.)|1st\sed\."
    r"|[ée]d\.\s?orig(?:inale)?\.?|[ée]dition\soriginale|premi[èe]re\s[ée]dition"
    r"|edici[óo]n\soriginal|ed\.\s?orig\.|primera\sedici[óo]n|edi[çc][ãa]o\soriginal"
    r"|orig\.?-?\s?ausg\.|originalausgabe|erstausgabe|erstmals|zuerst"
    r"|oorspronkelijk(?:e\suitgave|\swerk)?|oorspr\.|wyd\.\s?oryg\.|wydanie\soryginalne"
    r"|orig\.\s?utg\.|originalutgåva|först\sutgiven)"
)
# "2002 (ed. or. Paris, Seuil, 1999)": the edition's year, then its original's in a remark
_REMARK = lazy_compile(
    rf"(?<![\d/–-])(?P<year>{_YEAR})[.,]?\s?[(\[](?={_ORIGINAL})"
    rf"[^()\[\]\d]{{0,80}}(?P<orig>{_YEAR})(?!\d)[^()\[\]\d]{{0,20}}[)\]]"
)
# "…, Köln 1958, 312–318 (§ 30; zuerst Mainz 1832).": a closing remark that names the
# original edition, after the pages cited and other words of the remark
_CLOSING_REMARK = lazy_compile(
    rf"\s?[(\[](?:[^()\[\]]{{0,60}}?[;,]\s?)?(?={_ORIGINAL})[^()\[\]\d]{{0,80}}{_YEAR}(?!\d)"
    r"[^()\[\]\d]{0,20}[)\]](?P<stop>\.?)\s*$"
)
_ANY_YEAR = lazy_compile(rf"(?<!\d){_YEAR}(?!\d)")
# "[1922] 1978": the original's year in brackets before the edition's
_BRACKETED = lazy_compile(rf"\[(?P<orig>{_YEAR})\]\s?(?P<year>{_YEAR})(?![\d/–-])")


def cited_edition_year(rest: str, year_raw: str | None) -> str | None:
    """The year of the edition ``rest`` (a note or entry) cites when the year read,
    ``year_raw``, is its original's (see the module doc), else None."""
    if not year_raw:
        return None
    for pattern in (_REMARK, _BRACKETED):
        for m in pattern.finditer(rest):
            if m.group("orig") == year_raw and m.group("year") != year_raw:
                return m.group("year")
    return None


def without_original_remark(text: str) -> str | None:
    """``text`` without the remark closing it that names the original edition and its year
    (``… 1958, 312–318 (§ 30; zuerst Mainz 1832).`` -> ``… 1958, 312–318.``), when the
    edition cited prints its own year before it; else None."""
    m = _CLOSING_REMARK.search(text)
    if m is None or _ANY_YEAR.search(text, 0, m.start()) is None:
        return None
    if not text[: m.start()].rstrip()[-1:].isdigit():
        return None  # (a remark after a full sentence, "Press. (First edition 1995.)")
    return text[: m.start()] + m.group("stop")
