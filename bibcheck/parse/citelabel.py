"""Notes that cite a listed work by the label its entry prints: a short title and the year.

German business and law schools' styles (biblatex's ``authortitle`` variants with a
``shorttitle`` label, "Kurzbeleg") print each entry of the list with the label its notes
cite, in parentheses after the names: ``Decker, Frank (Koalitionsaussagen, 2009):
Koalitionsaussagen der Parteien vor Wahlen, in: …``; a note cites it as ``Vgl. Decker,
F., Koalitionsaussagen, 2009, S. 140.``.  Two works of an author and year are told apart
by a letter (``(Mobile Lösungen, 2012a)``, ``(Mobile Lösungen, 2012b)``), so the label,
not the title nor the author and year, says which entry a note cites.  A note is tied to
the entry whose label it writes (the longest, when one label holds another), followed by
no letter or digit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import LiteratureEntry, LiteratureMatch, Reference, RefKind

__all__ = ["CITE_LABEL", "cited_by_label", "entry_label", "entry_labels"]

CITE_LABEL = "cite-label"  # the method of a link made by the label a note writes

# "(Koalitionsaussagen, 2009):", "(Mobile Lösungen, 2012a):", "(Bürgerservicenummer, o. J.):"
# within the entry's first line or two, before the title: a short title (no parenthesis,
# colon or comma of its own), a comma, the year (with its letter) or "o. J." / "n.d."
_LABEL = lazy_compile(
    r"\((?P<title>[^(),:;\d][^(),:;]{0,59}),\s"
    r"(?P<year>(?:1[5-9]|20)\d\d[a-z]?|o\.\s?J\.|n\.\s?d\.|s\.\s?d\.)\)\s?:"
)
_HEAD = 240  # the label stands after the names, near the start


@dataclass(frozen=True, slots=True)
class Label:
    title: str
    year: str

    def written(self) -> str:
        return f"{self.title}, {self.year}"


def entry_label(raw: str) -> Label | None:
    """The label an entry prints after its names (``(Treiber, 2018):``), or None."""
    m = _LABEL.search(" ".join(raw[:_HEAD].split()))
    if m is None:
        return None
    return Label(m.group("title").strip(), m.group("year"))


def _writes(note: str, label: Label) -> bool:
    """Does ``note`` write ``label`` (its short title after a comma or the note's start,
    its year followed by no letter or digit)?"""
    pattern = rf"(?:^|[,;:]\s|\s)(?:Vgl\.\s|vgl\.\s)?{re.escape(label.written())}(?![\w])"
    return re.search(pattern, note) is not None


def entry_labels(entries: Sequence[LiteratureEntry]) -> list[tuple[int, Label]]:
    """Each entry's index and the label it prints, for the entries that print one."""
    found = ((i, entry_label(e.reference.raw)) for i, e in enumerate(entries))
    return [(i, label) for i, label in found if label is not None]


def cited_by_label(
    ref: Reference, entries: Sequence[LiteratureEntry], labels: Sequence[tuple[int, Label]]
) -> tuple[Reference, LiteratureMatch] | None:
    """The note ``ref`` read as citing the one entry of ``entries`` whose printed label
    (``labels``, from :func:`entry_labels`) it writes; or None (no entry prints a label, or
    the note writes none of them).  Read so, the note cites the entry's work at the pages
    it names: its short title is the label's, no title to compare with the entry's."""
    if not labels:
        return None
    note = " ".join(ref.raw.split())
    best: tuple[int, int] | None = None  # (label length, entry index)
    for index, label in labels:
        size = len(label.written())
        if (best is None or size > best[0]) and _writes(note, label):
            best = (size, index)
    if best is None:
        return None
    entry = entries[best[1]]
    kind = entry.reference.kind if entry.reference.kind is not RefKind.COMMENTARY else ref.kind
    cited = replace(ref, kind=kind, title=None)
    return cited, LiteratureMatch(entry.number, CITE_LABEL, 100.0, best[1])
