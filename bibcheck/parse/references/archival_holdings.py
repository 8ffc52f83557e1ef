"""Archive signatures read as holdings: which archive, which fonds, which items.

A history's list of unpublished sources names each archive in full and the fonds it used
(``Stadtarchiv Lüneburg, AB 4–8 und AB 11 (Sülzregister ...)``, ``Stadtarchiv Lüneburg,
UA b (Urkunden), 1451–1455``, ``Archives nationales, F7 3–9``); a note cites one document
of a fonds, often by an abbreviation of the archive an earlier note defined (``StadtA LG,
AB 11, fol. 3r``, written out before it comes here).  :func:`holdings` reads the archive's
name and the signatures after it; :meth:`Holding.covers` says whether an entry's holding
holds a note's: the same archive, the same fonds, and the item inside the entry's run (a
fonds given without items holds all of them).
"""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.archival import REPOSITORY as _REPOSITORY

__all__ = ["Holding", "holdings"]


@dataclass(frozen=True, slots=True)
class Holding:
    """Fonds ``fonds`` (items ``lo``..``hi``; None: the whole fonds) of archive ``archive``."""

    archive: str  # the archive's name, folded: "stadtarchiv lüneburg"
    fonds: str  # "AB", "UA B", "AA S"
    lo: int | None
    hi: int | None

    def covers(self, other: Holding) -> bool:
        """Does this holding (an entry's) hold ``other`` (a note's)?"""
        if self.archive != other.archive or self.fonds != other.fonds:
            return False
        if self.lo is None or self.hi is None:
            return True
        return (
            other.lo is not None
            and other.hi is not None
            and self.lo <= other.lo <= other.hi <= self.hi
        )


# The archive's name: from the start of its clause to the comma before the signatures, an
# abbreviation's definition left out: "Stadtarchiv Lüneburg (im Folgenden: StadtA LG), AB 1"
_CLAUSE = lazy_compile(r"(?:^|[;:]\s|\.\s(?=[A-ZÀ-Þ]))")
_DEFINITION = lazy_compile(r"\s*\([^()]*\)")
# A signature: the fonds in capitals (a lowercase or capital part after it: "UA b", "AA S"),
# then an item or a run of items ("AB 4–8", "AA S 3a"), or none ("UA b (Urkunden)").
_SIGNATURE = lazy_compile(
    r"(?P<fonds>[A-Z]{1,5}\d{0,2}(?:\s(?:[A-Z]{1,3}|[a-z]{1,2})(?=[\s,;.(]|$))?"
    # abbreviated words: "Cal. Br. 8", "Hann. 74", "Dep. 7" (not a page or a volume)
    # (with their item: "Leeds." is a place)
    r"|(?!(?:S|Bd|Nr|Bl|Fol|Abt|Tl|Hft|Vol|No|Anm)\.)[A-Z][a-z]{0,4}\.(?:\s[A-Z][a-z]{0,4}\.){0,2}"
    r"(?=\s\d))"
    r"(?:\s(?P<lo>\d{1,5})[a-z]?(?:\s?[–—-]\s?(?P<hi>\d{1,5})[a-z]?)?)?"
    # (a fonds without items before its description: "UA b (Urkunden)"; not a call number's
    # series "LC/M/3/1", read by callnumbers)
    r"(?=[\s,;.(]|$)"
)
# between two signatures of one fonds list: "AB 4–8 und AB 11", "AB 7, fol. 2r; AB 11"
_JOIN = lazy_compile(r"\s(?:und|and|et|y|e|i|u\.|sowie)\s|,\s|;\s")
# what may follow a signature before the next: "(wie Anm. 24)", "(Pfannenbuch)", "fol. 2r"
_SKIP = lazy_compile(r"(?:\s*\([^()]*\)|,?\s(?:fol|fols|Bl|Nr|S|p|pp|f|ff|no|nr)\.\s?[\w–-]+)*")


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def holdings(text: str) -> list[Holding]:
    """The holdings ``text`` cites or lists, in order: each archive's name, then the
    signatures that follow it (none when the text names no archive)."""
    found: list[Holding] = []
    starts = [m.end() for m in _CLAUSE.finditer(text)]
    for start in starts:
        comma = text.find(", ", start)
        if comma < 0:
            continue
        name = _name(_DEFINITION.sub("", text[start:comma]).strip())
        if not name:
            continue
        at = comma + 2
        place = _PLACE.match(text, at)  # "The National Archives, Kew, FO 371"
        if place is not None and _SIGNATURE.match(text, at) is None:
            at = place.end()
        for holding in _signatures(text, at, _fold(name)):
            if holding not in found:
                found.append(holding)
    return found


_JOINING = frozenset({"of", "for", "and", "the", "de", "du", "des", "di", "del", "der", "für"})
_JOINING |= {"und", "d'", "la", "le", "y", "e", "i", "van", "voor", "dello", "della", "do", "da"}
_PLACE = lazy_compile(r"[A-ZÀ-Þ][^\W\d_]+,\s")


def _name(clause: str) -> str:
    """The archive's name a clause ends with ("Die Zahl nach Stadtarchiv Lüneburg" ->
    "Stadtarchiv Lüneburg", "Archives nationales"): from its word for an archive, back over
    the capitalised words before it (small joining words allowed inside), to the end."""
    found = _REPOSITORY.search(clause)
    if found is None:
        return ""
    words = clause[: found.start()].split()
    start = len(words)
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] in _JOINING):
        start -= 1
    while start < len(words) and not words[start][:1].isupper():
        start += 1
    return " ".join([*words[start:], clause[found.start() :]])


def _signatures(text: str, at: int, archive: str) -> list[Holding]:
    """The signatures from ``at`` on: one, then more joined by "und", ", " or "; "."""
    found: list[Holding] = []
    while True:
        m = _SIGNATURE.match(text, at)
        if m is None:
            return found
        lo = int(m.group("lo")) if m.group("lo") else None
        hi = int(m.group("hi")) if m.group("hi") else lo
        if lo is not None and hi is not None and hi < lo:
            return found
        found.append(Holding(archive, " ".join(m.group("fonds").split()).upper(), lo, hi))
        after = _SKIP.match(text, m.end())
        at = after.end() if after else m.end()
        join = _JOIN.match(text, at)
        if join is None:
            return found
        at = join.end()
