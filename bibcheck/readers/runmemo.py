"""What one document's reading looked up once, kept for the rest of that reading.

A Pandoc document is scored before it is read, and both ask which bibliography the project
around it names (:func:`~bibcheck.readers.projectmeta.project_bibliography`): its
``_quarto.yml``, ``Makefile`` or ``build.bat`` would be read twice.  :func:`document_run`
opens a memo for one document's reading (:func:`bibcheck.manuscript.parse_bytes` holds it
open while it scores and reads the document), and :func:`memoised` gives, within it, the
value computed first for the same key -- a file's path and its modification time, so a
file written again is looked up again (and a document's text masked,
:func:`~bibcheck.readers.mask.mask`, which a dozen readers ask for).  The memo ends with
the reading: nothing is kept from one document to the next, and outside a reading every
call computes afresh.  The memo itself is a :class:`bibcheck.docmemo.DocumentMemo`, as the
memo of an entry's readings is (:mod:`bibcheck.parse.references.entrymemo`).
"""

from __future__ import annotations

from pathlib import Path

from bibcheck.docmemo import DocumentMemo

__all__ = ["document_run", "memoised", "modified"]

_RUN = DocumentMemo("bibcheck_run_memo", 64)  # (a document looks up a few project files)
document_run = _RUN.reading  # (a memo for the reading of one document: empty, then gone)
memoised = _RUN.memoised  # (computed once for a key within the reading: module doc)


def modified(path: str) -> int | None:
    """The modification time of the file at ``path`` (nanoseconds), None when it has none."""
    try:
        return Path(path).stat().st_mtime_ns
    except (OSError, ValueError):
        return None
