"""A Chicago note's italic title followed by its imprint in brackets: a book.

Chicago notes print a book's place, publisher and year in brackets right after its italic
title and the statements that belong to it: ``*Title* (Harwell: Harwell Museum, 1932), no.
17.``, ``*On-hiinagata* 御ひいなかた, 2 vols. (Kyoto, 1667), National Diet Library Digital
Collections, https://….``, ``*Titre*, trad. J. Dupont (Paris : Gallimard, 1990), 12.``,
``*Titel*, hg. von A. Berg, 2. Aufl. (München: Beck, 2004).``  What follows the brackets is
a locator (``no. 17``, ``cat. no. 41``, ``lot 214``, ``pl. 3``) or the digitised copy's
library and address, never a journal's number: the work is a book, whatever a parser made
of the number or the address (an article, a web page).  A journal's italic name is
followed by its volume (``*Journal* 31 (1985): 13–32``), which no statement here is, and a
chapter's or article's quoted title before the italics leaves the note to the parsers.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.text import title_key

__all__ = ["imprint_book"]

# what may stand between the italic title and its imprint: the title in its own script, a
# bracketed translation, an editor's or translator's statement, volumes, an edition
_SCRIPT = r"\s[\u0400-\u04ff\u0590-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][^,()\[\]*]{0,60}"
_STATEMENT = (
    r",\s(?:ed|eds|trans|tr|comp|trad|éd|éds|hg|hrsg|Hg|Hrsg|a\scura\sdi|übers|edited\sby"
    r"|translated\sby|introd)\.?\s[^()*\[\]]{2,100}?"
    r"|,\s\d{1,2}\s(?:vols?|Bde?|voll?|t)\."
    r"|,\s\d{1,2}(?:st|nd|rd|th|\.|e|ª|a)?\s(?:ed|edn|Aufl|éd|ed\.\srev)\.?"
    r"|,\s(?:exh(?:ib)?\.\s?cat|sale\scat|cat\.\sexp|Ausst\.-?Kat)\."
)
_IMPRINT = lazy_compile(
    r"^\*(?P<title>[^*]{3,300})\*"
    rf"(?:{_SCRIPT})?(?:\s\[[^\]]{{2,160}}\])?(?:{_STATEMENT}){{0,3}}"
    # (the place, perhaps a publisher, the year; no season or month: "(Spring 2019)" is a
    # journal issue's date)
    r"\s\((?P<place>[^\W\d_][^():;\d]{1,60}?)(?::\s?[^()\d]{2,100}?)?,\s(?:1[5-9]|20)\d\d[a-z]?\)",
)
_SEASONS = lazy_compile(
    r"^(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july"
    r"|august|september|october|november|december|printemps|été|automne|hiver|frühjahr"
    r"|sommer|herbst)\b",
    re.I,
)
_TAKEN = (RefKind.ARTICLE, RefKind.WEB, RefKind.UNKNOWN)


def imprint_book(ref: Reference, marked: str) -> Reference:
    """``ref`` as a book when its note ``marked`` (italics as ``*…*``) opens on its italic
    title and that title's imprint in brackets (see the module); otherwise unchanged."""
    if ref.kind not in _TAKEN or not ref.title:
        return ref
    found = _IMPRINT.match(marked.strip())
    if found is None or _SEASONS.match(found.group("place")):
        return ref
    if title_key(found.group("title")) != title_key(ref.title):
        return ref
    return dataclasses.replace(ref, kind=RefKind.BOOK, host=None, volume=None, issue=None)
