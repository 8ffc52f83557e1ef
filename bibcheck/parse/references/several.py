"""The works a note cites when it cites several, one after the other.

``Hans Müller, Die Stadt, Köln 1988; neuer Eva Roth, Der Fluss, Ulm 2013.`` and ``Vooral P.
Jansen, Dijken (Delft 1999); zie ook H. van Dijk, Dammen (Leiden 2003) 11.`` cite two works:
each is a citation of its own, with its own lead-in; so is a sentence that opens with a
lead-in after one that cites (``Decree of 3 May 1716, art. 5. See Ann Roe, Title (Place:
Publisher, 1997), 12.``).  :func:`work_spans` says where each
starts and ends, so that each can be parsed and looked up in the literature list.  A part
with no bibliographic content (``...; the figures are mine``) is no work; a ``;`` inside
parentheses, brackets or quotation marks separates nothing.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import legal
from bibcheck.parse.references.commentary import (
    bibliographic,
    citation_start,
    opens_with_lead_in,
)
from bibcheck.parse.references.discursive import mended_semicolons
from bibcheck.parse.references.legal_kind import legal_source
from bibcheck.parse.references.same_author import PRONOUN

__all__ = ["author_text", "pronoun_spelled", "work_spans"]

# "ders.", "dies.", "id.", "idem", "eadem" after a lead-in ("; vgl. auch ders., Title")
_LATER = lazy_compile(
    r"(?P<lead>[\s.]*+(?:\S+\s){0,3}?)(?P<pronoun>" + PRONOUN + r")(?=[\s,.:])", re.I
)

# a full stop that ends a sentence (not an initial's: "J. See"), then the next one
_SENTENCE_END = lazy_compile(r"(?<![\s.][^\W\d_])\.\s+(?=[^\W\d_])")

# what adds a further work once one has ended (with a page, a year, a parenthesis or an
# address): German "sowie", "und jüngst", "außerdem", "ferner"; English "and more
# recently", "see also"; French "voir aussi", "et plus récemment" (the ";" of "; see
# also" is a cut already)
_ADDING_WORDS = (
    r"(?:sowie|und\s++(?:jüngst|neuerdings|zuletzt)|außerdem|ferner"
    r"|and\s++more\s++recently|see\s++also|voir\s++aussi|et\s++plus\s++récemment)"
)
# the word after the work's end, before a name, a quoted title or an address
_ADDED_WORK = lazy_compile(
    r"(?<=[\d)>.])\s?,?[ \t]++(?="
    + _ADDING_WORDS
    + r"[ \t,]++(?:[A-ZÀ-ÖØ-ÞĀ-Ž]|[„“\"«<]|https?://))"
)
# a part of a note that opens with that word (left out of the work)
_ADDING = lazy_compile(r"(?:" + _ADDING_WORDS + r")[ \t,:]++", re.I)
_ADDRESS = lazy_compile(r"https?://|\bwww\.|\b10\.\d{4,9}/", re.I)

# GOST's (ISBD's) second place and publisher in one publication area, after " ; ": "Berlin
# : Springer ; Chichester : Praxis, 2007", "М. : Наука ; СПб. : Питер, 2010" (a place of a
# few words, the spaced colon, the publisher and the year; the first publisher right before,
# no figure in it)
_SECOND_PLACE = lazy_compile(
    r";\s[^\W\d_][\w.-]{0,30}+(?:\s[^\W\d_][\w.-]{0,30}+){0,3}\s:\s[^\d:;]{1,80}?,\s"
    r"(?:1[5-9]|20)\d\d"
)
_FIRST_PUBLISHER = lazy_compile(r"\s:\s[^\d:;—–]{1,80}\s$")


def _second_place(text: str, at: int) -> bool:
    """Is the ";" at ``at`` the " ; " between two places and publishers of one imprint?"""
    return (
        _SECOND_PLACE.match(text, at) is not None
        and _FIRST_PUBLISHER.search(text, max(0, at - 90), at) is not None
    )


_OPEN = "([{«“„‘"
_CLOSE = ")]}»”“’"


def work_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each work ``text`` cites, when it cites two or more; else []."""
    text = mended_semicolons(text)  # "Cambridge, MA; MIT Press, 2012": a colon mistyped
    cuts: list[int] = []
    depth = 0
    level: list[int] = []  # the depth at each character
    for i, char in enumerate(text):
        level.append(depth)
        if char in "‘’" and text[i - 1 : i].isalpha() and text[i + 1 : i + 2].isalpha():
            continue  # an apostrophe ("Centre d’Études", "l’histoire"), no quote mark
        if char in _OPEN and not (char == "“" and depth):
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
        elif char == ";" and not depth and text[i + 1 : i + 2].isspace():
            if not _second_place(text, i):
                cuts.append(i)
    # a work ended (its pages, year, closing parenthesis or address) and a word that adds
    # another: "…, S. 1–10, und jüngst Liv Lied, …", "…, 4 sowie Eva Roth, …"
    cuts.extend(m.start() for m in _ADDED_WORK.finditer(text) if not level[m.start()])
    # a sentence that opens with a lead-in is a citation of its own ("…, art. 56. See Ann
    # Roe, Title (Place: Publisher, 1997), 12."), when what it follows cites a work too
    for m in _SENTENCE_END.finditer(text):
        if opens_with_lead_in(text[m.end() :]) and bibliographic(text[: m.start() + 1]):
            cuts.append(m.start())
    cuts.sort()
    if not cuts:
        return []
    spans: list[tuple[int, int]] = []
    start = 0
    for end in (*cuts, len(text)):
        part = text[start:end]
        if part.strip():
            lead = len(part) - len(part.lstrip())
            added = _ADDING.match(text, start + lead, end)  # ("sowie", "see also": lead-ins)
            spans.append((added.end() if added else start + lead, end))
        start = end + 1
    # a part of a few words is no work but a piece of one: a name of a list of authors
    # ("Ruiz, M.; Roth, E. (2001). Title"), a volume after the year ("2011; 12(3)")
    if any(_piece(text[a:b]) for a, b in spans):
        return []
    # (a work's last part ends the note's sentence: "..., Köln 1988" is "..., Köln 1988.")
    # (an act or a ruling by its designation and provision is a work too: "Richtlinie
    # 2013/36/EU, Art. 135–136; ESRB (2014).")
    works = [
        (a, b)
        for a, b in spans
        if bibliographic(text[a:b].rstrip(" .") + ".") or _cites_act(text[a:b].rstrip(" .") + ".")
    ]
    return works if len(works) >= 2 else []


# a short author-year citation, a work whole: "ESRB (2014)", "Lang und Welz (2018)", "BIS
# (2024a)" (a name, then the year in parentheses, nothing after it but the stop)
_AUTHOR_YEAR = lazy_compile(
    r"^[^\W\d_][\w.&'’-]*(?:\s[\w.&'’-]+){0,3}\s\((?:1[5-9]|20)\d\d[a-z]?\)\.?$"
)


def _cites_act(part: str) -> bool:
    """Does ``part`` cite an act, a directive or a ruling by its designation (:mod:`.legal`,
    :mod:`.legal_kind`)?"""
    return legal.recognised(part) or legal_source(part)


def _piece(part: str) -> bool:
    """A part of a few words and no address, or one that opens with a digit: a piece of
    a work, not a work ("Siehe Tools, <https://…>" is one: it names its page; so is a
    short author-year citation, "ESRB (2014)")."""
    if part[:1].isdigit():
        return True
    if _AUTHOR_YEAR.match(part.strip()):
        return False
    return len(part.split()) < 4 and _ADDRESS.search(part) is None


def author_text(work: str) -> str:
    """The name a work of a note starts with, after its lead-in (``Besonders Ralf K. Roth,
    Title`` -> ``Ralf K. Roth``); "" when none is before a comma."""
    start, commentary = citation_start(work)
    if commentary:
        return ""
    head = work[start:].split(",", 1)
    return head[0].strip() if len(head) == 2 and 0 < len(head[0].strip()) <= 80 else ""


def pronoun_spelled(text: str, name: str) -> str:
    """``text`` (a later work of a note, the rest blanked) with a pronoun for the author of
    the work before (``ders., „Title“``) replaced by ``name``; the same length is not kept
    (line numbers are: no line break is added or removed)."""
    m = _LATER.match(text)
    if m is None or not name:
        return text
    return text[: m.start("pronoun")] + name + text[m.end("pronoun") :]
