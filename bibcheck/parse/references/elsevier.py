"""Elsevier's numbered style (``elsarticle-num``, the journals' "Harvard-free" house style):
initials-first names, then the unquoted title and the facts, all joined by commas::

    [2] A.B. Lund, C. Dey, Title of the paper, Constr. Build. Mater. 65 (2014) 201–217.
    [8] A. Lund, Title of the Book, Wiley, Hoboken, NJ, 2009.
    [7] A. Lund, Title of the report, VTT Publications 95, VTT, Espoo, 1992.
    [12] A. Lund, Title of the thesis, Doctoral thesis, Tampere University, Tampere, 2005.
    [13] A. Lund, Title of the paper, in: Proceedings of the 17th Meeting, Oslo, 2016, pp. 1–10.

The title has commas of its own, so it ends where the facts start: the abbreviated journal
before ``vol (issue) (year) pages``; ``in:`` (a chapter or conference paper); a series and
its number or a thesis (a report); a publisher (``… Press``, ``Wiley``) followed by a
place and the year (a book).  Its fields are labelled ``iso690``, as the other readings of
an ``Eng. Struct. 56 (2013) 1787–1799`` journal are.

An organisation may stand for the names (``[1] Eurostat, Waste statistics – generation of
waste by economic activity, 2022. https://…``): one to four capitalised words, no
initials, then a title and the year (:func:`organisation`).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references import bodywords
from bibcheck.parse.references.initials_comma import initialled_names
from bibcheck.parse.references.patterns import U
from bibcheck.parse.references.shared import Fields, has_publisher_word, pages, year_of

__all__ = ["numbered", "organisation"]

# a DOI or address after the facts, and when it was accessed ("(accessed 12 May 2023)"):
# one or more items ``[.,]?\s*(?:(?:https?://|doi:|DOI:?)\s?\S+|[(\[]?[Aa]ccessed\b[^()\[\]]*[)\]]?)``
# then ``\.?\s*`` to the end.  An item's run of characters can hold the next items, so the
# pattern as one regex tried every way of cutting them up (exponential in the number of
# items: twelve "accessed" took a second); :func:`_strip_trailer` reads the same language
# from the end of the line in one pass.
_ADDRESS_HEAD = lazy_compile(r"https?://|doi:|DOI")
_ACCESSED = ("accessed", "Accessed")
_BRACKETS = "()[]"


def _ends_line(text: str, q: int) -> bool:
    r"""Does ``text[q:]`` match ``\.?\s*$``?"""
    rest = text[q:]
    if rest.startswith("."):
        rest = rest[1:]
    return not rest or rest.isspace()


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _strip_trailer(text: str) -> str:
    """``text`` without its trailer (the leftmost place from which the rest is items then
    the end), as ``re.sub`` of the one-regex pattern above gave it."""
    n = len(text)
    if _ADDRESS_HEAD.search(text) is None and "ccessed" not in text:
        return text
    # runs measured from each place: of spaces, of other characters, to the next bracket
    space_end = [n] * (n + 1)
    solid = [0] * (n + 1)
    bracket = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        ch = text[i]
        space_end[i] = space_end[i + 1] if ch.isspace() else i
        solid[i] = 0 if ch.isspace() else solid[i + 1] + 1
        bracket[i] = i if ch in _BRACKETS else bracket[i + 1]
    # rest[q]: the number of places at or after q from which items then the end follow
    rest = [0] * (n + 2)
    rest[n] = 1  # (nothing left: the end)
    start = None
    for p in range(n - 1, -1, -1):
        found = False
        for p1 in (p, p + 1) if text[p] in ".," else (p,):
            s = space_end[p1]
            for lo, hi, extra in _item_ends(text, s, solid, bracket):
                if lo <= hi and rest[lo] - rest[hi + 1] > 0:
                    found = True
                elif extra is not None and rest[extra] - rest[extra + 1] > 0:
                    found = True
                if found:
                    break
            if found:
                break
        if found:
            start = p
        rest[p] = rest[p + 1] + (1 if found or _ends_line(text, p) else 0)
    return text if start is None else text[:start]


def _item_ends(
    text: str, s: int, solid: list[int], bracket: list[int]
) -> list[tuple[int, int, int | None]]:
    """Where an address or an access note starting at ``s`` can end: ranges ``lo..hi`` and
    one more place (the closing bracket's end) or None."""
    n = len(text)
    ends: list[tuple[int, int, int | None]] = []
    heads: list[int] = []
    if text.startswith(("https://", "http://", "doi:", "DOI"), s):
        if text.startswith("https://", s):
            heads.append(s + 8)
        elif text.startswith("http://", s):
            heads.append(s + 7)
        elif text.startswith("doi:", s):
            heads.append(s + 4)
        else:  # "DOI:?"
            if text.startswith("DOI:", s):
                heads.append(s + 4)
            heads.append(s + 3)
    for h in heads:
        if h < n and text[h].isspace():
            h += 1  # (\s? before \S+: a space taken, else \S+ could not start)
        if h < n and solid[h] > 0:
            ends.append((h + 1, h + solid[h], None))
    a = s + 1 if s < n and text[s] in "([" else s
    if text.startswith(_ACCESSED, a) and (a + 8 == n or not _is_word(text[a + 8])):
        b = a + 8
        r = bracket[b]
        ends.append((b, r, r + 1 if r < n and text[r] in ")]" else None))
    return ends


# "Constr. Build. Mater. 65 (2014) 201–217", "Transp. Res. Rec. 1714 (2000) 33–39",
# "J. Mater. Civ. Eng. 25 (8) (2013) 1077–1088", "Energy 12 (2019) 101327"
_JOURNAL_TAIL = lazy_compile(
    rf",\s(?P<journal>[{U}][\w&’'-]*\.?(?:\s(?:[{U}][\w&’'-]*\.?|of|and|&|in|for|de|der)){{0,6}})"
    r"\s(?P<volume>[A-Z]?\d[\w–-]*)(?:\s\((?P<issue>[^()]{1,20})\))?\s\((?P<year>\d{4})\)"
    r"(?:\s(?P<pages>[\w]*\d[\w–-]*))?[\s.,]*$"
)
_IN = lazy_compile(r",\sin:\s")
_THESIS = lazy_compile(
    r"^(?:Doctoral|Ph\.?\s?D\.?|Master['’]?s|Licentiate|Bachelor['’]?s|Diploma)\s(?:thesis|dissertation)$",
    re.I,
)
# a series and its number: "VTT Publications 95", "CRREL Monograph 81-2", "VTT Research
# Report VTT-R-00412-19", "Technical Report No. 12", "NBER Working Paper 32117"
_SERIES = lazy_compile(
    rf"^(?:[{U}][\w&-]*\s){{0,3}}(?:[{U}][\w-]*|[Rr]eport|[Pp]aper|[Mm]onograph)\s"
    r"(?:No\.\s?)?(?:[A-Z]+-)*\d[\w/.-]*$"
)
# what a body's document calls itself, an element of its own after the title: "Technical
# guide", "Technical report", "Design guide", "Final report", "White paper", "Guidelines"
_GENRE_ELEMENT = lazy_compile(
    r"^(?:(?:Technical|Design|Practice|Research|Final|Interim|Progress|Project)\s"
    r"(?:guide|guidance|report|note|memorandum)|White\spaper|Working\spaper|Discussion\spaper"
    r"|Guidelines?|Technical\sspecification)$",
    re.IGNORECASE,
)
_YEAR_END = lazy_compile(r",\s(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\.*$")
_PLACE = lazy_compile(rf"^[{U}][\w.’'-]*(?:\s[{U}][\w.’'-]*){{0,3}}$")
_STATE = lazy_compile(r"^[A-Z]{2}$")  # "Hanover, NH"


def numbered(authors: tuple[str, ...], after: str) -> Fields | None:
    """The fields of ``after`` (the text after the names) in Elsevier's numbered shape,
    or None when it does not have it."""
    body = _strip_trailer(after).strip()
    journal = _JOURNAL_TAIL.search(body)
    if journal is not None and journal.start() > 0:
        return Fields(
            "iso690",
            authors,
            title=body[: journal.start()],
            year=year_of(journal.group("year")),
            container=journal.group("journal"),
            volume=journal.group("volume"),
            issue=journal.group("issue"),
            pages=journal.group("pages"),
            kind=RefKind.ARTICLE,
        )
    chapter = _IN.search(body)
    if chapter is not None and chapter.start() > 0:
        rest = body[chapter.end() :]
        year = _YEAR_END.search(rest) or re.search(r",\s(?P<year>(?:1[5-9]|20)\d\d),", rest)
        return Fields(
            "iso690",
            authors,
            title=body[: chapter.start()],
            year=year_of(year.group("year") if year else None),
            container=re.split(r",\s", rest)[0],
            pages=pages(rest),
            chapter=True,
        )
    end = _YEAR_END.search(body)
    if end is None:
        return None
    parts = body[: end.start()].split(", ")
    for k in range(1, len(parts)):
        part = parts[k].strip()
        if _THESIS.match(part) or _SERIES.match(part) or _GENRE_ELEMENT.match(part):
            return Fields(
                "iso690",
                authors,
                title=", ".join(parts[:k]),
                year=year_of(end.group("year")),
                publisher=parts[k + 1] if k + 1 < len(parts) else None,
                kind=RefKind.REPORT,
            )
    # a book: "Title, Publisher, Place[, ST], Year"
    tail = parts[-2:] if len(parts) >= 3 and _STATE.match(parts[-1]) else parts[-1:]
    place_at = len(parts) - len(tail)
    if place_at >= 2 and _PLACE.match(tail[0]) and has_publisher_word(parts[place_at - 1]):
        return Fields(
            "iso690",
            authors,
            title=", ".join(parts[: place_at - 1]),
            year=year_of(end.group("year")),
            publisher=parts[place_at - 1],
            place=", ".join(tail),
            book=True,
        )
    return None


# "Eurostat", "SMHI", "ASTM International", "World Health Organization" (no initials)
_ORG = lazy_compile(
    rf"^(?P<org>[{U}][\w&’'-]+(?:\s(?:[{U}][\w&’'-]+|of|for|and|&|de|du|für)){{0,4}}),\s"
    r"(?P<after>[^\s,].+)$"
)

_ACRONYM = lazy_compile(r"\b[A-Z][A-Z&]{1,9}\b")  # "CEN", "SMHI", "AT&T"
# a body's word of :mod:`.bodywords`, whole or in its plural ("Thomas Brereton, Coal, Ships
# and Parliamentary Reform" is a person's; the name is one: its opener and closer count), or a
# word a body's name holds that a person's never does: "ASTM International", "Statistics
# Sweden", "Statistik Austria"
_BODY_WORD = lazy_compile(
    bodywords.pattern(edges=True, whole=True) + r"|\b(?:International|Statisti\w*)\b"
)
_SENTENCE = lazy_compile(r"\.\s")  # a sentence or an initial ends: not the comma style
_MARKED = lazy_compile(r"[“”\"*_«»„]")
# given names after a family name: "Michael, Title", "Ingrid & Westerberg, Anna, Title"
_GIVEN = lazy_compile(rf"[{U}][\w'’-]+(?:\s[{U}][\w'’.-]*)*(?:,|\s&|\sand)\s")


def organisation(body: str) -> Fields | None:
    """``Eurostat, Title, 2022.`` (an organisation for the names, the Elsevier way), or
    None."""
    m = _ORG.match(body)
    if m is None or initialled_names(body) is not None:
        return None  # (or "Müller, H.-P., Titel …": a person's initials after the comma)
    org = m.group("org")
    if " " in org and not (_ACRONYM.search(org) or _BODY_WORD.search(org)):
        return None  # "Thomas Brereton, Coal, Ships and Parliament": a person
    after = _strip_trailer(m.group("after")).strip()
    if _MARKED.search(after) or _GIVEN.match(after):
        return None  # a quoted or emphasised title (IEEE's), or "Tye, Michael, Title"
    found = numbered((m.group("org"),), after)
    if found is not None:
        return None if _SENTENCE.search(found.title or "") else found
    if _SENTENCE.search(after):
        return None  # "Gallagher, Peter. Title. Place: Publisher": a family name first
    end = _YEAR_END.search(after)
    if end is None or end.start() == 0:
        return None
    return Fields(
        "iso690", (m.group("org"),), title=after[: end.start()], year=year_of(end.group("year"))
    )
