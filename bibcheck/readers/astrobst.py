"""The BibTeX styles of astronomy's journals: author-year lists sorted by author.

The journals of astronomy and planetary science ship their own ``.bst`` files, nearly
all made with custom-bib (``makebst`` from ``merlin.mbs`` with the options ``ay,nat``
and a reversed-name option, ``nm-rev1`` and kin, that prints "Family, I."): the AAS
journals (ApJ, ApJL, ApJS, AJ, PSJ: ``aasjournal``, ``aasjournalv7``, the older ``apj``,
``aj``, ``aastex``), A&A (``aa``, ``aa_url``), MNRAS (``mnras``, ``mn2e``), PASP, PASA
(``pasa-mnras``), PASJ, RAA, Icarus, the Revista Mexicana (``rmaa``) and the generic
``astron``.  The family is known by its names' shapes, not one file: a style named for
one of these journals, with or without a suffix (``_url``, ``-hyperref``, ``v7``, a year).

Their list is sorted by the string merlin's ``bib.sort.order`` builds (``sort.key$``,
compared character by character): the names, four spaces, the year, four spaces, the
title without a leading "A ", "An ", "The ".  The names (``sort.format.names`` with a
reversed-name option): each person as ``{vv{ } }{ll{ }}{  f{ }}{  jj{ }}`` (the "von"
part and the family name, two spaces, the given names' initials, two spaces, "Jr."),
three spaces between persons, a closing ``and others`` as "zzzzz" (after every list of
the same names written out), all ``sortify``'d (:mod:`bibcheck.readers.bstorder`).  An
entry with no author (a book: nor editor) goes by its ``key`` field.

Checked against BibTeX 0.99d (TeX Live 2022) runs of a ``merlin.mbs`` style made with
``ay,nat,nm-rev1``.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.bstorder import ENTRY_MAX, BstEntry, bst_title, sortify

__all__ = ["astronomy_key", "astronomy_style", "initials"]

_ASTRONOMY = lazy_compile(
    r"^(?:aasjournal\w*|aastex\w*|apj\w*|aj"  # AAS journals
    r"|aa|aa[_-](?:url|doi|hyperref)|aanda\w*"  # Astronomy & Astrophysics
    r"|mnras\w*|mn2e\w*"  # Monthly Notices
    r"|pasp\w*|pasa\w*(?:-mnras)?|pasj\w*|raa\w*|icarus\w*|rmaa\w*|astron)"
    r"(?:[_-]?(?:url|doi|hyperref|v\d+|\d{2,4}))*$",
    re.I,
)
_TOKEN = lazy_compile(r"[^\s~-]+")


def astronomy_style(style: str) -> bool:
    """Is ``style`` (a ``\\bibliographystyle`` name, no ``.bst``, no folder) one of the
    astronomy journals' author-year styles, whose list is sorted by author, year, title?"""
    return bool(_ASTRONOMY.match(style.strip()))


def initials(given: str) -> str:
    """BibTeX's ``{f{ }}`` of the given names ``given``: the first letter of each of its
    words (words split at spaces, ties and hyphens), one space apart ("Jean-Marie Ann"
    -> "J M A")."""
    firsts = (next((c for c in word if c.isalnum()), "") for word in _TOKEN.findall(given))
    return " ".join(f for f in firsts if f)


def _person(name: str, literal: str) -> str:
    """One name (``von Last, First`` or ``von Last, Jr, First``; an organisation whole)
    as ``{vv{ } }{ll{ }}{  f{ }}{  jj{ }}``, sortified."""
    parts = [p.strip() for p in name.replace("{", "").replace("}", "").split(",")]
    family = parts[0]
    junior = parts[1] if len(parts) >= 3 else ""
    given = ", ".join(parts[2:]) if len(parts) >= 3 else (parts[1] if len(parts) == 2 else "")
    out = sortify(" ".join(family.split()), literal)
    first = initials(given)
    if first:
        out += "  " + sortify(first, literal)
    if junior:
        out += "  " + sortify(" ".join(junior.split()), literal)
    return out


def astronomy_key(entry: BstEntry) -> str:
    """The string an astronomy journal's style (merlin ``ay``, reversed names) sorts
    ``entry`` by."""
    if entry.authors:
        persons = [_person(a, entry.literal) for a in entry.authors]
        names = "   ".join(persons + (["zzzzz"] if entry.others else []))
    else:
        names = sortify(entry.key_field, entry.literal)
    title = bst_title(entry.title, entry.literal)
    return f"{names}    {sortify(entry.year)}    {title}"[:ENTRY_MAX]
