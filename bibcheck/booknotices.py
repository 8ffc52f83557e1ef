"""Notices about a whole book, said once for the book rather than once per chapter file.

The chapters of a bookdown, Quarto or Jupyter Book project are read as documents of their
own.  Some notices concern what they share, not any one chapter: "no literature list
found" (the book's list is a page of its own, or it has none), a shared bibliography's
uncited entries with defects.  Repeated in every chapter they bury the findings that
differ; :func:`said_once` keeps the first chapter's and drops the same notice from the
others, saying on the first how many more files it holds for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bibcheck.model import Anomaly, AnomalyCode, ParsedDocument

__all__ = ["BOOK_WIDE", "said_once"]

# document-level notices that the files of one book share
BOOK_WIDE = frozenset({AnomalyCode.NO_LITERATURE_LIST, AnomalyCode.BIBLIOGRAPHY_UNCITED_DEFECTS})


def _key(anomaly: Anomaly) -> tuple[AnomalyCode, str] | None:
    if anomaly.code not in BOOK_WIDE or anomaly.line is not None:
        return None
    return anomaly.code, anomaly.message


def said_once(docs: Sequence[ParsedDocument], book: str) -> list[ParsedDocument]:
    """``docs`` (a book's files, in reading order) with each book-wide notice kept on the
    first file that has it only (``book``: what the book is, "bookdown book")."""
    counts: dict[tuple[AnomalyCode, str], int] = {}
    for doc in docs:
        for key in {k for a in doc.anomalies if (k := _key(a)) is not None}:
            counts[key] = counts.get(key, 0) + 1
    repeated = {key for key, n in counts.items() if n > 1}
    if not repeated:
        return list(docs)
    said: set[tuple[AnomalyCode, str]] = set()
    out: list[ParsedDocument] = []
    for doc in docs:
        kept: list[Anomaly] = []
        for anomaly in doc.anomalies:
            found = _key(anomaly)
            if found is None or found not in repeated:
                kept.append(anomaly)
            elif found not in said:
                said.add(found)
                more = counts[found] - 1
                files = "file" if more == 1 else "files"
                note = f" (the same holds for {more} more {files} of the {book}: said once)"
                kept.append(replace(anomaly, message=anomaly.message + note))
        out.append(replace(doc, anomalies=tuple(kept)))
    return out
