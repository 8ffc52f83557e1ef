"""Hand-written wikitext references around a linked title (pure).

Wikipedia notes written without a citation template mostly put the title in the
external link and the rest around it::

    Doe, Jane [https://news.example.com/x Review of the book] ''Example Times''. January 4, 2016
    [https://news.example.com/y Harbour reopens], ''Coast Daily'', 3 May 2019
    Jane Doe, [https://example.org/z "Salt roads"], ''The Coast Review'', 12 June 2014. Retrieved …

Once rendered as text the link's boundaries are gone ("Doe, Jane Review of the book"),
so the reader hands them over: what stands before the link (the authors, or nothing),
the link text (the title) and what follows it (the italic work or a site's name, the
date, an access date).  :func:`linked_reference` reads those parts, or says None when
the text before the link is not a list of names (``See [https://… x]``, a sentence, a
book's italic title) or the link text is no title (``[https://… online]``): the note
is then parsed as any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.nameparticles import ARABIC, PARTICLES
from bibcheck.parse.references.fields import parse_date
from bibcheck.parse.references.quote_pairs import DOUBLE_OPENINGS, EN_FR_CLOSINGS

__all__ = ["LinkedRef", "linked_reference"]


@dataclass(frozen=True, slots=True)
class LinkedRef:
    """The fields of a reference written around a linked title."""

    authors: tuple[str, ...]
    title: str
    host: str | None = None
    year: int | None = None
    year_raw: str | None = None
    access_date: date | None = None


# link texts that label a link rather than title a work
_NO_TITLE = frozenset(
    """online link here pdf archive archived web website text full-text fulltext download
    source url official site homepage webpage page""".split()
)
# words that lead a note into its citation: no author's name
_LEAD_INS = frozenset(
    """see cf cf. also quoted in from via according source sources retrieved archived
    the a an and compare e.g. eg for on per siehe vgl. vgl voir lire""".split()
)
# the shared ones, the Arabic ones, and "della", "des", "vom", "zu", Spanish "y"; not
# "dos", "ten", "ter" (as this reader has always read a note's names)
_PARTICLES = (PARTICLES - {"dos", "ten", "ter"}) | ARABIC | {"della", "des", "vom", "zu", "y"}
_QUOTE_PAIRS = {'"': '"', "“": "”", "„": "“", "«": "»", "‘": "’", "'": "'"}
_YEAR = lazy_compile(r"(?<![\d/.-])(1[5-9]\d\d|20\d\d)([a-z]?)(?![\d/])")
_ACCESS = lazy_compile(
    r"\b(?:retrieved|accessed|abgerufen|consulté|consulte|archived|archiviert)\b", re.I
)
_PAREN_YEAR = lazy_compile(r"\(\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\s*\)\s*$")
_ITALIC = lazy_compile(r"\*([^*\n]{1,300})\*")
_EDGE = " \t.,:;–—-"


def linked_reference(before: str, title: str, after: str) -> LinkedRef | None:
    """Fields of ``before`` + linked ``title`` + ``after`` (italics as ``*Work*``), or None."""
    shown = _title(title)
    if shown is None:
        return None
    year_raw: str | None = None
    lead = before.strip().strip(_EDGE + DOUBLE_OPENINGS)
    paren = _PAREN_YEAR.search(lead)
    if paren is not None:  # "Doe, Jane (2016). [https://… Title]"
        year_raw = paren.group(0).strip(" ()")
        lead = lead[: paren.start()].strip(_EDGE)
    authors = _names(lead)
    if authors is None:
        return None
    rest = after.strip()
    access: date | None = None
    cut = _ACCESS.search(rest)
    if cut is not None:
        when = re.sub(r"^[\s:,]*(?:on|am|le)?[\s:]*", "", rest[cut.end() :])
        access = parse_date(when.strip().rstrip("."))
        rest = rest[: cut.start()]
    rest = rest.strip(_EDGE + EN_FR_CLOSINGS).removeprefix("In:").strip(_EDGE)
    host = None
    italic = _ITALIC.match(rest)
    if italic is not None:
        host = italic.group(1).strip(_EDGE) or None
        rest = rest[italic.end() :]
    else:
        segment = re.split(r"[,.(]", rest, maxsplit=1)[0].strip()
        if segment and not any(c.isdigit() for c in segment) and len(segment.split()) <= 8:
            tail = rest[len(segment) :]
            if _YEAR.search(tail):  # "Coast blog, 3 May 2019": a site's name, then its date
                host, rest = segment, tail
    if year_raw is None:
        found = _YEAR.search(rest)
        if found is not None:
            year_raw = found.group(1) + found.group(2)
    year = int(year_raw[:4]) if year_raw else None
    return LinkedRef(authors, shown, host, year, year_raw, access)


def _title(text: str) -> str | None:
    """The link text as a title (surrounding quotes and stops off), or None."""
    title = " ".join(text.split()).strip(" ,;:")
    if len(title) >= 2 and title[0] in _QUOTE_PAIRS and title.endswith(_QUOTE_PAIRS[title[0]]):
        title = title[1:-1].strip(" ,;:")
    title = title.rstrip(".").strip()
    if len(title) < 2 or title.lower() in _NO_TITLE:
        return None
    if " " not in title and ("." in title or "/" in title):
        return None  # "example.org": the address shown, no title
    return title


def _names(text: str) -> tuple[str, ...] | None:
    """``Doe, Jane`` / ``Jane Doe`` / ``Doe, Jane; Roe, Ann`` / ``By Jane Doe and Ann Roe``
    -> the names as written; ``()`` for nothing; None when it is not a list of names."""
    if not text or all(w.lower() in _LEAD_INS for w in text.split()):
        return ()  # "See [https://… Title]": a lead-in, no author
    if len(text) > 200:
        return None
    if text.lower().startswith("by "):
        text = text[3:]
    if ";" in text:
        parts = text.split(";")
    else:
        parts = re.split(r"\s+(?:and|&|und|et)\s+", text)
        if len(parts) == 1 and text.count(",") >= 2:  # "Doe, Jane, Ann Roe"
            head, _, others = text.partition(",")
            given, _, more = others.partition(",")
            parts = [f"{head},{given}", *more.split(",")]
    names: list[str] = []
    for part in parts:
        name = " ".join(part.split()).strip(_EDGE)
        if not _is_name(name):
            return None
        names.append(name)
    return tuple(names)


def _is_name(name: str) -> bool:
    """A person's name: ``Family, Given`` or two to five words of a name."""
    family, comma, given = name.partition(",")
    words = (family + " " + given).split() if comma else name.split()
    if not comma and len(words) < 2:
        return False
    if not 1 <= len(words) <= 6 or words[0].lower().strip(":") in _LEAD_INS:
        return False
    capitals = 0
    for word in words:
        core = word.strip(".'’-")
        if not core or any(c.isdigit() for c in core):
            return False
        if core.lower() in _PARTICLES or core.lower().startswith(("al-", "el-")):
            continue
        if not core[0].isupper() or not all(c.isalpha() or c in ".'’-" for c in core):
            return False
        capitals += 1
    return (
        capitals >= (1 if comma else 2)
        and bool(family.strip())
        and (not comma or given.strip() != "")
    )
