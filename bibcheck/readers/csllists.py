"""Citeproc bibliography divs of a Markdown file with one per section, read as one list.

Pandoc's ``section-bibliographies`` and ``multibib`` filters, a Quarto book rendered to one
file, chapters each run through ``pandoc --citeproc`` and concatenated: each section ends
in its own ``csl-bib-body`` div, its entries carry ids (``ref-lund2010``) its citations
link to, and a work cited in two sections is an entry of both lists (under one id).
:class:`SectionLists` numbers the lists' entries as one list (the k-th list's after those
of the lists before it) and resolves each in-page link of a section in its own section's
list: a link to an id that only another section's list holds is a ``citation-key-missing``
anomaly at its line (citeproc lists every work a section cites in that section).  A
section is the stretch from the line after the list before to the end of its own list;
the lines after the last list are the last section's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from bibcheck.model import Anomaly, AnomalyCode, RawDocument

__all__ = ["SectionLists", "by_part", "part_label"]


@dataclass(frozen=True, slots=True)
class _List:
    start: int  # the list's first and last line (indices)
    end: int
    ids: dict[str, int]  # entry id -> its number in the whole
    offset: int  # the entries of the lists before


@dataclass(slots=True)
class SectionLists:
    """The lists of a file read so far (``restart``: two or more lists, one per section)."""

    restart: bool
    count: int = 0  # entries numbered so far
    lists: list[_List] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)

    def add(self, start: int, end: int, ids: dict[str, int], entries: int) -> None:
        """A list at lines ``start``-``end`` with ``entries`` entries, numbered after
        :attr:`count`."""
        self.lists.append(_List(start, end, dict(ids), self.count))
        self.count += entries

    @property
    def scoped(self) -> bool:
        """Are there two or more lists holding entries, one per section?"""
        return self.restart and sum(1 for part in self.lists if part.ids) >= 2

    def section(self, row: int) -> int:
        """The index of the list the section of line ``row`` ends in."""
        for k, part in enumerate(self.lists):
            if row <= part.end:
                return k
        return len(self.lists) - 1

    def resolve(
        self, row: int, ident: str, fallback: int | None, shown: str = ""
    ) -> tuple[int | None, bool]:
        """The number a link on line ``row`` to ``ident`` cites, and whether it names an
        entry of another section's list only (then an anomaly is kept, and no number)."""
        own = self.lists[self.section(row)]
        if ident in own.ids:
            return own.ids[ident], False
        if any(ident in part.ids for part in self.lists):
            cited = f"{shown} " if shown else ""
            self.anomalies.append(
                Anomaly(
                    AnomalyCode.CITATION_KEY_MISSING,
                    f"the citation {cited}at line {row + 1} links to #{ident}, an entry of "
                    "another section's bibliography only: its own section's bibliography "
                    "(each section has its own) has no entry for it",
                    row + 1,
                    footnote=ident,
                )
            )
            return None, True
        return fallback, False

    def spans(self) -> tuple[tuple[int, int], ...]:
        """Each list's first and last line."""
        return tuple((part.start, part.end) for part in self.lists)

    def offsets(self) -> tuple[int, ...]:
        """How many entries the lists before each hold."""
        return tuple(part.offset for part in self.lists)


def by_part(raw: RawDocument, offsets: Sequence[int]) -> RawDocument:
    """``raw`` read with the lists numbered as one (``offsets``: the entries of the lists
    before each) with its markers, notes and entries labelled ``<part>.<n>`` (``2.3``:
    entry 3 of the second list, as printed); the same document with fewer than two."""
    if len(offsets) < 2:
        return raw
    return replace(
        raw,
        markers=tuple(replace(m, label=part_label(m.label, offsets)) for m in raw.markers),
        footnotes=tuple(replace(n, label=part_label(n.label, offsets)) for n in raw.footnotes),
        literature=tuple(replace(n, label=part_label(n.label, offsets)) for n in raw.literature),
        anomalies=tuple(
            replace(a, footnote=part_label(a.footnote, offsets)) if a.footnote else a
            for a in raw.anomalies
        ),
        numbered_by_part=True,
    )


def part_label(label: str, offsets: Sequence[int]) -> str:
    """Number ``label`` of the lists numbered as one as ``<part>.<n>`` (``offsets``: the
    entries of the lists before each part); a label that is no number as it is."""
    if not label.isdigit() or int(label) < 1:
        return label
    number = int(label)
    part = max(k for k, offset in enumerate(offsets) if offset < number or k == 0)
    return f"{part + 1}.{number - offsets[part]}"
