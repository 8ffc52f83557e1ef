"""Reader for an RIS file given alone (a reference manager's export): a document of references.

``bibcheck ingest refs.ris`` stores every record as a literature entry (numbered 1..N in
file order, each from the line of its ``TY`` to that of its ``ER``) and no footnotes, as
``ingest refs.bib`` does for BibTeX, so its URLs, DOIs, identifiers and duplicates are
checked and reported like a manuscript's.  The records are read by
:mod:`bibcheck.parse.references.ris`; each carries a ready
:class:`~bibcheck.model.Reference`.

What fits: a ``.ris`` file whatever it holds (a broken one is read into anomalies,
never refused as another format), and a file of another extension (a ``.txt`` export,
one of none) only when its text is RIS (:func:`~bibcheck.parse.references.ris.is_ris`:
it opens with ``TY  - `` and every line is a tag line): a Markdown or plain-text
document naming a tag is never one.
"""

from __future__ import annotations

from pathlib import PurePath

from bibcheck.model import Anomaly, AnomalyCode, RawDocument, RawNote
from bibcheck.parse.references.bibtex import duplicate_works
from bibcheck.parse.references.ris import is_ris, records, to_reference
from bibcheck.readers.bibtex import reference_list
from bibcheck.readers.registry import Reader, register

NAME = "ris"
_OWN = (".ris",)
_FIT = 0.95


def score(text: str) -> float:
    """Fits a text that is RIS (any extension but ``.ris`` is judged by this)."""
    return _FIT if is_ris(text) else 0.0


def score_at(text: str, path: str) -> float:
    """Fits every ``.ris`` file, and any other file whose text is RIS."""
    return _FIT if PurePath(path).suffix.lower() in _OWN else score(text)


def read(text: str) -> RawDocument:
    """An RIS text's records as literature entries."""
    return read_at(text, "")


def read_at(text: str, path: str) -> RawDocument:
    """The file's records as literature entries, numbered in file order."""
    found = records(text)
    notes = [
        RawNote(
            str(number),
            record.text,
            record.line,
            record.end_line,
            tuple(range(record.line, record.line + record.text.count("\n") + 1)),
            to_reference(record),
        )
        for number, record in enumerate(found.records, start=1)
    ]
    anomalies = list(found.anomalies)
    if not notes:
        name = PurePath(path).name or "the text"
        anomalies.append(
            Anomaly(AnomalyCode.DOCUMENT_DAMAGED, f"{name}: no RIS record (TY  - … ER  - )", 1)
        )
    return reference_list(NAME, notes, [*anomalies, *duplicate_works(notes)])


READER = register(Reader(NAME, _OWN, score, read, read_at=read_at, score_at=score_at))
