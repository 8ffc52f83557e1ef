"""A hand-typed ``\\bibitem`` in the physics house styles (APS/revtex, AIP, IOP).

Physics journals print an article with no title: initials-first names, the abbreviated
journal, the volume in bold, the first page (or article number) and the year in
parentheses::

    K. Ortiz and M. Lund, J. Appl. Phys. \\textbf{44}, 1272 (2011).
    A. B. Vogel, C. Ruiz, and D. Tan, Phys. Rev. B \\textbf{89}, 054420 (2014).
    E. Haug \\textit{et al.}, Nature (London) \\textbf{571}, 376 (2019).

AIP and some APS entries keep a quoted title before the journal (``A. Ortiz, "Title,"
J. Chem. Phys. \\textbf{12}, 34 (2000).``).  The bold run is what marks the volume; the
entry is an article, its names read whole (``and`` / ``, and`` between them).
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.patterns import INITIALS

# a name written initials first, optionally "and "-led or followed by "et al."
_NAME = lazy_compile(
    rf"(?:and\s++)?+{INITIALS}\s?+[^\W\d_][\w'’-]*+(?:\s++[^\W\d_][\w'’-]*+){{0,2}}"
    r"(?:\s++et\s?+al\.?+)?"
)
_AND = lazy_compile(r"\s++and\s++")
_ET_AL = lazy_compile(r"\s*+et\s?+al\.?+\s*+$")
_QUOTED = lazy_compile(r"[“\"«]\s*+(?P<title>[^“”\"«»]{3,400}?)[,.]?\s*+[”\"»],?")
# a journal: capitalised words with abbreviation periods, colons, "(London)", a series letter
_JOURNAL = lazy_compile(r"[A-Z][\w.&'’:()-]*+(?:\s++[\w.&'’:()-]++){0,9}")
_VOLUME = lazy_compile(r"\d{1,5}[A-Z]?")
# after the bold volume: (issue), first page or article number, (year)
_AFTER = lazy_compile(
    r"[\s,]*+(?:\(\d{1,4}\)[\s,]*+)?"
    r"(?P<pages>[A-Za-z]{0,2}\d[\dA-Za-z]{0,12}(?:\s?+[–—-]{1,2}\s?+[A-Za-z]{0,2}\d{1,8})?)"
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
    if not _JOURNAL.fullmatch(journal) or not any(c.isalpha() for c in journal):
        return None
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


def _person(name: str) -> str:
    """``and F. Izumi`` -> ``F. Izumi``; ``E. Haug et al.`` -> ``E. Haug``."""
    name = name.strip()
    if name.startswith("and "):
        name = name[4:].strip()
    return _ET_AL.sub("", name).strip()
