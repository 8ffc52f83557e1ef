"""An article in the physics house styles (APS/revtex, AIP, IOP): no title.

Physics journals print an article with no title: initials-first names, the abbreviated
journal, the volume in bold, the first page (or article number) and the year in
parentheses::

    K. Ortiz and M. Lund, J. Appl. Phys. \\textbf{44}, 1272 (2011).
    A. B. Vogel, C. Ruiz, and D. Tan, Phys. Rev. B \\textbf{89}, 054420 (2014).
    E. Haug \\textit{et al.}, Nature (London) \\textbf{571}, 376 (2019).

AIP and some APS entries keep a quoted title before the journal (``A. Ortiz, "Title,"
J. Chem. Phys. \\textbf{12}, 34 (2000).``).  The bold run is what marks the volume in a
hand-typed ``\\bibitem`` (:func:`physics_article`); in plain text (a PDF's, a typed
list's) the volume is a number before the comma, the page or article number (APS's
Rapid Communication ``121407(R)``) and the year in parentheses end the entry
(:func:`parse`).  The entry is an article, its names read whole (``and`` / ``, and``
between them).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.initials_comma import initialled_names
from bibcheck.parse.references.patterns import INITIALS
from bibcheck.parse.references.physics_title import split_title
from bibcheck.parse.references.quote_pairs import EN_FR_CLOSINGS, EN_FR_DOUBLE, EN_FR_OPENINGS
from bibcheck.parse.references.shared import Fields, year_of

__all__ = ["inverted", "parse", "physics_article"]

# a name written initials first, optionally "and "-led or followed by "et al."
_NAME = lazy_compile(
    rf"(?:and\s++)?+{INITIALS}\s?+[^\W\d_][\w'’-]*+(?:\s++[^\W\d_][\w'’-]*+){{0,2}}"
    r"(?:\s++et\s?+al\.?+)?"
)
_AND = lazy_compile(r"\s++and\s++")
_ET_AL = lazy_compile(r"\s*+et\s?+al\.?+\s*+$")
# (German quotes too: "„Titel“,")
_QUOTED = lazy_compile(
    rf"[{EN_FR_OPENINGS}„]\s*+(?P<title>[^{EN_FR_DOUBLE}„]{{3,400}}?)[,.]?\s*+[{EN_FR_CLOSINGS}“],?"
)
# a journal: capitalised words with abbreviation periods, colons, "(London)", a series letter
_JOURNAL = lazy_compile(r"[A-Z][\w.&'’:()-]*+(?:\s++[\w.&'’:()-]++){0,9}")
_VOLUME = lazy_compile(r"\d{1,5}[A-Z]?")
# after the bold volume: (issue), first page or article number, (year)
_AFTER = lazy_compile(
    r"[\s,]*+(?:\(\d{1,4}\)[\s,]*+)?"
    r"(?P<pages>[A-Za-z]{0,2}\d[\dA-Za-z]{0,12}(?:\s?+[–—-]{1,2}\s?+[A-Za-z]{0,2}\d{1,8})?)"
    r"(?:\([A-Z]\))?+"  # APS's Rapid Communication, Letter: "121407(R)", "L041101(L)"
    r"[\s,]*+\((?:[A-Z][a-z]{2,8}\.?\s++)?(?P<year>1[6-9]\d\d|20\d\d)\)"
)


def physics_article(ref: Reference, before: str, bold: str, after: str) -> Reference | None:
    """The article of ``Names, [“Title,”] Journal \\textbf{vol}, page (year)``: the text
    before the bold run, the bold run, the text after it (plain).  None for any other
    shape."""
    volume = bold.strip(" ,")
    shape = _AFTER.match(after)
    if not _VOLUME.fullmatch(volume) or shape is None:
        return None
    head = _head(before)
    if head is None:
        return None
    names, title, journal = head
    people = tuple(_person(n) for n in names)
    kind = RefKind.ARTICLE if ref.kind in (RefKind.UNKNOWN, RefKind.BOOK) else ref.kind
    year = shape.group("year")
    return replace(
        ref,
        authors=people,
        title=title,
        host=journal,
        volume=volume,
        pages=shape.group("pages"),
        year=int(year),
        year_raw=year,
        kind=kind,
        style="generic",  # (no note or author-date style: the physics numeric list)
    )


# in plain text: "…, Journal 82, 121407(R) (2010)." -- the volume, then the rest to the end
_PLAIN_VOLUME = lazy_compile(r"\s(?P<volume>\d{1,5}[A-Z]?),\s")
_END = lazy_compile(r"[\s.]*+")


def parse(body: str) -> Fields | None:
    """Fields of a plain-text physics article, ``Names, [“Title,”] Journal vol, page
    (year).``, or None."""
    found = _volume_tail(body)
    if found is None:
        return None
    before, volume, shape = found
    head = _head(before)
    if head is None:
        return None
    names, title, journal = head
    return _article(tuple(_person(n) for n in names), title, journal, volume, shape)


def inverted(body: str) -> Fields | None:
    """Fields of a physics article whose names are inverted, their initials closed by the
    comma before the title (``Wagner, K. L. and Miller, J. R., Title, J. Appl. Phys. 12,
    34–40 (2000).``, ``Dupont, M. et Lefèvre, J.-P., “Titre,” …``), or None."""
    lead = initialled_names(body)
    if lead is None:
        return None
    names, rest = lead
    found = _volume_tail(rest)
    if found is None:
        return None
    before, volume, shape = found
    head = _titled(before)
    if head is None:
        return None
    title, journal = head
    return _article(names, title, journal, volume, shape)


def _volume_tail(text: str) -> tuple[str, str, re.Match[str]] | None:
    """The text before the volume, the volume, and the page-and-year tail after it (the
    first volume whose tail runs to the end), or None."""
    for m in _PLAIN_VOLUME.finditer(text):
        after = text[m.end() - 2 :]
        shape = _AFTER.match(after)
        if shape is not None and _END.fullmatch(after, shape.end()):
            return text[: m.start()], m.group("volume"), shape
    return None


def _article(
    names: tuple[str, ...], title: str | None, journal: str, volume: str, shape: re.Match[str]
) -> Fields:
    return Fields(
        "physics",
        names,
        title,
        year_of(shape.group("year")),
        container=journal,
        volume=volume,
        pages=shape.group("pages"),
        kind=RefKind.ARTICLE,
        untitled=title is None,
    )


def _titled(before: str) -> tuple[str, str] | None:
    """The title, quoted or plain, and the journal before the volume (a title there)."""
    rest = before.strip(" ,")
    quoted = _QUOTED.match(rest)
    if quoted is not None:
        journal = rest[quoted.end() :].strip(" ,")
        return (quoted.group("title").strip(), journal) if _is_journal(journal) else None
    return split_title(rest, _is_journal)


def _head(before: str) -> tuple[list[str], str | None, str] | None:
    """The names, the quoted title (or None) and the journal before the volume."""
    parts = [p.strip() for p in before.strip(" ,").split(",")]
    names: list[str] = []
    while parts:
        pieces = _AND.split(parts[0])
        if not all(_NAME.fullmatch(p) for p in pieces):
            break
        names.extend(pieces)
        parts.pop(0)
    if not names or not parts:
        return None
    rest = ", ".join(parts)
    title = None
    quoted = _QUOTED.match(rest)
    if quoted is not None:
        title = quoted.group("title").strip()
        rest = rest[quoted.end() :].strip(" ,")
    journal = rest.strip(" ,")
    if title is None and not _is_journal(journal):
        # (a plain title before the abbreviated journal: "Storm tracks, Q. J. R. Meteorol. Soc.")
        split = split_title(journal, _is_journal)
        if split is not None:
            title, journal = split
    if not _is_journal(journal):
        return None
    return names, title, journal


def _is_journal(text: str) -> bool:
    return _JOURNAL.fullmatch(text) is not None and any(c.isalpha() for c in text)


def _person(name: str) -> str:
    """``and F. Izumi`` -> ``F. Izumi``; ``E. Haug et al.`` -> ``E. Haug``."""
    name = name.strip()
    if name.startswith("and "):
        name = name[4:].strip()
    return _ET_AL.sub("", name).strip()
