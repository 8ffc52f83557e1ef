"""Problems found in a ``.bib`` file, and which of them are the document's.

Every reader that takes a ``.bib`` (LaTeX, Pandoc/Quarto/R Markdown, Typst, Org,
AsciiDoc, reST/Sphinx, Word citation stores) turns bibtexparser's problems into
anomalies here, by one rule.  A problem in one entry (a name BibTeX cannot split, a
key defined twice, a ``crossref`` naming no entry) is an :class:`EntryDefect`, kept
apart until the reader knows which entries the document cites: the defects of cited
entries are the document's (reported as before, warnings), those of entries it never
cites (a project's shared master ``.bib`` of hundreds of entries) are folded by
:func:`settle` into one info ``bibliography-uncited-defects`` per file, which names them.
A problem in no one entry (an unparsable block) may have cost a cited entry, so it is
always the document's ``bibliography-unreadable``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from bibcheck.bibfile import BibError
from bibcheck.model import Anomaly, AnomalyCode

__all__ = ["EntryDefect", "classify", "duplicate_in_document", "settle"]

SHOWN = 5  # uncited entries named in the folded note; the rest are counted


@dataclass(frozen=True, slots=True)
class EntryDefect:
    """A problem in the ``.bib`` entry ``key`` of ``file``: ``anomaly`` is how it is
    reported when the document cites the entry (at the line that names the file)."""

    key: str
    file: str
    anomaly: Anomaly
    detail: str  # "line 9: entry 'x', author: ..." for the folded note


def classify(error: BibError, file: str, at: int, line: int | None) -> EntryDefect | Anomaly:
    """The anomaly for ``error``, at line ``at`` of ``file`` (as messages name it), reported
    at ``line`` of the manuscript; an :class:`EntryDefect` when it is in one entry."""
    message = f"{file}, line {at}: {error.message}"
    if error.duplicate_key is not None:  # both read, the first used
        anomaly = Anomaly(
            AnomalyCode.LITERATURE_DUPLICATE_ENTRY, f"{message}; the first is used", line
        )
    elif error.name:  # the entry is read: a field to correct, no bibliography lost
        anomaly = Anomaly(AnomalyCode.NAME_MALFORMED, message, line)
    else:
        anomaly = Anomaly(
            AnomalyCode.BIBLIOGRAPHY_UNREADABLE,
            f"bibliography {message}; the entries that could be read are kept",
            line,
        )
    key = error.key or error.duplicate_key
    if key is None:
        return anomaly
    return EntryDefect(key, file, anomaly, f"line {at}: {error.message}")


def duplicate_in_document(error: BibError) -> Anomaly | None:
    """The anomaly for a key ``error`` says is given twice in BibTeX read as part of the
    document itself (a ``.bib`` checked on its own, a fenced BibTeX block), at the
    document's lines, naming both; None when ``error`` is no such problem."""
    if error.duplicate_key is None:
        return None
    first = (error.first_line,) if error.first_line is not None else ()
    return Anomaly(
        AnomalyCode.LITERATURE_DUPLICATE_ENTRY,
        f"citation {error.message}",
        error.line,
        lines=(*first, error.line),
    )


def settle(defects: Sequence[EntryDefect], cited: Collection[str]) -> list[Anomaly]:
    """The anomalies of ``defects`` once the entries the document cites (or lists on
    purpose) are known: a cited entry's as they are; the others one info per file."""
    found = [d.anomaly for d in defects if d.key in cited]
    by_file: dict[str, list[EntryDefect]] = {}
    for defect in defects:
        if defect.key not in cited:
            by_file.setdefault(defect.file, []).append(defect)
    for file, rest in by_file.items():
        keys = len({d.key for d in rest})
        shown = "; ".join(d.detail for d in rest[:SHOWN])
        more = f"; and {len(rest) - SHOWN} more" if len(rest) > SHOWN else ""
        entries = "1 entry" if keys == 1 else f"{keys} entries"
        found.append(
            Anomaly(
                AnomalyCode.BIBLIOGRAPHY_UNCITED_DEFECTS,
                f"{file}: {entries} the document does not cite "
                f"{'has' if keys == 1 else 'have'} defects, none of them this document's "
                f"({shown}{more})",
                rest[0].anomaly.line,
            )
        )
    return found
